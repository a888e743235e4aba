import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildInvestor, buildPark } from "../../../../test/factories.js";
import { orgModel } from "./model.js";
import { outboxModel } from "../outbox/model.js";
import { notificationModel } from "../notifications/model.js";

describe("organizations, vetting and contact privacy", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, alice, bob] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
  });
  afterAll(() => ctx.cleanup());

  it("when a member applies with a park, then it is pending, owned by them, recorded, and queued for indexing", async () => {
    const res = await request(ctx.app).post("/api/orgs").set("Authorization", alice.bearer).send(buildPark()).expect(201);
    expect(res.body).toMatchObject({ kind: "park", status: "pending", region: "western-europe", myRole: "owner" });
    expect(res.body.vetting).toEqual([expect.objectContaining({ decision: "submitted", by: alice.id })]);
    const stored = await orgModel(ctx.deps.db).findById(res.body.id).lean();
    expect(stored?.name.local).toBe("索菲亚科技园");
    expect(await outboxModel(ctx.deps.db).countDocuments({ entityId: stored!._id, reason: "created" })).toBe(1);
  });

  it("when an organization is pending, then other members get 404 and it is not listed; staff see it", async () => {
    const id = await makeOrg(ctx, alice, buildPark({ name: { en: "Pending Park" } }));
    await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", bob.bearer).expect(404);
    await request(ctx.app).get(`/api/orgs/${id}`).expect(404);
    const list = await request(ctx.app).get("/api/orgs?q=Pending").set("Authorization", bob.bearer).expect(200);
    expect(list.body.items).toEqual([]);
    await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", staff.bearer).expect(200);
    await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", alice.bearer).expect(200);
  });

  it("when staff approve with the queue, then the decision is recorded, the org is listed and its members notified", async () => {
    const id = await makeOrg(ctx, alice, buildPark({ name: { en: "Vetted Park" } }));
    const queue = await request(ctx.app).get("/api/admin/vetting").set("Authorization", staff.bearer).expect(200);
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(id);
    await request(ctx.app).get("/api/admin/vetting").set("Authorization", alice.bearer).expect(403);

    const approved = await request(ctx.app)
      .post(`/api/admin/vetting/${id}`)
      .set("Authorization", staff.bearer)
      .send({ decision: "approve", reason: "Established science park" })
      .expect(200);
    expect(approved.body.status).toBe("approved");
    expect(approved.body.vetting.at(-1)).toMatchObject({ decision: "approve", by: staff.id, reason: "Established science park" });
    await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", bob.bearer).expect(200);
    const notes = await notificationModel(ctx.deps.db).find({ type: "vetting_decision", "data.orgId": id }).lean();
    expect(notes.map((n) => String(n.userId))).toEqual([alice.id]);
  });

  it("when staff reject without a reason, then 400 names reason; with one, it is rejected and stays hidden", async () => {
    const id = await makeOrg(ctx, alice, buildInvestor());
    const bad = await request(ctx.app).post(`/api/admin/vetting/${id}`).set("Authorization", staff.bearer).send({ decision: "reject" }).expect(400);
    expect(bad.body.error.details.issues[0].field).toBe("reason");
    await request(ctx.app)
      .post(`/api/admin/vetting/${id}`)
      .set("Authorization", staff.bearer)
      .send({ decision: "reject", reason: "Not a science-industry park or related institution" })
      .expect(200);
    await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", bob.bearer).expect(404);
  });

  it("when a member edits another organization, then 403 and nothing changes", async () => {
    const id = await makeOrg(ctx, alice, buildPark({ name: { en: "Alice Park" } }), staff);
    const res = await request(ctx.app).patch(`/api/orgs/${id}`).set("Authorization", bob.bearer).send({ city: "Nice" }).expect(403);
    expect(res.body.error.code).toBe("forbidden");
    expect((await orgModel(ctx.deps.db).findById(id).lean())?.city).toBe("Valbonne");
    await request(ctx.app).patch(`/api/orgs/${id}`).set("Authorization", alice.bearer).send({ city: "Nice", country: "fr" }).expect(200);
    const staffEdit = await request(ctx.app).patch(`/api/orgs/${id}`).set("Authorization", staff.bearer).send({ country: "JP" }).expect(200);
    expect(staffEdit.body).toMatchObject({ city: "Nice", country: "JP", region: "east-asia" });
  });

  it("when an edit sends another kind's profile, then 400 names that field", async () => {
    const id = await makeOrg(ctx, alice, buildPark());
    const res = await request(ctx.app)
      .patch(`/api/orgs/${id}`)
      .set("Authorization", alice.bearer)
      .send({ investor: { investorType: "vc", stages: ["seed"], ticketMinUsd: 1, ticketMaxUsd: 2 } })
      .expect(400);
    expect(res.body.error.details.issues[0].field).toBe("investor");
  });

  it("when input is invalid, then 400 names the field, and operator payloads are refused", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [buildPark({ country: "XX" }), "country"],
      [buildPark({ industries: ["quantum-cooking"] }), "industries.0"],
      [buildPark({ name: { en: { $gt: "" } } }), "name.en"],
      [{ ...buildPark(), $where: "1" }, ""],
      [buildInvestor({ investor: { investorType: "vc", stages: ["seed"], ticketMinUsd: 5, ticketMaxUsd: 1 } }), "investor.ticketMaxUsd"],
    ];
    for (const [body, field] of cases) {
      const res = await request(ctx.app).post("/api/orgs").set("Authorization", alice.bearer).send(body).expect(400);
      expect(res.body.error.code).toBe("validation_failed");
      if (field) expect(res.body.error.details.issues.map((i: { field: string }) => i.field)).toContain(field);
    }
    const q = await request(ctx.app).get("/api/orgs?kind[$ne]=park").expect(400);
    expect(q.body.error.code).toBe("validation_failed");
    await request(ctx.app).get("/api/orgs/not-an-id").expect(400);
  });

  it("when others view an organization, then contacts are hidden; staff and its members see them", async () => {
    const id = await makeOrg(ctx, alice, buildEnterprise(), staff);
    const asBob = await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", bob.bearer).expect(200);
    expect(asBob.body.contacts).toBeUndefined();
    expect(JSON.stringify(asBob.body)).not.toContain("li.wei@");
    const anonymous = await request(ctx.app).get(`/api/orgs/${id}`).expect(200);
    expect(anonymous.body.contacts).toBeUndefined();
    const asStaff = await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", staff.bearer).expect(200);
    expect(asStaff.body.contacts[0].email).toBe("li.wei@biolight.example.cn");
    const members = await request(ctx.app).get(`/api/orgs/${id}/members`).set("Authorization", bob.bearer).expect(200);
    expect(members.body[0]).toEqual({ userId: alice.id, name: "Test User", role: "owner" });
  });

  it("when two organizations are introduced, then each side sees the other's contacts", async () => {
    const a = await makeOrg(ctx, alice, buildEnterprise({ name: { en: "Intro A" } }), staff);
    const b = await makeOrg(ctx, bob, buildPark({ name: { en: "Intro B" } }), staff);
    const before = await request(ctx.app).get(`/api/orgs/${a}`).set("Authorization", bob.bearer).expect(200);
    expect(before.body.contacts).toBeUndefined();
    const { default: mongoose } = await import("mongoose");
    await ctx.deps.db.collection("introductions").insertOne({
      orgIds: [new mongoose.Types.ObjectId(a), new mongoose.Types.ObjectId(b)],
      status: "introduced",
      introducedAt: new Date(),
    });
    const after = await request(ctx.app).get(`/api/orgs/${a}`).set("Authorization", bob.bearer).expect(200);
    expect(after.body.contacts[0].email).toBe("li.wei@biolight.example.cn");
    const members = await request(ctx.app).get(`/api/orgs/${a}/members`).set("Authorization", bob.bearer).expect(200);
    expect(members.body[0].email).toBe(alice.email);
  });

  it("when an owner invites an editor who accepts, then the editor may edit; the last owner cannot leave", async () => {
    const carol = await makeUser(ctx);
    const id = await makeOrg(ctx, alice, buildPark({ name: { en: "Team Park" } }), staff);
    await request(ctx.app).post(`/api/orgs/${id}/members`).set("Authorization", bob.bearer).send({ email: carol.email }).expect(403);
    await request(ctx.app).post(`/api/orgs/${id}/members`).set("Authorization", alice.bearer).send({ email: carol.email }).expect(202);
    const [invitation] = (await request(ctx.app).get("/api/invitations").set("Authorization", carol.bearer).expect(200)).body;
    await request(ctx.app).post(`/api/invitations/${invitation.id}/accept`).set("Authorization", carol.bearer).expect(200);
    await request(ctx.app).patch(`/api/orgs/${id}`).set("Authorization", carol.bearer).send({ city: "Antibes" }).expect(200);
    await request(ctx.app).delete(`/api/orgs/${id}/members/${alice.id}`).set("Authorization", alice.bearer).expect(409);
    await request(ctx.app).delete(`/api/orgs/${id}`).set("Authorization", carol.bearer).expect(403);
    await request(ctx.app).delete(`/api/orgs/${id}`).set("Authorization", alice.bearer).expect(204);
    await request(ctx.app).get(`/api/orgs/${id}`).set("Authorization", staff.bearer).expect(404);
  });

  it("when listing, then filters and paging apply to approved organizations only", async () => {
    await makeOrg(ctx, alice, buildInvestor({ name: { en: "Listed Fund" } }), staff);
    const res = await request(ctx.app).get("/api/orgs?kind=investor&industry=ai&pageSize=5").expect(200);
    expect(res.body.items.every((o: { kind: string; status: string }) => o.kind === "investor" && o.status === "approved")).toBe(true);
    expect(res.body.items.map((o: { name: { en: string } }) => o.name.en)).toContain("Listed Fund");
    expect(res.body).toMatchObject({ page: 1, pageSize: 5 });
    await request(ctx.app).get("/api/orgs?status=pending").set("Authorization", bob.bearer).expect(403);
  });
});
