/**
 * MongoDB wire protocol framing: OP_MSG (kind-0 body and kind-1 document
 * sequences), legacy OP_QUERY for the initial handshake (answered with OP_REPLY)
 * and OP_COMPRESSED (noop and zlib; compression is never advertised).
 */
import { inflateSync } from "node:zlib";
import { deserialize, serialize } from "bson";
import { CommandError } from "./errors.js";
import type { Doc } from "./values.js";

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;

const HEADER_SIZE = 16;
const MSG_CHECKSUM_PRESENT = 1;
export const MSG_MORE_TO_COME = 2;

/** Long and Decimal128 stay bson objects; int32/double become JS numbers. */
const DESERIALIZE = { promoteLongs: false, promoteValues: true, promoteBuffers: false, bsonRegExp: false } as const;
const SERIALIZE = { checkKeys: false, ignoreUndefined: true } as const;

export function decodeDoc(buf: Uint8Array): Doc {
  return deserialize(buf, DESERIALIZE) as Doc;
}

export function encodeDoc(doc: Doc): Buffer {
  return Buffer.from(serialize(doc, SERIALIZE));
}

export interface Request {
  opCode: typeof OP_MSG | typeof OP_QUERY;
  requestId: number;
  /** OP_MSG flag bits (moreToCome means the client expects no reply). */
  flags: number;
  /** The command document, with kind-1 sequences merged in as arrays. */
  command: Doc;
  /** For OP_QUERY: the target database (from "<db>.$cmd"). */
  db?: string;
}

/** Length of the next complete message in `buf`, or 0 if more bytes are needed. */
export function frameLength(buf: Buffer): number {
  if (buf.length < 4) return 0;
  const len = buf.readInt32LE(0);
  if (len < HEADER_SIZE || len > 64 * 1024 * 1024) throw new Error(`invalid message length ${len}`);
  return buf.length >= len ? len : 0;
}

export function parseMessage(msg: Buffer): Request {
  const requestId = msg.readInt32LE(4);
  let opCode = msg.readInt32LE(12);
  let body = msg.subarray(HEADER_SIZE);
  if (opCode === OP_COMPRESSED) {
    opCode = body.readInt32LE(0);
    const size = body.readInt32LE(4);
    const compressor = body.readUInt8(8);
    const payload = body.subarray(9);
    if (compressor === 0) body = payload;
    else if (compressor === 2) body = inflateSync(payload);
    else throw new CommandError("BadValue", `unsupported compressor ${compressor}`);
    if (body.length !== size) throw new CommandError("BadValue", "bad OP_COMPRESSED size");
  }
  if (opCode === OP_MSG) return parseOpMsg(requestId, body);
  if (opCode === OP_QUERY) return parseOpQuery(requestId, body);
  throw new CommandError("BadValue", `unsupported opCode ${opCode}`);
}

function parseOpMsg(requestId: number, body: Buffer): Request {
  const flags = body.readUInt32LE(0);
  const end = body.length - (flags & MSG_CHECKSUM_PRESENT ? 4 : 0);
  let pos = 4;
  let command: Doc | undefined;
  const sequences: [string, Doc[]][] = [];
  while (pos < end) {
    const kind = body.readUInt8(pos);
    pos += 1;
    if (kind === 0) {
      const size = body.readInt32LE(pos);
      command = decodeDoc(body.subarray(pos, pos + size));
      pos += size;
    } else if (kind === 1) {
      const size = body.readInt32LE(pos);
      const sectionEnd = pos + size;
      let p = pos + 4;
      const nul = body.indexOf(0, p);
      const id = body.toString("utf8", p, nul);
      p = nul + 1;
      const docs: Doc[] = [];
      while (p < sectionEnd) {
        const dsize = body.readInt32LE(p);
        docs.push(decodeDoc(body.subarray(p, p + dsize)));
        p += dsize;
      }
      sequences.push([id, docs]);
      pos = sectionEnd;
    } else {
      throw new CommandError("BadValue", `unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!command) throw new CommandError("BadValue", "OP_MSG without a body section");
  for (const [id, docs] of sequences) {
    const existing = command[id];
    command[id] = Array.isArray(existing) ? [...(existing as Doc[]), ...docs] : docs;
  }
  return { opCode: OP_MSG, requestId, flags, command };
}

function parseOpQuery(requestId: number, body: Buffer): Request {
  const nul = body.indexOf(0, 4);
  const fullName = body.toString("utf8", 4, nul);
  let pos = nul + 1 + 8; // numberToSkip, numberToReturn
  const size = body.readInt32LE(pos);
  let command = decodeDoc(body.subarray(pos, pos + size));
  pos += size;
  // Legacy drivers may wrap the command as { $query: {...}, $readPreference }.
  if (command.$query && typeof command.$query === "object") command = command.$query as Doc;
  const db = fullName.endsWith(".$cmd") ? fullName.slice(0, -5) : fullName.split(".")[0];
  return { opCode: OP_QUERY, requestId, flags: 0, command, db };
}

let nextId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const h = Buffer.alloc(HEADER_SIZE);
  h.writeInt32LE(length, 0);
  h.writeInt32LE(nextId++ & 0x7fffffff, 4);
  h.writeInt32LE(responseTo, 8);
  h.writeInt32LE(opCode, 12);
  return h;
}

export function encodeOpMsg(responseTo: number, doc: Doc): Buffer {
  const body = encodeDoc(doc);
  const len = HEADER_SIZE + 4 + 1 + body.length;
  const prefix = Buffer.alloc(5); // flagBits = 0, section kind 0
  return Buffer.concat([header(len, responseTo, OP_MSG), prefix, body], len);
}

export function encodeOpReply(responseTo: number, doc: Doc): Buffer {
  const body = encodeDoc(doc);
  const fields = Buffer.alloc(20); // responseFlags, cursorID (8), startingFrom, numberReturned
  fields.writeInt32LE(1, 16);
  const len = HEADER_SIZE + fields.length + body.length;
  return Buffer.concat([header(len, responseTo, OP_REPLY), fields, body], len);
}
