import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { connectMongo, startMongoBackend } from "./mongo.js";

describe("the development MongoDB's slow log", () => {
  it("when DEVMONGO_SLOW_MS is reached, then slow operations and journal syncs are warnings with shapes, never values", async () => {
    const lines: { level: number; msg: string; [k: string]: unknown }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logger = pino({ level: "warn" }, sink);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-slowlog-"));
    const backend = await startMongoBackend({ prefer: "dev-server", dataDir, slowMs: 0, logger });
    const db = await connectMongo(backend.uri, "slowlog");
    try {
      await db.collection("parks").insertOne({ name: "Zhongguancun Science Park", country: "CN" });
      await db.collection("parks").findOne({ country: "CN" });
      const op = lines.find((l) => l.msg === "devmongo: slow operation" && l.command === "find");
      expect(op).toMatchObject({ level: 40, ns: "slowlog.parks", filter: { country: 1 } });
      expect(lines.find((l) => l.msg === "devmongo: slow journal sync")).toMatchObject({ level: 40, bytes: expect.any(Number) });
      expect(JSON.stringify(lines)).not.toContain("Zhongguancun");
    } finally {
      await db.close();
      await backend.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
