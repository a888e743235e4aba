/**
 * The database catalog, and transaction views over it.
 *
 * A transaction forks each collection on first access (copy of the id map and
 * indexes; documents are shared because they are immutable), so it reads a
 * snapshot plus its own writes. Commit checks that no document it wrote was
 * changed in the base since the fork (else WriteConflict, which carries the
 * TransientTransactionError label so drivers retry), then applies all writes
 * synchronously: other clients see all of them at once or none.
 */
import { type ChangeTracker, Collection } from "./collection.js";
import { CommandError, DuplicateKeyError, writeConflict } from "./errors.js";
import type { Doc } from "./values.js";

export interface Catalog {
  readonly inTransaction: boolean;
  get(db: string, name: string): Collection | undefined;
  getOrCreate(db: string, name: string): Collection;
  /** Collection names of a database (including ones created in the transaction). */
  names(db: string): string[];
}

export function validateNames(db: string, name?: string): void {
  if (!db || /[/\\. "$\0]/.test(db)) throw new CommandError("InvalidNamespace", `Invalid database name: '${db}'`);
  if (name !== undefined && (!name || name.includes("\0") || name.startsWith("$") || name.startsWith("."))) {
    throw new CommandError("InvalidNamespace", `Invalid collection name: ${name}`);
  }
}

export class Store implements Catalog {
  readonly inTransaction = false;
  readonly dbs = new Map<string, Map<string, Collection>>();
  /** Set when the store is journaled: collections created here report their changes to it. */
  tracker?: ChangeTracker;

  get(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  getOrCreate(db: string, name: string, options: Doc = {}): Collection {
    const existing = this.get(db, name);
    if (existing) return existing;
    validateNames(db, name);
    let colls = this.dbs.get(db);
    if (!colls) {
      colls = new Map();
      this.dbs.set(db, colls);
    }
    const coll = new Collection(db, name, options);
    coll.tracker = this.tracker;
    colls.set(name, coll);
    this.tracker?.meta(db);
    return coll;
  }

  names(db: string): string[] {
    return [...(this.dbs.get(db)?.keys() ?? [])];
  }

  drop(db: string, name: string): Collection | undefined {
    const colls = this.dbs.get(db);
    const coll = colls?.get(name);
    if (!colls || !coll) return undefined;
    colls.delete(name);
    if (colls.size === 0) this.dbs.delete(db);
    this.tracker?.meta(db);
    return coll;
  }

  dropDatabase(db: string): void {
    this.dbs.delete(db);
    this.tracker?.meta(db);
  }

  *collections(): IterableIterator<Collection> {
    for (const colls of this.dbs.values()) yield* colls.values();
  }
}

interface Fork {
  base: Collection | undefined;
  fork: Collection;
}

export class TxnCatalog implements Catalog {
  readonly inTransaction = true;
  private readonly forks = new Map<string, Fork | null>();

  constructor(private readonly store: Store) {}

  private key(db: string, name: string): string {
    return `${db}.${name}`;
  }

  get(db: string, name: string): Collection | undefined {
    const k = this.key(db, name);
    const known = this.forks.get(k);
    if (known !== undefined) return known?.fork;
    const base = this.store.get(db, name);
    if (!base) {
      this.forks.set(k, null);
      return undefined;
    }
    const fork = base.fork();
    fork.written = new Map();
    this.forks.set(k, { base, fork });
    return fork;
  }

  getOrCreate(db: string, name: string): Collection {
    const existing = this.get(db, name);
    if (existing) return existing;
    validateNames(db, name);
    const fork = new Collection(db, name);
    fork.written = new Map();
    this.forks.set(this.key(db, name), { base: undefined, fork });
    return fork;
  }

  names(db: string): string[] {
    const names = new Set(this.store.names(db));
    for (const f of this.forks.values()) if (f && f.fork.db === db) names.add(f.fork.name);
    return [...names];
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
    }
  }
}
