/**
 * Chat load benchmark: 1,000 real socket.io-client sockets (500 introductions × 2
 * participants) against the Parklink realtime server, then against a bare Socket.IO relay
 * (no database, no checks) under the same load. Prints round-trip p50/p99 (send → the other
 * participant receives it), lost and duplicated messages, and each server's RSS.
 *   npm run bench:chat            (CHAT_BENCH_ROUNDS=3 CHAT_BENCH_ROUND_MS=10000 to tune)
 * MongoDB: MONGODB_URI when set, else started as the tests do (startServices, ephemeral).
 * Each server runs in its own child process, so its RSS is its own; MongoDB runs in a third.
 */
import crypto from "node:crypto";
import http from "node:http";
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import mongoose from "mongoose";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import type { ChatMessage, ClientToServerEvents, ServerToClientEvents } from "../../shared/src/index.js";
import { createApp } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/config.js";
import type { AppDeps } from "../../server/src/deps.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { memoryMailer } from "../../server/src/infra/mail.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { createSearch } from "../../server/src/infra/search.js";
import { startServices } from "../../server/src/infra/services.js";
import { signAccessToken } from "../../server/src/modules/auth/guard.js";
import { userModel } from "../../server/src/modules/auth/model.js";
import { introductionModel } from "../../server/src/modules/introductions/model.js";
import { membershipModel, orgModel } from "../../server/src/modules/orgs/model.js";
import { attachRealtime } from "../../server/src/modules/chat/socket.js";

const INTRODUCTIONS = 500;
const ROUNDS = Number(process.env.CHAT_BENCH_ROUNDS ?? 3);
// Each participant sends one message per round: 10 s rounds give 100 messages/s across the
// 1,000 sockets, a far busier chat than real brokered conversations. On this 2-core machine,
// where the load generator, the server and the development MongoDB share the cores, the
// Parklink server saturates between 100 and 250 messages/s (see README, "Benchmarks").
const ROUND_MS = Number(process.env.CHAT_BENCH_ROUND_MS ?? 10_000);
const DRAIN_MS = 15_000;

type Msg = { type: "ready"; port?: number; uri?: string } | { type: "rss"; rss: number } | { type: "rss?" } | { type: "stop" };
const send = (m: Msg) => process.send?.(m);
const logger = () => createLogger({ NODE_ENV: "production", logLevel: "warn" });

// ---------- child processes ----------

async function runDb(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  const services = await startServices(config, logger(), { ephemeral: true });
  process.on("message", (m: Msg) => m.type === "stop" && void services.stop().then(() => process.exit(0)));
  process.on("SIGTERM", () => process.exit(0));
  send({ type: "ready", uri: services.mongo.uri });
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.on("message", (m: Msg) => {
    if (m.type === "rss?") send({ type: "rss", rss: process.memoryUsage().rss });
    if (m.type === "stop") server.close(() => process.exit(0));
  });
  return (server.address() as AddressInfo).port;
}

async function runParklink(): Promise<void> {
  const config = loadConfig({ NODE_ENV: "test", MONGODB_URI: process.env.BENCH_MONGO_URI, JWT_SECRET: process.env.BENCH_JWT_SECRET, LOG_LEVEL: "warn" });
  const db = await connectMongo(process.env.BENCH_MONGO_URI!, process.env.BENCH_DB);
  const deps: AppDeps = { config, logger: logger(), db, mongoBackend: "external", search: createSearch(undefined), jwtSecret: config.JWT_SECRET!, mailer: memoryMailer() };
  const server = http.createServer(createApp(deps));
  await attachRealtime(server, deps);
  send({ type: "ready", port: await listen(server) });
}

/** The yardstick: a plain Socket.IO server relaying each message to the room, nothing else. */
async function runBare(): Promise<void> {
  const server = http.createServer();
  const io = new Server(server, { serveClient: false });
  io.on("connection", (socket) => {
    socket.on("chat:join", (p: { introductionId: string }, ack: (r: unknown) => void) => {
      void socket.join(p.introductionId);
      ack({ ok: true });
    });
    socket.on("chat:send", (p: { introductionId: string; clientId: string; text: string }, ack: (r: unknown) => void) => {
      socket.to(p.introductionId).emit("chat:message", { ...p, id: p.clientId });
      ack({ ok: true });
    });
  });
  send({ type: "ready", port: await listen(server) });
}

