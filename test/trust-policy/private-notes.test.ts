import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../helpers/users.js";
import { buildEnterprise, buildPark } from "../factories.js";
import { notificationModel } from "../../server/src/modules/notifications/model.js";

const SECRET = "Between us: their last delegation never paid the venue";

/** The decline form's note is "for CISIP staff": the other side sees the reason code, never the note. */
describe("private notes: a decline note reaches staff only", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let asker: TestUser;
  let decliner: TestUser;
  let introId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, asker, decliner] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
    const askerOrg = await makeOrg(ctx, asker, buildPark({ name: { en: "Asking Park" } }), staff);
    const declinerOrg = await makeOrg(ctx, decliner, buildEnterprise({ name: { en: "Declining Ltd" } }), staff);
    introId = (
      await request(ctx.app)
        .post("/api/introductions")
        .set("Authorization", asker.bearer)
        .send({ fromOrgId: askerOrg, target: { entity: "org", id: declinerOrg }, message: "Shall we talk?" })
        .expect(201)
    ).body.id;
    await request(ctx.app)
      .post(`/api/introductions/${introId}/respond`)
      .set("Authorization", decliner.bearer)
      .send({ decision: "decline", reason: "timing", note: SECRET })
      .expect(200);
  });
  afterAll(() => ctx.cleanup());

  it("when the other side reads the introduction, its list or its notifications, then the reason shows and the note does not", async () => {
    const one = await request(ctx.app).get(`/api/introductions/${introId}`).set("Authorization", asker.bearer).expect(200);
    expect(one.body).toMatchObject({ status: "declined", to: { declineReason: "timing" } });
    const list = await request(ctx.app).get("/api/introductions").set("Authorization", asker.bearer).expect(200);
    const notes = await notificationModel(ctx.deps.db).find({ userId: asker.id }).lean();
    for (const seen of [one.body, list.body, notes]) expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it("when staff read it, then the note is there", async () => {
    const res = await request(ctx.app).get(`/api/introductions/${introId}`).set("Authorization", staff.bearer).expect(200);
    expect(JSON.stringify(res.body)).toContain(SECRET);
  });
});
