/**
 * Optional persistence: the whole store as a sequence of BSON records
 * (`{ devmongo: 1 }` header, then per collection `{ c: meta }` followed by
 * `{ d: document }` records). Saved debounced after writes and on stop, by
 * writing a temp file and renaming it over the target.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { Store } from "./catalog.js";
import { normalizeSpec } from "./indexes.js";
import { type Doc, encodeKey, isDoc } from "./values.js";
import { decodeDoc, encodeDoc } from "./wire.js";

const FORMAT_VERSION = 1;

export function serializeStore(store: Store): Buffer {
  const parts: Buffer[] = [encodeDoc({ devmongo: FORMAT_VERSION, savedAt: new Date() })];
  for (const coll of store.collections()) {
    const indexes = [...coll.indexes.values()].map((i) => i.spec);
    parts.push(encodeDoc({ c: { db: coll.db, name: coll.name, options: coll.options, indexes } }));
    for (const doc of coll.docs.values()) parts.push(encodeDoc({ d: doc }));
  }
  return Buffer.concat(parts);
}

export function deserializeStore(buf: Buffer, store: Store): void {
  let pos = 0;
  let first = true;
  let pending: { db: string; name: string; options: Doc; indexes: unknown[] } | undefined;
  const finishPending = () => {
    if (!pending) return;
    const coll = store.get(pending.db, pending.name);
    for (const spec of pending.indexes) coll?.createIndex(normalizeSpec(spec));
    pending = undefined;
  };
  while (pos < buf.length) {
    const size = buf.readInt32LE(pos);
    if (size < 5 || pos + size > buf.length) throw new Error(`truncated record at byte ${pos}`);
    const rec = decodeDoc(buf.subarray(pos, pos + size));
    pos += size;
    if (first) {
      if (rec.devmongo !== FORMAT_VERSION) throw new Error("not a devmongo data file (bad header)");
      first = false;
    } else if (isDoc(rec.c)) {
      finishPending();
      const { db, name, options, indexes } = rec.c;
      if (typeof db !== "string" || typeof name !== "string") throw new Error("bad collection record");
      store.getOrCreate(db, name, isDoc(options) ? options : {});
      pending = { db, name, options: isDoc(options) ? options : {}, indexes: Array.isArray(indexes) ? indexes : [] };
    } else if (isDoc(rec.d) && pending) {
      const coll = store.get(pending.db, pending.name);
      coll?.docs.set(encodeKey(rec.d._id), rec.d);
    } else {
      throw new Error(`unexpected record at byte ${pos - size}`);
    }
  }
  finishPending();
}

export async function loadStore(file: string, store: Store): Promise<boolean> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw err;
  }
  try {
    deserializeStore(buf, store);
  } catch (err) {
    throw new Error(`devmongo: cannot load ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return true;
}

/** Debounced writer: `schedule()` after mutations, `flush()` to save now (awaits any save in flight). */
export class Persister {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly store: Store,
    private readonly onError: (err: unknown) => void,
    private readonly delayMs = 1000,
  ) {}

  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(this.onError);
    }, this.delayMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const previous = this.inFlight;
    const run = async () => {
      await previous.catch(() => undefined);
      if (!this.dirty) return;
      this.dirty = false;
      // Serialised synchronously, so the snapshot is consistent.
      const data = serializeStore(this.store);
      try {
        await writeAtomic(this.file, data);
      } catch (err) {
        this.dirty = true;
        throw err;
      }
    };
    this.inFlight = run();
    return this.inFlight;
  }
}

async function writeAtomic(file: string, data: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(tmp, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}
