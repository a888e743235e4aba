/** Test kit of the chat tests: real servers, real socket.io-client sockets, data made with the models. */
import crypto from "node:crypto";
import http from "node:http";
import net from "node:net";
import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import mongoose from "mongoose";
import { io as connect, type Socket as ClientSocket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { signAccessToken, type Role } from "../auth/guard.js";
import { userModel } from "../auth/model.js";
import { introductionModel } from "../introductions/model.js";
import { membershipModel, orgModel } from "../orgs/model.js";
import { attachRealtime, type Realtime, type RealtimeOptions } from "./socket.js";

export type ChatClient = ClientSocket<ServerToClientEvents, ClientToServerEvents>;

export interface ChatNode {
  url: string;
  realtime: Realtime;
  close(): Promise<void>;
}

/** An HTTP server on a free port with the realtime server attached. */
export async function startChatNode(app: Express, deps: AppDeps, opts?: RealtimeOptions): Promise<ChatNode> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const realtime = await attachRealtime(server, deps, opts);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    realtime,
    close: async () => {
      server.closeAllConnections();
      await realtime.close();
    },
  };
}

let seq = 0;
const nextId = () => `${process.pid}-${++seq}-${crypto.randomBytes(2).toString("hex")}`;

export interface TestUser {
  id: string;
  name: string;
  token: string;
}

export async function createUser(deps: AppDeps, role: Role = "member", name = "Li Wei"): Promise<TestUser> {
  const user = await userModel(deps.db).create({
    email: `chat-${nextId()}@zhongguancun-park.example`,
    passwordHash: "$2b$04$notarealhashnotarealhashnotarealhashnotarealhashnot",
    name,
    role,
  });
  const id = String(user._id);
  return { id, name, token: signAccessToken(deps.jwtSecret, 900, { userId: id, role }) };
}

export async function createOrg(deps: AppDeps, name: string, members: TestUser[]): Promise<string> {
  const org = await orgModel(deps.db).create({
    kind: "park",
    status: "approved",
    name: { en: name },
    country: "CN",
    region: "Beijing",
    city: "Beijing",
  });
  await membershipModel(deps.db).insertMany(members.map((m) => ({ orgId: org._id, userId: new mongoose.Types.ObjectId(m.id), role: "owner" })));
  return String(org._id);
}

/** Two parks, one member each, and an introduction between them (introduced unless told otherwise). */
export async function createIntroduction(
  deps: AppDeps,
  { introduced = true, invitedStaff = [] as TestUser[] } = {},
): Promise<{ introductionId: string; a: TestUser; b: TestUser; orgIds: [string, string] }> {
  const a = await createUser(deps, "member", "Wang Fang");
  const b = await createUser(deps, "member", "Anna Schmidt");
  const orgA = await createOrg(deps, "Zhongguancun Science Park", [a]);
  const orgB = await createOrg(deps, "Adlershof Technology Park", [b]);
  const now = new Date();
  const intro = await introductionModel(deps.db).create({
    orgIds: [orgA, orgB],
    from: { orgId: orgA, acceptedAt: now },
    to: { orgId: orgB, ...(introduced ? { acceptedAt: now } : {}) },
    origin: "broker",
    status: introduced ? "introduced" : "accepted",
    history: [{ status: introduced ? "introduced" : "accepted", at: now }],
    ...(introduced ? { introducedAt: now } : {}),
    invitedStaff: invitedStaff.map((s) => new mongoose.Types.ObjectId(s.id)),
  });
  return { introductionId: String(intro._id), a, b, orgIds: [orgA, orgB] };
}

const open: ChatClient[] = [];

/** A connected client; rejects with the server's connect_error (e.g. "unauthorized"). */
export function connectClient(url: string, token: string | undefined): Promise<ChatClient> {
  const socket: ChatClient = connect(url, {
    auth: token === undefined ? {} : { token },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
  });
  open.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (err) => reject(err));
  });
}

export function closeClients(): void {
  for (const s of open.splice(0)) s.disconnect();
}

/** Resolves with the next event of a kind matching the predicate. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ChatClient,
  event: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no ${String(event)} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

/** Every event of a kind from now on, for counting. */
export function collect<E extends keyof ServerToClientEvents>(socket: ChatClient, event: E): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
  socket.on(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) => seen.push(payload)) as never);
  return seen;
}

/** A redis-server child on a free port; fails (never skips) when redis-server is not installed. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${out}`)), 10_000);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`redis-server could not be started (apt-get install redis-server): ${err.message}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${out}`));
    });
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (/Ready to accept connections/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Waits until a condition holds (server-side state a client cannot observe directly). */
export async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
