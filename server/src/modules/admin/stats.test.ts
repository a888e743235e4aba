import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import mongoose from "mongoose";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildInstitution, buildInvestor, buildPark, inDays } from "../../../../test/factories.js";
import { createOrg } from "../orgs/service.js";
import { requestModel } from "../requests/model.js";
import { introductionModel, type IntroductionStatus } from "../introductions/model.js";

const HOUR = 3_600_000;

describe("staff statistics", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, member] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx)]);
  });
  afterAll(() => ctx.cleanup());

  async function seed() {
    const importer = { staff: true, memberships: new Map() };
    const approved = { status: "approved" as const };
    const frPark = await createOrg(ctx.deps, importer, buildPark(), approved);
    const cnPark = await createOrg(ctx.deps, importer, buildPark({ name: { en: "Zhongguancun" }, country: "CN", city: "Beijing" }), approved);
    await createOrg(ctx.deps, importer, buildEnterprise(), approved);
    await createOrg(ctx.deps, importer, buildInvestor(), approved);
    await createOrg(ctx.deps, importer, buildInstitution(), { status: "pending" });
    await createOrg(ctx.deps, importer, buildEnterprise({ name: { en: "Rejected Ltd" }, country: "DE", city: "Berlin" }), { status: "rejected" });

    const request = (type: string, state: string) => ({
      orgId: frPark._id,
      type,
      state,
      title: { en: `${type} ${state}` },
      description: { en: "A request." },
      expiresAt: inDays(30),
    });
    await requestModel(ctx.deps.db).create([
      request("sister-park", "open"),
      request("sister-park", "draft"),
      request("technology-transfer", "matched"),
    ]);

    const t0 = new Date("2025-03-01T08:00:00Z");
    const intro = (status: IntroductionStatus, history: IntroductionStatus[], extra: Record<string, unknown> = {}) => ({
      orgIds: [frPark._id, cnPark._id],
      from: { orgId: frPark._id },
      to: { orgId: cnPark._id },
      origin: "broker",
      status,
      history: history.map((s, i) => ({ status: s, at: new Date(t0.getTime() + i * HOUR) })),
      createdAt: t0,
      updatedAt: t0,
      ...extra,
    });
    const recorded = (kind: string) => ({ outcome: { kind, recordedAt: t0, recordedBy: new mongoose.Types.ObjectId() } });
    const reply = (hours: number) => ({ firstReplyAt: new Date(t0.getTime() + hours * HOUR) });
    await introductionModel(ctx.deps.db).create(
      [
        intro("agreement", ["proposed", "accepted", "introduced", "meeting_held", "agreement"], { ...reply(2), ...recorded("mou") }),
        intro("declined", ["proposed", "declined"], reply(4)),
        intro("introduced", ["suggested", "proposed", "accepted", "introduced"], reply(10)),
        intro("stalled", ["proposed", "accepted", "introduced", "stalled"]),
        intro("expired", ["suggested", "expired"]),
        // No history (older record): its status alone says how far it got.
        intro("meeting_held", [], { ...reply(1), ...recorded("licence") }),
      ],
      { timestamps: false },
    );
  }

  it("when staff ask for statistics, then members, requests, the funnel, outcomes and reply time match the data", async () => {
    await seed();
    const res = await request(ctx.app).get("/api/admin/stats").set("Authorization", staff.bearer).expect(200);
    const stats = res.body;
    expect(stats.members).toEqual({
      total: 4,
      byKind: { park: 2, enterprise: 1, investor: 1 },
      byCountry: { CN: 2, FR: 1, SG: 1 },
      byRegion: { "east-asia": 2, "western-europe": 1, "southeast-asia": 1 },
    });
    expect(stats.pending).toBe(1);
    expect(stats.requests).toEqual({
      total: 3,
      byType: { "sister-park": 2, "technology-transfer": 1 },
      byState: { draft: 1, matched: 1, open: 1 },
    });
    expect(stats.pipeline).toEqual({
      total: 6,
      reached: { proposed: 5, accepted: 4, introduced: 4, meeting_held: 2, agreement: 1 },
      exits: { declined: 1, stalled: 1, expired: 1 },
      conversion: [
        { from: "proposed", to: "accepted", rate: 0.8 },
        { from: "accepted", to: "introduced", rate: 1 },
        { from: "introduced", to: "meeting_held", rate: 0.5 },
        { from: "meeting_held", to: "agreement", rate: 0.5 },
      ],
    });
    expect(stats.outcomes).toEqual({ total: 2, byKind: { licence: 1, mou: 1 } });
    // Replies after 1, 2, 4 and 10 hours: the median is halfway between 2 and 4.
    expect(stats.firstReply).toEqual({ medianHours: 3, count: 4 });
  });

  it("when a member calls any staff data route, then 403 and nothing is imported", async () => {
    const routes = [
      request(ctx.app).get("/api/admin/stats"),
      request(ctx.app).get("/api/admin/export/orgs?format=csv"),
      request(ctx.app).get("/api/admin/export/requests?format=json"),
      request(ctx.app).get("/api/admin/export/introductions"),
      request(ctx.app).get("/api/admin/import/orgs/template"),
      request(ctx.app).post("/api/admin/import/orgs?dryRun=false").set("Content-Type", "text/csv").send("kind,name_en\npark,Sneaky Park\n"),
    ];
    for (const route of routes) {
      const res = await route.set("Authorization", member.bearer).expect(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    await request(ctx.app).get("/api/admin/stats").expect(401);
    expect(await ctx.deps.db.collection("orgs").countDocuments({ "name.en": "Sneaky Park" })).toBe(0);
  });
});
