/**
 * The on-disk shapes of the store: the changes a command made (journal record
 * items), the checkpoint, and the plain image both are replayed into at start-up
 * before the store and its indexes are built once.
 *
 * Journal items:  { m: db, colls: [{ name, options, indexes }] }  a database's catalog
 *                 { p: db, c: name, d: document }                  a document as it now is
 *                 { x: db, c: name, id }                           a document removed
 * Checkpoint:     { devmongo: 2, journal: seq }, then per collection { c: meta } and
 *                 its { d: document } records, then { end: true }.
 */
import type { Store } from "./catalog.js";
import type { ChangeTracker, Collection } from "./collection.js";
import { normalizeSpec } from "./indexes.js";
import { type Doc, encodeKey, isDoc } from "./values.js";
import { decodeDoc, encodeDoc } from "./wire.js";

export const CHECKPOINT_VERSION = 2;

export interface CollImage {
  options: Doc;
  indexes: unknown[];
  docs: Map<string, Doc>;
}

/** db -> collection -> image */
export type Image = Map<string, Map<string, CollImage>>;

function collImage(image: Image, db: string, name: string): CollImage {
  let colls = image.get(db);
  if (!colls) image.set(db, (colls = new Map()));
  let c = colls.get(name);
  if (!c) colls.set(name, (c = { options: {}, indexes: [], docs: new Map() }));
  return c;
}

export function catalogMeta(coll: Collection): Doc {
  return { name: coll.name, options: coll.options, indexes: [...coll.indexes.values()].map((i) => i.spec) };
}

/** Collects what commands change between two `take()` calls. */
export class ChangeLog implements ChangeTracker {
  private docs = new Map<Collection, Map<string, unknown>>();
  private metas = new Set<string>();

  doc(coll: Collection, key: string, id: unknown): void {
    let m = this.docs.get(coll);
    if (!m) this.docs.set(coll, (m = new Map()));
    m.set(key, id);
  }

  meta(db: string): void {
    this.metas.add(db);
  }

  get empty(): boolean {
    return this.docs.size === 0 && this.metas.size === 0;
  }

  /** The encoded items for the changes so far (catalogs first, then documents as they now are). */
  take(store: Store): Buffer[] {
    const parts: Buffer[] = [];
    for (const db of this.metas) {
      const colls = [...(store.dbs.get(db)?.values() ?? [])].map(catalogMeta);
      parts.push(encodeDoc({ m: db, colls }));
    }
    for (const [coll, ids] of this.docs) {
      if (store.get(coll.db, coll.name) !== coll) continue; // dropped: its catalog item says so
      for (const [key, id] of ids) {
        const doc = coll.docs.get(key);
        parts.push(encodeDoc(doc ? { p: coll.db, c: coll.name, d: doc } : { x: coll.db, c: coll.name, id }));
      }
    }
    this.docs = new Map();
    this.metas = new Set();
    return parts;
  }
}

/** Applies one decoded journal item or checkpoint record to the image. */
export function applyItem(image: Image, item: Doc, current?: { db: string; name: string }): void {
  if (typeof item.m === "string" && Array.isArray(item.colls)) {
    const keep = new Map<string, Doc>();
    for (const c of item.colls) if (isDoc(c) && typeof c.name === "string") keep.set(c.name, c);
    const colls = image.get(item.m);
    for (const name of [...(colls?.keys() ?? [])]) if (!keep.has(name)) colls?.delete(name);
    for (const [name, c] of keep) {
      const img = collImage(image, item.m, name);
      img.options = isDoc(c.options) ? c.options : {};
      img.indexes = Array.isArray(c.indexes) ? c.indexes : [];
    }
    if (keep.size === 0) image.delete(item.m);
  } else if (typeof item.p === "string" && typeof item.c === "string" && isDoc(item.d)) {
    collImage(image, item.p, item.c).docs.set(encodeKey(item.d._id), item.d);
  } else if (typeof item.x === "string" && typeof item.c === "string") {
    image.get(item.x)?.get(item.c)?.docs.delete(encodeKey(item.id));
  } else if (isDoc(item.c) && typeof item.c.db === "string" && typeof item.c.name === "string") {
    const img = collImage(image, item.c.db, item.c.name);
    img.options = isDoc(item.c.options) ? item.c.options : {};
    img.indexes = Array.isArray(item.c.indexes) ? item.c.indexes : [];
    if (current) Object.assign(current, { db: item.c.db, name: item.c.name });
  } else if (isDoc(item.d) && current?.name) {
    collImage(image, current.db, current.name).docs.set(encodeKey(item.d._id), item.d);
  } else {
    throw new Error(`unexpected stored item: ${Object.keys(item).join(",")}`);
  }
}

/** Reads a checkpoint into the image; returns the first journal sequence it does not cover. */
export function readCheckpoint(buf: Buffer, image: Image): number {
  let pos = 0;
  let seq = -1;
  let ended = false;
  const current = { db: "", name: "" };
  while (pos < buf.length) {
    const size = buf.readInt32LE(pos);
    if (size < 5 || pos + size > buf.length) throw new Error(`truncated checkpoint at byte ${pos}`);
    const rec = decodeDoc(buf.subarray(pos, pos + size));
    pos += size;
    if (seq < 0) {
      if (rec.devmongo !== CHECKPOINT_VERSION || typeof rec.journal !== "number") throw new Error("not a devmongo checkpoint");
      seq = rec.journal;
    } else if (rec.end === true) {
      ended = true;
    } else {
      applyItem(image, rec, current);
    }
  }
  if (!ended) throw new Error("checkpoint has no end record");
  return seq;
}

/** Builds the store's collections and indexes from the image. */
export function buildStore(image: Image, store: Store): void {
  for (const [db, colls] of image) {
    for (const [name, img] of colls) {
      const coll = store.getOrCreate(db, name, img.options);
      for (const [k, d] of img.docs) coll.docs.set(k, d);
      for (const spec of img.indexes) coll.createIndex(normalizeSpec(spec));
    }
  }
}
