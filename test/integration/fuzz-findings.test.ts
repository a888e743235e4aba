import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser } from "../helpers/users.js";
import { buildPark, buildRequest } from "../factories.js";

/** 5xx answers that `npm run fuzz` found, each kept here as the failing case it was. */
describe("fuzz findings", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.cleanup());

  it("when matches are asked before the search index exists (nothing indexed yet), then 503 search_unavailable, not 500", async () => {
    const staff = await makeUser(ctx, "staff");
    const owner = await makeUser(ctx);
    const orgId = await makeOrg(ctx, owner, buildPark(), staff);
    const requestId = (await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(orgId)).expect(201)).body.id;
    const res = await request(ctx.app).get(`/api/requests/${requestId}/matches`).set("Authorization", owner.bearer);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe("search_unavailable");
  });
});
