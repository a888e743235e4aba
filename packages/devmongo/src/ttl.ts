/** TTL indexes: removes documents whose indexed date is older than expireAfterSeconds. */
import type { Store } from "./catalog.js";
import { WaitForTxn } from "./errors.js";
import { pathValues } from "./paths.js";

/** Deletes expired documents in every collection; returns how many were removed. */
export function expireTtl(store: Store, now: Date): number {
  let removed = 0;
  for (const coll of store.collections()) {
    for (const idx of coll.indexes.values()) {
      const ttl = idx.spec.expireAfterSeconds;
      if (typeof ttl !== "number" || idx.fields.length !== 1) continue;
      const cutoff = now.getTime() - ttl * 1000;
      const expired: unknown[] = [];
      for (const doc of coll.docs.values()) {
        if (!idx.covers(doc)) continue;
        const dates = pathValues(doc, idx.fields[0]).filter((v): v is Date => v instanceof Date);
        if (dates.length > 0 && Math.min(...dates.map((d) => d.getTime())) <= cutoff) expired.push(doc._id);
      }
      for (const id of expired) {
        try {
          if (coll.remove(id)) removed++;
        } catch (err) {
          if (!(err instanceof WaitForTxn)) throw err; // held by a transaction: the next sweep retries
        }
      }
    }
  }
  return removed;
}
