import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../helpers/users.js";
import { buildOffer, buildPark, buildRequest } from "../factories.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { startEmbeddedMeili, type MeiliEndpoint } from "../../server/src/infra/meili-process.js";
import { OutboxIndexer } from "../../server/src/modules/search/indexer.js";
import { outboxModel } from "../../server/src/modules/outbox/model.js";

describe("indexing through a Meilisearch outage", () => {
  let meili: MeiliEndpoint;
  let ctx: TestContext;
  let indexer: OutboxIndexer;
  let owner: TestUser;
  let parkId: string;
  let requestId: string;

  beforeAll(async () => {
    const found = await startEmbeddedMeili({ maxIndexingMemory: "256MiB", maxIndexingThreads: 2, logger: createLogger({ logLevel: "warn", NODE_ENV: "test" }) });
    if (!found) throw new Error("the Meilisearch binary is required for this test");
    meili = found;
    ctx = await createTestContext({}, { meili });
    indexer = new OutboxIndexer(ctx.deps, { maxBackoffMs: 200 });
    const staff = await makeUser(ctx, "staff");
    owner = await makeUser(ctx);
    parkId = await makeOrg(ctx, owner, buildPark({ name: { en: "Outage Park" } }), staff);
    requestId = (await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(parkId)).expect(201)).body.id;
    await indexer.drain();
  });
  afterAll(async () => {
    await ctx.cleanup();
    await meili.process?.stop();
  });

  it("when Parklink starts Meilisearch, then it gets the configured indexing threads and memory", () => {
    const args = fs.readFileSync(`/proc/${meili.process!.pid}/cmdline`, "utf8").split("\0");
    expect(args[args.indexOf("--max-indexing-threads") + 1]).toBe("2");
    expect(args[args.indexOf("--max-indexing-memory") + 1]).toBe("256MiB");
  });

  it("when Meilisearch is killed, then 50 writes still succeed, search says 503, and after a restart all 50 are searchable", async () => {
    await meili.process!.kill();

    const health = await request(ctx.app).get("/api/health").expect(200);
    expect(health.body).toMatchObject({ status: "degraded", services: { search: { status: "down" }, mongodb: { status: "up" } } });
    const down = await request(ctx.app).get("/api/search?q=park").expect(503);
    expect(down.body.error.code).toBe("search_unavailable");
    for (const path of [`/api/requests/${requestId}/matches`, `/api/orgs/${parkId}/suggestions`]) {
      const res = await request(ctx.app).get(path).set("Authorization", owner.bearer).expect(503);
      expect(res.body.error.code).toBe("search_unavailable");
    }

    const titles: string[] = [];
    for (let i = 0; i < 50; i++) {
      const title = `Outage offer number${i} zeolite`;
      titles.push(title);
      await request(ctx.app).post("/api/offers").set("Authorization", owner.bearer).send(buildOffer(parkId, { title: { en: title } })).expect(201);
    }
    expect(await indexer.drain()).toBe(0);
    const pending = await outboxModel(ctx.deps.db).countDocuments({ processedAt: { $exists: false } });
    expect(pending).toBe(50);
    expect((await outboxModel(ctx.deps.db).findOne({ processedAt: { $exists: false } }).lean())?.attempts).toBeGreaterThan(0);

    await meili.process!.restart();
    const deadline = Date.now() + 30_000;
    while ((await outboxModel(ctx.deps.db).countDocuments({ processedAt: { $exists: false } })) > 0 && Date.now() < deadline) {
      await indexer.drain();
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await request(ctx.app).get("/api/search?q=zeolite&kind=offer&pageSize=50").expect(200);
    expect(res.body.total).toBe(50);
    expect(res.body.hits.map((h: { title: { en: string } }) => h.title.en).sort()).toEqual([...titles].sort());
  });
});
