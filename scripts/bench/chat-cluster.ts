/**
 * `npm run bench:chat -- --nodes 3`: the chat benchmark across N Parklink nodes behind nginx
 * (scripts/cluster), then across N bare Socket.IO relays joined by Redis behind the same
 * nginx, as the yardstick measured in the same run. Sockets connect from many loopback
 * addresses so that nginx's ip_hash spreads them over the nodes.
 *   CHAT_BENCH_SOCKETS (default 10000), CHAT_BENCH_RATE messages/s (default 1000), CHAT_BENCH_ROUNDS (default 3),
 *   CHAT_BENCH_NODE_ARGS (node options of each Parklink node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
 *   CHAT_BENCH_RELAY_NODE_ARGS (of each bare relay, e.g. "--trace-gc-nvp")
 */
import crypto from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { startCluster, startNginx } from "../cluster/cluster.js";
import { startRedis } from "../../server/src/modules/chat/testing.js";
import { busyShare, collectGarbage, cpuMs, machineBusyMs, machineCpus, nodeArgsFrom, rssMb } from "./lib.js";
import { loadInChild, p99PerRoundText, seed, type LoadOptions, type Result } from "./chat-load.js";

type Start = (role: string, env?: Record<string, string>) => Promise<{ child: ChildProcess; ready: { port?: number; uri?: string; meili?: { url: string; masterKey: string } } }>;

const SOCKETS = Number(process.env.CHAT_BENCH_SOCKETS ?? 10_000);
const RATE = Number(process.env.CHAT_BENCH_RATE ?? 1000);
const ROUNDS = Number(process.env.CHAT_BENCH_ROUNDS ?? 3);


