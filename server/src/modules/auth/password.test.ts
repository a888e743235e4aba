import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { passwordResetModel, refreshTokenModel } from "./model.js";

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");
let seq = 0;
const PASSWORD = "Daejeon-Innopolis-73";
const NEW_PASSWORD = "Skolkovo-Tech-2010";

describe("auth: password reset by e-mailed token", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ PUBLIC_URL: "https://parklink.example/" });
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  const signUp = async () => {
    const email = `researcher${++seq}@innopolis.example`;
    await request(ctx.app).post("/api/auth/register").send({ email, password: PASSWORD, name: "Kim Ji-woo" }).expect(202);
    await ctx.flushMail(); // the confirmation, so that only the reset e-mail comes after
    const res = await request(ctx.app).post("/api/auth/login").send({ email, password: PASSWORD }).expect(200);
    return { email, id: res.body.user.id as string, refreshToken: res.body.refreshToken as string };
  };
  /** Asks for a reset and returns the token from the e-mail sent. */
  const requestReset = async (email: string) => {
    const before = ctx.mail.length;
    await request(ctx.app).post("/api/auth/password-reset/request").send({ email }).expect(202);
    await ctx.flushMail();
    expect(ctx.mail).toHaveLength(before + 1);
    const message = ctx.mail[ctx.mail.length - 1];
    expect(message.to).toBe(email);
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
    expect(token).toBeDefined();
    return { token: token!, text: message.text };
  };
  const confirm = (token: string, newPassword = NEW_PASSWORD) =>
    request(ctx.app).post("/api/auth/password-reset/confirm").send({ token, newPassword });
  const login = (email: string, password: string) => request(ctx.app).post("/api/auth/login").send({ email, password });

  it("when the e-mail has no account, then 202 all the same and no e-mail goes out", async () => {
    const known = await signUp();
    const before = ctx.mail.length;
    const res = await request(ctx.app).post("/api/auth/password-reset/request").send({ email: "ghost@nowhere.example" }).expect(202);
    const res2 = await request(ctx.app).post("/api/auth/password-reset/request").send({ email: known.email }).expect(202);
    await ctx.flushMail();
    expect(res.body).toEqual(res2.body);
    expect(ctx.mail).toHaveLength(before + 1);
    expect(ctx.mail[ctx.mail.length - 1].to).toBe(known.email);
  });

  it("when a reset is asked, then the e-mail links to PUBLIC_URL and only the token's hash is stored", async () => {
    const { email, id } = await signUp();
    const { token, text } = await requestReset(email);
    expect(text).toContain(`https://parklink.example/reset-password?token=${token}`);
    const rows = await ctx.deps.db.collection("password_resets").find({}).toArray();
    expect(JSON.stringify(rows)).not.toContain(token);
    const row = await passwordResetModel(ctx.deps.db).findOne({ tokenHash: sha256(token) }).lean();
    expect(String(row?.userId)).toBe(id);
    const hourFromNow = Date.now() + 3_600_000;
    expect(Math.abs(row!.expiresAt.getTime() - hourFromNow)).toBeLessThan(60_000);
  });

  it("when the token is confirmed, then the new password works, the old does not, and every session ends", async () => {
    const { email, refreshToken } = await signUp();
    const { token } = await requestReset(email);
    await confirm(token).expect(204);
    await login(email, PASSWORD).expect(401);
    await login(email, NEW_PASSWORD).expect(200);
    expect((await request(ctx.app).post("/api/auth/refresh").send({ refreshToken }).expect(401)).body.error.code).toBe("invalid_refresh_token");
  });

  it("when a reset token is used twice, then the second time is 400 invalid_reset_token", async () => {
    const { email } = await signUp();
    const { token } = await requestReset(email);
    await confirm(token).expect(204);
    const again = await confirm(token, "Another-Password-99").expect(400);
    expect(again.body.error.code).toBe("invalid_reset_token");
    await login(email, NEW_PASSWORD).expect(200);
  });

  it("when one of several reset links is used, then the others die with it", async () => {
    const { email } = await signUp();
    const first = await requestReset(email);
    const second = await requestReset(email);
    await confirm(second.token).expect(204);
    expect((await confirm(first.token, "Another-Password-99").expect(400)).body.error.code).toBe("invalid_reset_token");
  });

  it("when a reset token is older than an hour, then it is refused and the password stays", async () => {
    const { email, id } = await signUp();
    const { token } = await requestReset(email);
    await passwordResetModel(ctx.deps.db).updateOne({ tokenHash: sha256(token) }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await confirm(token).expect(400)).body.error.code).toBe("invalid_reset_token");
    const live = await refreshTokenModel(ctx.deps.db).countDocuments({ userId: id, revokedAt: null });
    expect(live).toBe(1);
    await login(email, PASSWORD).expect(200);
  });

  it("when the token is made up or the new password is weak, then 400 naming the field", async () => {
    expect((await confirm(crypto.randomBytes(32).toString("base64url")).expect(400)).body.error.code).toBe("invalid_reset_token");
    const malformed = await confirm("not a token!").expect(400);
    expect(malformed.body.error.details.issues[0].field).toBe("token");
    const { email } = await signUp();
    const { token } = await requestReset(email);
    const weak = await confirm(token, "short").expect(400);
    expect(weak.body.error.details.issues[0].field).toBe("newPassword");
    await confirm(token).expect(204);
  });
});
