import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildPark } from "../../../../test/factories.js";
import { userModel } from "../auth/model.js";
import { notificationModel } from "../notifications/model.js";
import { membershipModel } from "../orgs/model.js";
import { forgetSession } from "../sessions/state.js";

describe("organizations: membership by invitation", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let owner: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, owner] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx, "member", "Park Owner")]);
  });
  afterAll(() => ctx.cleanup());

  const invite = (by: TestUser, orgId: string, email: string, role?: "owner" | "editor") =>
    request(ctx.app).post(`/api/orgs/${orgId}/members`).set("Authorization", by.bearer).send({ email, ...(role ? { role } : {}) });
  const invitations = async (who: TestUser) => (await request(ctx.app).get("/api/invitations").set("Authorization", who.bearer).expect(200)).body;
  const isMember = async (orgId: string, user: TestUser) => Boolean(await membershipModel(ctx.deps.db).exists({ orgId, userId: user.id }));

  it("when any member makes a pending org and adds someone's e-mail, then nothing about the account comes back and it is not added", async () => {
    const attacker = await makeUser(ctx, "member", "Mallory");
    const victim = await makeUser(ctx, "member", "Victim Name");
    const orgId = await makeOrg(ctx, attacker, buildPark({ name: { en: "Pending Trap Park" } })); // pending is enough
    const known = await invite(attacker, orgId, victim.email).expect(202);
    const unknown = await invite(attacker, orgId, "nobody-here@parklink.test").expect(202);
    expect(known.body).toEqual({ ok: true });
    expect(unknown.body).toEqual(known.body);
    expect(JSON.stringify(known.body)).not.toMatch(/Victim Name|\+33|@/);
    expect(await isMember(orgId, victim)).toBe(false);
    const members = await request(ctx.app).get(`/api/orgs/${orgId}/members`).set("Authorization", attacker.bearer).expect(200);
    expect(members.body.map((m: { userId: string }) => m.userId)).toEqual([attacker.id]);
  });

  it("when the invited person accepts in the app, then they join with the role offered; they were told in the app and by e-mail", async () => {
    const orgId = await makeOrg(ctx, owner, buildPark({ name: { en: "Invitation Park" } }), staff);
    const dana = await makeUser(ctx, "member", "Dana");
    await invite(owner, orgId, dana.email.toUpperCase(), "owner").expect(202);
    await ctx.flushMail();
    expect(ctx.mail.filter((m) => m.to === dana.email).at(-1)?.subject).toMatch(/invites you to Invitation Park/);
    expect(await notificationModel(ctx.deps.db).exists({ userId: dana.id, type: "org_invitation" })).toBeTruthy();
    const [offered] = await invitations(dana);
    expect(offered).toMatchObject({ org: { id: orgId, name: { en: "Invitation Park" } }, role: "owner" });
    expect(await isMember(orgId, dana)).toBe(false);
    // Nobody else can take it.
    const other = await makeUser(ctx);
    expect(await invitations(other)).toEqual([]);
    await request(ctx.app).post(`/api/invitations/${offered.id}/accept`).set("Authorization", other.bearer).expect(404);

    const accepted = await request(ctx.app).post(`/api/invitations/${offered.id}/accept`).set("Authorization", dana.bearer).expect(200);
    expect(accepted.body).toEqual({ orgId });
    expect(await membershipModel(ctx.deps.db).findOne({ orgId, userId: dana.id }).lean()).toMatchObject({ role: "owner" });
    await request(ctx.app).post(`/api/invitations/${offered.id}/accept`).set("Authorization", dana.bearer).expect(404);
    expect(await invitations(dana)).toEqual([]);
  });

  it("when the invited person declines, then they do not join and the invitation is gone", async () => {
    const orgId = await makeOrg(ctx, owner, buildPark({ name: { en: "Declined Park" } }), staff);
    const erin = await makeUser(ctx);
    await invite(owner, orgId, erin.email).expect(202);
    const [offered] = await invitations(erin);
    await request(ctx.app).post(`/api/invitations/${offered.id}/decline`).set("Authorization", erin.bearer).expect(204);
    expect(await isMember(orgId, erin)).toBe(false);
    await request(ctx.app).post(`/api/invitations/${offered.id}/accept`).set("Authorization", erin.bearer).expect(404);
  });

  it("when an editor or an outsider invites, then 403; staff may invite", async () => {
    const orgId = await makeOrg(ctx, owner, buildPark({ name: { en: "Guarded Park" } }), staff);
    const editor = await makeUser(ctx);
    await membershipModel(ctx.deps.db).create({ orgId, userId: editor.id, role: "editor" });
    const outsider = await makeUser(ctx);
    await invite(editor, orgId, outsider.email).expect(403);
    await invite(outsider, orgId, outsider.email).expect(403);
    await invite(staff, orgId, outsider.email).expect(202);
  });

  it("when an account's e-mail is unconfirmed, then it neither sees nor accepts invitations to that address", async () => {
    const orgId = await makeOrg(ctx, owner, buildPark({ name: { en: "Confirm First Park" } }), staff);
    const squatter = await makeUser(ctx);
    await userModel(ctx.deps.db).updateOne({ _id: squatter.id }, { $set: { emailConfirmed: false } });
    await invite(owner, orgId, squatter.email).expect(202);
    expect(await invitations(squatter)).toEqual([]);
    await userModel(ctx.deps.db).updateOne({ _id: squatter.id }, { $set: { emailConfirmed: true } });
    const [offered] = await invitations(squatter);
    await userModel(ctx.deps.db).updateOne({ _id: squatter.id }, { $set: { emailConfirmed: false } });
    forgetSession(ctx.deps.db, squatter.id); // as the confirmation route does; otherwise within a second
    const refused = await request(ctx.app).post(`/api/invitations/${offered.id}/accept`).set("Authorization", squatter.bearer).expect(403);
    expect(refused.body.error.code).toBe("email_unconfirmed");
  });

  it("when the e-mailed link is used, then only the invited address's account joins with it, and that also confirms its e-mail", async () => {
    const orgId = await makeOrg(ctx, owner, buildPark({ name: { en: "Link Park" } }), staff);
    const frank = await makeUser(ctx);
    await userModel(ctx.deps.db).updateOne({ _id: frank.id }, { $set: { emailConfirmed: false } });
    forgetSession(ctx.deps.db, frank.id);
    await invite(owner, orgId, frank.email).expect(202);
    await ctx.flushMail();
    const link = ctx.mail.filter((m) => m.to === frank.email).at(-1)!.text;
    const token = /\/invitations\?token=([\w-]+)/.exec(link)![1];
    const stored = await ctx.deps.db.collection("invitations").findOne({ email: frank.email });
    expect(JSON.stringify(stored)).not.toContain(token);

    const forwardedTo = await makeUser(ctx);
    await request(ctx.app).post("/api/invitations/accept-link").set("Authorization", forwardedTo.bearer).send({ token }).expect(404);
    expect(await isMember(orgId, forwardedTo)).toBe(false);
    const joined = await request(ctx.app).post("/api/invitations/accept-link").set("Authorization", frank.bearer).send({ token }).expect(200);
    expect(joined.body).toEqual({ orgId });
    expect(await isMember(orgId, frank)).toBe(true);
    expect((await request(ctx.app).get("/api/auth/me").set("Authorization", frank.bearer).expect(200)).body.emailConfirmed).toBe(true);
    await request(ctx.app).post("/api/invitations/accept-link").set("Authorization", frank.bearer).send({ token }).expect(404);
  });
});