/** Each node's /metrics text at one moment (one request per node). */
function scrape(urls: string[], token: string): Promise<string[]> {
  return Promise.all(urls.map(async (url) => (await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${token}` } })).text()));
}
/** A sample's value in a node's /metrics text (NaN when absent). */
const sample = (text: string, metric: RegExp) => Number(metric.exec(text)?.[1] ?? NaN);
const OPEN_SOCKETS = /^parklink_open_sockets (\d+)/m;
/** The longest event-loop delay since the previous scrape (which resets it). */
const LOOP_LAG_MAX = /^parklink_event_loop_lag_seconds\{quantile="max"\} ([\d.e+-]+)/m;
const GROUP_SUM = /^parklink_chat_insert_group_size_sum ([\d.e+-]+)/m;
const GROUP_COUNT = /^parklink_chat_insert_group_size_count ([\d.e+-]+)/m;

/** A node's parklink_chat_send_seconds buckets: phase → [upper bound, cumulative count][]. */
type PhaseBuckets = Map<string, [number, number][]>;
function phaseBuckets(text: string): PhaseBuckets {
  const out: PhaseBuckets = new Map();
  for (const m of text.matchAll(/^parklink_chat_send_seconds_bucket\{(?=[^}]*phase="(\w+)")(?=[^}]*le="([^"]+)")[^}]*\} (\d+)/gm)) {
    const rows = out.get(m[1]) ?? [];
    rows.push([m[2] === "+Inf" ? Infinity : Number(m[2]), Number(m[3])]);
    out.set(m[1], rows);
  }
  return out;
}
/** The bucket bound under which 99 % of a phase's messages between two scrapes fell, and the share over 20 ms. */
function phaseP99(before: string, after: string, phase: string): string {
  const b = new Map(phaseBuckets(before).get(phase) ?? []);
  const rows = (phaseBuckets(after).get(phase) ?? []).map(([le, n]) => [le, n - (b.get(le) ?? 0)] as const);
  const total = rows.at(-1)?.[1] ?? 0;
  if (!total) return "-";
  const p99 = rows.find(([, n]) => n >= 0.99 * total)?.[0] ?? Infinity;
  const over20 = total - (rows.find(([le]) => le === 0.02)?.[1] ?? total);
  return `≤${p99 * 1000} ms (${((100 * over20) / total).toFixed(1)} % >20)`;
}
/** Messages per insert command between two scrapes. */
const perInsert = (before: string, after: string) =>
  (sample(after, GROUP_SUM) - sample(before, GROUP_SUM)) / Math.max(1, sample(after, GROUP_COUNT) - sample(before, GROUP_COUNT));

/** CHAT_BENCH_REDIS_SLOWLOG=1: one command to the cluster's Redis (its slowlog, latency monitor). */
async function redisDiagnostics(url: string, command: string[]): Promise<unknown> {
  const { createClient } = await import("redis");
  const r = createClient({ url });
  await r.connect();
  try {
    return await r.sendCommand(command);
  } finally {
    await r.close();
  }
}

export async function mainCluster(nodes: number, start: Start, rssOf: (child: ChildProcess) => Promise<number>, collectIn: (child: ChildProcess) => Promise<void>): Promise<void> {
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 8) throw new Error("--nodes expects a whole number from 1 to 8");
  const introductions = Math.floor(SOCKETS / 2);
  const roundMs = Math.round((introductions * 2 * 1000) / RATE);
  const base: Omit<LoadOptions, "rss"> = { rounds: ROUNDS, roundMs, drainMs: 30_000 };
  console.log(`Chat benchmark across ${nodes} nodes behind nginx: ${introductions * 2} sockets, ${RATE} messages/s, ${ROUNDS} rounds (+1 warm-up) of ${roundMs} ms`);
  const db = await start("db");
  const { uri, meili } = db.ready;
  if (!uri || !meili) throw new Error("the benchmark needs MongoDB and Meilisearch");

  // Parklink: N production nodes, Redis, nginx.
  const cluster = await startCluster({ mongoUri: uri, meili, nodes, workerConnections: SOCKETS * 2 + 2048, env: { LOG_LEVEL: "error" }, nodeArgs: nodeArgsFrom("CHAT_BENCH_NODE_ARGS") });
  let spread: number[] = [];
  // /metrics of each node when measuring starts and when it ends.
  let measuring: string[] = [];
  let measured: string[] = [];
  let park: Result;
  const urls = cluster.nodes.map((n) => n.url);
  try {
    const participants = await seed(uri, cluster.dbName, cluster.jwtSecret, introductions);
    // Each run's load generator is a fresh process; sockets connect from 127.a.b.1 so that
    // nginx's ip_hash (keyed on the first three octets) spreads them over the nodes.
    park = await loadInChild(cluster.url, participants, {
      ...base,
      name: "parklink",
      rss: async () => cluster.nodes.map((n) => rssMb(n.pid) * 2 ** 20),
      cpu: () => ({ nodes: cluster.nodes.reduce((sum, n) => sum + cpuMs(n.pid), 0), database: cpuMs(db.child.pid!), machine: machineBusyMs() }),
      onConnected: async () => {
        if (process.env.CHAT_BENCH_REDIS_SLOWLOG) await redisDiagnostics(cluster.redisUrl, ["CONFIG", "SET", "latency-monitor-threshold", "5"]);
        spread = (await scrape(urls, cluster.metricsToken)).map((t) => sample(t, OPEN_SOCKETS));
      },
      // Each scrape also resets the event-loop delay's maximum: the second one holds the measured rounds'.
      onMeasuring: async () => {
        measuring = await scrape(urls, cluster.metricsToken);
        // The benchmark's own processes start measuring from a collected heap; the nodes, measured, do not.
        collectGarbage();
        await collectIn(db.child);
      },
      beforeDisconnect: async () => void (measured = await scrape(urls, cluster.metricsToken)),
    }, true);
    if (process.env.CHAT_BENCH_REDIS_SLOWLOG) {
      console.log("redis slowlog:", JSON.stringify(await redisDiagnostics(cluster.redisUrl, ["SLOWLOG", "GET", "20"])).slice(0, 3000));
      console.log("redis latency events over 5 ms:", JSON.stringify(await redisDiagnostics(cluster.redisUrl, ["LATENCY", "LATEST"])));
    }
  } catch (err) {
    console.error(`nginx error log (last lines):\n${cluster.nginxLog().split("\n").slice(-20).join("\n")}`);
    throw err;
  } finally {
    await cluster.stop();
    // MongoDB and Meilisearch are Parklink's: the yardstick runs without them (an idle process
    // still collects its heap now and then, which would cost the relays a core for a moment).
    await stopChild(db.child);
  }

  // The yardstick: N bare relays joined by Redis behind the same nginx configuration.
  const redis = await startRedis();
  const relays: Awaited<ReturnType<Start>>[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  let bare: Result;
  try {
    relays.push(...(await Promise.all(Array.from({ length: nodes }, () => start("bare", { BENCH_REDIS_URL: redis.url })))));
    nginx = await startNginx(relays.map((r) => r.ready.port!), SOCKETS * 2 + 2048);
    const participants = Array.from({ length: introductions * 2 }, (_, i) => ({ introductionId: `room-${Math.floor(i / 2)}`, token: crypto.randomUUID() }));
    bare = await loadInChild(nginx.url, participants, {
      ...base,
      name: "bare",
      rss: () => Promise.all(relays.map((r) => rssOf(r.child))),
      cpu: () => ({ nodes: relays.reduce((sum, r) => sum + cpuMs(r.child.pid!), 0), machine: machineBusyMs() }),
      // As in the Parklink run: this process's garbage (seeding, the first run) is collected before measuring.
      onMeasuring: async () => collectGarbage(),
    }, true);
  } finally {
    await nginx?.stop();
    for (const r of relays) r.child.send({ type: "stop" });
    await redis.stop();
  }

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (v: number[]) => v.map((x) => `${(x / 2 ** 20).toFixed(0)}`).join(" / ") + " MB";
  const ratio = park.p99 / bare.p99;
  const cpu = (v: number | undefined) => (v === undefined ? "" : `${v.toFixed(2)} ms`);
  const cpus = machineCpus();
  const busy = (v: number | undefined) => (v === undefined ? "" : `${(busyShare(v, RATE, cpus) * 100).toFixed(0)} %`);
  const rows: [string, string, string, string][] = [
    ["", `Parklink ×${nodes}`, `bare relay ×${nodes}`, "target"],
    ["messages sent", String(park.sent), String(bare.sent), ""],
    ["round trip p50", ms(park.p50), ms(bare.p50), ""],
    ["round trip p99", ms(park.p99), ms(bare.p99), `≤ 3 × bare p99: ${ratio <= 3 ? "met" : "NOT met"} (ratio ${ratio.toFixed(2)})`],
    ["p99 of each measured round", p99PerRoundText(park), p99PerRoundText(bare), ""],
    ["lost", String(park.lost), String(bare.lost), `0: ${park.lost === 0 ? "met" : "NOT met"}`],
    ["duplicated", String(park.duplicated), String(bare.duplicated), "0"],
    ["ack errors", String(park.ackErrors), String(bare.ackErrors), "0"],
    ["connections retried", String(park.connectRetries), String(bare.connectRetries), ""],
    ["sockets per node", spread.join(" / "), "", ""],
    ["longest event-loop delay per node (sending)", measured.map((t) => (sample(t, LOOP_LAG_MAX) * 1000).toFixed(0)).join(" / ") + " ms", "", ""],
    ["load generator's longest event-loop delay", ms(park.generatorLagMs), ms(bare.generatorLagMs), ""],
    ["RSS per node, all connected", mb(park.rssConnected), mb(bare.rssConnected), ""],
    ["RSS per node after the load", mb(park.rssAfter), mb(bare.rssAfter), ""],
    ["CPU per message, all nodes", cpu(park.cpuPerMessage.nodes), cpu(bare.cpuPerMessage.nodes), ""],
    ["CPU per message, MongoDB", cpu(park.cpuPerMessage.database), "", ""],
    ["CPU per message, whole machine", cpu(park.cpuPerMessage.machine), cpu(bare.cpuPerMessage.machine), "every process, the load generator's too"],
    ["machine busy while measuring", busy(park.cpuPerMessage.machine), busy(bare.cpuPerMessage.machine), `of ${cpus} CPUs at ${RATE} messages/s (messages queue as it nears 100 %)`],
  ];
  rows.push(["messages per insert, each node", measured.map((after, i) => perInsert(measuring[i], after).toFixed(2)).join(" / "), "", ""]);
  for (const phase of ["limit", "authorize", "store", "total"]) {
    rows.push([`p99 on each node: ${phase}`, measured.map((after, i) => phaseP99(measuring[i], after, phase)).join(" / "), "", ""]);
  }
  for (const r of rows) console.log(`${r[0].padEnd(30)} ${r[1].padStart(24)} ${r[2].padStart(24)}   ${r[3]}`);
  console.log("(The Parklink run shares this machine's two cores with the load generator, nginx, Redis, MongoDB and Meilisearch; the relays' run with the load generator, nginx and Redis.)");
}

/** Stops a child of the benchmark (the database) and waits until it has exited. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.send({ type: "stop" });
  await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref())]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
