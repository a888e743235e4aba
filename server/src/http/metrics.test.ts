import net from "node:net";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../test/helpers/context.js";
import { serve } from "../server.js";
import { outboxModel } from "../modules/outbox/model.js";
import { MAIL_QUEUE } from "./metrics.js";

const TOKEN = "metrics-token-for-the-test-0123456789";

/** The value of one sample line of Prometheus text, e.g. `parklink_search_outbox_depth`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("metrics behind a token", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  it("when /metrics is asked without the token or with a wrong one, then it answers 401 and shows nothing", async () => {
    const none = await request(ctx.app).get("/metrics").expect(401);
    expect(none.body.error.code).toBe("unauthorized");
    expect(none.text).not.toContain("parklink_");
    await request(ctx.app).get("/metrics").set("Authorization", `Bearer ${TOKEN}x`).expect(401);
    await request(ctx.app).get("/metrics").set("Authorization", TOKEN).expect(401);
  });

  it("when requests were served, then latency is counted per route pattern, never per raw URL", async () => {
    const id = new mongoose.Types.ObjectId().toHexString();
    await request(ctx.app).get(`/api/orgs/${id}`).expect(404);
    await request(ctx.app).get("/api/search?q=biomedicine").expect(200);
    const res = await request(ctx.app).get("/metrics").set("Authorization", `Bearer ${TOKEN}`).expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(res.text).toContain('parklink_http_request_duration_seconds_count{method="GET",route="/api/orgs/:id",status="404"}');
    expect(res.text).toContain('parklink_http_request_duration_seconds_count{method="GET",route="/api/search",status="200"}');
    expect(res.text).not.toContain(id);
    expect(sample(res.text, 'parklink_http_responses_total{class="4xx"}')).toBeGreaterThanOrEqual(1);
    expect(sample(res.text, "parklink_search_duration_seconds_count")).toBeGreaterThanOrEqual(1);
    for (const name of ["parklink_event_loop_lag_seconds", "parklink_open_sockets", "parklink_chat_messages_total", "parklink_matcher_duration_seconds", "parklink_job_runs_total", "parklink_process_resident_memory_bytes"]) {
      expect(res.text).toContain(`# TYPE ${name}`);
    }
  });

  it("when search updates wait in the outbox and e-mails in the mail queue, then their depth and age are reported", async () => {
    const scrape = async () => (await request(ctx.app).get("/metrics").set("Authorization", `Bearer ${TOKEN}`).expect(200)).text;
    // No mail queue collection yet: the gauge reads 0 rather than failing.
    expect(sample(await scrape(), "parklink_mail_queue_depth")).toBe(0);
    const Outbox = outboxModel(ctx.deps.db);
    await Outbox.collection.insertMany([
      { entity: "org", entityId: new mongoose.Types.ObjectId(), reason: "updated", attempts: 3, nextAttemptAt: new Date(), createdAt: new Date(Date.now() - 120_000) },
      { entity: "org", entityId: new mongoose.Types.ObjectId(), reason: "updated", attempts: 0, nextAttemptAt: new Date(), createdAt: new Date() },
      { entity: "org", entityId: new mongoose.Types.ObjectId(), reason: "updated", attempts: 1, nextAttemptAt: new Date(), createdAt: new Date(Date.now() - 600_000), processedAt: new Date() },
    ]);
    await ctx.deps.db.collection(MAIL_QUEUE.collection).insertMany([
      { to: "a@parklink.test", state: "pending", createdAt: new Date(Date.now() - 30_000) },
      { to: "b@parklink.test", state: "sent", createdAt: new Date(Date.now() - 90_000), sentAt: new Date() },
    ]);
    const text = await scrape();
    expect(sample(text, "parklink_search_outbox_depth")).toBe(2);
    expect(sample(text, "parklink_search_outbox_oldest_age_seconds")).toBeGreaterThanOrEqual(120);
    expect(sample(text, "parklink_search_outbox_oldest_age_seconds")).toBeLessThan(600);
    expect(sample(text, "parklink_mail_queue_depth")).toBe(1);
    expect(sample(text, "parklink_mail_queue_oldest_age_seconds")).toBeGreaterThanOrEqual(30);
  });
});

describe("metrics without protection configured", () => {
  it("when neither METRICS_TOKEN nor METRICS_PORT is set, then /metrics is not served", async () => {
    const ctx = await createTestContext();
    try {
      await request(ctx.app).get("/metrics").expect(404);
    } finally {
      await ctx.cleanup();
    }
  });
});

describe("metrics on an internal port", () => {
  let ctx: TestContext;
  let metricsPort: number;
  beforeAll(async () => {
    metricsPort = await freePort();
    ctx = await createTestContext({ PORT: "0", METRICS_PORT: String(metricsPort), METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  it("when METRICS_PORT is set, then the public port has no /metrics and the internal one serves them", async () => {
    const node = await serve(ctx.deps);
    try {
      await request(node.url).get("/metrics").set("Authorization", `Bearer ${TOKEN}`).expect(404);
      const internal = `http://127.0.0.1:${metricsPort}`;
      await request(internal).get("/metrics").expect(401);
      const res = await request(internal).get("/metrics").set("Authorization", `Bearer ${TOKEN}`).expect(200);
      expect(res.text).toContain("# TYPE parklink_open_sockets gauge");
      await request(internal).get("/api/health").expect(404);
    } finally {
      await node.close();
    }
  });
});
