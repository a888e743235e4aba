import fs from "node:fs";
import path from "node:path";
import type { Logger } from "./logger.js";

/**
 * A lock in DATA_DIR naming the Meilisearch that serves its data folder (pid, port) and the
 * Parklink process that owns it. After a kill -9 of the app the child Meilisearch lives on;
 * the next start finds it through this lock (or, on Linux, its command line in /proc) and
 * stops it before starting its own, so one data folder never has two Meilisearch processes.
 */
export interface MeiliLock {
  ownerPid: number;
  /** The owner's start time (Linux clock ticks since boot), so a reused pid is not taken for the owner. */
  ownerStart?: number;
  pid: number;
  port: number;
  dbPath: string;
}

const LOCK_FILE = "meili.lock";

export const lockPath = (baseDir: string) => path.join(baseDir, LOCK_FILE);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** When a process started, from /proc/<pid>/stat (field 22); undefined where /proc is not. */
export function startTimeOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[19]);
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return [];
  }
}

/** Meilisearch processes whose --db-path is this folder (Linux; elsewhere none are found). */
export function meiliProcessesOn(dbPath: string): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return [];
  }
  const wanted = path.resolve(dbPath);
  return entries
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => {
      const args = cmdline(pid);
      const at = args.indexOf("--db-path");
      return at >= 0 && path.basename(args[0] ?? "").startsWith("meilisearch") && path.resolve(args[at + 1] ?? "") === wanted;
    });
}

async function stopProcess(pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return;
  }
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) {
    process.kill(pid, "SIGKILL");
    while (alive(pid)) await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Makes the data folder ours: refuses if a live Parklink process holds it, and stops any
 * Meilisearch left on it by a process that died without stopping it.
 */
export async function takeOverDataFolder(baseDir: string, dbPath: string, logger: Logger): Promise<void> {
  let lock: MeiliLock | undefined;
  try {
    lock = JSON.parse(fs.readFileSync(lockPath(baseDir), "utf8")) as MeiliLock;
  } catch {
    lock = undefined;
  }
  const ownerRuns = (l: MeiliLock) =>
    alive(l.ownerPid) && (l.ownerStart === undefined || startTimeOf(l.ownerPid) === undefined || startTimeOf(l.ownerPid) === l.ownerStart);
  if (lock && lock.ownerPid !== process.pid && ownerRuns(lock)) {
    throw new Error(`${baseDir} is in use by a running Parklink (pid ${lock.ownerPid}); stop it first or use another DATA_DIR`);
  }
  const orphans = new Set(meiliProcessesOn(dbPath));
  if (lock && alive(lock.pid) && (orphans.has(lock.pid) || cmdline(lock.pid).length === 0)) orphans.add(lock.pid);
  for (const pid of orphans) {
    logger.warn({ pid, dbPath }, "stopping a Meilisearch left running on this data folder by a previous run");
    await stopProcess(pid);
  }
  fs.rmSync(lockPath(baseDir), { force: true });
}

export function writeLock(baseDir: string, lock: MeiliLock): void {
  const file = lockPath(baseDir);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(lock), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export function removeLock(baseDir: string): void {
  fs.rmSync(lockPath(baseDir), { force: true });
}
