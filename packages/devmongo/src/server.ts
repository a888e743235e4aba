/**
 * TCP front end: frames wire messages per connection and answers each one
 * synchronously (a command runs to completion before the next is looked at, so
 * pipelined requests and many pooled connections need no locking).
 */
import net from "node:net";
import { runCommand } from "./commands/index.js";
import type { ServerState } from "./commands/context.js";
import { CommandError, WaitForTxn } from "./errors.js";
import { type Doc } from "./values.js";
import { encodeOpMsg, encodeOpReply, frameLength, MSG_MORE_TO_COME, OP_QUERY, parseMessage, type Request } from "./wire.js";

export interface WireServerHooks {
  /** Called after every command; the reply waits for the promise (the journal write) if one is returned. */
  afterCommand: () => Promise<void> | undefined;
  log: (msg: string, extra?: Record<string, unknown>) => void;
  /** Commands that take longer (ms) are logged. */
  slowMs?: number;
}

export class WireServer {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  /** Per connection, the last reply waiting for the journal: replies leave in request order. */
  private readonly replies = new WeakMap<net.Socket, Promise<void>>();
  private nextConnectionId = 1;

  constructor(
    private readonly state: ServerState,
    private readonly hooks: WireServerHooks,
  ) {
    this.server = net.createServer((socket) => this.accept(socket));
    this.server.on("error", (err) => hooks.log("devmongo server error", { err: String(err) }));
  }

  get connections(): number {
    return this.sockets.size;
  }

  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.server.once("error", onError);
      this.server.listen(port, host, () => {
        this.server.off("error", onError);
        const addr = this.server.address();
        resolve(typeof addr === "object" && addr ? addr.port : port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
  }

  private accept(socket: net.Socket): void {
    const connectionId = this.nextConnectionId++;
    this.sockets.add(socket);
    socket.setNoDelay(true);
    let chunks: Buffer[] = [];
    let total = 0;
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      try {
        while (total >= 4) {
          const head = chunks[0].length >= 4 ? chunks[0] : Buffer.concat(chunks, total);
          const need = head.readInt32LE(0);
          if (total < need) break;
          const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
          if (frameLength(all) === 0) break;
          const rest = all.subarray(need);
          chunks = rest.length > 0 ? [rest] : [];
          total = rest.length;
          this.handle(socket, all.subarray(0, need), connectionId);
        }
      } catch (err) {
        this.hooks.log("devmongo protocol error; closing connection", { connectionId, err: String(err) });
        socket.destroy();
      }
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => this.sockets.delete(socket));
  }

  private handle(socket: net.Socket, msg: Buffer, connectionId: number): void {
    const req = parseMessage(msg);
    const db = req.opCode === OP_QUERY ? (req.db ?? "admin") : typeof req.command.$db === "string" ? req.command.$db : "test";
    let reply: Doc;
    const started = this.hooks.slowMs === undefined ? 0 : performance.now();
    try {
      reply = runCommand(this.state, req.command, db, connectionId);
      if (this.hooks.slowMs !== undefined) this.logIfSlow(req.command, db, performance.now() - started);
    } catch (err) {
      if (err instanceof WaitForTxn) {
        // A write to a document an open transaction holds: run it again when that transaction ends.
        err.holder.onRelease(() => {
          if (!socket.destroyed) this.handle(socket, msg, connectionId);
        });
        return;
      }
      reply = new CommandError("InternalError", err instanceof Error ? err.message : String(err)).toReply();
    }
    const durable = this.hooks.afterCommand();
    const noReply = req.opCode !== OP_QUERY && (req.flags & MSG_MORE_TO_COME) !== 0;
    const previous = this.replies.get(socket);
    if (!durable && !previous) {
      if (!noReply) this.send(socket, req, reply);
      return;
    }
    const next: Promise<void> = Promise.all([previous, durable]).then(
      () => {
        if (!noReply && !socket.destroyed) this.send(socket, req, reply);
      },
      (err: unknown) => {
        this.hooks.log("devmongo: journal write failed", { err: String(err) });
        if (!noReply && !socket.destroyed) this.send(socket, req, new CommandError("InternalError", `journal write failed: ${String(err)}`).toReply());
      },
    );
    this.replies.set(socket, next);
    void next.then(() => {
      if (this.replies.get(socket) === next) this.replies.delete(socket);
    });
  }

  private logIfSlow(command: Doc, db: string, ms: number): void {
    if (ms < (this.hooks.slowMs ?? Infinity)) return;
    const name = Object.keys(command)[0];
    const shape = (v: unknown): unknown =>
      // A plain document shows its keys; a value (a date, an ObjectId or other BSON value, an array) shows as 1.
      v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) && !("_bsontype" in v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : 1;
    this.hooks.log("devmongo: slow operation", {
      command: name,
      ns: `${db}.${String(command[name])}`,
      ms: Math.round(ms),
      ...(command.filter ? { filter: shape(command.filter) } : {}),
      ...(command.pipeline ? { pipeline: shape(command.pipeline) } : {}),
    });
  }

  private send(socket: net.Socket, req: Request, reply: Doc): void {
    let out: Buffer;
    try {
      out = req.opCode === OP_QUERY ? encodeOpReply(req.requestId, reply) : encodeOpMsg(req.requestId, reply);
    } catch (err) {
      const fail = new CommandError("InternalError", `cannot encode reply: ${String(err)}`).toReply();
      out = req.opCode === OP_QUERY ? encodeOpReply(req.requestId, fail) : encodeOpMsg(req.requestId, fail);
    }
    socket.write(out);
  }
}
