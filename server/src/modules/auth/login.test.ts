import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { errorHandler } from "../../http/error-handler.js";
import { FREE_FAILURES, IP_DAILY_FAILURES, loginThrottle } from "../sessions/login-throttle.js";
import { createGuard } from "./guard.js";
import { authModule, type AuthModuleOptions } from "./routes.js";
import { createUser } from "./service.js";

let seq = 0;
const PASSWORD = "Hsinchu-Science-1980";

describe("auth: sign-in, login throttling and rate limits", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.cleanup();
  });

  const newUser = async (role: "member" | "admin" = "member") => {
    const email = `engineer${++seq}@hsinchu-park.example`;
    const user = await createUser(ctx.deps, { email, password: PASSWORD, name: "Chen Mei", role });
    return { email, id: user._id };
  };
  /** The auth routes alone, behind a proxy that names the client IP (X-Forwarded-For). */
  const smallApp = (options: AuthModuleOptions = {}) => {
    const app = express();
    app.set("trust proxy", true);
    app.use(express.json());
    app.use("/api", authModule(ctx.deps, createGuard(ctx.deps.jwtSecret), { rateLimit: { max: 1000, windowMs: 60_000 }, ...options }).router);
    app.use(errorHandler);
    return app;
  };
  const from = (app: express.Express, ip: string, email: string, password: string) =>
    request(app).post("/api/auth/login").set("X-Forwarded-For", ip).send({ email, password });

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

  it("when a stranger fails many times on the admin's e-mail, then the stranger is slowed down but the admin still signs in from elsewhere", async () => {
    const app = smallApp();
    const { email } = await newUser("admin");
    for (let i = 0; i < FREE_FAILURES; i++) await from(app, "203.0.113.7", email, `Wrong-password-${i}`).expect(401);
    const slowed = await from(app, "203.0.113.7", email, "Wrong-password-x").expect(401);
    expect(slowed.body.error.code).toBe("invalid_credentials");
    // The next try from the stranger's address must wait, even with the right password.
    const waiting = await from(app, "203.0.113.7", email, PASSWORD).expect(429);
    expect(waiting.body.error.code).toBe("too_many_requests");
    expect(Number(waiting.headers["retry-after"])).toBeGreaterThan(0);
    // Never a lockout of the account: its owner, elsewhere, signs in.
    const owner = await from(app, "198.51.100.20", email, PASSWORD).expect(200);
    expect(owner.body.user.role).toBe("admin");
  });

  it("when an unknown e-mail is tried as often, then the answers are the same as for a real account (no 423, no tell)", async () => {
    const app = smallApp();
    const { email } = await newUser();
    const run = async (target: string, ip: string) => {
      const seen: { status: number; body: unknown }[] = [];
      for (let i = 0; i <= FREE_FAILURES + 1; i++) {
        const res = await from(app, ip, target, `Wrong-password-${i}`);
        seen.push({ status: res.status, body: { ...res.body, error: { ...res.body.error, message: undefined, details: undefined } } });
      }
      return seen;
    };
    const real = await run(email, "203.0.113.8");
    const unknown = await run(`ghost${seq}@hsinchu-park.example`, "203.0.113.9");
    expect(unknown).toEqual(real);
    expect(real.map((r) => r.status)).not.toContain(423);
    expect(real.at(-1)!.status).toBe(429);
  });

  it("when failures go on, then the delay grows; a success clears the e-mail+IP count", async () => {
    const throttle = loginThrottle(undefined);
    const email = "target@hsinchu-park.example";
    const waits: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 4; i++) {
      await throttle.failed(email, "203.0.113.10");
      waits.push(await throttle.wait(email, "203.0.113.10"));
    }
    expect(waits.slice(0, FREE_FAILURES)).toEqual(Array(FREE_FAILURES).fill(0));
    expect(waits.slice(FREE_FAILURES)).toEqual([1, 2, 4, 8]);
    expect(await throttle.wait(email, "198.51.100.1")).toBe(0);
    await throttle.succeeded(email, "203.0.113.10");
    expect(await throttle.wait(email, "203.0.113.10")).toBe(0);
  });

  it("when one IP fails on many different e-mails, then that IP is slowed down for every e-mail, other IPs are not", async () => {
    const throttle = loginThrottle(undefined);
    for (let i = 0; i < IP_DAILY_FAILURES; i++) await throttle.failed(`spray${i}@example.org`, "203.0.113.11");
    expect(await throttle.wait("fresh@example.org", "203.0.113.11")).toBeGreaterThan(0);
    expect(await throttle.wait("fresh@example.org", "203.0.113.12")).toBe(0);
  });

  it("when one IP exceeds the rate limit of a route, then 429 too_many_requests with Retry-After until the window passes", async () => {
    const app = smallApp({ rateLimit: { max: 3, windowMs: 1000 } });
    const body = { email: "nobody@nowhere.example", password: PASSWORD };
    const login = () => request(app).post("/api/auth/login").set("X-Forwarded-For", "203.0.113.13").send(body);
    for (let i = 0; i < 3; i++) await login().expect(401);
    const limited = await login().expect(429);
    expect(limited.body.error.code).toBe("too_many_requests");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // Invalid bodies count too: the limit sits before validation.
    await request(app).post("/api/auth/login").set("X-Forwarded-For", "203.0.113.13").send({ email: { $gt: "" } }).expect(429);
    // Routes are counted apart.
    await request(app).post("/api/auth/password-reset/request").set("X-Forwarded-For", "203.0.113.13").send({ email: body.email }).expect(202);
    await new Promise((r) => setTimeout(r, 1100));
    await login().expect(401);
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
