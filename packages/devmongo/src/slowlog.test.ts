import { MongoClient } from "mongodb";
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
      expect(typeof find?.extra?.ms).toBe("number");
      expect(JSON.stringify(logged)).not.toContain("Adlershof");
    } finally {
      await client.close();
      await server.stop();
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
