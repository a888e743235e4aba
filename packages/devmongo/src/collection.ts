/**
 * One collection: documents keyed by their encoded _id (insertion order is the
 * natural order) plus secondary indexes. Stored documents are never mutated in
 * place: updates store a new object, so readers and transaction snapshots can
 * hold references safely.
 */
import { calculateObjectSize } from "bson";
import { badValue, CommandError, DuplicateKeyError } from "./errors.js";
import { Index, type IndexSpec, sameOptions } from "./indexes.js";
import { type Doc, encodeKey, formatValue, isDoc, isOperatorDoc } from "./values.js";

/** Receives the changes of stored collections (the journal collects them per command). */
export interface ChangeTracker {
  doc(coll: Collection, key: string, id: unknown): void;
  meta(db: string): void;
}

/** mongod's maximum BSON document size. */
export const MAX_DOC_BYTES = 16 * 1024 * 1024;

function checkSize(doc: Doc): void {
  const size = calculateObjectSize(doc, { ignoreUndefined: true });
  if (size > MAX_DOC_BYTES) {
    throw new CommandError("BSONObjectTooLarge", `BSONObj size: ${size} (0x${size.toString(16)}) is invalid. Size must be between 0 and ${MAX_DOC_BYTES}(16MB)`);
  }
}

export const ID_INDEX: IndexSpec = { v: 2, key: { _id: 1 }, name: "_id_" };

export class Collection {
  readonly db: string;
  readonly name: string;
  options: Doc;
  readonly docs: Map<string, Doc>;
  readonly indexes: Map<string, Index>;
  /** Set on transaction forks: the pre-transaction version of every document written. */
  written?: Map<string, Doc | undefined>;
  /** Set on stored collections when the store is journaled: told of every change. */
  tracker?: ChangeTracker;
  /** Called before a document is written (transaction locks and snapshots); may throw. */
  guard?: (coll: Collection, key: string) => void;

