import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildInstitution, buildInvestor, buildPark } from "../../../../test/factories.js";
import { notificationModel } from "../notifications/model.js";
import { meetingModel } from "./model.js";
import { publishedEvent, registerOrg } from "./testing.js";

describe("event scheduler through the API: plan, confirm, move, lock and re-run", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let eventId: string;
  const members: { user: TestUser; org: string }[] = [];
  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await makeUser(ctx, "staff");
    eventId = await publishedEvent(ctx, staff, { tables: 2 });
    const builders = [buildPark, buildEnterprise, buildInvestor, buildInstitution, buildEnterprise, buildPark];
    for (const [i, build] of builders.entries()) {
      const user = await makeUser(ctx);
      const org = await makeOrg(ctx, user, build({ name: { en: `Participant ${i}` } }), staff);
      await registerOrg(ctx, user, eventId, org, { availability: [0, 1, 2, 3, 4, 5], wantsMeetings: 2 });
      members.push({ user, org });
    }
  });
  afterAll(() => ctx.cleanup());

  const schedule = (body: Record<string, unknown> = {}) => request(ctx.app).post(`/api/admin/events/${eventId}/schedule`).set("Authorization", staff.bearer).send(body);
  const plan = async () => (await request(ctx.app).get(`/api/admin/events/${eventId}/meetings`).set("Authorization", staff.bearer).expect(200)).body.items;

  it("when staff run the scheduler, then it proposes a valid plan to both sides with its figures beside the greedy baseline", async () => {
    await request(ctx.app).post(`/api/admin/events/${eventId}/schedule`).set("Authorization", members[0].user.bearer).send({}).expect(403);
    const report = await schedule({ minMeetings: 2 }).expect(200);
    expect(report.body.proposed).toBeGreaterThan(0);
    expect(report.body.minMeetings).toBeGreaterThanOrEqual(2);
    expect(report.body.baseline).toHaveProperty("totalScore");
    const items = await plan();
    expect(items).toHaveLength(report.body.proposed);
    const seen = new Set<string>();
    for (const m of items) {
      expect(m.status).toBe("proposed");
      expect(m.slot).toBeLessThan(6);
      for (const key of [`${m.slot}:${m.from.orgId}`, `${m.slot}:${m.to.orgId}`, `${m.slot}:t${m.table}`]) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
    const told = await notificationModel(ctx.deps.db).countDocuments({ userId: members[0].user.id, type: "event_meeting" });
    expect(told).toBe(1);
  });

  it("when both sides confirm a proposal, then it is accepted; one side alone leaves it proposed", async () => {
    const [m] = await plan();
    const side = (orgId: string) => members.find((x) => x.org === orgId)!.user;
    const first = await request(ctx.app).post(`/api/events/${eventId}/meetings/${m.id}/respond`).set("Authorization", side(m.from.orgId).bearer).send({ decision: "accept" }).expect(200);
    expect(first.body.status).toBe("proposed");
    const second = await request(ctx.app).post(`/api/events/${eventId}/meetings/${m.id}/respond`).set("Authorization", side(m.to.orgId).bearer).send({ decision: "accept" }).expect(200);
    expect(second.body.status).toBe("accepted");
  });

  it("when staff move and lock a meeting and re-run, then locked and accepted meetings stay and no slot is double-booked", async () => {
    const items = await plan();
    const target = items.find((m: { status: string }) => m.status === "proposed");
    const busy = items.find((m: { slot: number; id: string }) => m.id !== target.id && m.slot !== target.slot);
    const clash = await request(ctx.app).patch(`/api/admin/events/${eventId}/meetings/${target.id}`).set("Authorization", staff.bearer).send({ slot: busy.slot, table: busy.table });
    expect(clash.status).toBe(409);
    const free = [0, 1, 2, 3, 4, 5].find((s) => !items.some((m: { slot: number; from: { orgId: string }; to: { orgId: string } }) => m.slot === s && [m.from.orgId, m.to.orgId].some((o) => [target.from.orgId, target.to.orgId].includes(o))));
    expect(free).toBeDefined();
    const moved = await request(ctx.app).patch(`/api/admin/events/${eventId}/meetings/${target.id}`).set("Authorization", staff.bearer).send({ slot: free }).expect(200);
    expect(moved.body.slot).toBe(free);
    const locked = await request(ctx.app).patch(`/api/admin/events/${eventId}/meetings/${target.id}`).set("Authorization", staff.bearer).send({ locked: true }).expect(200);
    expect(locked.body.locked).toBe(true);
    const accepted = items.filter((m: { status: string }) => m.status === "accepted").map((m: { id: string }) => m.id);
    const halfConfirmed = items.find((m: { status: string; id: string }) => m.status === "proposed" && m.id !== target.id);
    await request(ctx.app).post(`/api/events/${eventId}/meetings/${halfConfirmed.id}/respond`).set("Authorization", members.find((x) => x.org === halfConfirmed.from.orgId)!.user.bearer).send({ decision: "accept" }).expect(200);
    accepted.push(halfConfirmed.id);

    const rerun = await schedule({ minMeetings: 2 }).expect(200);
    expect(rerun.body.kept).toBeGreaterThanOrEqual(1 + accepted.length);
    const after = await plan();
    const ids = after.map((m: { id: string }) => m.id);
    expect(ids).toContain(target.id);
    for (const id of accepted) expect(ids).toContain(id);
    const again = after.find((m: { id: string }) => m.id === target.id);
    expect(again).toMatchObject({ slot: locked.body.slot, locked: true });
    const keys = after.flatMap((m: { slot: number; table: number; from: { orgId: string }; to: { orgId: string } }) => [`${m.slot}:${m.from.orgId}`, `${m.slot}:${m.to.orgId}`, `${m.slot}:t${m.table}`]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await meetingModel(ctx.deps.db).countDocuments({ eventId, status: "proposed", locked: false, _id: { $nin: ids } })).toBe(0);
  });
});
