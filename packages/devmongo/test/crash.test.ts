/**
 * Durability under SIGKILL: a server in its own process takes inserts, counter
 * increments and two-collection transactions from several clients, is killed at a
 * random moment, restarted on the same directory and checked: every acknowledged
 * write is there, and every transaction is there whole or not at all. Small
 * checkpoint thresholds make kills land during checkpoints too.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { MongoClient } from "mongodb";
import { afterAll, describe, expect, it } from "vitest";
import { type Child, connect, missing, spawnServer } from "./crash.js";

const ROUNDS = 22;
const INSERT_WRITERS = 4;
const PAYLOAD = "x".repeat(300);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "devmongo-crash-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Ledger {
  acked: string[];
  incAcked: Map<string, number>;
  incTried: Map<string, number>;
  pairsAcked: string[];
  pairsTried: string[];
}

async function runWriters(clients: MongoClient[], round: number, ledger: Ledger, stop: { now: boolean }): Promise<void> {
  const db = (i: number) => clients[i].db("crash");
  const inserts = Array.from({ length: INSERT_WRITERS }, async (_, w) => {
    for (let i = 0; !stop.now; i++) {
      const id = `r${round}-w${w}-${i}`;
      try {
        await db(w).collection<{ _id: string; round?: number; w?: number; payload?: string }>("docs").insertOne({ _id: id, round, w, payload: PAYLOAD });
      } catch {
        return;
      }
      ledger.acked.push(id);
    }
  });
  const counters = (async () => {
    for (let i = 0; !stop.now; i++) {
      const key = `c${i % 3}`;
      ledger.incTried.set(key, (ledger.incTried.get(key) ?? 0) + 1);
      try {
        await db(INSERT_WRITERS).collection<{ _id: string }>("counters").updateOne({ _id: key }, { $inc: { n: 1 } }, { upsert: true });
      } catch {
        return;
      }
      ledger.incAcked.set(key, (ledger.incAcked.get(key) ?? 0) + 1);
    }
  })();
  const pairs = (async () => {
    const client = clients[INSERT_WRITERS + 1];
    for (let i = 0; !stop.now; i++) {
      const id = `r${round}-p${i}`;
      ledger.pairsTried.push(id);
      const session = client.startSession();
      try {
        await session.withTransaction(async () => {
          await client.db("crash").collection<{ _id: string }>("left").insertOne({ _id: id }, { session });
          await client.db("crash").collection<{ _id: string; payload?: string }>("right").insertOne({ _id: id, payload: PAYLOAD }, { session });
        });
      } catch {
        return;
      } finally {
        void session.endSession().catch(() => undefined);
      }
      ledger.pairsAcked.push(id);
    }
  })();
  await Promise.all([...inserts, counters, pairs]);
}

async function verify(uri: string, ledger: Ledger): Promise<void> {
  const client = await connect(uri);
  try {
    expect(await missing(client, "docs", ledger.acked)).toEqual([]);
    expect(await missing(client, "left", ledger.pairsAcked)).toEqual([]);
    const left = new Set(ledger.pairsTried.filter((id) => !ledger.pairsAcked.includes(id)));
    const lm = await missing(client, "left", [...left]);
    const rm = await missing(client, "right", [...left]);
    expect(new Set(lm)).toEqual(new Set(rm)); // each transaction whole or not at all
    for (const [key, acked] of ledger.incAcked) {
      const doc = await client.db("crash").collection<{ _id: string; n: number }>("counters").findOne({ _id: key });
      expect(doc?.n ?? 0).toBeGreaterThanOrEqual(acked);
      expect(doc?.n ?? 0).toBeLessThanOrEqual(ledger.incTried.get(key) ?? 0);
    }
  } finally {
    await client.close(true);
  }
}

describe("devmongo: no acknowledged write lost to SIGKILL", () => {
  it(`keeps every acknowledged write over ${ROUNDS} kills`, { timeout: 240_000 }, async () => {
    const ledger: Ledger = { acked: [], incAcked: new Map(), incTried: new Map(), pairsAcked: [], pairsTried: [] };
    let kills = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child: Child = await spawnServer(dir, 48 * 1024);
      await verify(child.uri, ledger);
      const clients = await Promise.all(Array.from({ length: INSERT_WRITERS + 2 }, () => connect(child.uri)));
      const stop = { now: false };
      const writing = runWriters(clients, round, ledger, stop);
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 600));
      child.process.kill("SIGKILL");
      kills++;
      await child.exited;
      stop.now = true;
      await writing;
      await Promise.all(clients.map((c) => c.close(true)));
    }
    const last = await spawnServer(dir);
    await verify(last.uri, ledger);
    last.process.kill("SIGTERM");
    await last.exited;
    expect(kills).toBeGreaterThanOrEqual(20);
    expect(ledger.acked.length).toBeGreaterThan(ROUNDS * 10);
    expect(ledger.pairsAcked.length).toBeGreaterThan(ROUNDS);
    console.log(`crash test: ${kills} SIGKILLs, ${ledger.acked.length} acknowledged inserts, ${ledger.pairsAcked.length} transactions, 0 lost`);
  });
});
