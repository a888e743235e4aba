import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { lockPath, startTimeOf, takeOverDataFolder, writeLock } from "./meili-lock.js";

describe("the Meilisearch lock in DATA_DIR", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-lock-"));
  const dbPath = path.join(dir, "meili");
  const logger = createLogger({ logLevel: "silent", NODE_ENV: "test" });
  let owner: ChildProcess;
  beforeAll(() => {
    // Stands for another Parklink still running on the folder.
    owner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  });
  afterAll(() => {
    owner.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("when the lock's owner still runs, then the data folder is refused with a message naming it", async () => {
    writeLock(dir, { ownerPid: owner.pid!, ownerStart: startTimeOf(owner.pid!), pid: 999_999_999, port: 1, dbPath });
    await expect(takeOverDataFolder(dir, dbPath, logger)).rejects.toThrow(`in use by a running Parklink (pid ${owner.pid})`);
  });

  it("when the lock's owner pid now belongs to another process (started later), then the stale lock is taken over", async () => {
    writeLock(dir, { ownerPid: owner.pid!, ownerStart: (startTimeOf(owner.pid!) ?? 0) - 1, pid: 999_999_999, port: 1, dbPath });
    await takeOverDataFolder(dir, dbPath, logger);
    expect(fs.existsSync(lockPath(dir))).toBe(false);
  });

  it("when the lock's owner is gone, then the lock is removed and the start goes on", async () => {
    writeLock(dir, { ownerPid: 999_999_999, pid: 999_999_998, port: 1, dbPath });
    await takeOverDataFolder(dir, dbPath, logger);
    expect(fs.existsSync(lockPath(dir))).toBe(false);
  });
});
