import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildOffer, buildPark, buildRequest, inDays } from "../../../../test/factories.js";
import { notificationModel } from "../notifications/model.js";
import { sweepRequests } from "./lifecycle.js";
import { requestModel } from "./model.js";

describe("cooperation requests and technology offers", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let owner: TestUser;
  let other: TestUser;
  let parkId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, owner, other] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
    parkId = await makeOrg(ctx, owner, buildPark(), staff);
  });
  afterAll(() => ctx.cleanup());

  it("when a pending organization posts a request, then 403; an approved one gets 201 open", async () => {
    const pending = await makeOrg(ctx, owner, buildPark({ name: { en: "Not Yet Park" } }));
    await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(pending)).expect(403);
    const res = await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(parkId)).expect(201);
    expect(res.body).toMatchObject({ state: "open", type: "sister-park", orgId: parkId, orgName: { en: "Sophia Antipolis" } });
    expect(res.body.openedAt).toBeTruthy();
  });

  it("when a request goes through its life cycle, then only allowed moves succeed", async () => {
    const draft = await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(parkId, { state: "draft" })).expect(201);
    const id = draft.body.id;
    await request(ctx.app).get(`/api/requests/${id}`).set("Authorization", other.bearer).expect(404);
    await request(ctx.app).post(`/api/requests/${id}/transition`).set("Authorization", other.bearer).send({ to: "open" }).expect(404);
    const bad = await request(ctx.app).post(`/api/requests/${id}/transition`).set("Authorization", owner.bearer).send({ to: "matched" }).expect(409);
    expect(bad.body.error.details).toEqual({ from: "draft", to: "matched" });
    await request(ctx.app).post(`/api/requests/${id}/transition`).set("Authorization", owner.bearer).send({ to: "open" }).expect(200);
    await request(ctx.app).get(`/api/requests/${id}`).set("Authorization", other.bearer).expect(200);
    await request(ctx.app).post(`/api/requests/${id}/transition`).set("Authorization", owner.bearer).send({ to: "matched" }).expect(200);
    await request(ctx.app).post(`/api/requests/${id}/transition`).set("Authorization", owner.bearer).send({ to: "closed" }).expect(200);
    await request(ctx.app).patch(`/api/requests/${id}`).set("Authorization", owner.bearer).send({ title: { en: "x" } }).expect(409);
  });

  it("when a request is invalid, then 400 names the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [buildRequest(parkId, { type: "merger" }), "type"],
      [buildRequest(parkId, { trlMin: 7, trlMax: 3 }), "trlMax"],
      [buildRequest(parkId, { expiresAt: "2001-01-01" }), "expiresAt"],
      [buildRequest(parkId, { partnerKinds: [] }), "partnerKinds"],
      [buildRequest(parkId, { targetCountries: ["ZZ"] }), "targetCountries.0"],
    ];
    for (const [body, field] of cases) {
      const res = await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(body).expect(400);
      expect(res.body.error.details.issues.map((i: { field: string }) => i.field)).toContain(field);
    }
  });

  it("when a request nears expiry, then owners are prompted once; when it passes, it expires; renewing reopens it", async () => {
    const res = await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(parkId, { expiresAt: inDays(3).toISOString() })).expect(201);
    const id = res.body.id;
    await sweepRequests(ctx.deps);
    await sweepRequests(ctx.deps);
    const prompts = await notificationModel(ctx.deps.db).find({ type: "request_expiring", "data.requestId": id }).lean();
    expect(prompts).toHaveLength(1);
    expect(String(prompts[0].userId)).toBe(owner.id);
    expect(prompts[0].title.en).toMatch(/expires in 3 days/);

    const later = new Date(Date.now() + 4 * 24 * 3600 * 1000);
    expect((await sweepRequests(ctx.deps, later)).expired).toBeGreaterThanOrEqual(1);
    expect((await requestModel(ctx.deps.db).findById(id).lean())?.state).toBe("expired");
    await request(ctx.app).get(`/api/requests/${id}`).set("Authorization", other.bearer).expect(404);
    const renewed = await request(ctx.app).patch(`/api/requests/${id}`).set("Authorization", owner.bearer).send({ expiresAt: inDays(90).toISOString() }).expect(200);
    expect(renewed.body.state).toBe("open");
  });

  it("when listing, then others see open requests only and owners see theirs in every state", async () => {
    await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(parkId, { state: "draft", title: { en: "Quiet draft" } })).expect(201);
    const publicList = await request(ctx.app).get(`/api/requests?orgId=${parkId}&pageSize=100`).expect(200);
    expect(publicList.body.items.every((r: { state: string }) => r.state === "open" || r.state === "matched")).toBe(true);
    const mine = await request(ctx.app).get("/api/requests?mine=true&state=draft").set("Authorization", owner.bearer).expect(200);
    expect(mine.body.items.map((r: { title: { en: string } }) => r.title.en)).toContain("Quiet draft");
  });

  it("when an offer is posted, edited and withdrawn, then only its organization may, and withdrawn offers leave the list", async () => {
    await request(ctx.app).post("/api/offers").set("Authorization", other.bearer).send(buildOffer(parkId)).expect(403);
    const bad = await request(ctx.app).post("/api/offers").set("Authorization", owner.bearer).send(buildOffer(parkId, { trl: 12 })).expect(400);
    expect(bad.body.error.details.issues[0]).toEqual({ field: "trl", code: "too_big", message: "must be at most 9", params: { maximum: 9 } });
    const offer = await request(ctx.app).post("/api/offers").set("Authorization", owner.bearer).send(buildOffer(parkId)).expect(201);
    expect(offer.body).toMatchObject({ trl: 6, status: "active", expired: false });
    await request(ctx.app).patch(`/api/offers/${offer.body.id}`).set("Authorization", other.bearer).send({ trl: 7 }).expect(403);
    await request(ctx.app).patch(`/api/offers/${offer.body.id}`).set("Authorization", owner.bearer).send({ trl: 7 }).expect(200);
    const listed = await request(ctx.app).get(`/api/offers?orgId=${parkId}&minTrl=7`).expect(200);
    expect(listed.body.items.map((o: { id: string }) => o.id)).toContain(offer.body.id);
    await request(ctx.app).patch(`/api/offers/${offer.body.id}`).set("Authorization", owner.bearer).send({ status: "withdrawn" }).expect(200);
    const after = await request(ctx.app).get(`/api/offers?orgId=${parkId}`).expect(200);
    expect(after.body.items.map((o: { id: string }) => o.id)).not.toContain(offer.body.id);
    await request(ctx.app).get(`/api/offers/${offer.body.id}`).set("Authorization", other.bearer).expect(404);
  });
});
