// Test helpers of the events module (used by its tests and the browser test only).
import request from "supertest";
import type { TestContext } from "../../../../test/helpers/context.js";
import type { TestUser } from "../../../../test/helpers/users.js";

const HOUR = 3600_000;
/** A day at 01:00 UTC (09:00 in Shanghai) `days` from now. */
export const dayStart = (days: number) => {
  const d = new Date(Date.now() + days * 24 * HOUR);
  d.setUTCHours(1, 0, 0, 0);
  return d;
};
const iso = (d: Date, plusHours = 0) => new Date(d.getTime() + plusHours * HOUR).toISOString();

/** A linkage session in ten days: two meeting windows of 2 hours cut into 20-minute slots (12 slots). */
export function buildEvent(overrides: Record<string, unknown> = {}) {
  const day = dayStart(10);
  return {
    title: { en: "Technology transfer linkage session", local: "技术转移对接会" },
    description: { en: "One-to-one meetings between parks, investors and companies.", local: "园区、投资机构与企业一对一洽谈。" },
    kind: "linkage",
    venue: "Zhongguancun, Beijing",
    timeZone: "Asia/Shanghai",
    startsAt: iso(day),
    endsAt: iso(day, 8),
    windows: [
      { start: iso(day, 1), end: iso(day, 3) },
      { start: iso(day, 4), end: iso(day, 6) },
    ],
    slotMinutes: 20,
    tables: 10,
    registrationClosesAt: iso(day, -24),
    capacity: 100,
    ...overrides,
  };
}

export async function publishedEvent(ctx: TestContext, staff: TestUser, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await request(ctx.app).post("/api/admin/events").set("Authorization", staff.bearer).send(buildEvent(overrides)).expect(201);
  await request(ctx.app).post(`/api/admin/events/${created.body.id}/status`).set("Authorization", staff.bearer).send({ status: "published" }).expect(200);
  return created.body.id as string;
}

export async function registerOrg(ctx: TestContext, user: TestUser, eventId: string, orgId: string, extra: Record<string, unknown> = {}) {
  const res = await request(ctx.app)
    .post(`/api/events/${eventId}/registrations`)
    .set("Authorization", user.bearer)
    .send({ orgId, people: [{ name: "Wang Fang", email: "wang.fang@example.cn", title: "International office" }], looksFor: "Technology partners", offers: "Incubation", ...extra })
    .expect(201);
  return res.body as { id: string; calendarPath: string; status: string };
}
