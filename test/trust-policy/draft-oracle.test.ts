import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../helpers/users.js";
import { buildEnterprise, buildOffer, buildPark, buildRequest } from "../factories.js";
import { introductionModel } from "../../server/src/modules/introductions/model.js";

/**
 * The attack: express interest in (or cite) a record the attacker may not read — another
 * organization's draft request, a withdrawn offer, an unapproved organization's offer — and
 * learn from the answer that it exists and who owns it. Every such case must answer exactly
 * as an id that does not exist, and create nothing.
 */
describe("draft oracle: interest in records the caller may not read", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let owner: TestUser;
  let attacker: TestUser;
  let ownerOrg: string;
  let attackerOrg: string;
  const hidden: Record<string, { entity: "org" | "offer" | "request"; id: string }> = {};
  const missing = String(new mongoose.Types.ObjectId());

  const interest = (body: Record<string, unknown>) =>
    request(ctx.app).post("/api/introductions").set("Authorization", attacker.bearer).send({ fromOrgId: attackerOrg, message: "Hello", ...body });

  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, owner, attacker] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
    ownerOrg = await makeOrg(ctx, owner, buildPark({ name: { en: "Secretive Park" } }), staff);
    attackerOrg = await makeOrg(ctx, attacker, buildEnterprise({ name: { en: "Curious Ltd" } }), staff);
    const pendingOrg = await makeOrg(ctx, owner, buildEnterprise({ name: { en: "Unvetted Ltd" } }));
    const post = async (path: string, body: Record<string, unknown>) =>
      (await request(ctx.app).post(path).set("Authorization", owner.bearer).send(body).expect(201)).body.id as string;
    hidden.draftRequest = { entity: "request", id: await post("/api/requests", buildRequest(ownerOrg, { state: "draft", title: { en: "Unannounced dual park" } })) };
    const closed = await post("/api/requests", buildRequest(ownerOrg, { title: { en: "Closed request" } }));
    await request(ctx.app).post(`/api/requests/${closed}/transition`).set("Authorization", owner.bearer).send({ to: "closed" }).expect(200);
    hidden.closedRequest = { entity: "request", id: closed };
    const withdrawn = await post("/api/offers", buildOffer(ownerOrg));
    await request(ctx.app).patch(`/api/offers/${withdrawn}`).set("Authorization", owner.bearer).send({ status: "withdrawn" }).expect(200);
    hidden.withdrawnOffer = { entity: "offer", id: withdrawn };
    hidden.unvettedOffer = { entity: "offer", id: await post("/api/offers", buildOffer(pendingOrg)) };
    hidden.unvettedOrg = { entity: "org", id: pendingOrg };
  });
  afterAll(() => ctx.cleanup());

  it("when the target is another organization's hidden record, then 404 exactly as for an id that does not exist", async () => {
    for (const [name, target] of Object.entries(hidden)) {
      const absent = await interest({ target: { entity: target.entity, id: missing } });
      expect(absent.status, `${name}: a missing ${target.entity}`).toBe(404);
      const res = await interest({ target });
      expect({ name, status: res.status, body: res.body }).toEqual({ name, status: 404, body: absent.body });
      expect(JSON.stringify(res.body)).not.toContain(ownerOrg);
    }
    expect(await introductionModel(ctx.deps.db).countDocuments({})).toBe(0);
  });

  it("when a hidden request is cited as the interest's request, then 404 exactly as for one that does not exist", async () => {
    const target = { entity: "org", id: ownerOrg };
    const absent = await interest({ target, requestId: missing }).expect(404);
    for (const id of [hidden.draftRequest.id, hidden.closedRequest.id]) {
      const res = await interest({ target, requestId: id });
      expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: absent.body });
    }
    expect(await introductionModel(ctx.deps.db).countDocuments({})).toBe(0);
  });

  it("when the target is open to everyone, then interest still works, citing the caller's own request", async () => {
    await introductionModel(ctx.deps.db).deleteMany({});
    const open = (await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(ownerOrg)).expect(201)).body.id;
    const own = (await request(ctx.app).post("/api/requests").set("Authorization", attacker.bearer).send(buildRequest(attackerOrg, { state: "draft" })).expect(201)).body.id;
    const res = await interest({ target: { entity: "request", id: open }, requestId: own }).expect(201);
    expect(res.body).toMatchObject({ to: { orgId: ownerOrg }, requestId: own, target: { entity: "request", id: open } });
  });
});
