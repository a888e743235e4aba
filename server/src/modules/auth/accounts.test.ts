import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { signAccessToken } from "./guard.js";
import { userModel } from "./model.js";
import { createUser, findUsersByIds } from "./service.js";

let seq = 0;
const uniqueEmail = (who = "member") => `${who}${++seq}@sophia-antipolis.example`;
const PASSWORD = "Technopole2024";

describe("auth: accounts (validation, duplicates, profile, admin)", () => {
  let ctx: TestContext;
  let adminToken: string;
  let adminId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const admin = await createUser(ctx.deps, { email: uniqueEmail("admin"), password: PASSWORD, name: "CISIP Admin", role: "admin" });
    adminId = String(admin._id);
    adminToken = signAccessToken(ctx.deps.jwtSecret, 300, { userId: adminId, role: "admin" });
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  const register = (body: Record<string, unknown>) => request(ctx.app).post("/api/auth/register").send(body);
  const asMember = async () => {
    const user = await createUser(ctx.deps, { email: uniqueEmail(), password: PASSWORD, name: "Marie Curie" });
    return { user, token: signAccessToken(ctx.deps.jwtSecret, 300, { userId: String(user._id), role: "member" }) };
  };

  it("when the e-mail is not an address, then 400 names the email field", async () => {
    const res = await register({ email: "not-an-address", password: PASSWORD, name: "A" }).expect(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details.issues[0].field).toBe("email");
  });

  it("when the password is weak, then 400 names the password field", async () => {
    const res = await register({ email: uniqueEmail(), password: "short", name: "A" }).expect(400);
    expect(res.body.error.details.issues[0].field).toBe("password");
  });

  it("when a body carries a MongoDB operator instead of a value, then 400 names the field and nothing is queried", async () => {
    const login = await request(ctx.app).post("/api/auth/login").send({ email: { $gt: "" }, password: PASSWORD }).expect(400);
    expect(login.body.error.details.issues[0].field).toBe("email");
    const pw = await request(ctx.app).post("/api/auth/login").send({ email: uniqueEmail(), password: { $ne: null } }).expect(400);
    expect(pw.body.error.details.issues[0].field).toBe("password");
    const reset = await request(ctx.app).post("/api/auth/password-reset/request").send({ email: { $regex: ".*" } }).expect(400);
    expect(reset.body.error.details.issues[0].field).toBe("email");
    expect(ctx.mail).toHaveLength(0);
  });

  it("when sign-up sends an unknown key such as role, then 400 and no account is created", async () => {
    const email = uniqueEmail();
    const res = await register({ email, password: PASSWORD, name: "Mallory", role: "admin" }).expect(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(await userModel(ctx.deps.db).countDocuments({ email })).toBe(0);
  });

  it("when an e-mail is already registered (in any letter case), then sign-up answers exactly as for a new one and only the owner hears", async () => {
    const email = uniqueEmail();
    const fresh = await register({ email, password: PASSWORD, name: "First" }).expect(202);
    const tokensBefore = await ctx.deps.db.collection("refresh_tokens").countDocuments();
    const mailBefore = ctx.mail.length;
    const again = await register({ email: email.toUpperCase(), password: PASSWORD, name: "Second" }).expect(202);
    expect(again.body).toEqual(fresh.body);
    expect(again.headers["content-type"]).toBe(fresh.headers["content-type"]);
    const users = await userModel(ctx.deps.db).find({ email }).lean();
    expect(users.map((u) => u.name)).toEqual(["First"]);
    expect(await ctx.deps.db.collection("refresh_tokens").countDocuments()).toBe(tokensBefore);
    const told = ctx.mail.slice(mailBefore);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ to: email, subject: expect.stringMatching(/tried to sign up/) });
  });

  it("when someone signs up, then they can sign in but not post until they follow the e-mailed link; a resend gives a new link", async () => {
    const email = uniqueEmail();
    await register({ email, password: PASSWORD, name: "New Member" }).expect(202);
    await ctx.flushMail();
    const link = ctx.mail.filter((m) => m.to === email).at(-1)!;
    expect(link.subject).toMatch(/Confirm/);
    const signed = await request(ctx.app).post("/api/auth/login").send({ email, password: PASSWORD }).expect(200);
    expect(signed.body.user.emailConfirmed).toBe(false);
    const bearer = `Bearer ${signed.body.accessToken}`;
    const org = { kind: "park", name: { en: "Unconfirmed Park" }, country: "FR", city: "Valbonne" };
    const refused = await request(ctx.app).post("/api/orgs").set("Authorization", bearer).send(org).expect(403);
    expect(refused.body.error.code).toBe("email_unconfirmed");
    await request(ctx.app).get("/api/orgs").set("Authorization", bearer).expect(200);

    await request(ctx.app).post("/api/auth/confirm-email/resend").set("Authorization", bearer).expect(202);
    await ctx.flushMail();
    const resent = ctx.mail.filter((m) => m.to === email).at(-1)!;
    expect(resent).not.toBe(link);
    const token = /confirm-email\?token=([\w-]+)/.exec(resent.text)![1];
    await request(ctx.app).post("/api/auth/confirm-email").send({ token }).expect(204);
    expect((await request(ctx.app).post("/api/auth/confirm-email").send({ token }).expect(400)).body.error.code).toBe("invalid_confirm_token");
    const me = await request(ctx.app).get("/api/auth/me").set("Authorization", bearer).expect(200);
    expect(me.body.emailConfirmed).toBe(true);
    const res = await request(ctx.app).post("/api/orgs").set("Authorization", bearer).send(org);
    expect(res.body.error?.code).not.toBe("email_unconfirmed");
  });

  it("when a member edits their profile, then name, phone and language change and phone null removes it", async () => {
    const { user, token } = await asMember();
    const auth = `Bearer ${token}`;
    const res = await request(ctx.app).patch("/api/auth/me").set("Authorization", auth).send({ name: "Marie Skłodowska", phone: "+33 4 92 94 00 00", locale: "zh" }).expect(200);
    expect(res.body).toMatchObject({ id: String(user._id), name: "Marie Skłodowska", phone: "+33 4 92 94 00 00", locale: "zh", role: "member" });
    const cleared = await request(ctx.app).patch("/api/auth/me").set("Authorization", auth).send({ phone: null }).expect(200);
    expect(cleared.body.phone).toBeUndefined();
    expect((await userModel(ctx.deps.db).findById(user._id).lean())?.phone).toBeUndefined();
  });

  it("when a member tries to change their own role or e-mail through /auth/me, then 400", async () => {
    const { token } = await asMember();
    const res = await request(ctx.app).patch("/api/auth/me").set("Authorization", `Bearer ${token}`).send({ role: "admin" }).expect(400);
    expect(res.body.error.code).toBe("validation_failed");
    await request(ctx.app).patch("/api/auth/me").set("Authorization", `Bearer ${token}`).send({ email: uniqueEmail() }).expect(400);
  });

  it("when a member calls an admin route, then 403; without a token, 401", async () => {
    const { user, token } = await asMember();
    const body = { email: uniqueEmail("staff"), password: PASSWORD, name: "Broker", role: "staff" };
    const res = await request(ctx.app).post("/api/auth/users").set("Authorization", `Bearer ${token}`).send(body).expect(403);
    expect(res.body.error.code).toBe("forbidden");
    await request(ctx.app).post("/api/auth/users").send(body).expect(401);
    await request(ctx.app).patch(`/api/auth/users/${String(user._id)}/role`).set("Authorization", `Bearer ${token}`).send({ role: "admin" }).expect(403);
    expect(await userModel(ctx.deps.db).countDocuments({ email: body.email })).toBe(0);
    expect((await userModel(ctx.deps.db).findById(user._id).lean())?.role).toBe("member");
  });

  it("when an admin creates a staff account, then it signs in with the staff role", async () => {
    const email = uniqueEmail("staff");
    const res = await request(ctx.app)
      .post("/api/auth/users")
      .set("Authorization", `Bearer ${adminToken}`)
      .send({ email, password: PASSWORD, name: "CISIP Broker", role: "staff" })
      .expect(201);
    expect(res.body).toMatchObject({ email, role: "staff" });
    expect(res.body.passwordHash).toBeUndefined();
    const login = await request(ctx.app).post("/api/auth/login").send({ email, password: PASSWORD }).expect(200);
    expect(login.body.user.role).toBe("staff");
  });

  it("when an admin changes a role, then the next refresh carries it; their own role and unknown ids are refused", async () => {
    const email = uniqueEmail();
    await register({ email, password: PASSWORD, name: "Promoted" }).expect(202);
    const signed = await request(ctx.app).post("/api/auth/login").send({ email, password: PASSWORD }).expect(200);
    const id = signed.body.user.id as string;
    const auth = `Bearer ${adminToken}`;
    const res = await request(ctx.app).patch(`/api/auth/users/${id}/role`).set("Authorization", auth).send({ role: "staff" }).expect(200);
    expect(res.body).toMatchObject({ id, role: "staff" });
    const refreshed = await request(ctx.app).post("/api/auth/refresh").send({ refreshToken: signed.body.refreshToken }).expect(200);
    expect(refreshed.body.user.role).toBe("staff");

    await request(ctx.app).patch(`/api/auth/users/${adminId}/role`).set("Authorization", auth).send({ role: "member" }).expect(409);
    await request(ctx.app).patch("/api/auth/users/64b7f0c2a1b2c3d4e5f60718/role").set("Authorization", auth).send({ role: "staff" }).expect(404);
    const bad = await request(ctx.app).patch("/api/auth/users/nope/role").set("Authorization", auth).send({ role: "staff" }).expect(400);
    expect(bad.body.error.details.issues[0].field).toBe("id");
    const badRole = await request(ctx.app).patch(`/api/auth/users/${id}/role`).set("Authorization", auth).send({ role: "root" }).expect(400);
    expect(badRole.body.error.details.issues[0].field).toBe("role");
  });

  it("when other modules look users up by id, then they get public fields only and bad ids are skipped", async () => {
    const { user } = await asMember();
    const found = await findUsersByIds(ctx.deps, [String(user._id), "not-an-id", user._id]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ email: user.email, name: "Marie Curie", role: "member" });
    expect(found[0]).not.toHaveProperty("passwordHash");
    expect(found[0]).not.toHaveProperty("failedLogins");
  });
});
