/**
 * Secondary indexes: hash maps from an encoded key to the ids of the documents
 * holding it. Multikey (array) values index every element; compound keys are the
 * cartesian product of their fields' values. Unique, sparse and partial
 * (partialFilterExpression) indexes are honoured.
 */
import { badValue, DuplicateKeyError } from "./errors.js";
import { compileFilter } from "./engine.js";
import { type Doc, EMPTY_ARRAY, encodeKey, formatValue, isDoc } from "./values.js";
import { pathValues } from "./paths.js";
import { MAX_KEYS_PER_DOC, SortedIndex } from "./sortedindex.js";

export interface IndexSpec extends Doc {
  v: number;
  key: Doc;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Doc;
  expireAfterSeconds?: number;
}

const SEP = "\u0000";
const NO_KEYS: IndexKeys = { keys: [], first: [] };

export function defaultIndexName(key: Doc): string {
  return Object.entries(key)
    .map(([k, v]) => `${k}_${String(v)}`)
    .join("_");
}

/** Validates a createIndexes spec and fills in defaults. */
export function normalizeSpec(raw: unknown): IndexSpec {
  if (!isDoc(raw) || !isDoc(raw.key) || Object.keys(raw.key).length === 0) {
    throw badValue("Index spec must contain a non-empty 'key' document");
  }
  const name = typeof raw.name === "string" && raw.name ? raw.name : defaultIndexName(raw.key);
  const spec: IndexSpec = { v: 2, key: raw.key, name };
  for (const [k, v] of Object.entries(raw)) {
    if (k === "v" || k === "key" || k === "name" || k === "ns" || k === "background") continue;
    if ((k === "unique" || k === "sparse") && v !== true) continue;
    spec[k] = v;
  }
  return spec;
}

/** The spec fields that make two indexes "the same" for createIndexes conflict checks. */
export function sameOptions(a: IndexSpec, b: IndexSpec): boolean {
  const pick = (s: IndexSpec) =>
    encodeKey({
      unique: s.unique === true,
      sparse: s.sparse === true,
      partial: s.partialFilterExpression ?? null,
      ttl: s.expireAfterSeconds ?? null,
    });
  return pick(a) === pick(b);
}

export interface IndexKeys {
  /** Encoded full keys (deduplicated). */
  keys: string[];
  /** Encoded values of the first field (deduplicated), for prefix lookups on compound indexes. */
  first: string[];
}

