/** The chat benchmark's seeding and load generation, shared by the single-node and the cluster run. */
import crypto from "node:crypto";
import fs from "node:fs";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import mongoose from "mongoose";
import { io as connect, type Socket } from "socket.io-client";
import type { ChatMessage, ClientToServerEvents, ServerToClientEvents } from "../../shared/src/index.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { collectGarbage, OWN_PROCESS_FLAGS, percentile, percentilePerRound } from "./lib.js";
import { signAccessToken } from "../../server/src/modules/auth/guard.js";
import { userModel } from "../../server/src/modules/auth/model.js";
import { introductionModel } from "../../server/src/modules/introductions/model.js";
import { membershipModel, orgModel } from "../../server/src/modules/orgs/model.js";

export interface LoadOptions {
  rounds: number;
  /** Each participant sends one message per round, spread evenly over the round. */
  roundMs: number;
  drainMs: number;
  /** Resident memory of each server process, in bytes. */
  rss(): Promise<number[]>;
  /** The local address socket i connects from (the balancer's ip_hash spreads them). */
  localAddress?(i: number): string;
  /** Called once every socket is connected and joined, before the first message. */
  onConnected?(): Promise<void>;
  /** Called once the warm-up round drained, before the measured rounds. */
  onMeasuring?(): Promise<void>;
  /** Called after the last message drained, before the sockets disconnect. */
  beforeDisconnect?(): Promise<void>;
  /** CPU milliseconds used so far by each process that serves the chat (nodes, database), by name. */
  cpu?(): Record<string, number> | Promise<Record<string, number>>;
  /** Names this run's timeline file (CHAT_BENCH_TIMELINE.<name>). */
  name?: string;
}

export interface Participant {
  introductionId: string;
  token: string;
}

