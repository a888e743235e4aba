/**
 * The sorted side of a secondary index: every index entry (one per distinct key
 * tuple of a document) in index order, tie-broken by the document's `_id`, kept in
 * a list of sorted chunks of at most CHUNK entries.
 *
 * Copy on write, like the hash side: a clone (a transaction's snapshot) copies the
 * list of chunks, not the entries, and each side copies a chunk before its first
 * change to it. Inserting or removing an entry is a binary search and a splice in
 * one chunk.
 */
export interface Entry {
  /** The key tuple: one value per index field (EMPTY_ARRAY or undefined for missing allowed). */
  readonly k: readonly unknown[];
  /** The document's `_id` (tiebreak). */
  readonly id: unknown;
  /** The document's key in the collection's map. */
  readonly key: string;
}

export type EntryCompare = (a: Entry, b: Entry) => number;

/** A position: chunk number and offset in it (chunk === chunks.length is the end). */
export interface Pos {
  c: number;
  i: number;
}

const CHUNK = 256;

export class OrderedEntries {
  private chunks: Entry[][] = [];
  private owned = new WeakSet<Entry[]>();
  size = 0;

  constructor(readonly compare: EntryCompare) {}

  clone(): OrderedEntries {
    const copy = new OrderedEntries(this.compare);
    copy.chunks = [...this.chunks];
    copy.size = this.size;
    // Every chunk is now shared: neither side may change one in place any more.
    this.owned = new WeakSet();
    return copy;
  }

  clear(): void {
    this.chunks = [];
    this.size = 0;
  }

  /** The chunk an entry belongs in: the first whose last entry is not below it (or the last chunk). */
  private chunkFor(e: Entry): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid];
      if (this.compare(chunk[chunk.length - 1], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private writable(c: number): Entry[] {
    const chunk = this.chunks[c];
    if (this.owned.has(chunk)) return chunk;
    const own = chunk.slice();
    this.owned.add(own);
    this.chunks[c] = own;
    return own;
  }

  private offsetIn(chunk: Entry[], e: Entry): number {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(chunk[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(e: Entry): void {
    this.size++;
    if (this.chunks.length === 0) {
      const fresh = [e];
      this.owned.add(fresh);
      this.chunks.push(fresh);
      return;
    }
    const c = this.chunkFor(e);
    const chunk = this.writable(c);
    chunk.splice(this.offsetIn(chunk, e), 0, e);
    if (chunk.length > CHUNK) {
      const tail = chunk.splice(CHUNK >> 1);
      this.owned.add(tail);
      this.chunks.splice(c + 1, 0, tail);
    }
  }

  /** Removes the entry equal to `e` (same key tuple and document); false when absent. */
  delete(e: Entry): boolean {
    if (this.chunks.length === 0) return false;
    const c = this.chunkFor(e);
    const at = this.offsetIn(this.chunks[c], e);
    if (at >= this.chunks[c].length || this.compare(this.chunks[c][at], e) !== 0) return false;
    const chunk = this.writable(c);
    chunk.splice(at, 1);
    if (chunk.length === 0) this.chunks.splice(c, 1);
    this.size--;
    return true;
  }

  /** The first position whose entry is not `before` (a predicate true for a prefix of the order). */
  firstNot(before: (e: Entry) => boolean): Pos {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid];
      if (before(chunk[chunk.length - 1])) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.chunks.length) return { c: lo, i: 0 };
    const chunk = this.chunks[lo];
    let a = 0;
    let b = chunk.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (before(chunk[mid])) a = mid + 1;
      else b = mid;
    }
    return { c: lo, i: a };
  }

  /** Entries from `from` (inclusive) to `to` (exclusive). */
  count(from: Pos, to: Pos): number {
    if (to.c < from.c || (to.c === from.c && to.i <= from.i)) return 0;
    if (from.c === to.c) return to.i - from.i;
    let n = this.chunks[from.c].length - from.i;
    for (let c = from.c + 1; c < to.c; c++) n += this.chunks[c].length;
    return n + (to.c < this.chunks.length ? to.i : 0);
  }

  /** Entries in [from, to), forward, or backward from just before `to` down to `from`. */
  *walk(from: Pos, to: Pos, backward: boolean): Generator<Entry, void, undefined> {
    const chunks = this.chunks;
    if (!backward) {
      for (let c = from.c, i = from.i; c < chunks.length && (c < to.c || (c === to.c && i < to.i)); ) {
        yield chunks[c][i];
        if (++i >= chunks[c].length) {
          c++;
          i = 0;
        }
      }
      return;
    }
    // The last entry before `to`.
    let c = to.i > 0 ? to.c : to.c - 1;
    let i = to.i > 0 ? to.i - 1 : c >= 0 ? chunks[c].length - 1 : -1;
    while (c >= 0 && (c > from.c || (c === from.c && i >= from.i))) {
      yield chunks[c][i];
      if (--i < 0) {
        c--;
        i = c >= 0 ? chunks[c].length - 1 : -1;
      }
    }
  }

  /** Every entry in order (tests and diagnostics). */
  all(): Entry[] {
    return this.chunks.flat();
  }
}

