/**
 * The append-only journal. A record is one command's changes (or one transaction's,
 * at commit): an 8-byte header (body length, CRC-32 of the body) and a body of BSON
 * documents. `append` resolves once the record is on disk (fdatasync); records
 * appended while a sync is running share the next one (group commit).
 *
 * Files are `journal.<seq>`; `rotate()` starts the next file (a checkpoint covers
 * every file before it). Reading stops at the first torn record (short header or
 * body, bad checksum), which only the tail of the last file can hold.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import zlib from "node:zlib";

const HEADER = 8;
const NAME = /^journal\.(\d{10})$/;

export function journalName(seq: number): string {
  return `journal.${String(seq).padStart(10, "0")}`;
}

/** Journal files of `dir` with their sequence numbers, oldest first. */
export function listJournals(dir: string): { seq: number; file: string }[] {
  const out: { seq: number; file: string }[] = [];
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const m = NAME.exec(name);
    if (m) out.push({ seq: Number(m[1]), file: path.join(dir, name) });
  }
  return out.sort((a, b) => a.seq - b.seq);
}

export function frameRecord(parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(body.length, 0);
  header.writeUInt32LE(zlib.crc32(body), 4);
  return Buffer.concat([header, body]);
}

export interface ReadResult {
  bodies: Buffer[];
  /** Byte offset after the last whole record. */
  validBytes: number;
  /** Bytes after it (a torn tail), 0 when the file ends on a record boundary. */
  tornBytes: number;
}

export function readRecords(buf: Buffer): ReadResult {
  const bodies: Buffer[] = [];
  let pos = 0;
  while (pos + HEADER <= buf.length) {
    const len = buf.readUInt32LE(pos);
    const crc = buf.readUInt32LE(pos + 4);
    if (pos + HEADER + len > buf.length) break;
    const body = buf.subarray(pos + HEADER, pos + HEADER + len);
    if (zlib.crc32(body) !== crc) break;
    bodies.push(body);
    pos += HEADER + len;
  }
  return { bodies, validBytes: pos, tornBytes: buf.length - pos };
}

/** Splits a record body into its BSON documents (each starts with its int32 length). */
export function splitDocs(body: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let pos = 0;
  while (pos + 4 <= body.length) {
    const size = body.readInt32LE(pos);
    if (size < 5 || pos + size > body.length) throw new Error(`bad document in journal record at byte ${pos}`);
    out.push(body.subarray(pos, pos + size));
    pos += size;
  }
  return out;
}

interface Pending {
  seq: number;
  data: Buffer;
  done: (err?: Error) => void;
}

export class JournalWriter {
  private readonly fds = new Map<number, number>();
  private pending: Pending[] = [];
  private syncing: Promise<void> | undefined;
  private closed = false;
  /** Bytes appended to the current file. */
  bytes = 0;

  constructor(
    private readonly dir: string,
    public seq: number,
    /** Told of every write-and-sync of a group of records that took at least `ms`. */
    private readonly slow?: { ms: number; log: (msg: string, extra?: Record<string, unknown>) => void },
  ) {}

  /** Resolves once the record is durable. */
  append(data: Buffer): Promise<void> {
    if (this.closed) return Promise.reject(new Error("journal closed"));
    this.bytes += data.length;
    return new Promise((resolve, reject) => {
      this.pending.push({ seq: this.seq, data, done: (err) => (err ? reject(err) : resolve()) });
      this.syncing ??= this.drain();
    });
  }

  /** Starts the next file; records appended before this call stay in the previous one. */
  rotate(): number {
    this.seq++;
    this.bytes = 0;
    return this.seq;
  }

  /** Waits for every appended record to be durable. */
  async settle(): Promise<void> {
    while (this.syncing) await this.syncing;
  }

  async close(): Promise<void> {
    await this.settle();
    this.closed = true;
    for (const fd of this.fds.values()) await new Promise<void>((r) => fs.close(fd, () => r()));
    this.fds.clear();
  }

  private fd(seq: number): number {
    let fd = this.fds.get(seq);
    if (fd === undefined) {
      fd = fs.openSync(path.join(this.dir, journalName(seq)), "a");
      this.fds.set(seq, fd);
      syncDir(this.dir);
    }
    return fd;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      let error: Error | undefined;
      try {
        const seqs = [...new Set(batch.map((p) => p.seq))];
        for (const seq of seqs) {
          const fd = this.fd(seq);
          const data = Buffer.concat(batch.filter((p) => p.seq === seq).map((p) => p.data));
          const started = performance.now();
          await writeAll(fd, data);
          const written = performance.now();
          await new Promise<void>((res, rej) => fs.fdatasync(fd, (err) => (err ? rej(err) : res())));
          const ms = performance.now() - started;
          if (this.slow && ms >= this.slow.ms) {
            this.slow.log("devmongo: slow journal sync", { records: batch.length, bytes: data.length, writeMs: Math.round(written - started), syncMs: Math.round(performance.now() - written) });
          }
        }
        for (const [seq, fd] of this.fds) {
          if (seq < this.seq) {
            this.fds.delete(seq);
            fs.close(fd, () => undefined);
          }
        }
      } catch (err) {
        error = err instanceof Error ? err : new Error(String(err));
      }
      for (const p of batch) p.done(error);
    }
    this.syncing = undefined;
  }
}

function writeAll(fd: number, buf: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = (offset: number) => {
      if (offset >= buf.length) return resolve();
      fs.write(fd, buf, offset, buf.length - offset, null, (err, n) => (err ? reject(err) : step(offset + n)));
    };
    step(0);
  });
}

/** Makes a directory's entries (created or renamed files) durable. */
export function syncDir(dir: string): void {
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
