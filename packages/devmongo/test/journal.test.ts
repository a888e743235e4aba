/** The journal's framing, torn tails and replay after a crash (a copy of a live data directory). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MongoClient } from "mongodb";
import { afterAll, describe, expect, it } from "vitest";
import { startDevMongo } from "../src/index.js";
import { frameRecord, listJournals, readRecords } from "../src/journal.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "devmongo-journal-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("devmongo journal", () => {
  it("reads whole records and stops at a short or corrupt one", () => {
    const a = frameRecord([Buffer.from("first")]);
    const b = frameRecord([Buffer.from("second")]);
    const whole = Buffer.concat([a, b]);
    expect(readRecords(whole)).toMatchObject({ validBytes: whole.length, tornBytes: 0 });
    expect(readRecords(whole).bodies.map(String)).toEqual(["first", "second"]);

    const short = Buffer.concat([a, b.subarray(0, b.length - 2)]);
    expect(readRecords(short)).toMatchObject({ validBytes: a.length, tornBytes: b.length - 2 });

    const corrupt = Buffer.from(whole);
    corrupt[corrupt.length - 1] ^= 0xff;
    expect(readRecords(corrupt).bodies.map(String)).toEqual(["first"]);
  });

  it("replays acknowledged writes without a clean stop and drops a torn tail", async () => {
    const live = path.join(root, "live");
    const server = await startDevMongo({ dataDir: live });
    const client = await MongoClient.connect(server.uri);
    const coll = client.db("j").collection<{ _id: number; v?: number }>("things");
    await coll.createIndex({ v: 1 }, { unique: true });
    await coll.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: i, v: i })));
    await coll.deleteOne({ _id: 3 });
    await coll.updateOne({ _id: 4 }, { $set: { v: 1000 } });
    const session = client.startSession();
    await session.withTransaction(async () => {
      await coll.insertOne({ _id: 100, v: 100 }, { session });
      await client.db("j").collection<{ _id: number }>("other").insertOne({ _id: 1 }, { session });
    });
    await session.endSession();

    // What a crash would leave: the directory as it is now, plus half a record.
    const crashed = path.join(root, "crashed");
    fs.cpSync(live, crashed, { recursive: true });
    const journals = listJournals(crashed);
    const last = journals[journals.length - 1].file;
    const sizeBefore = fs.statSync(last).size;
    fs.appendFileSync(last, frameRecord([Buffer.from("never finished")]).subarray(0, 12));

    const logs: { msg: string; extra?: Record<string, unknown> }[] = [];
    const again = await startDevMongo({ dataDir: crashed, log: (msg, extra) => logs.push({ msg, extra }) });
    const c2 = await MongoClient.connect(again.uri);
    const things = c2.db("j").collection<{ _id: number; v?: number }>("things");
    expect(await things.countDocuments()).toBe(50);
    expect(await things.findOne({ _id: 3 })).toBeNull();
    expect(await things.findOne({ _id: 4 })).toEqual({ _id: 4, v: 1000 });
    expect(await c2.db("j").collection("other").countDocuments()).toBe(1);
    await expect(things.insertOne({ _id: 200, v: 7 })).rejects.toMatchObject({ code: 11000 });
    expect(logs.some((l) => l.msg.includes("torn journal tail"))).toBe(true);
    expect(fs.statSync(last).size).toBe(sizeBefore);

    await c2.close();
    await again.stop();
    await client.close();
    await server.stop();
  });

  it("checkpoints while writing and starts from the checkpoint", async () => {
    const dir = path.join(root, "checkpointed");
    const server = await startDevMongo({ dataDir: dir, checkpointBytes: 16 * 1024 });
    const client = await MongoClient.connect(server.uri);
    const coll = client.db("c").collection<{ _id: number; text: string }>("rows");
    for (let i = 0; i < 40; i++) await coll.insertMany(Array.from({ length: 10 }, (_, j) => ({ _id: i * 10 + j, text: "y".repeat(200) })));
    await new Promise((r) => setTimeout(r, 300)); // let a checkpoint in flight finish before copying
    expect(fs.existsSync(path.join(dir, "checkpoint.bson"))).toBe(true);
    const crashed = path.join(root, "checkpointed-crash");
    fs.cpSync(dir, crashed, { recursive: true });
    const again = await startDevMongo({ dataDir: crashed });
    const c2 = await MongoClient.connect(again.uri);
    expect(await c2.db("c").collection("rows").countDocuments()).toBe(400);
    await c2.close();
    await again.stop();
    await client.close();
    await server.stop();
  });
});
