import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, startMain, type StartedProcess } from "../helpers/process.js";
import { meiliProcessesOn } from "../../server/src/infra/meili-lock.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-crash-"));
const env = { NODE_ENV: "development", PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "info", SEED_ON_START: "false" };
const meiliOnData = () => meiliProcessesOn(path.join(dataDir, "meili"));

describe("a kill -9 of the app, then a new start on the same data", () => {
  const started: StartedProcess[] = [];
  afterAll(async () => {
    for (const s of started) if (s.child.exitCode === null) s.child.kill("SIGKILL");
    for (const pid of meiliOnData()) process.kill(pid, "SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("when the app is killed with SIGKILL and started again, then exactly one Meilisearch runs on the data folder and search is up", async () => {
    const first = startMain(env);
    started.push(first);
    await first.waitFor(/running at (http:\/\/[\w.:-]+)/, 90_000);
    const [orphan] = meiliOnData();
    expect(orphan).toBeGreaterThan(0);

    first.child.kill("SIGKILL");
    await first.exited;
    // The precondition of the bug: the child Meilisearch outlives its killed parent.
    expect(isAlive(orphan)).toBe(true);

    const second = startMain(env);
    started.push(second);
    const [, url] = await second.waitFor(/running at (http:\/\/[\w.:-]+)/, 90_000);
    const running = meiliOnData();
    expect(running).toHaveLength(1);
    expect(running[0]).not.toBe(orphan);
    expect(isAlive(orphan)).toBe(false);
    const health = (await (await fetch(`${url}/api/health`)).json()) as { services: { search: { status: string } } };
    expect(health.services.search.status).toBe("up");
    const lock = JSON.parse(fs.readFileSync(path.join(dataDir, "meili.lock"), "utf8")) as { pid: number; ownerPid: number };
    expect(lock).toMatchObject({ pid: running[0], ownerPid: second.child.pid });

    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    expect(meiliOnData()).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, "meili.lock"))).toBe(false);
  }, 240_000);
});
