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
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { createApp } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/config.js";
import type { AppDeps } from "../../server/src/deps.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { memoryMailer } from "../../server/src/infra/mail.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { createSearch } from "../../server/src/infra/search.js";
import { startServices } from "../../server/src/infra/services.js";
import { attachRealtime } from "../../server/src/modules/chat/socket.js";
import { load, p99PerRoundText, seed } from "./chat-load.js";
import { collectGarbage, measuredExecArgv, nodeArgsFrom, OWN_PROCESS_FLAGS } from "./lib.js";
import { productionNodeOptions } from "../cluster/cluster.js";

const INTRODUCTIONS = 500;
const ROUNDS = Number(process.env.CHAT_BENCH_ROUNDS ?? 3);
// Each participant sends one message per round: 10 s rounds give 100 messages/s across the
// 1,000 sockets, a far busier chat than real brokered conversations. On this 2-core machine,
// where the load generator, the server and the development MongoDB share the cores, the
// Parklink server saturates between 100 and 250 messages/s (see README, "Benchmarks").
const ROUND_MS = Number(process.env.CHAT_BENCH_ROUND_MS ?? 10_000);
const DRAIN_MS = 15_000;

type Msg =
  | { type: "ready"; port?: number; uri?: string; meili?: { url: string; masterKey: string } }
  | { type: "rss"; rss: number }
  | { type: "rss?" }
  | { type: "gc" }
  | { type: "gc-done" }
  | { type: "stop" };
const send = (m: Msg) => process.send?.(m);
const logger = () => createLogger({ NODE_ENV: "production", logLevel: "warn" });

// ---------- child processes ----------

