import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { errorHandler } from "../../http/error-handler.js";
import { createGuard } from "./guard.js";
import { userModel } from "./model.js";
import { authModule, type AuthModuleOptions } from "./routes.js";
import { createUser } from "./service.js";

let seq = 0;
const PASSWORD = "Hsinchu-Science-1980";

describe("auth: sign-in, lockout and rate limits", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ LOGIN_MAX_FAILURES: "3", LOGIN_LOCKOUT_MINUTES: "15" });
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  const newUser = async () => {
    const email = `engineer${++seq}@hsinchu-park.example`;
    const user = await createUser(ctx.deps, { email, password: PASSWORD, name: "Chen Mei" });
    return { email, id: user._id };
  };
  /** The auth routes alone, with a movable clock and a small rate limit. */
  const smallApp = (options: AuthModuleOptions) => {
    const app = express();
    app.use(express.json());
    app.use("/api", authModule(ctx.deps, createGuard(ctx.deps.jwtSecret), options).router);
    app.use(errorHandler);
    return app;
  };

  it("when the e-mail is unknown or the password wrong, then both get the same 401", async () => {
    const { email } = await newUser();
    const unknown = await request(ctx.app).post("/api/auth/login").send({ email: "nobody@nowhere.example", password: PASSWORD }).expect(401);
    const wrong = await request(ctx.app).post("/api/auth/login").send({ email, password: "Wrong-password-1" }).expect(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error.code).toBe("invalid_credentials");
  });

  it("when the e-mail differs only in letter case, then sign-in works", async () => {
    const { email } = await newUser();
    const res = await request(ctx.app).post("/api/auth/login").send({ email: email.toUpperCase(), password: PASSWORD }).expect(200);
    expect(res.body.user.email).toBe(email);
    expect(res.body.refreshToken).toEqual(expect.any(String));
  });

  it("when sign-in fails LOGIN_MAX_FAILURES times in a row, then the account is locked with Retry-After, even for the right password", async () => {
    const { email, id } = await newUser();
    const attempt = (password: string) => request(ctx.app).post("/api/auth/login").send({ email, password });
    await attempt("Wrong-password-1").expect(401);
    await attempt("Wrong-password-2").expect(401);
    const locking = await attempt("Wrong-password-3").expect(423);
    expect(locking.body.error.code).toBe("account_locked");

    const locked = await attempt(PASSWORD).expect(423);
    expect(locked.body.error.code).toBe("account_locked");
    const retryAfter = Number(locked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const stored = await userModel(ctx.deps.db).findById(id).lean();
    expect(stored!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it("when the lockout time has passed, then the right password signs in and the counter starts again", async () => {
    const { email, id } = await newUser();
    const Users = userModel(ctx.deps.db);
    await Users.updateOne({ _id: id }, { $set: { lockedUntil: new Date(Date.now() - 1000), failedLogins: 2 } });
    await request(ctx.app).post("/api/auth/login").send({ email, password: PASSWORD }).expect(200);
    const stored = await Users.findById(id).lean();
    expect(stored).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it("when a sign-in succeeds between failures, then the failures are not consecutive and nothing locks", async () => {
    const { email } = await newUser();
    const attempt = (password: string) => request(ctx.app).post("/api/auth/login").send({ email, password });
    await attempt("Wrong-password-1").expect(401);
    await attempt("Wrong-password-2").expect(401);
    await attempt(PASSWORD).expect(200);
    await attempt("Wrong-password-3").expect(401);
    await attempt("Wrong-password-4").expect(401);
    await attempt(PASSWORD).expect(200);
  });

  it("when the clock moves past the lockout, then the account unlocks by itself", async () => {
    let now = Date.now();
    const app = smallApp({ now: () => new Date(now), rateLimit: { max: 100, windowMs: 60_000 } });
    const { email } = await newUser();
    const attempt = (password: string) => request(app).post("/api/auth/login").send({ email, password });
    for (const n of [1, 2]) await attempt(`Wrong-password-${n}`).expect(401);
    await attempt("Wrong-password-3").expect(423);
    now += 14 * 60_000;
    await attempt(PASSWORD).expect(423);
    now += 2 * 60_000;
    await attempt(PASSWORD).expect(200);
  });

  it("when one IP exceeds the rate limit of a route, then 429 too_many_requests with Retry-After until the window slides", async () => {
    let now = Date.now();
    const app = smallApp({ now: () => new Date(now), rateLimit: { max: 3, windowMs: 60_000 } });
    const body = { email: "nobody@nowhere.example", password: PASSWORD };
    for (let i = 0; i < 3; i++) await request(app).post("/api/auth/login").send(body).expect(401);
    const limited = await request(app).post("/api/auth/login").send(body).expect(429);
    expect(limited.body.error.code).toBe("too_many_requests");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // Invalid bodies count too: the limit sits before validation.
    await request(app).post("/api/auth/login").send({ email: { $gt: "" } }).expect(429);
    // Routes are counted apart.
    await request(app).post("/api/auth/password-reset/request").send({ email: body.email }).expect(202);

    now += 61_000;
    await request(app).post("/api/auth/login").send(body).expect(401);
  });

  it("when the default app sees more than 20 sign-up attempts a minute from one IP, then it answers 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await request(ctx.app).post("/api/auth/register").send({ email: "x" });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