export async function seed(uri: string, dbName: string, secret: string, introductions: number): Promise<Participant[]> {
  const db = await connectMongo(uri, dbName);
  const oid = () => new mongoose.Types.ObjectId();
  const users = Array.from({ length: introductions * 2 }, (_, i) => ({ _id: oid(), email: `bench${i}@parks.example`, passwordHash: "x", name: `Bench User ${i}`, role: "member" }));
  const orgs = users.map((_, i) => ({ _id: oid(), kind: "park", status: "approved", name: { en: `Bench Park ${i}` }, country: "CN", region: "Beijing", city: "Beijing" }));
  const now = new Date();
  const intros = Array.from({ length: introductions }, (_, k) => ({
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

export interface Result {
  p50: number;
  p99: number;
  sent: number;
  lost: number;
  duplicated: number;
  ackErrors: number;
  /** Connections refused or reset while connecting, then retried (not messages). */
  connectRetries: number;
  rssConnected: number[];
  rssAfter: number[];
  /** CPU milliseconds per measured message (after the warm-up), by process name: a cost the machine's other work changes little. */
  cpuPerMessage: Record<string, number>;
  /** The load generator's longest event-loop delay while measuring (ms). */
  generatorLagMs: number;
  /**
   * The p99 of each measured round on its own (ms), in order: a tail that grows from round to
   * round shows a server settling into a costlier state (such as regular full collections)
   * that a short run only catches the start of.
   */
  p99PerRound: number[];
}

/**
 * Message k of a run (k counts every participant's messages, round after round) carries a
 * client id that names k, so that the generator keeps what it measures in flat arrays
 * indexed by k instead of maps of strings and an array of pending acknowledgements: its own
 * heap then stays small and its collections do not land in the middle of what it measures.
 */
function messageIds(): { idOf(k: number): string; indexOf(clientId: string): number } {
  const run = crypto.randomBytes(4).toString("hex");
  return {
    idOf: (k) => `${run}-0000-4000-8000-${k.toString(16).padStart(12, "0")}`,
    indexOf: (clientId) => (clientId.startsWith(run) ? parseInt(clientId.slice(24), 16) : -1),
  };
}

export async function load(url: string, participants: Participant[], opts: LoadOptions): Promise<Result> {
  const { rounds: ROUNDS, roundMs: ROUND_MS, drainMs: DRAIN_MS } = opts;
  const clients: Client[] = [];
  const capacity = participants.length * (ROUNDS + 1);
  const ids = messageIds();
  /** Send time of message k (NaN until sent), and how many times it arrived (saturating at 255). */
  const sentAt = new Float64Array(capacity).fill(NaN);
  const received = new Uint8Array(capacity);
  let sent = 0;
  let arrived = 0;
  const rtts = new Float64Array(capacity);
  /** The round of each measured round trip (message k belongs to round k / participants). */
  const rttRound = new Uint16Array(capacity);
  let measured = 0;
  // CHAT_BENCH_TIMELINE=file: every measured message's send time and round trip, to see whether slow ones come together.
  const timeline: [number, number][] | undefined = process.env.CHAT_BENCH_TIMELINE ? [] : undefined;
  let connectRetries = 0;
  for (let i = 0; i < participants.length; i += 50) {
    const batch = participants.slice(i, i + 50).map(async (p, j) => {
      const localAddress = opts.localAddress?.(i + j);
      const socket = await connectWithRetries(url, p.token, localAddress, () => connectRetries++);
      socket.on("chat:message", (m: ChatMessage) => {
        const k = ids.indexOf(m.clientId);
        if (!(k >= 0 && k < capacity)) return;
        if (received[k] < 255) received[k]++;
        if (received[k] !== 1) return;
        arrived++;
        const rtt = performance.now() - sentAt[k];
        rttRound[measured] = Math.floor(k / participants.length);
        rtts[measured++] = rtt;
        timeline?.push([sentAt[k], rtt]);
      });
      const joined = await socket.timeout(30_000).emitWithAck("chat:join", { introductionId: p.introductionId });
      if (!joined.ok) throw new Error(`join failed: ${joined.error.code}`);
      return socket;
    });
    clients.push(...(await Promise.all(batch)));
  }
  const rssConnected = await opts.rss();
  await opts.onConnected?.();
  console.log(`${clients.length} sockets connected and joined; sending`);
  // The load generator's own event-loop delay: a stall here delays every measured receipt.
  const ownLag = monitorEventLoopDelay({ resolution: 10 });
  ownLag.enable();
  let cpuBefore: Record<string, number> = {};
  let sentBefore = 0;

  let ackErrors = 0;
  let pendingAcks = 0;
  let acked: (() => void) | undefined;
  const settled = (ok: boolean) => {
    if (!ok) ackErrors++;
    if (--pendingAcks === 0) acked?.();
  };
  const allAcked = () => (pendingAcks === 0 ? Promise.resolve() : new Promise<void>((resolve) => (acked = resolve)));
  const gap = ROUND_MS / clients.length;
  // Round 0 warms both ends up; it counts for lost/duplicated, not for the latencies.
  for (let round = 0; round <= ROUNDS; round++) {
    const roundStart = performance.now();
    for (let i = 0; i < clients.length; i++) {
      const wait = roundStart + i * gap - performance.now();
      if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
      const k = sent++;
      const text = `round ${round} from participant ${i}: shall we compare incubator programmes next week?`;
      pendingAcks++;
      sentAt[k] = performance.now();
      clients[i]
        .timeout(30_000)
        .emitWithAck("chat:send", { introductionId: participants[i].introductionId, clientId: ids.idOf(k), text })
        .then((ack) => settled(ack.ok), () => settled(false));
    }
    if (round === 0) {
      await allAcked();
      await until(() => arrived >= sent, DRAIN_MS);
      measured = 0;
      if (timeline) timeline.length = 0;
      // Both runs start measuring from a collected heap, once the collections' background
      // sweeping (here and in the processes onMeasuring collects) is over.
      collectGarbage();
      await opts.onMeasuring?.();
      await new Promise((r) => setTimeout(r, 1000));
      ownLag.reset();
      cpuBefore = (await opts.cpu?.()) ?? {};
      sentBefore = sent;
      console.log("warm-up done; measuring");
    }
  }
  await allAcked();
  await until(() => arrived >= sent, DRAIN_MS);
  const generatorLagMs = ownLag.max / 1e6;
  ownLag.disable();
  const rssAfter = await opts.rss();
  await opts.beforeDisconnect?.();
  const cpuAfter = (await opts.cpu?.()) ?? {};
  const cpuPerMessage = Object.fromEntries(Object.entries(cpuAfter).map(([name, ms]) => [name, (ms - (cpuBefore[name] ?? 0)) / Math.max(1, sent - sentBefore)]));
  for (const c of clients) c.disconnect();

  if (timeline) summarizeTimeline(timeline, `${process.env.CHAT_BENCH_TIMELINE!}.${opts.name ?? ++timelines}`);
  const p99PerRound = percentilePerRound(rtts, rttRound, measured, ROUNDS, 0.99);
  const all = Array.from(rtts.subarray(0, measured));
  const pick = (q: number) => percentile(all, q);
  let lost = 0;
  let duplicated = 0;
  for (let k = 0; k < sent; k++) {
    if (received[k] === 0) lost++;
    if (received[k] > 1) duplicated += received[k] - 1;
  }
  return { p50: pick(0.5), p99: pick(0.99), sent, lost, duplicated, ackErrors, connectRetries, rssConnected, rssAfter, cpuPerMessage, generatorLagMs, p99PerRound };
}

/** A run's p99 per measured round, for the benchmarks' tables: "4.1 / 5.0 / 4.8 ms". */
export const p99PerRoundText = (r: Result) => r.p99PerRound.map((v) => v.toFixed(1)).join(" / ") + " ms";

/** A connected socket; a refused or reset handshake is retried (three times at most) and counted. */
async function connectWithRetries(url: string, token: string, localAddress: string | undefined, retried: () => void): Promise<Client> {
  for (let attempt = 0; ; attempt++) {
    const socket: Client = connect(url, { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true, ...(localAddress ? { localAddress } : {}) } as Parameters<typeof connect>[1]);
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", resolve);
        socket.once("connect_error", reject);
      });
      return socket;
    } catch (err) {
      socket.close();
      if (attempt === 3) throw err;
      retried();
      await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
    }
  }
}

export async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}