// ---------- orchestrator ----------

const children: ChildProcess[] = [];
function start(role: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; ready: Extract<Msg, { type: "ready" }> }> {
  const child = fork(fileURLToPath(import.meta.url), [role], { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${role} exited with ${code}`)));
    child.on("message", (m: Msg) => m.type === "ready" && resolve({ child, ready: m }));
  });
}
const rssOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    const onMessage = (m: Msg) => {
      if (m.type !== "rss") return;
      child.off("message", onMessage);
      resolve(m.rss);
    };
    child.on("message", onMessage);
    child.send({ type: "rss?" } satisfies Msg);
  });

interface Participant {
  introductionId: string;
  token: string;
}

async function seed(uri: string, dbName: string, secret: string): Promise<Participant[]> {
  const db = await connectMongo(uri, dbName);
  const oid = () => new mongoose.Types.ObjectId();
  const users = Array.from({ length: INTRODUCTIONS * 2 }, (_, i) => ({ _id: oid(), email: `bench${i}@parks.example`, passwordHash: "x", name: `Bench User ${i}`, role: "member" }));
  const orgs = users.map((_, i) => ({ _id: oid(), kind: "park", status: "approved", name: { en: `Bench Park ${i}` }, country: "CN", region: "Beijing", city: "Beijing" }));
  const now = new Date();
  const intros = Array.from({ length: INTRODUCTIONS }, (_, k) => ({
    _id: oid(),
    orgIds: [orgs[2 * k]._id, orgs[2 * k + 1]._id],
    from: { orgId: orgs[2 * k]._id, acceptedAt: now },
    to: { orgId: orgs[2 * k + 1]._id, acceptedAt: now },
    origin: "broker",
    status: "introduced",
    introducedAt: now,
  }));
  await userModel(db).insertMany(users);
  await orgModel(db).insertMany(orgs);
  await membershipModel(db).insertMany(users.map((u, i) => ({ orgId: orgs[i]._id, userId: u._id, role: "owner" })));
  await introductionModel(db).insertMany(intros);
  await db.close();
  return users.map((u, i) => ({
    introductionId: String(intros[Math.floor(i / 2)]._id),
    token: signAccessToken(secret, 3600, { userId: String(u._id), role: "member" }),
  }));
}

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Result {
  p50: number;
  p99: number;
  sent: number;
  lost: number;
  duplicated: number;
  ackErrors: number;
  rssConnected: number;
  rssAfter: number;
}

async function load(port: number, child: ChildProcess, participants: Participant[]): Promise<Result> {
  const url = `http://127.0.0.1:${port}`;
  const clients: Client[] = [];
  const sentAt = new Map<string, number>();
  const received = new Map<string, number>();
  const rtts: number[] = [];
  for (let i = 0; i < participants.length; i += 50) {
    const batch = participants.slice(i, i + 50).map(async (p) => {
      const socket: Client = connect(url, { auth: { token: p.token }, transports: ["websocket"], reconnection: false, forceNew: true });
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", resolve);
        socket.once("connect_error", reject);
      });
      socket.on("chat:message", (m: ChatMessage) => {
        const t0 = sentAt.get(m.clientId);
        const n = (received.get(m.clientId) ?? 0) + 1;
        received.set(m.clientId, n);
        if (t0 !== undefined && n === 1) rtts.push(performance.now() - t0);
      });
      const joined = await socket.timeout(30_000).emitWithAck("chat:join", { introductionId: p.introductionId });
      if (!joined.ok) throw new Error(`join failed: ${joined.error.code}`);
      return socket;
    });
    clients.push(...(await Promise.all(batch)));
  }
  const rssConnected = await rssOf(child);

  let ackErrors = 0;
  const acks: Promise<void>[] = [];
  const gap = ROUND_MS / clients.length;
  // Round 0 warms both ends up; it counts for lost/duplicated, not for the latencies.
  for (let round = 0; round <= ROUNDS; round++) {
    const roundStart = performance.now();
    for (let i = 0; i < clients.length; i++) {
      const wait = roundStart + i * gap - performance.now();
      if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
      const clientId = crypto.randomUUID();
      sentAt.set(clientId, performance.now());
      const text = `round ${round} from participant ${i}: shall we compare incubator programmes next week?`;
      acks.push(
        clients[i]
          .timeout(30_000)
          .emitWithAck("chat:send", { introductionId: participants[i].introductionId, clientId, text })
          .then((ack) => void (ack.ok || ackErrors++), () => void ackErrors++),
      );
    }
    if (round === 0) {
      await Promise.all(acks);
      await until(() => received.size >= sentAt.size, DRAIN_MS);
      rtts.length = 0;
    }
  }
  await Promise.all(acks);
  await until(() => received.size >= sentAt.size, DRAIN_MS);
  const rssAfter = await rssOf(child);
  for (const c of clients) c.disconnect();

  rtts.sort((a, b) => a - b);
  const pick = (q: number) => rtts[Math.min(rtts.length - 1, Math.floor(q * rtts.length))] ?? NaN;
  let lost = 0;
  let duplicated = 0;
  for (const id of sentAt.keys()) {
    const n = received.get(id) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  return { p50: pick(0.5), p99: pick(0.99), sent: sentAt.size, lost, duplicated, ackErrors, rssConnected, rssAfter };
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

async function main(): Promise<void> {
  const secret = crypto.randomBytes(32).toString("hex");
  const dbName = `bench_chat_${Date.now().toString(36)}`;
  let uri = process.env.MONGODB_URI;
  const db = uri ? undefined : await start("db");
  uri ??= db!.ready.uri!;
  console.log(`Chat benchmark: ${INTRODUCTIONS * 2} sockets (${INTRODUCTIONS} introductions × 2), ${ROUNDS} rounds (+1 warm-up), 1 message per participant per round spread over ${ROUND_MS} ms (${Math.round((INTRODUCTIONS * 2 * 1000) / ROUND_MS)} messages/s)`);
  console.log(`MongoDB: ${process.env.MONGODB_URI ? "MONGODB_URI" : "started by startServices (ephemeral)"}`);
  const participants = await seed(uri, dbName, secret);

  const parklink = await start("parklink", { BENCH_MONGO_URI: uri, BENCH_DB: dbName, BENCH_JWT_SECRET: secret });
  const park = await load(parklink.ready.port!, parklink.child, participants);
  parklink.child.send({ type: "stop" } satisfies Msg);
  const bare = await start("bare");
  const base = await load(bare.ready.port!, bare.child, participants);
  bare.child.send({ type: "stop" } satisfies Msg);

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (v: number) => `${(v / 1024 / 1024).toFixed(0)} MB`;
  const ratio = park.p99 / base.p99;
  const rows: [string, string, string, string][] = [
    ["", "Parklink", "bare relay", "target"],
    ["messages sent", String(park.sent), String(base.sent), ""],
    ["round trip p50", ms(park.p50), ms(base.p50), ""],
    ["round trip p99", ms(park.p99), ms(base.p99), `≤ 3 × bare p99 = ${ms(3 * base.p99)}: ${ratio <= 3 ? "met" : "NOT met"} (ratio ${ratio.toFixed(2)})`],
    ["lost", String(park.lost), String(base.lost), `0: ${park.lost === 0 ? "met" : "NOT met"}`],
    ["duplicated", String(park.duplicated), String(base.duplicated), `0: ${park.duplicated === 0 ? "met" : "NOT met"}`],
    ["ack errors", String(park.ackErrors), String(base.ackErrors), "0"],
    ["server RSS, 1,000 sockets connected", mb(park.rssConnected), mb(base.rssConnected), `< 500 MB: ${park.rssConnected < 500 * 2 ** 20 ? "met" : "NOT met"}`],
    ["server RSS after the load", mb(park.rssAfter), mb(base.rssAfter), `< 500 MB: ${park.rssAfter < 500 * 2 ** 20 ? "met" : "NOT met"}`],
  ];
  for (const r of rows) console.log(`${r[0].padEnd(38)} ${r[1].padStart(10)} ${r[2].padStart(11)}   ${r[3]}`);
  console.log("(RSS: each server's own process; MongoDB runs in another process and is not counted.)");
  db?.child.send({ type: "stop" } satisfies Msg);
}

const role = process.argv[2];
const run = role === "db" ? runDb : role === "parklink" ? runParklink : role === "bare" ? runBare : main;
process.on("exit", () => children.forEach((c) => c.exitCode === null && c.kill()));
run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
