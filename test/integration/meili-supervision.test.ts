import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../helpers/users.js";
import { buildOffer, buildPark } from "../factories.js";
import { isAlive } from "../helpers/process.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { startEmbeddedMeili, type MeiliEndpoint } from "../../server/src/infra/meili-process.js";
import { meiliProcessesOn } from "../../server/src/infra/meili-lock.js";
import { OutboxIndexer } from "../../server/src/modules/search/indexer.js";

/** The bound within which search must be back after its process dies (issue 13). */
const BACK_WITHIN_MS = 30_000;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = BACK_WITHIN_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a supervised embedded Meilisearch", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parklink-supervised-"));
  let meili: MeiliEndpoint;
  let ctx: TestContext;
  let indexer: OutboxIndexer;
  let owner: TestUser;
  let parkId: string;

  const offer = (word: string) =>
    request(ctx.app).post("/api/offers").set("Authorization", owner.bearer).send(buildOffer(parkId, { title: { en: `Supervised offer ${word}` } })).expect(201);
  const found = async (word: string) => {
    await indexer.drain();
    const res = await request(ctx.app).get(`/api/search?q=${word}&kind=offer`);
    return res.status === 200 && res.body.total === 1 ? res.body : undefined;
  };
  const killHard = async () => {
    const pid = meili.process!.pid;
    process.kill(pid, "SIGKILL");
    await until("the killed process to go", async () => (isAlive(pid) ? undefined : true), 5000);
    return pid;
  };

  beforeAll(async () => {
    const logger = createLogger({ logLevel: "silent", NODE_ENV: "test" });
    meili = (await startEmbeddedMeili({ dataDir, maxIndexingMemory: "256MiB", maxIndexingThreads: 1, logger }))!;
    ctx = await createTestContext({}, { meili });
    indexer = new OutboxIndexer(ctx.deps, { maxBackoffMs: 1000 });
    const staff = await makeUser(ctx, "staff");
    owner = await makeUser(ctx);
    parkId = await makeOrg(ctx, owner, buildPark({ name: { en: "Supervised Park" } }), staff);
    await offer("quartzite");
    await until("the first offer indexed", () => found("quartzite"));
  });
  afterAll(async () => {
    await ctx.cleanup();
    await meili.process?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("when its process is killed, then health says degraded, a write made meanwhile is kept, and search is back with it within 30 s", async () => {
    const url = meili.url;
    const oldPid = await killHard();

    const health = await request(ctx.app).get("/api/health").expect(200);
    expect(health.body.status).toBe("degraded");
    await offer("basaltite");

    const body = await until("the write made during the outage searchable", () => found("basaltite"));
    expect(body.hits[0].title.en).toBe("Supervised offer basaltite");
    expect(await found("quartzite")).toBeDefined();
    expect(meili.process!.pid).not.toBe(oldPid);
    expect(meili.url).toBe(url);
    expect((await request(ctx.app).get("/api/health").expect(200)).body.status).toBe("ok");
  });

  it("when its port is taken while it is down, then it comes back on another port and the search client follows", async () => {
    const port = Number(new URL(meili.url).port);
    await killHard();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
    try {
      await offer("feldspar");
      await until("search back on another port", () => found("feldspar"));
      expect(Number(new URL(meili.url).port)).not.toBe(port);
    } finally {
      squatter.close();
    }
  });

  it("when it has restarted, then exactly one Meilisearch serves the data folder and the lock names it", () => {
    expect(meiliProcessesOn(path.join(dataDir, "meili"))).toEqual([meili.process!.pid]);
    const lock = JSON.parse(fs.readFileSync(path.join(dataDir, "meili.lock"), "utf8")) as { pid: number; port: number; ownerPid: number };
    expect(lock).toMatchObject({ pid: meili.process!.pid, port: Number(new URL(meili.url).port), ownerPid: process.pid });
  });
});