let timelines = 0;

/** Writes the timeline as CSV and prints, per 100 ms of sending, the slowest round trips: whether slow messages share a moment. */
function summarizeTimeline(timeline: [number, number][], file: string): void {
  // Columns: send time (ms since the epoch), round trip (ms), send time on the monotonic clock (µs, as CPU profiles time their samples).
  const monotonicUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
  fs.writeFileSync(file, timeline.map(([t, ms]) => `${(performance.timeOrigin + t).toFixed(1)},${ms.toFixed(2)},${(monotonicUs + t * 1000).toFixed(0)}`).join("\n"));
  const slow = timeline.filter(([, ms]) => ms > 50);
  const windows = new Map<number, number>();
  for (const [t] of slow) windows.set(Math.floor(t / 100), (windows.get(Math.floor(t / 100)) ?? 0) + 1);
  console.log(`timeline ${file}: ${timeline.length} messages, ${slow.length} over 50 ms, in ${windows.size} windows of 100 ms (of ${Math.ceil((timeline.at(-1)![0] - timeline[0][0]) / 100)})`);
}

// ---------- the load generator in a process of its own ----------

type Hook = "rss" | "cpu" | "onConnected" | "onMeasuring" | "beforeDisconnect";
type ToChild = { type: "start"; url: string; participants: Participant[]; opts: Omit<LoadOptions, Hook | "localAddress">; spread: boolean } | { type: "reply"; id: number; value: unknown };
type FromChild = { type: "call"; id: number; hook: Hook } | { type: "result"; result: Result } | { type: "error"; message: string };

/**
 * Runs `load` in a fresh process, so that each run of a benchmark starts its load generator
 * alike (no heap, garbage or warmed code left by the run before it); the hooks run here.
 * `spread` connects socket i from 127.a.b.1 (see localAddress in chat-cluster.ts).
 */
export function loadInChild(url: string, participants: Participant[], opts: LoadOptions, spread: boolean): Promise<Result> {
  // The generator's old generation may grow to four times what it holds after a collection
  // before the next one: together with the collection before measuring, its full collections
  // stay out of the measured rounds (its young generation keeps V8's default size).
  const execArgv = [...process.execArgv, ...OWN_PROCESS_FLAGS, "--heap-growing-percent=300"];
  const child = fork(fileURLToPath(import.meta.url), ["load-child"], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const { rss, cpu, onConnected, onMeasuring, beforeDisconnect, localAddress: _spreadHere, ...plain } = opts;
  const hooks: Record<Hook, (() => unknown) | undefined> = { rss, cpu, onConnected, onMeasuring, beforeDisconnect };
  return new Promise<Result>((resolve, reject) => {
    child.on("message", (m: FromChild) => {
      if (m.type === "result") resolve(m.result);
      else if (m.type === "error") reject(new Error(m.message));
      else
        void Promise.resolve(hooks[m.hook]?.()).then(
          (value) => child.send({ type: "reply", id: m.id, value } satisfies ToChild),
          (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
        );
    });
    child.once("exit", (code) => reject(new Error(`the load generator exited with ${code}`)));
    child.send({ type: "start", url, participants, opts: plain, spread } satisfies ToChild);
  }).finally(() => child.kill());
}

const spreadAddress = (i: number) => `127.${1 + Math.floor(i / 250)}.${i % 250}.1`;

function runChild(): void {
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  const call = <T>(hook: Hook) =>
    new Promise<T>((resolve) => {
      const id = next++;
      waiting.set(id, resolve as (value: unknown) => void);
      process.send!({ type: "call", id, hook } satisfies FromChild);
    });
  process.on("message", (m: ToChild) => {
    if (m.type === "reply") {
      waiting.get(m.id)?.(m.value);
      waiting.delete(m.id);
      return;
    }
    load(m.url, m.participants, {
      ...m.opts,
      ...(m.spread ? { localAddress: spreadAddress } : {}),
      rss: () => call<number[]>("rss"),
      cpu: () => call<Record<string, number>>("cpu"),
      onConnected: () => call<void>("onConnected"),
      onMeasuring: () => call<void>("onMeasuring"),
      beforeDisconnect: () => call<void>("beforeDisconnect"),
    }).then(
      (result) => process.send!({ type: "result", result } satisfies FromChild, () => process.exit(0)),
      (err: unknown) => process.send!({ type: "error", message: String(err instanceof Error ? err.stack : err) } satisfies FromChild, () => process.exit(1)),
    );
  });
}

if (process.argv[2] === "load-child") runChild();
