import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { freePort } from "../../server/src/infra/meili-process.js";
import { fileURLToPath } from "node:url";
import type { AppDeps } from "../../server/src/deps.js";
import type { Services } from "../../server/src/infra/services.js";
import { createUser } from "../../server/src/modules/auth/service.js";
import { signAccessToken } from "../../server/src/modules/auth/guard.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * The q-quantile of each round on its own, rounds 1 to `rounds` in order (NaN for a round
 * without samples): sample i belongs to round `roundOf[i]`, whatever order the samples came in.
 * Round 0, a warm-up, is left out.
 */
export function percentilePerRound(samples: ArrayLike<number>, roundOf: ArrayLike<number>, count: number, rounds: number, q: number): number[] {
  const byRound = Array.from({ length: rounds }, () => [] as number[]);
  for (let i = 0; i < count; i++) byRound[roundOf[i] - 1]?.push(samples[i]);
  return byRound.map((values) => percentile(values, q));
}

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

/** Resident memory of a process in MB, from /proc (Linux). */
/** CPU time (user + system) a process has used so far, in milliseconds (Linux clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** CPUs that /proc/stat counts (the cpuN lines), so that a share of machineBusyMs is of the same CPUs. */
export function machineCpus(): number {
  try {
    return fs.readFileSync("/proc/stat", "utf8").split("\n").filter((line) => /^cpu\d+ /.test(line)).length;
  } catch {
    return NaN;
  }
}

/**
 * How busy a machine was, as a share of all its CPUs (0 to 1), while it spent
 * `cpuMsPerMessage` of CPU per message (machineBusyMs over the messages) at `messagesPerSecond`.
 */
export const busyShare = (cpuMsPerMessage: number, messagesPerSecond: number, cpus: number): number =>
  (cpuMsPerMessage * messagesPerSecond) / (1000 * cpus);

/** CPU milliseconds the whole machine spent busy (every process and the kernel) since boot, from /proc/stat. */
export function machineBusyMs(): number {
  try {
    // cpu  user nice system idle iowait irq softirq steal ...: all but idle and iowait are busy.
    const [user, nice, system, , , irq, softirq, steal] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + (steal || 0)) * 10;
  } catch {
    return NaN;
  }
}

export function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

export interface ChildServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs the real server entry point in its own process, so its memory is measured alone. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", LOG_LEVEL: "warn", PORT: String(port),
      // Production requires mail settings; nothing listens on the discard port, so mail waits in the outbox.
      PUBLIC_URL: `http://127.0.0.1:${port}`, SMTP_URL: "smtp://127.0.0.1:9", MAIL_FROM: "bench@parklink.test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    const up = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * The API server in its own process, on the benchmark's MongoDB database and Meilisearch,
 * so that its latency and memory are its own; with a staff bearer token to call it.
 */
export async function startApiServer(deps: AppDeps, services: Services, dbName: string): Promise<ChildServer & { bearer: string }> {
  if (!services.meili) throw new Error("the API server needs Meilisearch");
  const server = await startChildServer({
    MONGODB_URI: services.mongo.uri.replace(/\/\?/, `/${dbName}?`),
    MEILI_URL: services.meili.url,
    MEILI_MASTER_KEY: services.meili.masterKey,
    JWT_SECRET: deps.jwtSecret,
  });
  const user = await createUser(deps, { email: "bench@parklink.test", password: "bench-password-1", name: "Bench", role: "staff" });
  const token = signAccessToken(deps.jwtSecret, 3600, { userId: String(user._id), role: "staff" });
  return Object.assign(server, { bearer: `Bearer ${token}` });
}

/**
 * V8 options of a benchmark's own processes (the orchestrator, the load generator, the
 * development MongoDB), never of a measured server: V8's memory reducer collects an idle
 * process's heap a few seconds after its last collection, and an idle orchestrator would
 * do so in the middle of the measured rounds.
 */
export const OWN_PROCESS_FLAGS = ["--no-memory-reducer"];
/** Extra node options from an environment variable (space-separated, e.g. CHAT_BENCH_NODE_ARGS="--trace-gc"). */
export const nodeArgsFrom = (name: string): string[] => process.env[name]?.split(" ").filter(Boolean) ?? [];
/** This process's node options without the benchmark's own: what a measured server it forks runs with. */
export const measuredExecArgv = () => process.execArgv.filter((a) => !OWN_PROCESS_FLAGS.includes(a));

let gc: (() => void) | undefined;
/**
 * A full collection of this process's heap, now: a benchmark's own processes (the load
 * generator, the orchestrator) call it before they measure, so that garbage left by seeding,
 * connecting and warming up is not collected in the middle of the measured rounds.
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** One line per target: the figure, the target, and whether it is met. */
export function target(label: string, figure: string, goal: string, met: boolean): void {
  console.log(`  ${met ? "PASS" : "MISS"}  ${label.padEnd(44)} ${figure.padStart(14)}   target ${goal}`);
}
