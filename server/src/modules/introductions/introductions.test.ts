import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildPark } from "../../../../test/factories.js";
import { notificationModel } from "../notifications/model.js";
import { introductionModel } from "./model.js";
import { sweepIntroductions } from "./pipeline.js";

describe("introductions: double opt-in and the broker pipeline", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let stranger: TestUser;
  let aliceOrg: string;
  let bobOrg: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, alice, bob, stranger] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx), makeUser(ctx)]);
    aliceOrg = await makeOrg(ctx, alice, buildPark({ name: { en: "Chengdu Hi-tech Zone" }, country: "CN", city: "Chengdu" }), staff);
    bobOrg = await makeOrg(ctx, bob, buildEnterprise({ name: { en: "Riviera Biotech" }, country: "FR", city: "Nice" }), staff);
    await makeOrg(ctx, stranger, buildPark({ name: { en: "Stranger Park" } }), staff);
  });
  afterAll(() => ctx.cleanup());

  const contactsOf = async (viewer: TestUser, orgId: string) =>
    (await request(ctx.app).get(`/api/orgs/${orgId}`).set("Authorization", viewer.bearer).expect(200)).body.contacts;

  it("when a member expresses interest, then the other side is notified, contacts stay hidden until it accepts", async () => {
    const bad = await request(ctx.app)
      .post("/api/introductions")
      .set("Authorization", alice.bearer)
      .send({ fromOrgId: bobOrg, target: { entity: "org", id: aliceOrg }, message: "Hello" })
      .expect(403);
    expect(bad.body.error.code).toBe("forbidden");
    const created = await request(ctx.app)
      .post("/api/introductions")
      .set("Authorization", alice.bearer)
      .send({ fromOrgId: aliceOrg, target: { entity: "org", id: bobOrg }, message: "We would like to discuss a joint product." })
      .expect(201);
    expect(created.body).toMatchObject({ status: "proposed", origin: "member", mySide: "from" });
    await request(ctx.app)
      .post("/api/introductions")
      .set("Authorization", alice.bearer)
      .send({ fromOrgId: aliceOrg, target: { entity: "org", id: bobOrg }, message: "Again" })
      .expect(409);
    const note = await notificationModel(ctx.deps.db).findOne({ userId: bob.id, type: "introduction_received" }).lean();
    expect(note?.title.en).toBe("Chengdu Hi-tech Zone would like to be introduced");
    expect(await contactsOf(alice, bobOrg)).toBeUndefined();
    expect(await contactsOf(bob, aliceOrg)).toBeUndefined();

    await request(ctx.app).get(`/api/introductions/${created.body.id}`).set("Authorization", stranger.bearer).expect(404);
    await request(ctx.app).post(`/api/introductions/${created.body.id}/respond`).set("Authorization", stranger.bearer).send({ decision: "accept" }).expect(404);
    await request(ctx.app).post(`/api/introductions/${created.body.id}/respond`).set("Authorization", alice.bearer).send({ decision: "accept" }).expect(409);

    const accepted = await request(ctx.app).post(`/api/introductions/${created.body.id}/respond`).set("Authorization", bob.bearer).send({ decision: "accept" }).expect(200);
    expect(accepted.body.status).toBe("introduced");
    expect(accepted.body.introducedAt).toBeTruthy();
    expect((await contactsOf(alice, bobOrg))[0].email).toBe("li.wei@biolight.example.cn");
    expect(await contactsOf(stranger, bobOrg)).toBeUndefined();
  });

  it("when staff propose, then both sides must accept, and a decline needs a structured reason", async () => {
    const strangerOrg = (await request(ctx.app).get("/api/orgs?mine=true").set("Authorization", stranger.bearer)).body.items[0].id;
    await request(ctx.app).post("/api/admin/introductions").set("Authorization", alice.bearer).send({ fromOrgId: aliceOrg, toOrgId: strangerOrg, message: "x" }).expect(403);
    const proposed = await request(ctx.app)
      .post("/api/admin/introductions")
      .set("Authorization", staff.bearer)
      .send({ fromOrgId: aliceOrg, toOrgId: strangerOrg, message: "Both of you run biomedicine incubators." })
      .expect(201);
    const id = proposed.body.id;
    const first = await request(ctx.app).post(`/api/introductions/${id}/respond`).set("Authorization", alice.bearer).send({ decision: "accept" }).expect(200);
    expect(first.body.status).toBe("accepted");
    expect(await contactsOf(alice, strangerOrg)).toBeUndefined();
    const noReason = await request(ctx.app).post(`/api/introductions/${id}/respond`).set("Authorization", stranger.bearer).send({ decision: "decline" }).expect(400);
    expect(noReason.body.error.details.issues[0].field).toBe("reason");
    const declined = await request(ctx.app)
      .post(`/api/introductions/${id}/respond`)
      .set("Authorization", stranger.bearer)
      .send({ decision: "decline", reason: "timing", note: "Next year" })
      .expect(200);
    expect(declined.body).toMatchObject({ status: "declined", to: { declineReason: "timing" } });
    expect(declined.body.history.map((h: { status: string }) => h.status)).toEqual(["proposed", "accepted", "declined"]);
  });

  it("when staff follow an introduction, then each step is timestamped, notes are staff-only and the outcome typed", async () => {
    const intro = await introductionModel(ctx.deps.db).findOne({ status: "introduced" }).lean();
    const id = String(intro!._id);
    await request(ctx.app).post(`/api/admin/introductions/${id}/advance`).set("Authorization", staff.bearer).send({ status: "meeting_held", note: "Met in Chengdu" }).expect(200);
    await request(ctx.app).post(`/api/admin/introductions/${id}/notes`).set("Authorization", staff.bearer).send({ text: "Follow up on licence terms" }).expect(201);
    const bad = await request(ctx.app).post(`/api/introductions/${id}/outcome`).set("Authorization", bob.bearer).send({ kind: "handshake" }).expect(400);
    expect(bad.body.error.details.issues[0].field).toBe("kind");
    const done = await request(ctx.app).post(`/api/introductions/${id}/outcome`).set("Authorization", bob.bearer).send({ kind: "mou", note: "Signed" }).expect(200);
    expect(done.body).toMatchObject({ status: "agreement", outcome: { kind: "mou" } });
    expect(done.body.staffNotes).toBeUndefined();
    const asStaff = await request(ctx.app).get(`/api/introductions/${id}`).set("Authorization", staff.bearer).expect(200);
    expect(asStaff.body.staffNotes[0].text).toBe("Follow up on licence terms");
    expect(asStaff.body.history.map((h: { status: string }) => h.status)).toEqual(["proposed", "introduced", "meeting_held", "agreement"]);
  });

  it("when an introduction is left unanswered, then it expires; introduced pairs get 3- and 6-month follow-ups once", async () => {
    const strangerOrg = (await request(ctx.app).get("/api/orgs?mine=true").set("Authorization", stranger.bearer)).body.items[0].id;
    const created = await request(ctx.app)
      .post("/api/introductions")
      .set("Authorization", bob.bearer)
      .send({ fromOrgId: bobOrg, target: { entity: "org", id: strangerOrg }, message: "Hi" })
      .expect(201);
    const later = new Date(Date.now() + (ctx.deps.config.INTRODUCTION_EXPIRY_DAYS + 1) * 24 * 3600 * 1000);
    expect((await sweepIntroductions(ctx.deps, later)).expired).toBe(1);
    expect((await introductionModel(ctx.deps.db).findById(created.body.id).lean())?.status).toBe("expired");

    await introductionModel(ctx.deps.db).updateMany({ introducedAt: { $exists: true } }, { $unset: { outcome: 1 } });
    const sevenMonths = new Date(Date.now() + 210 * 24 * 3600 * 1000);
    expect((await sweepIntroductions(ctx.deps, sevenMonths)).followUps).toBe(2);
    expect((await sweepIntroductions(ctx.deps, sevenMonths)).followUps).toBe(0);
    const prompts = await notificationModel(ctx.deps.db).find({ userId: alice.id, type: "follow_up" }).lean();
    expect(prompts.map((p) => p.data.months).sort()).toEqual([3, 6]);
  });

  it("when listing, then members see their incoming and outgoing; notifications can be read", async () => {
    const incoming = await request(ctx.app).get("/api/introductions?direction=incoming").set("Authorization", bob.bearer).expect(200);
    expect(incoming.body.items.every((i: { mySide: string }) => i.mySide === "to")).toBe(true);
    const list = await request(ctx.app).get("/api/notifications").set("Authorization", bob.bearer).expect(200);
    expect(list.body.unread).toBeGreaterThan(0);
    await request(ctx.app).post(`/api/notifications/${list.body.items[0].id}/read`).set("Authorization", bob.bearer).expect(200);
    await request(ctx.app).post(`/api/notifications/${list.body.items[0].id}/read`).set("Authorization", alice.bearer).expect(404);
    await request(ctx.app).post("/api/notifications/read-all").set("Authorization", bob.bearer).expect(200);
    expect((await request(ctx.app).get("/api/notifications/unread-count").set("Authorization", bob.bearer)).body.unread).toBe(0);
  });
});
