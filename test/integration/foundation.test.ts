import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { waitForMeiliTask } from "../../server/src/infra/meili-http.js";

describe("foundation: app, error shape, real services", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  it("when health is asked, then MongoDB and Meilisearch are reported up, separately", async () => {
    const res = await request(ctx.app).get("/api/health").expect(200);
    expect(res.body.status).toBe("ok");
    expect(res.body.services.mongodb).toMatchObject({ status: "up", backend: ctx.deps.mongoBackend });
    expect(res.body.services.search).toEqual({ status: "up" });
  });

  it("when a route is unknown, then 404 comes in the error shape", async () => {
    const res = await request(ctx.app).get("/api/no-such-thing").expect(404);
    expect(res.body).toEqual({ error: { code: "not_found", message: "Route GET /api/no-such-thing not found" } });
  });

  it("when a JSON body is malformed, then 400 invalid_json, never 500", async () => {
    const res = await request(ctx.app)
      .post("/api/health")
      .set("Content-Type", "application/json")
      .send('{"name": "Sophia Antipolis",')
      .expect(400);
    expect(res.body.error.code).toBe("invalid_json");
  });

  it("when a JSON body is over the limit, then 413 in the error shape", async () => {
    const res = await request(ctx.app)
      .post("/api/health")
      .set("Content-Type", "application/json")
      .send(JSON.stringify({ text: "x".repeat(300_000) }))
      .expect(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("when a response goes out, then it carries a request id and security headers", async () => {
    const res = await request(ctx.app).get("/api/health");
    expect(res.headers["x-request-id"]).toMatch(/^[\w-]+$/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });

  it("when a document is written to MongoDB, then it reads back", async () => {
    const parks = ctx.deps.db.collection("parks_roundtrip");
    const founded = new Date("1951-01-01T00:00:00Z");
    const { insertedId } = await parks.insertOne({ name: "Stanford Research Park", founded });
    const back = await parks.findOne({ _id: insertedId });
    expect(back).toMatchObject({ name: "Stanford Research Park", founded });
  });

  it("when a document is indexed in Meilisearch, then it is found", async () => {
    const client = ctx.deps.search.client!;
    const index = client.index(ctx.deps.search.indexName("roundtrip"));
    await waitForMeiliTask(index, index.addDocuments([{ id: "p1", name: "Sophia Antipolis", country: "FR" }], { primaryKey: "id" }));
    const result = await index.search("sophia");
    expect(result.hits.map((h) => h.id)).toEqual(["p1"]);
  });
});
