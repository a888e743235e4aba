/**
 * The ordered side of an ascending/descending index, used by the query planner
 * (planner.ts) for range bounds and index-ordered walks.
 *
 * A document's entries are the cartesian product of its fields' values, as in a
 * multikey index, with the values a sort would see: `pathValues` of each field
 * (each array element; missing as undefined), where an empty array counts only when
 * the field has no other value. So for every field, the document's first entry in
 * an ascending walk carries its smallest value and in a descending walk its
 * largest: exactly the key `sortDocs` sorts it by. Entries tie-break on `_id`.
 *
 * It also counts, per field, the documents with more than one value (multikey) and
 * those with an array among the values (an array nested in an array), which the
 * planner needs to know when bounds or orders are exact.
 */
import { compareBson, compareSortKeys, type Doc, EMPTY_ARRAY, encodeKey } from "./values.js";
import { badValue } from "./errors.js";
import { type Entry, OrderedEntries } from "./ordered.js";
import { pathValues } from "./paths.js";

/** Most index keys one document may have in one index. */
export const MAX_KEYS_PER_DOC = 10_000;

interface Tuples {
  tuples: unknown[][];
  /** Per field: 1 when the document has several values there. */
  multi: number[];
  /** Per field: 1 when one of the values is itself an array. */
  nested: number[];
}

/**
 * The cartesian product of the fields' values. Each tuple is allocated at its exact
 * length: an index holds one per document and key, and arrays grown by push or
 * spread keep spare capacity (over 100 bytes each).
 */
function product(perField: unknown[][]): unknown[][] {
  let count = 1;
  for (const values of perField) count *= values.length;
  if (count > MAX_KEYS_PER_DOC) throw badValue(`too many index keys: ${count}`);
  const out: unknown[][] = [];
  for (let n = 0; n < count; n++) {
    const t: unknown[] = new Array<unknown>(perField.length);
    let rest = n;
    for (let i = perField.length - 1; i >= 0; i--) {
      t[i] = perField[i][rest % perField[i].length];
      rest = Math.floor(rest / perField[i].length);
    }
    out.push(t);
  }
  return out;
}

export class SortedIndex {
  readonly dirs: (1 | -1)[];
  entries: OrderedEntries;
  /** Documents with several values, per field. */
  multi: number[];
  /** Documents with an array among the field's values, per field. */
  nested: number[];

  constructor(
    readonly fields: string[],
    key: Doc,
  ) {
    this.dirs = fields.map((f) => (Number(key[f]) < 0 ? -1 : 1));
    const dirs = this.dirs;
    this.entries = new OrderedEntries((a: Entry, b: Entry) => {
      for (let i = 0; i < dirs.length; i++) {
        const r = compareSortKeys(a.k[i], b.k[i]);
        if (r !== 0) return r * dirs[i];
      }
      const r = compareBson(a.id, b.id);
      if (r !== 0) return r;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    this.multi = fields.map(() => 0);
    this.nested = fields.map(() => 0);
  }

  /** Whether any field holds several values for some document (a walk may meet a document twice). */
  get multikey(): boolean {
    return this.multi.some((n) => n > 0);
  }

  private tuples(doc: Doc): Tuples {
    const multi: number[] = [];
    const nested: number[] = [];
    const perField: unknown[][] = [];
    for (const f of this.fields) {
      let values = pathValues(doc, f);
      if (values.length > 1) values = values.filter((v) => v !== EMPTY_ARRAY);
      if (values.length === 0) values = [EMPTY_ARRAY];
      if (values.length > 1) {
        const seen = new Map<string, unknown>();
        for (const v of values) {
          const k = v === EMPTY_ARRAY ? "[]" : encodeKey(v);
          if (!seen.has(k)) seen.set(k, v);
        }
        values = [...seen.values()];
      }
      multi.push(values.length > 1 ? 1 : 0);
      nested.push(values.some((v) => Array.isArray(v)) ? 1 : 0);
      perField.push(values);
    }
    return { tuples: product(perField), multi, nested };
  }

  private count(t: Tuples, sign: 1 | -1): void {
    for (let i = 0; i < this.fields.length; i++) {
      this.multi[i] += t.multi[i] * sign;
      this.nested[i] += t.nested[i] * sign;
    }
  }

  add(key: string, doc: Doc): void {
    const t = this.tuples(doc);
    for (const k of t.tuples) this.entries.insert({ k, id: doc._id, key });
    this.count(t, 1);
  }

  remove(key: string, doc: Doc): void {
    const t = this.tuples(doc);
    for (const k of t.tuples) this.entries.delete({ k, id: doc._id, key });
    this.count(t, -1);
  }

  /** Moves a document's entries when its indexed values changed (an update leaving them alone costs one comparison). */
  update(key: string, prev: Doc, next: Doc): void {
    const before = this.tuples(prev);
    const after = this.tuples(next);
    if (encodeKey(before.tuples) === encodeKey(after.tuples) && before.tuples.every((t) => !t.includes(EMPTY_ARRAY))) return;
    for (const k of before.tuples) this.entries.delete({ k, id: prev._id, key });
    this.count(before, -1);
    for (const k of after.tuples) this.entries.insert({ k, id: next._id, key });
    this.count(after, 1);
  }

  clone(): SortedIndex {
    const copy = Object.create(SortedIndex.prototype) as SortedIndex;
    Object.assign(copy, { fields: this.fields, dirs: this.dirs, entries: this.entries.clone(), multi: [...this.multi], nested: [...this.nested] });
    return copy;
  }

  clear(): void {
    this.entries.clear();
    this.multi = this.fields.map(() => 0);
    this.nested = this.fields.map(() => 0);
  }
}
