/**
 * MongoDB micro-benchmark: indexed vs unindexed lookups and an aggregation.
 * Uses MONGODB_URI when set, else starts the offline devmongo server.
 *   npx tsx scripts/bench/mongo.ts
 */
import { performance } from "node:perf_hooks";
import mongoose, { Schema } from "mongoose";
import { type DevMongoServer, startDevMongo } from "@parklink/devmongo";

const DOCS = 10_000;
const BATCH = 1_000;
const LOOKUPS = 1_000;
const AGGREGATES = 50;

interface Stats {
  label: string;
  ops: number;
  totalMs: number;
  p50: number;
  p95: number;
}

function stats(label: string, samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const totalMs = samples.reduce((a, b) => a + b, 0);
  return { label, ops: samples.length, totalMs, p50: pick(0.5), p95: pick(0.95) };
}

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

function print(s: Stats): void {
  const opsPerSec = (s.ops / s.totalMs) * 1000;
  console.log(
    `${s.label.padEnd(28)} ${String(s.ops).padStart(5)} ops  ${opsPerSec.toFixed(0).padStart(7)} ops/s  p50 ${s.p50.toFixed(3)} ms  p95 ${s.p95.toFixed(3)} ms`,
  );
}

async function main(): Promise<void> {
  let dev: DevMongoServer | undefined;
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    dev = await startDevMongo();
    uri = dev.uri;
  }
  const backend = dev ? "devmongo" : "MONGODB_URI";
  const conn = await mongoose.createConnection(uri, { dbName: `bench_${Date.now().toString(36)}`, autoIndex: false }).asPromise();
  try {
    const Row = conn.model(
      "Row",
      new Schema({ seq: Number, email: String, emailCopy: String, group: Number, amount: Number }, { autoIndex: false }),
    );
    console.log(`MongoDB benchmark against ${backend}: ${DOCS} documents, ${LOOKUPS} lookups per case`);

    const t0 = performance.now();
    for (let start = 0; start < DOCS; start += BATCH) {
      const rows = Array.from({ length: BATCH }, (_, k) => {
        const seq = start + k;
        return { seq, email: `user${seq}@example.test`, emailCopy: `user${seq}@example.test`, group: seq % 50, amount: seq % 97 };
      });
      await Row.insertMany(rows, { lean: true });
    }
    const insertMs = performance.now() - t0;
    console.log(`insertMany                   ${DOCS} docs in ${insertMs.toFixed(0)} ms (${((DOCS / insertMs) * 1000).toFixed(0)} docs/s)`);

    const t1 = performance.now();
    await Row.collection.createIndex({ email: 1 }, { unique: true });
    console.log(`createIndex email_1          ${(performance.now() - t1).toFixed(1)} ms`);

    const keys = Array.from({ length: LOOKUPS }, () => `user${Math.floor(Math.random() * DOCS)}@example.test`);
    // Warm up both paths (JIT, connection pool) before measuring.
    await timeEach(100, (i) => Row.findOne({ email: keys[i] }).lean());
    await timeEach(100, (i) => Row.findOne({ emailCopy: keys[i] }).lean());

    const indexed = stats("findOne by indexed field", await timeEach(LOOKUPS, (i) => Row.findOne({ email: keys[i] }).lean()));
    const unindexed = stats("findOne by unindexed field", await timeEach(LOOKUPS, (i) => Row.findOne({ emailCopy: keys[i] }).lean()));
    const agg = stats(
      "aggregate $group (50 groups)",
      await timeEach(AGGREGATES, () => Row.aggregate([{ $group: { _id: "$group", total: { $sum: "$amount" }, n: { $sum: 1 } } }, { $sort: { total: -1 } }])),
    );
    print(indexed);
    print(unindexed);
    print(agg);
    const ratio = unindexed.totalMs / indexed.totalMs;
    console.log(`indexed vs unindexed: ${ratio.toFixed(1)}x faster (p50 ${(unindexed.p50 / indexed.p50).toFixed(1)}x)`);
    await conn.dropDatabase();
  } finally {
    await conn.close();
    await dev?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
