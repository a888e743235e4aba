/**
 * Durability for a store kept in a data directory: every command's changes go to
 * the journal and its reply waits for them to be on disk; start-up loads the last
 * checkpoint and replays the journal after it. A checkpoint is taken when the
 * current journal file passes a size: the collections' document lists are copied
 * (references: stored documents are immutable) in one synchronous step that also
 * starts a new journal file, then serialised in slices of a few milliseconds that
 * yield to the event loop, written to a temporary file, synced and renamed.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { Store } from "./catalog.js";
import { applyItem, buildStore, catalogMeta, ChangeLog, CHECKPOINT_VERSION, type Image, readCheckpoint } from "./image.js";
import { frameRecord, JournalWriter, listJournals, readRecords, splitDocs, syncDir } from "./journal.js";
import type { Doc } from "./values.js";
import { decodeDoc, encodeDoc } from "./wire.js";

export interface DurabilityOptions {
  /** Journal bytes after which a checkpoint is taken. Default 64 MiB. */
  checkpointBytes?: number;
  log: (msg: string, extra?: Record<string, unknown>) => void;
  /** Journal syncs slower than this (ms) are logged. */
  slowMs?: number;
}

const CHECKPOINT = "checkpoint.bson";
const SLICE_MS = 4;
const CHUNK_BYTES = 1 << 20;

export interface LoadReport {
  documents: number;
  journalRecords: number;
  tornBytes: number;
}

export class Durability {
  private readonly changes = new ChangeLog();
  private checkpointing: Promise<void> | undefined;
  private readonly checkpointBytes: number;

  private constructor(
    private readonly dir: string,
    private readonly store: Store,
    private readonly writer: JournalWriter,
    private readonly opts: DurabilityOptions,
  ) {
    this.checkpointBytes = opts.checkpointBytes ?? 64 * 1024 * 1024;
    store.tracker = this.changes;
    for (const coll of store.collections()) coll.tracker = this.changes;
  }

  /** Loads the directory into `store` (which must be empty) and starts journaling. */
  static open(dir: string, store: Store, opts: DurabilityOptions): { durability: Durability; report: LoadReport } {
    fs.mkdirSync(dir, { recursive: true });
    const image: Image = new Map();
    const cpFile = path.join(dir, CHECKPOINT);
    let firstSeq = 0;
    if (fs.existsSync(cpFile)) firstSeq = readCheckpoint(fs.readFileSync(cpFile), image);
    let lastSeq = firstSeq;
    let journalRecords = 0;
    let tornBytes = 0;
    for (const { seq, file } of listJournals(dir)) {
      if (seq < firstSeq || tornBytes > 0) {
        fs.rmSync(file, { force: true });
        continue;
      }
      const result = readRecords(fs.readFileSync(file));
      for (const body of result.bodies) for (const item of splitDocs(body)) applyItem(image, decodeDoc(item));
      journalRecords += result.bodies.length;
      if (result.tornBytes > 0) {
        tornBytes = result.tornBytes;
        fs.truncateSync(file, result.validBytes);
        opts.log("devmongo: dropped a torn journal tail", { file, bytes: result.tornBytes });
      }
      lastSeq = Math.max(lastSeq, seq);
    }
    buildStore(image, store);
    let documents = 0;
    for (const c of store.collections()) documents += c.docs.size;
    const writer = new JournalWriter(dir, lastSeq + 1, opts.slowMs === undefined ? undefined : { ms: opts.slowMs, log: opts.log });
    return { durability: new Durability(dir, store, writer, opts), report: { documents, journalRecords, tornBytes } };
  }

  /**
   * Journals what the last command changed. Returns a promise that resolves once it
   * is durable, or undefined when the command changed nothing.
   */
  commit(): Promise<void> | undefined {
    const done = this.append();
    if (done && this.writer.bytes >= this.checkpointBytes && !this.checkpointing) {
      this.checkpoint().catch((err: unknown) => this.opts.log("devmongo: checkpoint failed", { err: String(err) }));
    }
    return done;
  }

  private append(): Promise<void> | undefined {
    if (this.changes.empty) return undefined;
    const parts = this.changes.take(this.store);
    return parts.length === 0 ? undefined : this.writer.append(frameRecord(parts));
  }

  /** Writes a checkpoint of the current state and drops the journal files it covers. */
  checkpoint(): Promise<void> {
    if (this.checkpointing) return this.checkpointing;
    const pending = this.append();
    // One synchronous step: the copy and the new journal file start at the same point.
    const snapshot = [...this.store.collections()].map((c) => ({ db: c.db, meta: catalogMeta(c), docs: [...c.docs.values()] }));
    const seq = this.writer.rotate();
    const run = async () => {
      const started = performance.now();
      await writeCheckpointFile(this.dir, snapshot, seq);
      for (const j of listJournals(this.dir)) if (j.seq < seq) fs.rmSync(j.file, { force: true });
      await pending;
      this.opts.log("devmongo: checkpoint written", { journal: seq, ms: Math.round(performance.now() - started) });
    };
    this.checkpointing = run().finally(() => (this.checkpointing = undefined));
    return this.checkpointing;
  }

  /** Journals what is left, writes a final checkpoint and closes the journal. */
  async close(): Promise<void> {
    await this.checkpointing;
    await this.checkpoint();
    await this.writer.close();
  }
}

async function writeCheckpointFile(dir: string, snapshot: { db: string; meta: Doc; docs: Doc[] }[], seq: number): Promise<void> {
  const tmp = path.join(dir, `${CHECKPOINT}.tmp`);
  const handle = await fs.promises.open(tmp, "w");
  try {
    let parts: Buffer[] = [];
    let size = 0;
    let sliceStart = performance.now();
    const push = async (doc: Doc) => {
      const b = encodeDoc(doc);
      parts.push(b);
      size += b.length;
      if (size >= CHUNK_BYTES) {
        await handle.write(Buffer.concat(parts));
        parts = [];
        size = 0;
        sliceStart = performance.now();
      } else if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToLoop();
        sliceStart = performance.now();
      }
    };
    await push({ devmongo: CHECKPOINT_VERSION, journal: seq, savedAt: new Date() });
    for (const c of snapshot) {
      await push({ c: { db: c.db, ...c.meta } });
      for (const d of c.docs) await push({ d });
    }
    await push({ end: true });
    if (parts.length > 0) await handle.write(Buffer.concat(parts));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(tmp, path.join(dir, CHECKPOINT));
  syncDir(dir);
}
