import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { parse } from "csv-parse/sync";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../helpers/users.js";
import { buildOffer, buildPark, buildRequest } from "../factories.js";
import { OutboxIndexer } from "../../server/src/modules/search/indexer.js";
import { outboxModel } from "../../server/src/modules/outbox/model.js";
import { storePendingSuggestions } from "../../server/src/modules/matching/service.js";
import { createOrg } from "../../server/src/modules/orgs/service.js";

interface Hit { orgId: string; entity: string }
interface Match { candidate: { id: string; orgId: string }; others?: { id: string }[] }
interface Stored { requesterOrgId: string; candidate: { orgId: string } }

/**
 * An approved organization that staff later reject must vanish from every place other
 * members or staff find it — search, other members' matches, stored suggestions, exports —
 * and come back, all of it, when it is approved again.
 */
describe("vetting reversal: rejecting an approved organization withdraws all its records", () => {
  let ctx: TestContext;
  let indexer: OutboxIndexer;
  let staff: TestUser;
  let sophiaUser: TestUser;
  let chengduUser: TestUser;
  let sophia: string;
  let chengduRequest: string;
  let sophiaRequest: string;
  let chengdu: string;

  const park = (name: string, extra: Record<string, unknown> = {}) =>
    buildPark({ name: { en: name }, industries: ["biomedicine"], cooperationInterests: ["sister-park"], ...extra });
  const vet = (decision: "approve" | "reject") =>
    request(ctx.app).post(`/api/admin/vetting/${sophia}`).set("Authorization", staff.bearer).send({ decision, reason: "review" }).expect(200);
  const searchHits = async () => (await request(ctx.app).get("/api/search?q=Sophia&pageSize=50").expect(200)).body.hits as Hit[];
  /** Organization and record ids among the matches of another organization's request (a partner's other records too). */
  const matchOrgIds = async () =>
    ((await request(ctx.app).get(`/api/requests/${chengduRequest}/matches?pageSize=50`).set("Authorization", chengduUser.bearer).expect(200)).body.items as Match[]).flatMap(
      (m) => [m.candidate.orgId, m.candidate.id, ...(m.others ?? []).map((o) => o.id)],
    );
  const staffSuggestions = async () =>
    (await request(ctx.app).get("/api/admin/suggestions?pageSize=100").set("Authorization", staff.bearer).expect(200)).body.items as Stored[];
  const exported = async (entity: "orgs" | "requests") => {
    const res = await request(ctx.app).get(`/api/admin/export/${entity}?format=csv`).set("Authorization", staff.bearer).buffer(true).parse((r, done) => {
      let text = "";
      r.setEncoding("utf8");
      r.on("data", (c: string) => (text += c));
      r.on("end", () => done(null, text));
    });
    expect(res.status).toBe(200);
    return parse(res.body as string, { bom: true, columns: true }) as Record<string, string>[];
  };
  /** Open requests of others that Chengdu fits. */
  const fitsChengdu = async () =>
    ((await request(ctx.app).get(`/api/orgs/${chengdu}/suggestions?pageSize=50`).set("Authorization", chengduUser.bearer).expect(200)).body.items as { request: { id: string } }[]).map(
      (i) => i.request.id,
    );
  const involvesSophia = (s: Stored) => s.requesterOrgId === sophia || s.candidate.orgId === sophia;

  beforeAll(async () => {
    ctx = await createTestContext();
    indexer = new OutboxIndexer(ctx.deps);
    [staff, sophiaUser, chengduUser] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
    sophia = await makeOrg(ctx, sophiaUser, park("Sophia Antipolis", { country: "FR", city: "Valbonne", interestRegions: ["east-asia"] }), staff);
    chengdu = await makeOrg(ctx, chengduUser, park("Chengdu Hi-tech Zone", { country: "CN", city: "Chengdu", interestRegions: ["western-europe"] }), staff);
    await makeOrg(ctx, sophiaUser, park("Cambridge Science Park", { country: "GB", city: "Cambridge" }), staff);
    sophiaRequest = (
      await request(ctx.app)
        .post("/api/requests")
        .set("Authorization", sophiaUser.bearer)
        .send(buildRequest(sophia, { title: { en: "Sophia seeks a sister park in East Asia" }, targetRegions: ["east-asia"] }))
        .expect(201)
    ).body.id;
    await request(ctx.app).post("/api/offers").set("Authorization", sophiaUser.bearer).send(buildOffer(sophia, { title: { en: "Sophia biomedicine platform" }, industries: ["biomedicine"] })).expect(201);
    chengduRequest = (
      await request(ctx.app)
        .post("/api/requests")
        .set("Authorization", chengduUser.bearer)
        .send(buildRequest(chengdu, { title: { en: "Sister park in Western Europe for biomedicine" }, targetRegions: ["western-europe"] }))
        .expect(201)
    ).body.id;
    await indexer.drain();
    await storePendingSuggestions(ctx.deps);
  });
  afterAll(() => ctx.cleanup());

  it("when approved, then its profile, request and offer are in search, matches, suggestions and exports", async () => {
    const entities = (await searchHits()).filter((h) => h.orgId === sophia).map((h) => h.entity);
    expect(entities.sort()).toEqual(["offer", "org", "request"]);
    expect(await matchOrgIds()).toEqual(expect.arrayContaining([sophia, sophiaRequest]));
    expect(await fitsChengdu()).toContain(sophiaRequest);
    expect((await staffSuggestions()).filter(involvesSophia).length).toBeGreaterThanOrEqual(2);
    expect((await exported("requests")).map((r) => r.orgId)).toContain(sophia);
    expect((await exported("orgs")).map((r) => r.id)).toContain(sophia);
  });

  it("when rejected, then it leaves matches at once and search through the outbox of the same write; suggestions and exports drop it", async () => {
    await vet("reject");
    const queued = await outboxModel(ctx.deps.db).find({ processedAt: { $exists: false } }).lean();
    expect(new Set(queued.map((e) => e.entity))).toEqual(new Set(["org", "offer", "request"]));
    expect(await matchOrgIds()).not.toContain(sophia);
    expect(await matchOrgIds()).not.toContain(sophiaRequest);
    await indexer.drain();
    expect((await searchHits()).filter((h) => h.orgId === sophia)).toEqual([]);
    expect(await fitsChengdu()).not.toContain(sophiaRequest);
    expect(await matchOrgIds()).not.toContain(sophia);
    expect(await matchOrgIds()).not.toContain(sophiaRequest);
    await storePendingSuggestions(ctx.deps);
    expect((await staffSuggestions()).filter(involvesSophia)).toEqual([]);
    expect((await exported("requests")).map((r) => r.orgId)).not.toContain(sophia);
    expect((await exported("orgs")).map((r) => r.id)).not.toContain(sophia);
  });

  it("when approved again, then everything comes back", async () => {
    await vet("approve");
    await indexer.drain();
    const entities = (await searchHits()).filter((h) => h.orgId === sophia).map((h) => h.entity);
    expect(entities.sort()).toEqual(["offer", "org", "request"]);
    expect(await matchOrgIds()).toEqual(expect.arrayContaining([sophia, sophiaRequest]));
    expect(await fitsChengdu()).toContain(sophiaRequest);
    await storePendingSuggestions(ctx.deps);
    expect((await staffSuggestions()).filter(involvesSophia).length).toBeGreaterThanOrEqual(2);
    expect((await exported("requests")).map((r) => r.orgId)).toContain(sophia);
    expect((await exported("orgs")).map((r) => r.id)).toContain(sophia);
  });

  it("when an organization approved at import (no vetting decision) is rejected, then it too leaves matches before the indexer runs", async () => {
    const importer = { staff: true, memberships: new Map() };
    const imported = String((await createOrg(ctx.deps, importer, park("Lyon Biodistrict", { country: "FR", city: "Lyon" }), { status: "approved" }))._id);
    await indexer.drain();
    expect(await matchOrgIds()).toContain(imported);
    await request(ctx.app).post(`/api/admin/vetting/${imported}`).set("Authorization", staff.bearer).send({ decision: "reject", reason: "not a member" }).expect(200);
    expect(await matchOrgIds()).not.toContain(imported);
  });
});
