import net from "node:net";
import { deflateSync } from "node:zlib";
import { Decimal128, Long, ObjectId } from "bson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sortDocs } from "./engine.js";
import { type DevMongoServer, startDevMongo } from "./index.js";
import { compareBson, encodeKey } from "./values.js";
import { decodeDoc, encodeDoc, OP_COMPRESSED, OP_MSG, OP_QUERY } from "./wire.js";

let server: DevMongoServer;

beforeAll(async () => {
  server = await startDevMongo();
});

afterAll(async () => {
  await server?.stop();
});

function header(len: number, requestId: number, opCode: number): Buffer {
  const h = Buffer.alloc(16);
  h.writeInt32LE(len, 0);
  h.writeInt32LE(requestId, 4);
  h.writeInt32LE(0, 8);
  h.writeInt32LE(opCode, 12);
  return h;
}

function opMsg(requestId: number, body: Record<string, unknown>, seq?: [string, Record<string, unknown>[]]): Buffer {
  const parts = [Buffer.alloc(4), Buffer.from([0]), encodeDoc(body)];
  if (seq) {
    const docs = Buffer.concat(seq[1].map((d) => encodeDoc(d)));
    const id = Buffer.from(`${seq[0]}\0`);
    const size = Buffer.alloc(4);
    size.writeInt32LE(4 + id.length + docs.length);
    parts.push(Buffer.from([1]), size, id, docs);
  }
  const payload = Buffer.concat(parts);
  return Buffer.concat([header(16 + payload.length, requestId, OP_MSG), payload]);
}

/** Sends raw bytes and collects `count` replies as { responseTo, opCode, doc }. */
function exchange(data: Buffer, count: number): Promise<{ responseTo: number; opCode: number; doc: Record<string, unknown> }[]> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, "127.0.0.1", () => socket.write(data));
    let buf = Buffer.alloc(0);
    const out: { responseTo: number; opCode: number; doc: Record<string, unknown> }[] = [];
    socket.on("data", (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 4 && buf.length >= buf.readInt32LE(0)) {
        const len = buf.readInt32LE(0);
        const msg = buf.subarray(0, len);
        buf = buf.subarray(len);
        const opCode = msg.readInt32LE(12);
        const docStart = opCode === 1 ? 16 + 20 : 16 + 5;
        out.push({ responseTo: msg.readInt32LE(8), opCode, doc: decodeDoc(msg.subarray(docStart)) });
      }
      if (out.length >= count) {
        socket.end();
        resolve(out);
      }
    });
    socket.on("error", reject);
  });
}

describe("devmongo wire protocol", () => {
  it("answers a legacy OP_QUERY isMaster with OP_REPLY", async () => {
    const name = Buffer.from("admin.$cmd\0");
    const skipReturn = Buffer.alloc(8);
    skipReturn.writeInt32LE(-1, 4);
    const body = Buffer.concat([Buffer.alloc(4), name, skipReturn, encodeDoc({ isMaster: 1, helloOk: true })]);
    const [reply] = await exchange(Buffer.concat([header(16 + body.length, 7, OP_QUERY), body]), 1);
    expect(reply).toMatchObject({ responseTo: 7, opCode: 1, doc: { ismaster: true, setName: "rs0", helloOk: true, ok: 1 } });
  });

  it("handles pipelined OP_MSGs, kind-1 document sequences and OP_COMPRESSED (zlib)", async () => {
    const db = `wire_${process.pid}`;
    const insert = opMsg(1, { insert: "c", $db: db }, ["documents", [{ _id: 1 }, { _id: 2 }]]);
    const count = opMsg(2, { count: "c", $db: db });
    const inner = opMsg(3, { find: "c", filter: { _id: 2 }, $db: db });
    const compressedBody = deflateSync(inner.subarray(16));
    const meta = Buffer.alloc(9);
    meta.writeInt32LE(OP_MSG, 0);
    meta.writeInt32LE(inner.length - 16, 4);
    meta.writeUInt8(2, 8);
    const compressed = Buffer.concat([header(16 + 9 + compressedBody.length, 3, OP_COMPRESSED), meta, compressedBody]);
    const replies = await exchange(Buffer.concat([insert, count, compressed]), 3);
    expect(replies.map((r) => r.responseTo)).toEqual([1, 2, 3]);
    expect(replies[0].doc).toMatchObject({ n: 2, ok: 1 });
    expect(replies[1].doc).toMatchObject({ n: 2, ok: 1 });
    expect(replies[2].doc).toMatchObject({ cursor: { firstBatch: [{ _id: 2 }] } });
  });
});

describe("devmongo BSON ordering", () => {
  it("orders values across types like mongod", () => {
    const values = [true, "b", new Date(5), 2, null, { a: 1 }, [1], new ObjectId("000000000000000000000001"), Long.fromNumber(1)];
    const sorted = [...values].sort(compareBson);
    expect(sorted).toEqual([null, Long.fromNumber(1), 2, "b", { a: 1 }, [1], new ObjectId("000000000000000000000001"), true, new Date(5)]);
    expect(compareBson(Decimal128.fromString("10.5"), 9)).toBeGreaterThan(0);
  });

  it("encodes numerically equal values to the same index key", () => {
    expect(encodeKey(1)).toBe(encodeKey(Long.fromNumber(1)));
    expect(encodeKey(1)).toBe(encodeKey(Decimal128.fromString("1.0")));
    expect(encodeKey("1")).not.toBe(encodeKey(1));
    expect(encodeKey({ a: 1, b: 2 })).not.toBe(encodeKey({ b: 2, a: 1 }));
  });

  it("sorts arrays by their min (asc) / max (desc) element", () => {
    const docs = [{ id: "x", v: [5, 1] }, { id: "y", v: 3 }, { id: "z" }];
    expect(sortDocs(docs, { v: 1 }).map((d) => d.id)).toEqual(["z", "x", "y"]);
    expect(sortDocs(docs, { v: -1 }).map((d) => d.id)).toEqual(["x", "y", "z"]);
  });
});
