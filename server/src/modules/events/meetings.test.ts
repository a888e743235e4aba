import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildInvestor, buildPark } from "../../../../test/factories.js";
import { meetingModel, slotBookingModel } from "./model.js";
import { publishedEvent, registerOrg } from "./testing.js";

describe("event meetings: requests in free slots, answers, no double booking, agenda and calendar", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let aliceOrg: string;
  let bobOrg: string;
  let carolOrg: string;
  let eventId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, alice, bob, carol] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx), makeUser(ctx)]);
    aliceOrg = await makeOrg(ctx, alice, buildPark({ name: { en: "Chengdu Hi-tech Zone" }, country: "CN", city: "Chengdu", industries: ["biomedicine"], cooperationInterests: ["sister-park", "technology-transfer"], interestRegions: ["western-europe"] }), staff);
    bobOrg = await makeOrg(ctx, bob, buildEnterprise({ name: { en: "Riviera Biotech" }, country: "FR", city: "Nice", industries: ["biomedicine"], cooperationInterests: ["technology-transfer"], interestRegions: ["east-asia"] }), staff);
    carolOrg = await makeOrg(ctx, carol, buildInvestor({ name: { en: "Silk Road Growth Fund" } }), staff);
    eventId = await publishedEvent(ctx, staff, { tables: 3 });
    await registerOrg(ctx, alice, eventId, aliceOrg);
    await registerOrg(ctx, bob, eventId, bobOrg, { availability: [0, 1, 2, 3, 4, 5] });
    await registerOrg(ctx, carol, eventId, carolOrg);
  });
  afterAll(() => ctx.cleanup());

  const ask = (user: TestUser, body: Record<string, unknown>) => request(ctx.app).post(`/api/events/${eventId}/meetings`).set("Authorization", user.bearer).send(body);
  const answer = (user: TestUser, id: string, body: Record<string, unknown>) => request(ctx.app).post(`/api/events/${eventId}/meetings/${id}/respond`).set("Authorization", user.bearer).send(body);

  it("when browsing participants, then others come with a match score, reasons and common free slots, filtered by kind and country", async () => {
    const res = await request(ctx.app).get(`/api/events/${eventId}/participants?orgId=${aliceOrg}`).set("Authorization", alice.bearer).expect(200);
    expect(res.body.items.map((p: { orgId: string }) => p.orgId).sort()).toEqual([bobOrg, carolOrg].sort());
    const bobRow = res.body.items.find((p: { orgId: string }) => p.orgId === bobOrg);
    expect(bobRow.score).toBeGreaterThan(0);
    expect(bobRow.reasons.length).toBeGreaterThan(0);
    expect(bobRow.freeSlots).toEqual([0, 1, 2, 3, 4, 5]);
    const filtered = await request(ctx.app).get(`/api/events/${eventId}/participants?orgId=${aliceOrg}&kind=investor`).set("Authorization", alice.bearer).expect(200);
    expect(filtered.body.items.map((p: { orgId: string }) => p.orgId)).toEqual([carolOrg]);
    const byCountry = await request(ctx.app).get(`/api/events/${eventId}/participants?orgId=${aliceOrg}&country=FR`).set("Authorization", alice.bearer).expect(200);
    expect(byCountry.body.items.map((p: { orgId: string }) => p.orgId)).toEqual([bobOrg]);
    await request(ctx.app).get(`/api/events/${eventId}/participants?orgId=${bobOrg}`).set("Authorization", alice.bearer).expect(403);
  });

  it("when a request is bad, then 4xx names the field: oneself, slot outside the event, slot the other side is away", async () => {
    const self = await ask(alice, { fromOrgId: aliceOrg, toOrgId: aliceOrg, slot: 0, message: "Hi" }).expect(400);
    expect(self.body.error.details.issues[0].field).toBe("toOrgId");
    const outside = await ask(alice, { fromOrgId: aliceOrg, toOrgId: bobOrg, slot: 12, message: "Hi" }).expect(400);
    expect(outside.body.error.details.issues[0]).toMatchObject({ field: "slot" });
    const away = await ask(alice, { fromOrgId: aliceOrg, toOrgId: bobOrg, slot: 9, message: "Hi" }).expect(409);
    expect(away.body.error).toMatchObject({ code: "slot_unavailable", details: { field: "slot" } });
    await ask(alice, { fromOrgId: bobOrg, toOrgId: carolOrg, slot: 0, message: "Hi" }).expect(403);
  });

  it("when a meeting is requested, then the other side may propose another slot, and the requester accepts it", async () => {
    const asked = await ask(alice, { fromOrgId: aliceOrg, toOrgId: bobOrg, slot: 1, message: "Sister-park talk?" }).expect(201);
    expect(asked.body).toMatchObject({ status: "requested", slot: 1, table: 1 });
    await answer(alice, asked.body.id, { decision: "accept" }).expect(409);
    const countered = await answer(bob, asked.body.id, { decision: "propose", slot: 2 }).expect(200);
    expect(countered.body).toMatchObject({ status: "countered", slot: 2 });
    expect(await slotBookingModel(ctx.deps.db).countDocuments({ meetingId: asked.body.id, slot: 1 })).toBe(0);
    const accepted = await answer(alice, asked.body.id, { decision: "accept" }).expect(200);
    expect(accepted.body.status).toBe("accepted");
    const again = await ask(bob, { fromOrgId: bobOrg, toOrgId: aliceOrg, slot: 3, message: "Again" }).expect(409);
    expect(again.body.error.code).toBe("already_requested");
  });

  it("when declining, then a reason is required and the slot is freed", async () => {
    const asked = await ask(carol, { fromOrgId: carolOrg, toOrgId: bobOrg, slot: 4, message: "Investment?" }).expect(201);
    const noReason = await answer(bob, asked.body.id, { decision: "decline" }).expect(400);
    expect(noReason.body.error.details.issues[0].field).toBe("reason");
    const declined = await answer(bob, asked.body.id, { decision: "decline", reason: "no_time", note: "Fully booked" }).expect(200);
    expect(declined.body).toMatchObject({ status: "declined", declineReason: "no_time" });
    expect(await slotBookingModel(ctx.deps.db).countDocuments({ meetingId: asked.body.id })).toBe(0);
  });

  it("when a side cancels a meeting, then its slot is free again for a new request", async () => {
    const asked = await ask(carol, { fromOrgId: carolOrg, toOrgId: bobOrg, slot: 5, message: "Quick chat?" }).expect(201);
    await ask(alice, { fromOrgId: aliceOrg, toOrgId: carolOrg, slot: 5, message: "Busy?" }).expect(409);
    await request(ctx.app).post(`/api/events/${eventId}/meetings/${asked.body.id}/cancel`).set("Authorization", alice.bearer).expect(404);
    const cancelled = await request(ctx.app).post(`/api/events/${eventId}/meetings/${asked.body.id}/cancel`).set("Authorization", bob.bearer).expect(200);
    expect(cancelled.body.status).toBe("cancelled");
    await request(ctx.app).post(`/api/events/${eventId}/meetings/${asked.body.id}/cancel`).set("Authorization", bob.bearer).expect(409);
    const rebooked = await ask(carol, { fromOrgId: carolOrg, toOrgId: aliceOrg, slot: 5, message: "Then with you?" }).expect(201);
    await request(ctx.app).post(`/api/events/${eventId}/meetings/${rebooked.body.id}/cancel`).set("Authorization", carol.bearer).expect(200);
  });

  it("when 20 organizations request the same organization in the same slot at once, then exactly one succeeds and the others get 409", async () => {
    const target = await makeUser(ctx);
    const targetOrg = await makeOrg(ctx, target, buildPark({ name: { en: "Popular Park" } }), staff);
    await registerOrg(ctx, target, eventId, targetOrg);
    const askers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const user = await makeUser(ctx);
        const org = await makeOrg(ctx, user, buildEnterprise({ name: { en: `Asker ${i}` } }), staff);
        await registerOrg(ctx, user, eventId, org);
        return { user, org };
      }),
    );
    const results = await Promise.all(askers.map(({ user, org }) => ask(user, { fromOrgId: org, toOrgId: targetOrg, slot: 7, message: "Meet?" })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === "slot_taken")).toBe(true);
    expect(await meetingModel(ctx.deps.db).countDocuments({ orgIds: targetOrg, slot: 7 })).toBe(1);
    expect(await slotBookingModel(ctx.deps.db).countDocuments({ key: `org:${targetOrg}`, slot: 7 })).toBe(1);

    // Tables: slot 8 has 3; 6 disjoint pairs race for them, so exactly 3 get one.
    const pairs = askers.slice(1, 13);
    const tableRace = await Promise.all(
      Array.from({ length: 6 }, (_, i) => ask(pairs[2 * i].user, { fromOrgId: pairs[2 * i].org, toOrgId: pairs[2 * i + 1].org, slot: 8, message: "Table?" })),
    );
    expect(tableRace.filter((r) => r.status === 201)).toHaveLength(3);
    expect(tableRace.filter((r) => r.status === 409).every((r) => r.body.error.code === "no_table")).toBe(true);
    const tables = tableRace.filter((r) => r.status === 201).map((r) => r.body.table).sort();
    expect(tables).toEqual([1, 2, 3]);
  });

  it("when reading the agenda, then it lists the meetings; .ics and the private feed hold them in the participant's time zone", async () => {
    const agenda = await request(ctx.app).get(`/api/events/${eventId}/agenda?orgId=${aliceOrg}`).set("Authorization", alice.bearer).expect(200);
    expect(agenda.body.items).toHaveLength(1);
    expect(agenda.body.items[0]).toMatchObject({ status: "accepted", slot: 2, to: { name: { en: "Riviera Biotech" } } });
    await request(ctx.app).get(`/api/events/${eventId}/agenda?orgId=${aliceOrg}`).set("Authorization", bob.bearer).expect(403);
    const ics = await request(ctx.app).get(`/api/events/${eventId}/agenda.ics?orgId=${aliceOrg}`).set("Authorization", alice.bearer).expect(200);
    expect(ics.headers["content-type"]).toContain("text/calendar");
    expect(ics.text).toContain("BEGIN:VCALENDAR");
    expect(ics.text).toContain("TZID=Asia/Shanghai");
    expect(ics.text).toContain("BEGIN:VTIMEZONE");
    // Slot 2 starts at 02:40 UTC, 10:40 in Shanghai.
    expect(ics.text).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T104000/);
    expect(ics.text).toContain("Riviera Biotech");

    const mine = await request(ctx.app).get(`/api/events/${eventId}/registrations/mine`).set("Authorization", bob.bearer).expect(200);
    await request(ctx.app).patch(`/api/events/${eventId}/registrations/${mine.body.items[0].id}`).set("Authorization", bob.bearer).send({ timeZone: "Europe/Paris" }).expect(200);
    const feed = await request(ctx.app).get(mine.body.items[0].calendarPath).expect(200);
    expect(feed.text).toMatch(/DTSTART;TZID=Europe\/Paris:\d{8}T034000/);
    expect(feed.text).toContain("Chengdu Hi-tech Zone");
    await request(ctx.app).get("/api/calendar/not-a-real-token-0000000.ics").expect(404);
  });
});
