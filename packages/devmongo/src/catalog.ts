/**
 * The database catalog: databases of collections. The store also keeps what open
 * transactions need of it (see txncatalog.ts): which transactions still read a
 * snapshot, and which documents each has written (a write lock per document).
 * Every write to a stored document passes `guard` first: it waits (WaitForTxn) when
 * an open transaction holds the document, and keeps the document's previous version
 * for the open transactions that have not yet copied its collection.
 */
import { type ChangeTracker, Collection } from "./collection.js";
import { CommandError, WaitForTxn, writeConflict } from "./errors.js";
import type { Doc } from "./values.js";

/** What the store asks of an open transaction (implemented by TxnCatalog). */
export interface SnapshotHolder {
  isOpen(): boolean;
  /** Keeps `prev` as the snapshot version of a document about to change. */
  preserve(coll: Collection, key: string, prev: Doc | undefined): void;
  /** Copies a collection about to be dropped into the snapshot. */
  preserveWhole(coll: Collection): void;
  /** Notes a collection created after the snapshot (invisible to it). */
  createdAfter(db: string, name: string): void;
  release(): void;
  onRelease(fn: () => void): void;
}

export function lockKey(coll: Collection, key: string): string {
  return `${coll.db}.${coll.name}\0${key}`;
}

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
  /** Transactions whose snapshot is live. */
  readonly open = new Set<SnapshotHolder>();
  /** Documents written by open transactions: lock key -> transaction. */
  readonly locks = new Map<string, SnapshotHolder>();
  /** The transaction being applied by commitTransaction (its own locks let it through). */
  committing?: SnapshotHolder;
  /** Stored documents the current command has written so far (reset per command). */
  commandWrites = 0;

  /** Called before every write to a stored document. */
  guard(coll: Collection, key: string): void {
    const holder = this.locks.get(lockKey(coll, key));
    if (holder && holder !== this.committing) {
      if (holder.isOpen()) {
        // A command that already changed documents cannot be rerun whole: it fails this one.
        if (this.commandWrites > 0) throw writeConflict();
        throw new WaitForTxn(holder);
      }
      this.locks.delete(lockKey(coll, key));
    }
    this.commandWrites++;
    const prev = coll.docs.get(key);
    for (const t of this.openHolders()) if (t !== this.committing) t.preserve(coll, key, prev);
  }

  private openHolders(): SnapshotHolder[] {
    const out: SnapshotHolder[] = [];
    for (const t of this.open) {
      if (t.isOpen()) out.push(t);
      else t.release();
    }
    return out;
  }

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
    coll.guard = (c, key) => this.guard(c, key);
    for (const t of this.openHolders()) if (t !== this.committing) t.createdAfter(db, name);
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
    for (const t of this.openHolders()) t.preserveWhole(coll);
    colls.delete(name);
    if (colls.size === 0) this.dbs.delete(db);
    this.tracker?.meta(db);
    return coll;
  }

  dropDatabase(db: string): void {
    for (const coll of this.dbs.get(db)?.values() ?? []) for (const t of this.openHolders()) t.preserveWhole(coll);
    this.dbs.delete(db);
    this.tracker?.meta(db);
  }

  *collections(): IterableIterator<Collection> {
    for (const colls of this.dbs.values()) yield* colls.values();
  }
}