export class Index {
  readonly spec: IndexSpec;
  readonly fields: string[];
  /** Only ascending/descending/hashed indexes hold keys; text/geo specs are accepted but inert. */
  readonly usable: boolean;
  private readonly partial?: (doc: Doc) => boolean;
  /** The ordered side (ascending/descending keys only), for range bounds and ordered walks. */
  sorted?: SortedIndex;
  /**
   * Whether the hash side is kept: for unique indexes (duplicate checks) and those
   * without an ordered side. Otherwise the ordered side answers equalities too, and a
   * hash set per distinct key (a date, say: one per document) would cost its memory
   * and writes for nothing.
   */
  private readonly hashed: boolean;
  private entries = new Map<string, Set<string>>();
  private prefix?: Map<string, Set<string>>;
  /**
   * The id sets this index may change in place. A clone shares every set with its
   * original, and each side copies a set before its first change to it (copy on write),
   * so forking a large collection for a transaction costs one map copy, not every id.
   */
  private owned = new WeakSet<Set<string>>();

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.fields = Object.keys(spec.key);
    this.usable = Object.values(spec.key).every((v) => v === 1 || v === -1 || v === "hashed" || typeof v === "number");
    if (spec.partialFilterExpression) this.partial = compileFilter(spec.partialFilterExpression);
    if (this.fields.length > 1) this.prefix = new Map();
    if (Object.values(spec.key).every((v) => typeof v === "number" && v !== 0)) this.sorted = new SortedIndex(this.fields, spec.key);
    this.hashed = this.unique || !this.sorted;
  }

  get unique(): boolean {
    return this.spec.unique === true && this.usable;
  }

  get sparse(): boolean {
    return this.spec.sparse === true;
  }

  get isPartial(): boolean {
    return this.partial !== undefined;
  }

  /** Whether the index holds the document (its partial filter, if any, matches). */
  covers(doc: Doc): boolean {
    return !this.partial || this.partial(doc);
  }

  /** Keys for a document, or null when the document is not in the index (sparse/partial). */
  keysFor(doc: Doc): IndexKeys | null {
    if (!this.usable) return null;
    if (this.partial && !this.partial(doc)) return null;
    const perField = this.sparse || this.hashed ? this.fields.map((f) => pathValues(doc, f)) : [];
    if (this.sparse && perField.every((vs) => vs.every((v) => v === undefined))) return null;
    // Without a hash side the keys are the ordered side's business: only coverage counts here.
    if (!this.hashed) return NO_KEYS;
    const encoded = perField.map((vs) => [...new Set(vs.map(encodeKey))]);
    let keys = [""];
    for (let i = 0; i < encoded.length; i++) {
      const next: string[] = [];
      for (const k of keys) for (const e of encoded[i]) next.push(i === 0 ? e : k + SEP + e);
      if (next.length > MAX_KEYS_PER_DOC) throw badValue(`too many index keys for index ${this.spec.name}`);
      keys = next;
    }
    return { keys, first: encoded[0] };
  }

  add(id: string, doc: Doc): void {
    const k = this.keysFor(doc);
    if (!k) return;
    if (this.hashed) {
      for (const key of k.keys) this.addTo(this.entries, key, id);
      if (this.prefix) for (const f of k.first) this.addTo(this.prefix, f, id);
    }
    this.sorted?.add(id, doc);
  }

  remove(id: string, doc: Doc): void {
    const k = this.keysFor(doc);
    if (!k) return;
    if (this.hashed) {
      for (const key of k.keys) this.removeFrom(this.entries, key, id);
      if (this.prefix) for (const f of k.first) this.removeFrom(this.prefix, f, id);
    }
    this.sorted?.remove(id, doc);
  }

  /**
   * Moves a document from the keys of `prev` to those of `next`, touching only the keys
   * that differ: an update that leaves a key alone (say status "approved", shared by most
   * of a collection) must not copy that key's id set in a transaction's fork.
   */
  update(id: string, prev: Doc, next: Doc): void {
    const before = this.keysFor(prev);
    const after = this.keysFor(next);
    const only = (a: string[] | undefined, b: string[] | undefined) => (this.hashed ? (a ?? []).filter((k) => !b?.includes(k)) : []);
    for (const key of only(before?.keys, after?.keys)) this.removeFrom(this.entries, key, id);
    for (const key of only(after?.keys, before?.keys)) this.addTo(this.entries, key, id);
    if (this.prefix && this.hashed) {
      for (const f of only(before?.first, after?.first)) this.removeFrom(this.prefix, f, id);
      for (const f of only(after?.first, before?.first)) this.addTo(this.prefix, f, id);
    }
    if (this.sorted) {
      if (before && after) this.sorted.update(id, prev, next);
      else if (before) this.sorted.remove(id, prev);
      else if (after) this.sorted.add(id, next);
    }
  }

  /** Throws E11000 if `doc` (stored under `id`) would duplicate another document's key. */
  checkUnique(id: string, doc: Doc, ns: string): void {
    if (!this.unique) return;
    const k = this.keysFor(doc);
    if (!k) return;
    for (const key of k.keys) {
      const ids = this.entries.get(key);
      if (ids && (ids.size > 1 || !ids.has(id))) throw this.duplicateError(doc, key, ns);
    }
  }

  duplicateError(doc: Doc, key: string, ns: string): DuplicateKeyError {
    const keyValue: Doc = {};
    for (const f of this.fields) {
      const values = pathValues(doc, f);
      const hit = values.find((v) => key.split(SEP).includes(encodeKey(v))) ?? values[0];
      keyValue[f] = hit === undefined || hit === EMPTY_ARRAY ? null : hit;
    }
    const shown = Object.entries(keyValue).map(([f, v]) => `${f}: ${formatValue(v)}`);
    const message = `E11000 duplicate key error collection: ${ns} index: ${this.spec.name} dup key: { ${shown.join(", ")} }`;
    return new DuplicateKeyError(message, { ...this.spec.key }, keyValue);
  }

  /** Ids for an exact full-key lookup (`values[i]` are the candidate encoded values of field i). */
  lookup(values: string[][]): Set<string> | undefined {
    if (!this.hashed) return undefined;
    const out = new Set<string>();
    let keys = [""];
    for (let i = 0; i < values.length; i++) {
      keys = keys.flatMap((k) => values[i].map((v) => (i === 0 ? v : k + SEP + v)));
      if (keys.length > 1000) return undefined;
    }
    const map = values.length === 1 && this.prefix ? this.prefix : this.entries;
    for (const k of keys) for (const id of map.get(k) ?? []) out.add(id);
    return out;
  }

  clone(): Index {
    const copy = new Index(this.spec);
    copy.entries = new Map(this.entries);
    if (this.prefix) copy.prefix = new Map(this.prefix);
    if (this.sorted) copy.sorted = this.sorted.clone();
    // Every set is now shared: neither side may change one in place any more.
    this.owned = new WeakSet();
    return copy;
  }

  clear(): void {
    this.entries.clear();
    this.prefix?.clear();
    this.sorted?.clear();
  }

  /** The set under `key`, made this index's own first if it is shared. */
  private writable(map: Map<string, Set<string>>, key: string): Set<string> | undefined {
    const set = map.get(key);
    if (!set || this.owned.has(set)) return set;
    const own = new Set(set);
    this.owned.add(own);
    map.set(key, own);
    return own;
  }

  private addTo(map: Map<string, Set<string>>, key: string, id: string): void {
    const set = this.writable(map, key);
    if (set) set.add(id);
    else {
      const fresh = new Set([id]);
      this.owned.add(fresh);
      map.set(key, fresh);
    }
  }

  private removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
    if (!map.get(key)?.has(id)) return;
    const set = this.writable(map, key)!;
    set.delete(id);
    if (set.size === 0) map.delete(key);
  }
}
