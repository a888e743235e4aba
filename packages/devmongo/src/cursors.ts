/** Server-side cursors: materialised results handed out in batches via getMore. */
import { calculateObjectSize, Long } from "bson";
import { CommandError } from "./errors.js";
import type { Doc } from "./values.js";

const DEFAULT_FIRST_BATCH = 101;
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;
const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface OpenCursor {
  id: Long;
  ns: string;
  docs: Doc[];
  pos: number;
  lastUsed: number;
}

export interface BatchOptions {
  batchSize?: number;
  singleBatch?: boolean;
}

function takeBatch(c: OpenCursor, batchSize: number | undefined): Doc[] {
  const max = batchSize && batchSize > 0 ? batchSize : Number.MAX_SAFE_INTEGER;
  const out: Doc[] = [];
  let bytes = 0;
  while (c.pos < c.docs.length && out.length < max) {
    const doc = c.docs[c.pos];
    bytes += calculateObjectSize(doc, { ignoreUndefined: true });
    if (out.length > 0 && bytes > MAX_BATCH_BYTES) break;
    out.push(doc);
    c.pos++;
  }
  return out;
}

export class CursorRegistry {
  private readonly open = new Map<string, OpenCursor>();

  /** Builds the `{ cursor: { firstBatch, id, ns }, ok: 1 }` reply, keeping a cursor if results remain. */
  first(ns: string, docs: Doc[], opts: BatchOptions = {}): Doc {
    const c: OpenCursor = { id: Long.ZERO, ns, docs, pos: 0, lastUsed: Date.now() };
    const size = opts.batchSize ?? DEFAULT_FIRST_BATCH;
    const batch = size === 0 ? [] : takeBatch(c, size);
    if (!opts.singleBatch && c.pos < docs.length) {
      c.id = this.newId();
      this.open.set(c.id.toString(), c);
    }
    return { cursor: { firstBatch: batch, id: c.id, ns }, ok: 1 };
  }

  getMore(id: unknown, ns: string, batchSize: number | undefined): Doc {
    const key = String(id);
    const c = this.open.get(key);
    if (!c || c.ns !== ns) throw new CommandError("CursorNotFound", `cursor id ${key} not found`);
    c.lastUsed = Date.now();
    const batch = takeBatch(c, batchSize);
    let outId = c.id;
    if (c.pos >= c.docs.length) {
      this.open.delete(key);
      outId = Long.ZERO;
    }
    return { cursor: { nextBatch: batch, id: outId, ns }, ok: 1 };
  }

  kill(ids: unknown[]): Doc {
    const killed: Long[] = [];
    const notFound: unknown[] = [];
    for (const id of ids) {
      const c = this.open.get(String(id));
      if (c && this.open.delete(String(id))) killed.push(c.id);
      else notFound.push(id);
    }
    return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
  }

  sweep(now = Date.now()): void {
    for (const [k, c] of this.open) if (now - c.lastUsed > IDLE_TIMEOUT_MS) this.open.delete(k);
  }

  get size(): number {
    return this.open.size;
  }

  private newId(): Long {
    for (;;) {
      const hi = Math.floor(Math.random() * 0x7fffffff);
      const lo = Math.floor(Math.random() * 0xffffffff) | 0;
      const id = Long.fromBits(lo, hi);
      if (!id.isZero() && !this.open.has(id.toString())) return id;
    }
  }
}