  constructor(db: string, name: string, options: Doc = {}, docs?: Map<string, Doc>, indexes?: Map<string, Index>) {
    this.db = db;
    this.name = name;
    this.options = options;
    this.docs = docs ?? new Map();
    this.indexes = indexes ?? new Map();
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  /** A private copy (documents shared, maps and indexes copied) for a transaction. */
  fork(): Collection {
    const indexes = new Map<string, Index>();
    for (const [name, idx] of this.indexes) indexes.set(name, idx.clone());
    return new Collection(this.db, this.name, { ...this.options }, new Map(this.docs), indexes);
  }

  indexSpecs(): IndexSpec[] {
    return [ID_INDEX, ...[...this.indexes.values()].map((i) => i.spec)];
  }

  get(id: unknown): Doc | undefined {
    return this.docs.get(encodeKey(id));
  }

  /** Inserts a document (which must have an _id); throws E11000 on duplicates. */
  insert(doc: Doc): void {
    if (Array.isArray(doc._id)) throw badValue("can't use an array for _id");
    checkSize(doc);
    const id = encodeKey(doc._id);
    this.guard?.(this, id);
    if (this.docs.has(id)) {
      const msg = `E11000 duplicate key error collection: ${this.ns} index: _id_ dup key: { _id: ${formatValue(doc._id)} }`;
      throw new DuplicateKeyError(msg, { _id: 1 }, { _id: doc._id });
    }
    const added: Index[] = [];
    try {
      for (const idx of this.indexes.values()) {
        idx.add(id, doc);
        added.push(idx);
        idx.checkUnique(id, doc, this.ns);
      }
    } catch (err) {
      for (const idx of added) idx.remove(id, doc);
      throw err;
    }
    this.noteWrite(id, doc._id);
    this.docs.set(id, doc);
  }

  private noteWrite(id: string, idValue: unknown): void {
    if (this.written && !this.written.has(id)) this.written.set(id, this.docs.get(id));
    this.tracker?.doc(this, id, idValue);
  }

  /** Puts back an earlier version of a document (or its absence), without unique checks: snapshots only. */
  restore(key: string, prev: Doc | undefined): void {
    const cur = this.docs.get(key);
    if (cur === prev) return;
    for (const idx of this.indexes.values()) {
      if (cur && prev) idx.update(key, cur, prev);
      else if (cur) idx.remove(key, cur);
      else if (prev) idx.add(key, prev);
    }
    if (prev) this.docs.set(key, prev);
    else this.docs.delete(key);
  }

  /** Reports every document to the tracker (after documents were moved in wholesale). */
  noteAll(): void {
    for (const [k, d] of this.docs) this.tracker?.doc(this, k, d._id);
  }

  /** Replaces the stored document with the same _id; throws E11000 on duplicates. */
  replace(next: Doc): void {
    const id = encodeKey(next._id);
    const prev = this.docs.get(id);
    if (!prev) throw new CommandError("InternalError", "replace: document vanished");
    checkSize(next);
    this.guard?.(this, id);
    const updated: Index[] = [];
    try {
      for (const idx of this.indexes.values()) {
        idx.update(id, prev, next);
        updated.push(idx);
        idx.checkUnique(id, next, this.ns);
      }
    } catch (err) {
      for (const idx of updated) idx.update(id, next, prev);
      throw err;
    }
    this.noteWrite(id, next._id);
    this.docs.set(id, next);
  }

  remove(id: unknown): boolean {
    const key = encodeKey(id);
    const prev = this.docs.get(key);
    if (!prev) return false;
    this.guard?.(this, key);
    for (const idx of this.indexes.values()) idx.remove(key, prev);
    this.noteWrite(key, prev._id);
    this.docs.delete(key);
    return true;
  }

  clear(): void {
    for (const id of this.docs.keys()) this.guard?.(this, id);
    for (const [id, d] of this.docs) this.noteWrite(id, d._id);
    this.docs.clear();
    for (const idx of this.indexes.values()) idx.clear();
  }

  /** Builds an index over existing documents. Returns false when an identical index exists. */
  createIndex(spec: IndexSpec): boolean {
    if (spec.name === "_id_" || encodeKey(spec.key) === encodeKey({ _id: 1 })) return false;
    for (const existing of this.indexes.values()) {
      const sameKey = encodeKey(existing.spec.key) === encodeKey(spec.key);
      if (existing.spec.name === spec.name) {
        if (!sameKey) {
          throw new CommandError(
            "IndexKeySpecsConflict",
            `An existing index has the same name as the requested index. Requested index: ${formatValue(spec)}, existing index: ${formatValue(existing.spec)}`,
          );
        }
        if (!sameOptions(existing.spec, spec)) {
          throw new CommandError("IndexOptionsConflict", `An equivalent index already exists with a different name or options: ${existing.spec.name}`);
        }
        return false;
      }
      if (sameKey && !spec.partialFilterExpression && !existing.spec.partialFilterExpression) {
        if (sameOptions(existing.spec, spec)) return false;
        throw new CommandError(
          "IndexOptionsConflict",
          `Index already exists with a different name: ${existing.spec.name}`,
        );
      }
    }
    const idx = new Index(spec);
    for (const [id, doc] of this.docs) {
      idx.add(id, doc);
      idx.checkUnique(id, doc, this.ns);
    }
    this.indexes.set(spec.name, idx);
    this.tracker?.meta(this.db);
    return true;
  }

  /**
   * Candidate documents for a filter using the _id map or an index when the filter
   * has equality/$in constraints on an index prefix; null means "scan everything".
   * The caller still applies the full filter to the candidates.
   */
  candidates(filter: Doc): Doc[] | null {
    const eq = equalityConstraints(filter);
    if (eq.size === 0) return null;
    const ids = eq.get("_id");
    if (ids && ids.length <= 1000) {
      const out: Doc[] = [];
      for (const k of new Set(ids.map((v) => encodeKey(v)))) {
        const d = this.docs.get(k);
        if (d) out.push(d);
      }
      return out;
    }
    let best: Set<string> | undefined;
    for (const idx of this.indexes.values()) {
      if (!idx.usable || idx.isPartial) continue;
      const first = eq.get(idx.fields[0]);
      if (!first || (idx.sparse && first.some((v) => v === null))) continue;
      const all = idx.fields.every((f) => eq.has(f) && !eq.get(f)?.some((v) => v === null && idx.sparse));
      const fields = all ? idx.fields : [idx.fields[0]];
      const found = idx.lookup(fields.map((f) => (eq.get(f) ?? []).map((v) => encodeKey(v))));
      if (found && (!best || found.size < best.size)) best = found;
      if (best && best.size === 0) break;
    }
    if (!best) return null;
    const out: Doc[] = [];
    for (const id of best) {
      const d = this.docs.get(id);
      if (d) out.push(d);
    }
    return out;
  }
}

/**
 * True when `filter` is nothing but an `_id` equality or `$in` of plain values: the _id
 * lookup then yields exactly the matching documents, and testing each against a long
 * `$in` list again (quadratic) is skipped.
 */
export function isExactIdLookup(filter: Doc): boolean {
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== "_id") return false;
  const plain = (v: unknown) => usableValue(v) && v !== null && !isDoc(v);
  const cond = filter._id;
  if (!isOperatorDoc(cond)) return plain(cond);
  const ops = Object.keys(cond);
  if (ops.length !== 1) return false;
  if (ops[0] === "$eq") return plain(cond.$eq);
  return ops[0] === "$in" && Array.isArray(cond.$in) && cond.$in.length <= 1000 && cond.$in.every(plain);
}

function usableValue(v: unknown): boolean {
  return !(v instanceof RegExp) && !Array.isArray(v) && !isOperatorDoc(v) && v !== undefined;
}

/** Collects `path -> allowed values` from top-level equality, $eq, $in and $and terms (one term per path). */
export function equalityConstraints(filter: Doc, out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  for (const [path, cond] of Object.entries(filter)) {
    if (path === "$and" && Array.isArray(cond)) {
      for (const sub of cond) if (isDoc(sub)) equalityConstraints(sub, out);
      continue;
    }
    if (path.startsWith("$")) continue;
    let values: unknown[] | undefined;
    if (!isOperatorDoc(cond)) {
      if (usableValue(cond)) values = [cond];
    } else if ("$eq" in cond && usableValue(cond.$eq)) {
      values = [cond.$eq];
    } else if (Array.isArray(cond.$in) && cond.$in.every(usableValue)) {
      values = cond.$in;
    }
    if (!values) continue;
    // Two terms on one path may be met by different elements of an array: keep the narrower.
    const prev = out.get(path);
    if (!prev || values.length < prev.length) out.set(path, values);
  }
  return out;
}
