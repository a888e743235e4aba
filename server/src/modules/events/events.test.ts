import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildPark } from "../../../../test/factories.js";
import { notificationModel } from "../notifications/model.js";
import { buildEvent, dayStart, publishedEvent, registerOrg } from "./testing.js";

describe("events: life cycle, validation and registration", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let aliceOrg: string;
  let bobOrg: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, alice, bob] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
    aliceOrg = await makeOrg(ctx, alice, buildPark({ name: { en: "Chengdu Hi-tech Zone" }, country: "CN", city: "Chengdu" }), staff);
    bobOrg = await makeOrg(ctx, bob, buildEnterprise({ name: { en: "Riviera Biotech" }, country: "FR", city: "Nice" }), staff);
  });
  afterAll(() => ctx.cleanup());

  const create = (body: unknown, as = staff) => request(ctx.app).post("/api/admin/events").set("Authorization", as.bearer).send(body as object);
  const fieldOf = (res: request.Response) => res.body.error.details.issues[0].field;

  it("when the input is bad, then 400 names the field: end before start, window outside, overlap, unknown time zone", async () => {
    const day = dayStart(10);
    const at = (h: number) => new Date(day.getTime() + h * 3600_000).toISOString();
    expect(fieldOf(await create(buildEvent({ endsAt: at(-1) })).expect(400))).toBe("endsAt");
    expect(fieldOf(await create(buildEvent({ windows: [{ start: at(7), end: at(9) }] })).expect(400))).toBe("windows.0");
    expect(fieldOf(await create(buildEvent({ windows: [{ start: at(3), end: at(2) }] })).expect(400))).toBe("windows.0.end");
    expect(fieldOf(await create(buildEvent({ windows: [{ start: at(1), end: at(3) }, { start: at(2), end: at(4) }] })).expect(400))).toBe("windows.1");
    const tz = await create(buildEvent({ timeZone: "Mars/Olympus_Mons" })).expect(400);
    expect(tz.body.error).toMatchObject({ code: "validation_failed" });
    expect(fieldOf(tz)).toBe("timeZone");
    expect(fieldOf(await create(buildEvent({ kind: "party" })).expect(400))).toBe("kind");
    await create(buildEvent(), alice).expect(403);
  });

  it("when staff create, edit and publish, then members see it with its slots; drafts stay hidden", async () => {
    const created = await create(buildEvent()).expect(201);
    expect(created.body).toMatchObject({ status: "draft", timeZone: "Asia/Shanghai", kind: "linkage" });
    expect(created.body.slots).toHaveLength(12);
    const id = created.body.id;
    await request(ctx.app).get(`/api/events/${id}`).set("Authorization", alice.bearer).expect(404);
    const edited = await request(ctx.app).patch(`/api/admin/events/${id}`).set("Authorization", staff.bearer).send({ tables: 2, slotMinutes: 30 }).expect(200);
    expect(edited.body.slots).toHaveLength(8);
    const bad = await request(ctx.app).patch(`/api/admin/events/${id}`).set("Authorization", staff.bearer).send({ endsAt: created.body.startsAt }).expect(400);
    expect(fieldOf(bad)).toBe("endsAt");
    await request(ctx.app).post(`/api/admin/events/${id}/status`).set("Authorization", staff.bearer).send({ status: "finished" }).expect(409);
    await request(ctx.app).post(`/api/admin/events/${id}/status`).set("Authorization", staff.bearer).send({ status: "published" }).expect(200);
    const seen = await request(ctx.app).get(`/api/events/${id}`).set("Authorization", alice.bearer).expect(200);
    expect(seen.body.title.local).toBe("技术转移对接会");
    const list = await request(ctx.app).get("/api/events").set("Authorization", alice.bearer).expect(200);
    expect(list.body.items.map((e: { id: string }) => e.id)).toContain(id);
    expect(list.body.items.every((e: { status: string }) => e.status !== "draft")).toBe(true);
  });

  it("when a member registers, then people, links and availability are kept; bad slots, other orgs and doubles are refused", async () => {
    const id = await publishedEvent(ctx, staff);
    const outside = await request(ctx.app)
      .post(`/api/events/${id}/registrations`)
      .set("Authorization", alice.bearer)
      .send({ orgId: aliceOrg, people: [{ name: "Wang Fang" }], availability: [0, 12] })
      .expect(400);
    expect(fieldOf(outside)).toBe("availability.1");
    await request(ctx.app).post(`/api/events/${id}/registrations`).set("Authorization", alice.bearer).send({ orgId: bobOrg, people: [{ name: "X" }] }).expect(403);
    const noPeople = await request(ctx.app).post(`/api/events/${id}/registrations`).set("Authorization", alice.bearer).send({ orgId: aliceOrg, people: [] }).expect(400);
    expect(fieldOf(noPeople)).toBe("people");
    const reg = await registerOrg(ctx, alice, id, aliceOrg, { availability: [0, 1, 2] });
    expect(reg).toMatchObject({ status: "approved", availability: [0, 1, 2] });
    expect(reg.calendarPath).toMatch(/^\/api\/calendar\/[\w-]+\.ics$/);
    const again = await request(ctx.app).post(`/api/events/${id}/registrations`).set("Authorization", alice.bearer).send({ orgId: aliceOrg, people: [{ name: "Again" }] }).expect(409);
    expect(again.body.error.code).toBe("already_registered");
    const changed = await request(ctx.app).patch(`/api/events/${id}/registrations/${reg.id}`).set("Authorization", alice.bearer).send({ availability: [3, 4] }).expect(200);
    expect(changed.body.availability).toEqual([3, 4]);
    await request(ctx.app).patch(`/api/events/${id}/registrations/${reg.id}`).set("Authorization", bob.bearer).send({ availability: [1] }).expect(404);
  });

  it("when registration has closed, then registering gets 409 naming registrationClosesAt", async () => {
    const id = await publishedEvent(ctx, staff);
    await request(ctx.app).post(`/api/admin/events/${id}/status`).set("Authorization", staff.bearer).send({ status: "registration_closed" }).expect(200);
    const late = await request(ctx.app).post(`/api/events/${id}/registrations`).set("Authorization", alice.bearer).send({ orgId: aliceOrg, people: [{ name: "Late" }] }).expect(409);
    expect(late.body.error.code).toBe("registration_closed");
    expect(late.body.error.details.issues[0].field).toBe("registrationClosesAt");
  });

  it("when an event is invite-only, then registrations wait for staff approval", async () => {
    const id = await publishedEvent(ctx, staff, { inviteOnly: true });
    const reg = await registerOrg(ctx, bob, id, bobOrg);
    expect(reg.status).toBe("pending");
    await request(ctx.app).post(`/api/admin/events/${id}/registrations/${reg.id}/decision`).set("Authorization", bob.bearer).send({ decision: "approve" }).expect(403);
    const approved = await request(ctx.app).post(`/api/admin/events/${id}/registrations/${reg.id}/decision`).set("Authorization", staff.bearer).send({ decision: "approve" }).expect(200);
    expect(approved.body.status).toBe("approved");
  });

  it("when staff cancel an event, then every registrant is notified", async () => {
    const id = await publishedEvent(ctx, staff);
    await registerOrg(ctx, alice, id, aliceOrg);
    await registerOrg(ctx, bob, id, bobOrg);
    const meeting = await request(ctx.app).post(`/api/events/${id}/meetings`).set("Authorization", alice.bearer).send({ fromOrgId: aliceOrg, toOrgId: bobOrg, slot: 0, message: "Hi" }).expect(201);
    await request(ctx.app).post(`/api/admin/events/${id}/status`).set("Authorization", staff.bearer).send({ status: "cancelled", note: "venue closed" }).expect(200);
    const agenda = await request(ctx.app).get(`/api/events/${id}/agenda?orgId=${aliceOrg}`).set("Authorization", alice.bearer).expect(200);
    expect(agenda.body.items.map((m: { id: string }) => m.id)).not.toContain(meeting.body.id);
    for (const user of [alice, bob]) {
      const notes = await notificationModel(ctx.deps.db).find({ userId: user.id, type: "event_cancelled", "data.eventId": id }).lean();
      expect(notes).toHaveLength(1);
      expect(notes[0].title.en).toContain("venue closed");
    }
    await request(ctx.app).post(`/api/admin/events/${id}/status`).set("Authorization", staff.bearer).send({ status: "published" }).expect(409);
  });

  it("when the event is full, then registering gets 409 naming capacity; once meetings are booked, slots can no longer change", async () => {
    const id = await publishedEvent(ctx, staff, { capacity: 1 });
    await registerOrg(ctx, alice, id, aliceOrg);
    const full = await request(ctx.app).post(`/api/events/${id}/registrations`).set("Authorization", bob.bearer).send({ orgId: bobOrg, people: [{ name: "B" }] }).expect(409);
    expect(full.body.error).toMatchObject({ code: "event_full", details: { issues: [{ field: "capacity" }] } });
    await request(ctx.app).patch(`/api/admin/events/${id}`).set("Authorization", staff.bearer).send({ capacity: 2 }).expect(200);
    await registerOrg(ctx, bob, id, bobOrg);
    await request(ctx.app).post(`/api/events/${id}/meetings`).set("Authorization", alice.bearer).send({ fromOrgId: aliceOrg, toOrgId: bobOrg, slot: 0, message: "Hi" }).expect(201);
    const locked = await request(ctx.app).patch(`/api/admin/events/${id}`).set("Authorization", staff.bearer).send({ slotMinutes: 30 }).expect(409);
    expect(locked.body.error).toMatchObject({ code: "slots_in_use", details: { field: "slotMinutes" } });
  });

  it("when meetings are for matched pairs only, then a pair the matcher does not score is refused", async () => {
    const id = await publishedEvent(ctx, staff, { meetingPolicy: "matched" });
    const carol = await makeUser(ctx);
    const unrelated = await makeOrg(ctx, carol, buildEnterprise({ name: { en: "Nordic Timber" }, country: "FI", city: "Oulu", industries: ["construction"], cooperationInterests: ["investment"], interestRegions: ["oceania"] }), staff);
    await registerOrg(ctx, alice, id, aliceOrg);
    await registerOrg(ctx, carol, id, unrelated);
    const refused = await request(ctx.app).post(`/api/events/${id}/meetings`).set("Authorization", carol.bearer).send({ fromOrgId: unrelated, toOrgId: aliceOrg, slot: 0, message: "Hi" }).expect(403);
    expect(refused.body.error.code).toBe("forbidden");
    const seen = await request(ctx.app).get(`/api/events/${id}/participants?orgId=${unrelated}`).set("Authorization", carol.bearer).expect(200);
    expect(seen.body.items[0].score).toBeLessThan(30);
  });

  it("when more organizations than places register at once, then exactly the capacity is kept and the rest get 409 event_full", async () => {
    const id = await publishedEvent(ctx, staff, { capacity: 3 });
    const members = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const user = await makeUser(ctx);
        return { user, org: await makeOrg(ctx, user, buildEnterprise({ name: { en: `Racer ${i}` } }), staff) };
      }),
    );
    const results = await Promise.all(
      members.map(({ user, org }) => request(ctx.app).post(`/api/events/${id}/registrations`).set("Authorization", user.bearer).send({ orgId: org, people: [{ name: "P" }] })),
    );
    const created = results.filter((r) => r.status === 201).length;
    expect(created).toBe(3);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === "event_full")).toBe(true);
    const event = await request(ctx.app).get(`/api/events/${id}`).set("Authorization", staff.bearer).expect(200);
    expect(event.body.registered).toBe(created);
  });
});
