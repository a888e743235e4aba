/**
 * No-stall benchmark of the development MongoDB: a durable server (its own process,
 * journal and checkpoints on a temporary directory) holding 130,000 profile-like
 * documents answers the same steady reads twice — alone (baseline) and beside a
 * steady write load that also drives checkpoints — and prints read p50/p99/max of
 * both, their ratio, the checkpoints taken and the server's resident memory.
 *
 *   npm run bench -w packages/devmongo        (or npm run bench:devmongo at the root)
 *   DOCS=130000 SECONDS=20 WRITES_PER_S=100 READS_PER_S=50 CHECKPOINT_BYTES=131072
 *
 * The reads are the product's hot query shapes on an organisations-like collection
 * with the product's kinds of indexes: a document by `_id`; a search page (equality on
 * a compound index, newest first, limit 20) and its total (countDocuments); a list
 * page (status, sorted by `updatedAt` then `_id`, skip 20, limit 20); a history page
 * (a range on the date before a cursor, newest first, limit 51, as chat history pages
 * by sequence number).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type Collection, MongoClient } from "mongodb";
import { type Child, spawnServer } from "../test/crash.js";
import { COUNTRIES, INDEXES, KINDS, type Profile, profile } from "./profile.js";

const DOCS = Number(process.env.DOCS ?? 130_000);
const SECONDS = Number(process.env.SECONDS ?? 20);
const WRITES_PER_S = Number(process.env.WRITES_PER_S ?? 100);
const READS_PER_S = Number(process.env.READS_PER_S ?? 50);
/** Journal bytes between checkpoints; small so that whole-store checkpoints run during the write phase. */
const CHECKPOINT_BYTES = Number(process.env.CHECKPOINT_BYTES ?? 128 * 1024);
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Asks the server for a full collection and its memory figures (see test/fixtures/serve.ts). */
async function liveMemory(server: Child): Promise<string> {
  const before = server.stderr().length;
  server.process.kill("SIGUSR2");
  for (let i = 0; i < 100; i++) {
    const m = /\{"msg":"memory".*\}/.exec(server.stderr().slice(before));
    if (m) {
      const v = JSON.parse(m[0]) as { rss: number; heapUsed: number; external: number };
      return `after a full GC: RSS ${v.rss} MB, live JS heap ${v.heapUsed} MB, external ${v.external} MB`;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return "no memory report";
}

function stats(ms: number[]): { n: number; p50: number; p99: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1] ?? 0 };
}

/** Calls `fn` `perSecond` times a second for `seconds`, one call at a time; returns each call's latency (by call number in `byCall`). */
async function paced(perSecond: number, seconds: number, fn: (i: number) => Promise<unknown>, byCall?: number[]): Promise<number[]> {
  const out = byCall ?? [];
  const start = performance.now();
  for (let i = 0; performance.now() - start < seconds * 1000; i++) {
    const due = start + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

function reads(coll: Collection<Profile>) {
  return (i: number): Promise<unknown> => {
    const search = { kind: KINDS[i % 4], country: COUNTRIES[i % 12], status: "approved" };
    switch (i % 6) {
      case 1:
        return coll.find(search).sort({ updatedAt: -1 }).limit(20).toArray();
      case 2:
        return coll.find({ status: "approved" }).sort({ updatedAt: -1, _id: 1 }).skip(20).limit(20).toArray();
      case 4: {
        const before = new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % DOCS) * 1000);
        return coll.find({ kind: KINDS[i % 4], updatedAt: { $lt: before } }).sort({ updatedAt: -1 }).limit(51).toArray();
      }
      case 5:
        return coll.countDocuments(search);
      default:
        return coll.findOne({ _id: (i * 7919) % DOCS });
    }
  };
}

