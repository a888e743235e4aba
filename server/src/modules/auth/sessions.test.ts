import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { refreshTokenModel, userModel } from "./model.js";

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");
let seq = 0;

describe("auth: sessions (register, me, refresh rotation, reuse, logout, change password)", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  const signUp = async (password = "Zhongguancun2024") => {
    const email = `member${++seq}@tsinghua-park.example`;
    await request(ctx.app)
      .post("/api/auth/register")
      .send({ email, password, name: "Li Wei", phone: "+86 10 6275 1234", locale: "zh" })
      .expect(202);
    const res = await request(ctx.app).post("/api/auth/login").send({ email, password }).expect(200);
    return { email, password, ...(res.body as { user: { id: string }; accessToken: string; refreshToken: string }) };
  };
  const refresh = (refreshToken: string) => request(ctx.app).post("/api/auth/refresh").send({ refreshToken });
  const me = (accessToken: string) => request(ctx.app).get("/api/auth/me").set("Authorization", `Bearer ${accessToken}`);

  it("when someone registers and signs in, then they are an unconfirmed member with a session and /auth/me shows them without secrets", async () => {
    const s = await signUp();
    expect(s.user).toMatchObject({ email: s.email, name: "Li Wei", phone: "+86 10 6275 1234", role: "member", locale: "zh", emailConfirmed: false });
    expect(s).toMatchObject({ expiresIn: ctx.deps.config.JWT_ACCESS_TTL_SECONDS });
    const res = await me(s.accessToken).expect(200);
    expect(res.body).toEqual(s.user);
    expect(Object.keys(res.body).sort()).toEqual(["createdAt", "email", "emailConfirmed", "id", "locale", "name", "phone", "role"]);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|sessionVersion/);

    const stored = await userModel(ctx.deps.db).findById(s.user.id).lean();
    expect(stored?.passwordHash).toMatch(/^\$2[aby]\$04\$/); // bcrypt at the test cost, never the password
    expect(JSON.stringify(stored)).not.toContain(s.password);
  });

  it("when a refresh token is stored, then only its sha256 is in the database", async () => {
    const s = await signUp();
    const rows = await ctx.deps.db.collection("refresh_tokens").find({}).toArray();
    expect(JSON.stringify(rows)).not.toContain(s.refreshToken);
    const row = await refreshTokenModel(ctx.deps.db).findOne({ tokenHash: sha256(s.refreshToken) }).lean();
    expect(row).toMatchObject({ usedAt: null, revokedAt: null });
    expect(String(row?.userId)).toBe(s.user.id);
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + (ctx.deps.config.REFRESH_TTL_DAYS - 1) * 86_400_000);
  });

  it("when a refresh token is used, then a new pair comes back and the old token is marked as replaced", async () => {
    const s = await signUp();
    const res = await refresh(s.refreshToken).expect(200);
    expect(res.body.user.id).toBe(s.user.id);
    expect(res.body.refreshToken).not.toBe(s.refreshToken);
    await me(res.body.accessToken).expect(200);

    const Tokens = refreshTokenModel(ctx.deps.db);
    const old = await Tokens.findOne({ tokenHash: sha256(s.refreshToken) }).lean();
    const next = await Tokens.findOne({ tokenHash: sha256(res.body.refreshToken) }).lean();
    expect(old?.usedAt).toBeInstanceOf(Date);
    expect(String(old?.replacedBy)).toBe(String(next?._id));
    expect(next?.familyId).toBe(old?.familyId);

    const again = await refresh(res.body.refreshToken).expect(200);
    expect(again.body.refreshToken).not.toBe(res.body.refreshToken);
  });

  it("when a rotated refresh token is presented again, then 401 refresh_token_reused and the whole family is revoked", async () => {
    const s = await signUp();
    const second = (await refresh(s.refreshToken).expect(200)).body.refreshToken as string;
    const third = (await refresh(second).expect(200)).body.refreshToken as string;

    const reuse = await refresh(s.refreshToken).expect(401);
    expect(reuse.body.error.code).toBe("refresh_token_reused");

    const newest = await refresh(third).expect(401);
    expect(newest.body.error.code).toBe("invalid_refresh_token");
    const family = await refreshTokenModel(ctx.deps.db).find({ userId: s.user.id }).lean();
    expect(family).toHaveLength(3);
    expect(family.every((t) => t.revokedAt instanceof Date)).toBe(true);
  });

  it("when a session is reused, then the user's other sessions keep working", async () => {
    const s = await signUp();
    const other = await request(ctx.app).post("/api/auth/login").send({ email: s.email, password: s.password }).expect(200);
    await refresh(s.refreshToken).expect(200);
    await refresh(s.refreshToken).expect(401);
    await refresh(other.body.refreshToken).expect(200);
  });

  it("when a refresh token has expired or is unknown, then 401 invalid_refresh_token", async () => {
    const s = await signUp();
    await refreshTokenModel(ctx.deps.db).updateOne({ tokenHash: sha256(s.refreshToken) }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refresh(s.refreshToken).expect(401)).body.error.code).toBe("invalid_refresh_token");
    expect((await refresh(crypto.randomBytes(32).toString("base64url")).expect(401)).body.error.code).toBe("invalid_refresh_token");
  });

  it("when a member logs out, then 204 and that session's refresh token no longer works", async () => {
    const s = await signUp();
    const rotated = (await refresh(s.refreshToken).expect(200)).body.refreshToken as string;
    await request(ctx.app).post("/api/auth/logout").send({ refreshToken: rotated }).expect(204);
    expect((await refresh(rotated).expect(401)).body.error.code).toBe("invalid_refresh_token");
    const live = await refreshTokenModel(ctx.deps.db).countDocuments({ userId: s.user.id, revokedAt: null });
    expect(live).toBe(0);
    // Logging out twice, or with an unknown token, is not an error.
    await request(ctx.app).post("/api/auth/logout").send({ refreshToken: rotated }).expect(204);
  });

  it("when the current password is wrong, then change-password answers 400 naming currentPassword and changes nothing", async () => {
    const s = await signUp();
    const res = await request(ctx.app)
      .post("/api/auth/change-password")
      .set("Authorization", `Bearer ${s.accessToken}`)
      .send({ currentPassword: "not-my-password-1", newPassword: "Biopolis2025x" })
      .expect(400);
    expect(res.body.error.details.issues[0].field).toBe("currentPassword");
    await refresh(s.refreshToken).expect(200);
  });

  it("when a member changes their password, then every session ends, a new one starts and only the new password signs in", async () => {
    const s = await signUp();
    const other = await request(ctx.app).post("/api/auth/login").send({ email: s.email, password: s.password }).expect(200);
    const res = await request(ctx.app)
      .post("/api/auth/change-password")
      .set("Authorization", `Bearer ${s.accessToken}`)
      .send({ currentPassword: s.password, newPassword: "Biopolis2025x" })
      .expect(200);
    expect(res.body.user.id).toBe(s.user.id);
    await refresh(s.refreshToken).expect(401);
    await refresh(other.body.refreshToken).expect(401);
    await refresh(res.body.refreshToken).expect(200);
    await request(ctx.app).post("/api/auth/login").send({ email: s.email, password: s.password }).expect(401);
    await request(ctx.app).post("/api/auth/login").send({ email: s.email, password: "Biopolis2025x" }).expect(200);
  });

  it("when no or a bad access token is sent, then member routes answer 401", async () => {
    await request(ctx.app).get("/api/auth/me").expect(401);
    await request(ctx.app).get("/api/auth/me").set("Authorization", "Bearer not.a.jwt").expect(401);
    await request(ctx.app).patch("/api/auth/me").send({ name: "X" }).expect(401);
    const res = await request(ctx.app).post("/api/auth/change-password").send({ currentPassword: "a", newPassword: "Biopolis2025x" });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
  });
  it("when a member signs out everywhere else, then the other device's tokens are refused and this one carries on with a new pair", async () => {
    const here = await signUp();
    const elsewhere = await request(ctx.app).post("/api/auth/login").send({ email: here.email, password: here.password }).expect(200);
    const res = await request(ctx.app).post("/api/auth/sessions/end-others").set("Authorization", `Bearer ${here.accessToken}`).expect(200);
    await me(elsewhere.body.accessToken).expect(401);
    await refresh(elsewhere.body.refreshToken).expect(401);
    await me(here.accessToken).expect(401);
    await me(res.body.accessToken).expect(200);
    await refresh(res.body.refreshToken).expect(200);
    await request(ctx.app).post("/api/auth/sessions/end-others").expect(401);
  });
});
