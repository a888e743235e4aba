import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildPark } from "../../../../test/factories.js";
import { notificationModel } from "../notifications/model.js";
import { introductionModel } from "../introductions/model.js";
import { sendMeetingReminders } from "./reminders.js";
import { publishedEvent, registerOrg } from "./testing.js";

describe("events on the day and after: reminders, check-in, outcomes, follow-up, staff figures and CSV", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let aliceOrg: string;
  let bobOrg: string;
  let eventId: string;
  let meetingId: string;
  let slotStart: Date;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, alice, bob] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
    aliceOrg = await makeOrg(ctx, alice, buildPark({ name: { en: "=HYPERLINK(\"x\") Park" }, country: "CN", city: "Chengdu" }), staff);
    bobOrg = await makeOrg(ctx, bob, buildEnterprise({ name: { en: "Riviera Biotech" }, country: "FR", city: "Nice" }), staff);
    eventId = await publishedEvent(ctx, staff);
    await registerOrg(ctx, alice, eventId, aliceOrg, { looksFor: "-2+3 partners" });
    await registerOrg(ctx, bob, eventId, bobOrg);
    const asked = await request(ctx.app).post(`/api/events/${eventId}/meetings`).set("Authorization", alice.bearer).send({ fromOrgId: aliceOrg, toOrgId: bobOrg, slot: 0, message: "Joint product?" }).expect(201);
    meetingId = asked.body.id;
    slotStart = new Date(asked.body.start);
  });
  afterAll(() => ctx.cleanup());

  const post = (user: TestUser, path: string, body: Record<string, unknown> = {}) => request(ctx.app).post(`/api/events/${eventId}${path}`).set("Authorization", user.bearer).send(body);

  it("when a meeting is near, then both sides get one reminder in the app and by e-mail, only for accepted meetings", async () => {
    const before = new Date(slotStart.getTime() - 20 * 60_000);
    expect(await sendMeetingReminders(ctx.deps, before)).toBe(0);
    await post(bob, `/meetings/${meetingId}/respond`, { decision: "accept" }).expect(200);
    expect(await sendMeetingReminders(ctx.deps, new Date(slotStart.getTime() - 3 * 3600_000))).toBe(0);
    expect(await sendMeetingReminders(ctx.deps, before)).toBe(1);
    expect(await sendMeetingReminders(ctx.deps, before)).toBe(0);
    await ctx.flushMail();
    for (const user of [alice, bob]) {
      expect(await notificationModel(ctx.deps.db).countDocuments({ userId: user.id, type: "event_reminder" })).toBe(1);
      expect(ctx.mail.filter((m) => m.to === user.email && m.subject.startsWith("Reminder:") && m.text.includes("meeting with"))).toHaveLength(1);
    }
    const note = await notificationModel(ctx.deps.db).findOne({ userId: bob.id, type: "event_reminder" }).lean();
    expect(note?.title.en).toMatch(/^At 10:00 \(Asia\/Shanghai\): meeting with/);
  });

  it("when the event runs, then staff check participants in; either side marks the meeting held and rates it", async () => {
    await post(alice, `/meetings/${meetingId}/outcome`, { outcome: "held", rating: 5 }).expect(409);
    await request(ctx.app).post(`/api/admin/events/${eventId}/status`).set("Authorization", staff.bearer).send({ status: "running" }).expect(200);
    const regs = await request(ctx.app).get(`/api/admin/events/${eventId}/registrations`).set("Authorization", staff.bearer).expect(200);
    const aliceReg = regs.body.items.find((r: { orgId: string }) => r.orgId === aliceOrg);
    const checked = await request(ctx.app).post(`/api/admin/events/${eventId}/registrations/${aliceReg.id}/check-in`).set("Authorization", staff.bearer).expect(200);
    expect(checked.body.checkedInAt).toBeTruthy();
    const bad = await post(alice, `/meetings/${meetingId}/outcome`, { outcome: "held", rating: 9 }).expect(400);
    expect(bad.body.error.details.issues[0].field).toBe("rating");
    const held = await post(alice, `/meetings/${meetingId}/outcome`, { outcome: "held", rating: 5 }).expect(200);
    expect(held.body).toMatchObject({ status: "held", ratings: [{ orgId: aliceOrg, rating: 5 }] });
    const rated = await post(bob, `/meetings/${meetingId}/outcome`, { outcome: "held", rating: 4 }).expect(200);
    expect(rated.body.ratings).toHaveLength(2);
  });

  it("when a side follows up, then an introduction starts; once introduced, a second follow-up advances it to meeting held", async () => {
    const first = await post(alice, `/meetings/${meetingId}/follow-up`).expect(200);
    expect(first.body.introductionId).toBeTruthy();
    const intro = await introductionModel(ctx.deps.db).findById(first.body.introductionId).lean();
    expect(intro).toMatchObject({ status: "proposed", origin: "member" });
    await request(ctx.app).post(`/api/introductions/${first.body.introductionId}/respond`).set("Authorization", bob.bearer).send({ decision: "accept" }).expect(200);
    const second = await post(bob, `/meetings/${meetingId}/follow-up`).expect(200);
    expect(second.body.introductionId).toBe(first.body.introductionId);
    const advanced = await introductionModel(ctx.deps.db).findById(first.body.introductionId).lean();
    expect(advanced?.status).toBe("meeting_held");
  });

  it("when staff read the figures, then registrations and meetings are counted per country and kind with the no-show rate", async () => {
    const stats = await request(ctx.app).get(`/api/admin/events/${eventId}/stats`).set("Authorization", staff.bearer).expect(200);
    expect(stats.body.registrations).toMatchObject({ total: 2, approved: 2, checkedIn: 1 });
    expect(stats.body.meetings).toMatchObject({ requested: 1, accepted: 1, held: 1, noShow: 0 });
    expect(stats.body.noShowRate).toBe(0);
    expect(stats.body.byCountry).toEqual(expect.arrayContaining([{ key: "FR", registrations: 1, requested: 1, accepted: 1, held: 1 }]));
    expect(stats.body.byKind.map((r: { key: string }) => r.key).sort()).toEqual(["enterprise", "park"]);
    await request(ctx.app).get(`/api/admin/events/${eventId}/stats`).set("Authorization", alice.bearer).expect(403);
  });

  it("when staff export, then the CSVs start with a BOM and formula-like cells are neutralised", async () => {
    const people = await request(ctx.app).get(`/api/admin/events/${eventId}/export/participants.csv`).set("Authorization", staff.bearer).buffer(true).parse((res, cb) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString("utf8")));
      res.on("end", () => cb(null, text));
    }).expect(200);
    const text = people.body as string;
    expect(text.startsWith("\uFEFForganization,")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"") Park"`);
    expect(text).toContain("'-2+3 partners");
    const schedule = await request(ctx.app).get(`/api/admin/events/${eventId}/export/schedule.csv`).set("Authorization", staff.bearer).expect(200);
    expect(schedule.text).toContain("start (Asia/Shanghai)");
    expect(schedule.text).toMatch(/0,\d{4}-\d{2}-\d{2} 10:00,\d{4}-\d{2}-\d{2} 10:20,1,/);
    await request(ctx.app).get(`/api/admin/events/${eventId}/export/other.csv`).set("Authorization", staff.bearer).expect(400);
  });
});