async function load(dir: string): Promise<void> {
  const server = await spawnServer(dir);
  const client = await MongoClient.connect(server.uri);
  const coll = client.db("bench").collection<Profile>("orgs");
  await coll.createIndexes(INDEXES.map((key) => ({ key })));
  const t = performance.now();
  for (let i = 0; i < DOCS; i += 1000) {
    await coll.insertMany(Array.from({ length: Math.min(1000, DOCS - i) }, (_, j) => profile(i + j)));
  }
  console.log(`loaded ${DOCS} documents in ${((performance.now() - t) / 1000).toFixed(1)} s (journaled inserts of 1,000)`);
  await client.close();
  server.process.kill("SIGTERM");
  await server.exited;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "devmongo-bench-"));
  try {
    await load(dir);
    const started = performance.now();
    const server = await spawnServer(dir, CHECKPOINT_BYTES);
    const startMs = performance.now() - started;
    const pid = server.process.pid ?? 0;
    const client = await MongoClient.connect(server.uri, { maxPoolSize: 4 });
    const writer = await MongoClient.connect(server.uri, { maxPoolSize: 4 });
    const coll = client.db("bench").collection<Profile>("orgs");
    const wcoll = writer.db("bench").collection<Profile>("orgs");
    await paced(READS_PER_S, 2, reads(coll)); // warm-up
    const rssIdle = rssMb(pid);
    const idleLive = await liveMemory(server);

    let peak = rssIdle;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
    const aloneByCall: number[] = [];
    const baseline = stats(await paced(READS_PER_S, SECONDS, reads(coll), aloneByCall));
    const peakReads = peak;
    const checkpointsBefore = (server.stderr().match(/checkpoint written/g) ?? []).length;
    const writes: Promise<number[]>[] = [0, 1].map((w) =>
      paced(WRITES_PER_S / 2, SECONDS, (i) =>
        i % 5 === 4
          ? wcoll.insertOne(profile(DOCS + w * 1_000_000 + i))
          : wcoll.updateOne({ _id: (i * 104_729 + w) % DOCS }, { $inc: { views: 1 }, $set: { updatedAt: new Date() } }),
      ),
    );
    const loadedByCall: number[] = [];
    const loaded = stats(await paced(READS_PER_S, SECONDS, reads(coll), loadedByCall));
    const writeStats = stats((await Promise.all(writes)).flat());
    clearInterval(sampler);
    const afterLive = await liveMemory(server);
    const checkpoints = [...server.stderr().matchAll(/checkpoint written","journal":\d+,"ms":(\d+)/g)].slice(checkpointsBefore).map((m) => Number(m[1]));

    const f = (n: number) => n.toFixed(1);
    console.log(`start-up from checkpoint with ${DOCS} documents: ${f(startMs / 1000)} s`);
    console.log(`reads alone:        n=${baseline.n} p50 ${f(baseline.p50)} ms  p99 ${f(baseline.p99)} ms  max ${f(baseline.max)} ms`);
    console.log(`reads beside writes: n=${loaded.n} p50 ${f(loaded.p50)} ms  p99 ${f(loaded.p99)} ms  max ${f(loaded.max)} ms  (p99 ${f(loaded.p99 / Math.max(baseline.p99, 0.001))}× baseline)`);
    const shapes = ["by _id", "search page", "list page", "by _id", "history page", "search total"];
    for (const [k, name] of shapes.entries()) {
      if (k === 3) continue;
      const pick = (all: number[]) => stats(all.filter((_, i) => i % 6 === k || (k === 0 && i % 6 === 3)));
      const a = pick(aloneByCall);
      const b = pick(loadedByCall);
      console.log(`  ${name.padEnd(13)} alone p50 ${f(a.p50)} p99 ${f(a.p99)} ms; beside writes p50 ${f(b.p50)} p99 ${f(b.p99)} ms`);
    }
    console.log(`writes (${WRITES_PER_S}/s, journaled): n=${writeStats.n} p50 ${f(writeStats.p50)} ms  p99 ${f(writeStats.p99)} ms  max ${f(writeStats.max)} ms`);
    console.log(`checkpoints during the write phase: ${checkpoints.length} (${checkpoints.map((m) => `${m} ms`).join(", ") || "none"}, serialised off the request path in slices)`);
    console.log(`server RSS: ${f(rssIdle)} MB idle at ${DOCS} documents; peak ${f(peakReads)} MB during the reads alone, ${f(peak)} MB by the end of the write phase`);
    console.log(`  idle, ${idleLive}`);
    console.log(`  after the write phase, ${afterLive}`);
    console.log(`target read p99 < 20 ms beside writes: ${loaded.p99 < 20 ? "met" : "NOT met"}; target RSS < 500 MB: ${peak < 500 ? "met" : "NOT met"}`);
    await client.close();
    await writer.close();
    server.process.kill("SIGTERM");
    await server.exited;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
