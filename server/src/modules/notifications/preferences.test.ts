import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { notifyUsers } from "./service.js";
import { sendDigests } from "./digest.js";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe("notification preferences: in-app per kind and the digest's frequency", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.cleanup());

  const setPrefs = (user: TestUser, body: unknown) => request(ctx.app).patch("/api/notifications/preferences").set("Authorization", user.bearer).send(body as object);
  const titles = async (user: TestUser) =>
    ((await request(ctx.app).get("/api/notifications").set("Authorization", user.bearer).expect(200)).body as { items: { title: { en: string } }[] }).items.map((n) => n.title.en);
  const note = (user: TestUser, type: "message" | "follow_up" | "vetting_decision" | "saved_search_hit", en: string) =>
    notifyUsers(ctx.deps, [user.id], { type, title: { en, zh: en } });
  const digestsTo = async (user: TestUser) => {
    await ctx.flushMail();
    return ctx.mail.filter((m) => m.to === user.email && /new update/.test(m.subject));
  };

  it("when nothing was chosen, then every kind shows in the app and the digest comes hourly", async () => {
    const user = await makeUser(ctx);
    const res = await request(ctx.app).get("/api/notifications/preferences").set("Authorization", user.bearer).expect(200);
    expect(res.body).toEqual({ inApp: { introductions: true, chat: true, followUps: true, events: true, savedSearches: true, requests: true }, digest: "hourly" });
    await request(ctx.app).get("/api/notifications/preferences").expect(401);
  });

  it("when a member switches chat off in the app, then chat notifications are not created for them, others still are, and a membership decision always is", async () => {
    const quiet = await makeUser(ctx, "member", "Quiet Member");
    const other = await makeUser(ctx, "member", "Other Member");
    const res = await setPrefs(quiet, { inApp: { chat: false } }).expect(200);
    expect(res.body.inApp).toMatchObject({ chat: false, introductions: true });
    expect(await notifyUsers(ctx.deps, [quiet.id, other.id], { type: "message", title: { en: "New message", zh: "新消息" } })).toBe(1);
    await note(quiet, "follow_up", "How did it go?");
    await note(quiet, "vetting_decision", "Your park is approved");
    expect(await titles(quiet)).toEqual(["Your park is approved", "How did it go?"]);
    expect(await titles(other)).toEqual(["New message"]);
    // Switched on again, the next one arrives.
    await setPrefs(quiet, { inApp: { chat: true } }).expect(200);
    await note(quiet, "message", "Another message");
    expect(await titles(quiet)).toContain("Another message");
  });

  it("when the digest is weekly, then one goes out at once, the next only a week later; daily waits a day", async () => {
    const weekly = await makeUser(ctx, "member", "Weekly Reader");
    const daily = await makeUser(ctx, "member", "Daily Reader");
    expect((await setPrefs(weekly, { digest: "weekly" }).expect(200)).body.digest).toBe("weekly");
    await setPrefs(daily, { digest: "daily" }).expect(200);
    const start = Date.now() + 2 * HOUR;
    await note(weekly, "follow_up", "First for weekly");
    await note(daily, "follow_up", "First for daily");
    await sendDigests(ctx.deps, { now: new Date(start) });
    expect(await digestsTo(weekly)).toHaveLength(1);
    expect(await digestsTo(daily)).toHaveLength(1);

    await note(weekly, "follow_up", "Second for weekly");
    await note(daily, "follow_up", "Second for daily");
    await sendDigests(ctx.deps, { now: new Date(start + 3 * HOUR) });
    expect(await digestsTo(weekly)).toHaveLength(1);
    expect(await digestsTo(daily)).toHaveLength(1);

    await sendDigests(ctx.deps, { now: new Date(start + DAY) });
    expect(await digestsTo(daily)).toHaveLength(2);
    expect((await digestsTo(daily))[1].text).toContain("Second for daily");
    expect(await digestsTo(weekly)).toHaveLength(1);

    await sendDigests(ctx.deps, { now: new Date(start + 7 * DAY) });
    const toWeekly = await digestsTo(weekly);
    expect(toWeekly).toHaveLength(2);
    expect(toWeekly[1].text).toContain("Second for weekly");
  });

  it("when the digest is off, then none is sent, and the e-mail preference reads off too; choosing a frequency turns it on again", async () => {
    const user = await makeUser(ctx, "member", "No Digest");
    await setPrefs(user, { digest: "off" }).expect(200);
    const mailPrefs = await request(ctx.app).get("/api/mail/preferences").set("Authorization", user.bearer).expect(200);
    expect(mailPrefs.body.digest).toBe(false);
    await note(user, "follow_up", "Not e-mailed");
    await sendDigests(ctx.deps, { now: new Date(Date.now() + 2 * HOUR) });
    expect(await digestsTo(user)).toHaveLength(0);
    expect((await setPrefs(user, { digest: "daily" }).expect(200)).body.digest).toBe("daily");
    expect((await request(ctx.app).get("/api/mail/preferences").set("Authorization", user.bearer).expect(200)).body.digest).toBe(true);
  });

  it("when the preferences are wrong, then a 400 names each field with its code and nothing changes", async () => {
    const user = await makeUser(ctx);
    const issuesOf = async (body: unknown) => {
      const res = await setPrefs(user, body).expect(400);
      expect(res.body.error.code).toBe("validation_failed");
      return (res.body.error.details.issues as { field: string; code: string }[]).map((i) => `${i.field}:${i.code}`);
    };
    expect(await issuesOf({ digest: "monthly" })).toEqual(["digest:invalid_option"]);
    expect(await issuesOf({ inApp: { chat: "no" } })).toEqual(["inApp.chat:invalid_type"]);
    expect(await issuesOf({ inApp: { weather: false } })).toEqual(["inApp.weather:unknown_field"]);
    const res = await request(ctx.app).get("/api/notifications/preferences").set("Authorization", user.bearer).expect(200);
    expect(res.body.digest).toBe("hourly");
    expect(Object.values(res.body.inApp)).not.toContain(false);
  });
});
