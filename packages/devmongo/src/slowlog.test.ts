import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MongoClient, ObjectId } from "mongodb";
import { describe, expect, it } from "vitest";
import { startDevMongo } from "./index.js";

describe("devmongo: slow operations", () => {
  it("when slowMs is set, then operations over it are logged with their command, namespace and filter shape, never the values", async () => {
    const logged: { msg: string; extra?: Record<string, unknown> }[] = [];
    const server = await startDevMongo({ slowMs: 0, log: (msg, extra) => logged.push({ msg, extra }) });
    const client = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
    try {
      const parks = client.db("slowlog").collection("parks");
      await parks.insertOne({ name: "Zhongguancun", country: "CN" });
      await parks.find({ country: "CN", name: { $in: ["Zhongguancun", "Adlershof"] } }).toArray();
      const find = logged.find((l) => l.msg === "devmongo: slow operation" && l.extra?.command === "find");
      expect(find?.extra).toMatchObject({ ns: "slowlog.parks", filter: { country: 1, name: { $in: 1 } } });
      // An ObjectId is a value, not a document: its bytes never show.
      await parks.findOne({ _id: new ObjectId("65a1b2c3d4e5f60718293a4b"), at: { $lt: new Date() } });
      const byId = logged.filter((l) => l.extra?.command === "find").at(-1);
      expect(byId?.extra?.filter).toEqual({ _id: 1, at: { $lt: 1 } });
      expect(typeof find?.extra?.ms).toBe("number");
      expect(JSON.stringify(logged)).not.toContain("Adlershof");
    } finally {
      await client.close();
      await server.stop();
    }
  });

  it("when slowMs is set and the data is journaled, then journal syncs over it are logged with their size and time", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "devmongo-slowsync-"));
    const logged: { msg: string; extra?: Record<string, unknown> }[] = [];
    const server = await startDevMongo({ dataDir: dir, slowMs: 0, log: (msg, extra) => logged.push({ msg, extra }) });
    const client = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
    try {
      await client.db("slowlog").collection("parks").insertOne({ name: "Adlershof" });
      const sync = logged.find((l) => l.msg === "devmongo: slow journal sync");
      expect(sync?.extra).toMatchObject({ records: expect.any(Number), bytes: expect.any(Number), writeMs: expect.any(Number), syncMs: expect.any(Number) });
      expect(sync!.extra!.bytes as number).toBeGreaterThan(0);
      expect(JSON.stringify(logged)).not.toContain("Adlershof");
    } finally {
      await client.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("when slowMs is not set, then nothing is logged for operations", async () => {
    const logged: string[] = [];
    const server = await startDevMongo({ log: (msg) => logged.push(msg) });
    const client = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
    try {
      await client.db("slowlog").collection("parks").find({}).toArray();
      expect(logged.filter((m) => m.includes("slow operation"))).toEqual([]);
    } finally {
      await client.close();
      await server.stop();
    }
  });
});