async function runDb(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  const services = await startServices(config, logger(), { ephemeral: true });
  process.on("message", (m: Msg) => {
    if (m.type === "stop") void services.stop().then(() => process.exit(0));
    // The development MongoDB stands in for MongoDB, which has no garbage collector: the
    // benchmark collects this process's heap (seeding, connecting) before it measures.
    if (m.type === "gc") {
      collectGarbage();
      send({ type: "gc-done" });
    }
  });
  process.on("SIGTERM", () => process.exit(0));
  // CHAT_BENCH_DB_LAG=1: the database process reports each second whose event loop stalled over 20 ms.
  if (process.env.CHAT_BENCH_DB_LAG) {
    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    setInterval(() => {
      if (lag.max > 20e6) console.error(`db event-loop stall ${(lag.max / 1e6).toFixed(0)} ms in the second before ${Date.now()}`);
      lag.reset();
    }, 1000).unref();
  }
  send({ type: "ready", uri: services.mongo.uri, meili: services.meili && { url: services.meili.url, masterKey: services.meili.masterKey } });
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
  // Anything but Socket.IO (the balancer's readiness probe) gets a plain 200.
  const server = http.createServer((_req, res) => res.end("ok"));
  // In the cluster run, relays share rooms through Redis as Parklink's nodes do.
  const redis = process.env.BENCH_REDIS_URL ? createClient({ url: process.env.BENCH_REDIS_URL }) : undefined;
  if (redis) await redis.connect();
  const sub = redis?.duplicate();
  if (sub) await sub.connect();
  const io = new Server(server, { serveClient: false, ...(redis && sub ? { adapter: createAdapter(redis, sub) } : {}) });
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
export type StartRole = typeof start;
function start(role: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; ready: Extract<Msg, { type: "ready" }> }> {
  // The database is the benchmark's own process; the servers it measures (the Parklink server
  // and the bare relays) run with a production node's options and without the benchmark's V8 options.
  // Extra node options, e.g. "--trace-gc" or "--cpu-prof --cpu-prof-dir=/tmp/prof": CHAT_BENCH_DB_NODE_ARGS
  // for the database, CHAT_BENCH_NODE_ARGS for Parklink (as for each node of a cluster run), CHAT_BENCH_RELAY_NODE_ARGS for each relay.
  const execArgv =
    role === "db"
      ? [...process.execArgv, ...OWN_PROCESS_FLAGS, ...nodeArgsFrom("CHAT_BENCH_DB_NODE_ARGS")]
      : [...measuredExecArgv(), ...productionNodeOptions(), ...nodeArgsFrom(role === "bare" ? "CHAT_BENCH_RELAY_NODE_ARGS" : "CHAT_BENCH_NODE_ARGS")];
  const child = fork(fileURLToPath(import.meta.url), [role], { env: { ...process.env, ...env }, execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${role} exited with ${code}`)));
    child.on("message", (m: Msg) => m.type === "ready" && resolve({ child, ready: m }));
  });
}
/** Sends a child one request and resolves with its first reply of the given type. */
function ask<T extends Msg["type"]>(child: ChildProcess, request: Msg, reply: T): Promise<Extract<Msg, { type: T }>> {
  return new Promise((resolve) => {
    const onMessage = (m: Msg) => {
      if (m.type !== reply) return;
      child.off("message", onMessage);
      resolve(m as Extract<Msg, { type: T }>);
    };
    child.on("message", onMessage);
    child.send(request);
  });
}
/** Asks a child (the database) to collect its heap; resolves once it has. */
export const collectIn = async (child: ChildProcess) => void (await ask(child, { type: "gc" }, "gc-done"));
export const rssOf = async (child: ChildProcess) => (await ask(child, { type: "rss?" }, "rss")).rss;

async function main(): Promise<void> {
  const secret = crypto.randomBytes(32).toString("hex");
  const dbName = `bench_chat_${Date.now().toString(36)}`;
  let uri = process.env.MONGODB_URI;
  const db = uri ? undefined : await start("db");
  uri ??= db!.ready.uri!;
  console.log(`Chat benchmark: ${INTRODUCTIONS * 2} sockets (${INTRODUCTIONS} introductions × 2), ${ROUNDS} rounds (+1 warm-up), 1 message per participant per round spread over ${ROUND_MS} ms (${Math.round((INTRODUCTIONS * 2 * 1000) / ROUND_MS)} messages/s)`);
  console.log(`MongoDB: ${process.env.MONGODB_URI ? "MONGODB_URI" : "started by startServices (ephemeral)"}`);
  const participants = await seed(uri, dbName, secret, INTRODUCTIONS);
  const options = (child: ChildProcess) => ({ rounds: ROUNDS, roundMs: ROUND_MS, drainMs: DRAIN_MS, rss: async () => [await rssOf(child)] });

  const parklink = await start("parklink", { BENCH_MONGO_URI: uri, BENCH_DB: dbName, BENCH_JWT_SECRET: secret });
  // As in the cluster run, the database (when this benchmark started it) collects its heap before measuring.
  const park = await load(`http://127.0.0.1:${parklink.ready.port}`, participants, {
    ...options(parklink.child),
    onMeasuring: async () => (db ? collectIn(db.child) : undefined),
  });
  parklink.child.send({ type: "stop" } satisfies Msg);
  const bare = await start("bare");
  const base = await load(`http://127.0.0.1:${bare.ready.port}`, participants, options(bare.child));
  bare.child.send({ type: "stop" } satisfies Msg);

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (v: number) => `${(v / 1024 / 1024).toFixed(0)} MB`;
  const ratio = park.p99 / base.p99;
  const rows: [string, string, string, string][] = [
    ["", "Parklink", "bare relay", "target"],
    ["messages sent", String(park.sent), String(base.sent), ""],
    ["round trip p50", ms(park.p50), ms(base.p50), ""],
    ["round trip p99", ms(park.p99), ms(base.p99), `≤ 3 × bare p99 = ${ms(3 * base.p99)}: ${ratio <= 3 ? "met" : "NOT met"} (ratio ${ratio.toFixed(2)})`],
    ["p99 of each measured round", p99PerRoundText(park), p99PerRoundText(base), ""],
    ["lost", String(park.lost), String(base.lost), `0: ${park.lost === 0 ? "met" : "NOT met"}`],
    ["duplicated", String(park.duplicated), String(base.duplicated), `0: ${park.duplicated === 0 ? "met" : "NOT met"}`],
    ["ack errors", String(park.ackErrors), String(base.ackErrors), "0"],
    ["server RSS, 1,000 sockets connected", mb(park.rssConnected[0]), mb(base.rssConnected[0]), `< 500 MB: ${park.rssConnected[0] < 500 * 2 ** 20 ? "met" : "NOT met"}`],
    ["server RSS after the load", mb(park.rssAfter[0]), mb(base.rssAfter[0]), `< 500 MB: ${park.rssAfter[0] < 500 * 2 ** 20 ? "met" : "NOT met"}`],
  ];
  for (const r of rows) console.log(`${r[0].padEnd(38)} ${r[1].padStart(10)} ${r[2].padStart(11)}   ${r[3]}`);
  console.log("(RSS: each server's own process; MongoDB runs in another process and is not counted.)");
  db?.child.send({ type: "stop" } satisfies Msg);
}

const role = process.argv[2];
const nodesAt = process.argv.indexOf("--nodes");
const cluster = async () => (await import("./chat-cluster.js")).mainCluster(Number(process.argv[nodesAt + 1]), start, rssOf, collectIn);
const run = role === "db" ? runDb : role === "parklink" ? runParklink : role === "bare" ? runBare : nodesAt > 0 ? cluster : main;
process.on("exit", () => children.forEach((c) => c.exitCode === null && c.kill()));
run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
