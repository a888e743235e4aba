/**
 * A transaction's view of the catalog: snapshot isolation from its first command,
 * document write locks, and an atomic commit.
 *
 * The snapshot is taken when the transaction starts, for every collection: a
 * collection is copied on the transaction's first access to it (id map and
 * indexes; documents are shared because they are never mutated), and until then the
 * store keeps, for each document written by others, the version the transaction
 * must see (`preserve`), which the copy puts back. Collections created after the
 * start stay invisible; one dropped after it is copied just before.
 *
 * A write inside the transaction fails at once with WriteConflict (labelled
 * TransientTransactionError, so drivers retry the transaction) when another open
 * transaction holds the document or the document changed since the snapshot;
 * otherwise the transaction takes the document's lock until it ends. Writes outside
 * any transaction to a locked document wait for the end (see Store.guard).
 * Commit applies every write to the store synchronously: others see all or none.
 */
import { type Catalog, lockKey, type SnapshotHolder, type Store, validateNames } from "./catalog.js";
import { Collection } from "./collection.js";
import { DuplicateKeyError, writeConflict } from "./errors.js";
import type { Doc } from "./values.js";

interface Fork {
  base: Collection | undefined;
  fork: Collection;
}

export class TxnCatalog implements Catalog, SnapshotHolder {
  readonly inTransaction = true;
  private readonly forks = new Map<string, Fork | null>();
  private readonly preimages = new Map<string, Map<string, Doc | undefined>>();
  private readonly created = new Set<string>();
  private readonly locked: string[] = [];
  private waiters: (() => void)[] = [];
  private released = false;

  constructor(
    private readonly store: Store,
    readonly isOpen: () => boolean,
  ) {
    store.open.add(this);
  }

  private key(db: string, name: string): string {
    return `${db}.${name}`;
  }

  preserve(coll: Collection, key: string, prev: Doc | undefined): void {
    const k = this.key(coll.db, coll.name);
    if (this.forks.has(k) || this.created.has(k)) return;
    let m = this.preimages.get(k);
    if (!m) this.preimages.set(k, (m = new Map()));
    if (!m.has(key)) m.set(key, prev);
  }

  preserveWhole(coll: Collection): void {
    const k = this.key(coll.db, coll.name);
    if (!this.forks.has(k) && !this.created.has(k)) this.forks.set(k, { base: coll, fork: this.copy(coll) });
  }

  createdAfter(db: string, name: string): void {
    const k = this.key(db, name);
    if (!this.forks.has(k)) this.created.add(k);
  }

  /** The snapshot copy of a stored collection: current state with the preserved versions put back. */
  private copy(base: Collection): Collection {
    const k = this.key(base.db, base.name);
    const fork = base.fork();
    for (const [key, prev] of this.preimages.get(k) ?? []) fork.restore(key, prev);
    this.preimages.delete(k);
    return this.track(fork);
  }

  private track(fork: Collection): Collection {
    fork.written = new Map();
    fork.guard = (c, key) => this.guardWrite(c, key);
    return fork;
  }

  private guardWrite(fork: Collection, key: string): void {
    if (fork.written?.has(key)) return;
    const lk = lockKey(fork, key);
    const holder = this.store.locks.get(lk);
    if (holder && holder !== this && holder.isOpen()) throw writeConflict();
    const base = this.store.get(fork.db, fork.name);
    const f = this.forks.get(this.key(fork.db, fork.name));
    if (base && (f?.base === base ? base.docs.get(key) !== fork.docs.get(key) : base.docs.has(key))) throw writeConflict();
    if (holder !== this) {
      this.store.locks.set(lk, this);
      this.locked.push(lk);
    }
  }

  get(db: string, name: string): Collection | undefined {
    const k = this.key(db, name);
    const known = this.forks.get(k);
    if (known !== undefined) return known?.fork;
    const base = this.store.get(db, name);
    if (!base || this.created.has(k)) {
      this.forks.set(k, null);
      return undefined;
    }
    const fork = this.copy(base);
    this.forks.set(k, { base, fork });
    return fork;
  }

  getOrCreate(db: string, name: string): Collection {
    const existing = this.get(db, name);
    if (existing) return existing;
    validateNames(db, name);
    const fork = this.track(new Collection(db, name));
    this.forks.set(this.key(db, name), { base: undefined, fork });
    return fork;
  }

  names(db: string): string[] {
    const names = new Set(this.store.names(db).filter((n) => !this.created.has(this.key(db, n))));
    for (const [k, f] of this.forks) {
      if (f === null) names.delete(k.slice(db.length + 1));
      else if (f.fork.db === db) names.add(f.fork.name);
    }
    return [...names];
  }

  onRelease(fn: () => void): void {
    if (this.released) setImmediate(fn);
    else this.waiters.push(fn);
  }

  /** Ends the transaction's hold on the store: snapshot bookkeeping, locks, waiting writers. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.store.open.delete(this);
    for (const lk of this.locked) if (this.store.locks.get(lk) === this) this.store.locks.delete(lk);
    this.preimages.clear();
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) setImmediate(w);
  }

  /** Applies the transaction's writes to the store, or throws WriteConflict leaving the store untouched. */
  commit(): void {
    const plans: { target: Collection | undefined; f: Fork }[] = [];
    for (const f of this.forks.values()) {
      if (!f || !f.fork.written || (f.fork.written.size === 0 && f.base)) continue;
      const target = this.store.get(f.fork.db, f.fork.name);
      if (f.base && target !== f.base) throw writeConflict();
      if (target) {
        for (const [id, before] of f.fork.written) if (target.docs.get(id) !== before) throw writeConflict();
      }
      plans.push({ target, f });
    }
    const undo: (() => void)[] = [];
    this.store.committing = this;
    try {
      for (const { target, f } of plans) {
        const coll = target ?? this.store.getOrCreate(f.fork.db, f.fork.name, f.fork.options);
        if (!target) undo.push(() => this.store.drop(f.fork.db, f.fork.name));
        for (const [name, idx] of f.fork.indexes) {
          if (!coll.indexes.has(name)) {
            coll.createIndex(idx.spec);
            undo.push(() => coll.indexes.delete(name));
          }
        }
        for (const [id, before] of f.fork.written ?? []) {
          const after = f.fork.docs.get(id);
          if (after === before) continue;
          if (!after) {
            if (before) coll.remove(before._id);
            undo.push(() => before && coll.insert(before));
          } else if (before) {
            coll.replace(after);
            undo.push(() => coll.replace(before));
          } else {
            coll.insert(after);
            undo.push(() => coll.remove(after._id));
          }
        }
      }
    } catch (err) {
      for (const u of undo.reverse()) {
        try {
          u();
        } catch {
          // best effort: restoring the exact previous state cannot violate an index
        }
      }
      if (err instanceof DuplicateKeyError) throw writeConflict();
      throw err;
    } finally {
      this.store.committing = undefined;
    }
  }
}
