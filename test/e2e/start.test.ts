import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { childPids, isAlive, startMain } from "../helpers/process.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-start-"));

describe("the server entry point (npm start)", () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("when started, then it serves health with both services up, and Ctrl-C leaves no child behind", async () => {
    const server = startMain({ NODE_ENV: "development", PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "info", SEED_ON_START: "false" });
    try {
      const [, url] = await server.waitFor(/running at (http:\/\/[\w.:-]+)/, 90_000);
      const health = (await (await fetch(`${url}/api/health`)).json()) as {
        status: string;
        services: { mongodb: { status: string }; search: { status: string } };
      };
      expect(health.status).toBe("ok");
      expect(health.services.mongodb.status).toBe("up");
      expect(health.services.search.status).toBe("up");
      expect(server.output()).toMatch(/MongoDB backend: /);

      const children = childPids(server.child.pid!);
      server.child.kill("SIGINT");
      expect(await server.exited).toBe(0);
      // A child reparented at exit may take a moment to be reaped on a loaded machine.
      const deadline = Date.now() + 5000;
      while (children.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      for (const pid of children) expect(isAlive(pid), `child ${pid} still running`).toBe(false);
    } finally {
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    }
  });

  it("when a config value is bad, then it stops with a message naming the variable", async () => {
    const server = startMain({ NODE_ENV: "development", PORT: "not-a-port", DATA_DIR: dataDir });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/Configuration error: PORT/);
  });
});
