import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildPark, buildRequest, inDays } from "../../../../test/factories.js";
import { OutboxIndexer } from "../search/indexer.js";
import { DIRECTORY_INDEX } from "../search/documents.js";
import { introductionModel } from "../introductions/model.js";
import { suggestionModel } from "./model.js";
import { storePendingSuggestions } from "./service.js";
import { requestModel } from "../requests/model.js";
import { waitForMeiliTask } from "../../infra/meili-http.js";

interface Item {
  candidate: { id: string; name: { en: string } };
  score: number;
  reasons: { en: string; zh: string }[];
  factors: { name: string; value: number; contribution: number }[];
}

describe("the matcher through the API", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let chengdu: TestUser;
  let others: TestUser;
  const ids: Record<string, string> = {};
  let requestId: string;

  const park = (name: string, extra: Record<string, unknown> = {}) =>
    buildPark({ name: { en: name }, industries: ["biomedicine"], country: "FR", city: "Lyon", cooperationInterests: ["sister-park"], interestRegions: [], ...extra });

  beforeAll(async () => {
    ctx = await createTestContext();
    const indexer = new OutboxIndexer(ctx.deps);
    [staff, chengdu, others] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx)]);
    ids.chengdu = await makeOrg(ctx, chengdu, park("Chengdu Hi-tech Zone", { country: "CN", city: "Chengdu", interestRegions: ["western-europe"] }), staff);
    ids.sophia = await makeOrg(ctx, others, park("Sophia Antipolis", { interestRegions: ["east-asia"] }), staff);
    ids.cambridge = await makeOrg(ctx, others, park("Cambridge Science Park", { country: "GB", city: "Cambridge", interestRegions: ["north-america"] }), staff);
    ids.pending = await makeOrg(ctx, others, park("Pending Biopark"));
    ids.rejected = await makeOrg(ctx, others, park("Rejected Biopark"));
    await request(ctx.app).post(`/api/admin/vetting/${ids.rejected}`).set("Authorization", staff.bearer).send({ decision: "reject", reason: "not a park" }).expect(200);
    ids.sameCountry = await makeOrg(ctx, others, park("Wuhan Optics Valley", { country: "CN", city: "Wuhan" }), staff);
    ids.introduced = await makeOrg(ctx, others, park("Already Introduced Park"), staff);
    ids.declined = await makeOrg(ctx, others, park("Declined Park"), staff);
    for (const [key, status] of [["introduced", "introduced"], ["declined", "declined"]] as const) {
      await introductionModel(ctx.deps.db).create({
        orgIds: [new mongoose.Types.ObjectId(ids.chengdu), new mongoose.Types.ObjectId(ids[key])],
        from: { orgId: new mongoose.Types.ObjectId(ids.chengdu) },
        to: { orgId: new mongoose.Types.ObjectId(ids[key]) },
        origin: "member",
        status,
        history: [],
      });
    }
    // Sophia itself seeks a sister park in East Asia: a mutual fit.
    await request(ctx.app)
      .post("/api/requests")
      .set("Authorization", others.bearer)
      .send(buildRequest(ids.sophia, { title: { en: "Sister park in East Asia" }, targetRegions: ["east-asia"], industries: ["biomedicine"] }))
      .expect(201);
    const own = await request(ctx.app)
      .post("/api/requests")
      .set("Authorization", chengdu.bearer)
      .send(buildRequest(ids.chengdu, { title: { en: "Sister park in Western Europe for biomedicine" }, targetRegions: ["western-europe"], industries: ["biomedicine"], expiresAt: inDays(60) }))
      .expect(201);
    requestId = own.body.id;
    await indexer.drain();
  });
  afterAll(() => ctx.cleanup());

  const matches = async () => (await request(ctx.app).get(`/api/requests/${requestId}/matches?pageSize=50`).set("Authorization", chengdu.bearer).expect(200)).body;

  it("when matches are asked, then excluded records never appear", async () => {
    const body = await matches();
    const names = body.items.map((i: Item) => i.candidate.name.en);
    for (const excluded of ["Chengdu Hi-tech Zone", "Pending Biopark", "Rejected Biopark", "Wuhan Optics Valley", "Already Introduced Park", "Declined Park"]) {
      expect(names).not.toContain(excluded);
    }
    expect(names).toEqual(expect.arrayContaining(["Sophia Antipolis", "Cambridge Science Park"]));
    expect(names).not.toContain("Sister park in Western Europe for biomedicine");
  });

  it("when a record was indexed before records carried the matcher's facts, then it is left out and the rest still match", async () => {
    const index = ctx.deps.search.client!.index(ctx.deps.search.indexName(DIRECTORY_INDEX));
    const cambridge = await index.getDocument(`org-${ids.cambridge}`);
    const { facts: _facts, ...old } = cambridge;
    await waitForMeiliTask(index, index.addDocuments([old], { primaryKey: "id" }));
    try {
      const names = (await matches()).items.map((i: Item) => i.candidate.name.en);
      expect(names).toContain("Sophia Antipolis");
      expect(names).not.toContain("Cambridge Science Park");
    } finally {
      await waitForMeiliTask(index, index.addDocuments([cambridge], { primaryKey: "id" }));
    }
  });

  it("when both sides want each other, then that pair ranks above a one-sided fit, with reasons in both languages", async () => {
    const items: Item[] = (await matches()).items;
    const sophia = items.find((i) => i.candidate.name.en === "Sophia Antipolis")!;
    const cambridge = items.find((i) => i.candidate.name.en === "Cambridge Science Park")!;
    expect(sophia.score).toBeGreaterThan(cambridge.score);
    expect(items.indexOf(sophia)).toBeLessThan(items.indexOf(cambridge));
    expect(sophia.reasons.some((r) => /Sophia Antipolis/.test(r.en) && r.zh.length > 0)).toBe(true);
    expect(sophia.factors.map((f) => f.name)).toEqual(expect.arrayContaining(["reciprocity", "industryFit", "cooperationFit"]));
    // The title is all taxonomy terms and phrasing: no text query runs and text relevance is neutral, not zero.
    expect(sophia.factors.find((f) => f.name === "textRelevance")).toMatchObject({ value: 0.5 });
    const total = sophia.factors.reduce((sum, f) => sum + f.contribution, 0);
    expect(Math.abs(total - sophia.score)).toBeLessThan(1);
  });

  it("when someone outside the organization asks for its matches, then 403", async () => {
    await request(ctx.app).get(`/api/requests/${requestId}/matches`).set("Authorization", others.bearer).expect(403);
    await request(ctx.app).get(`/api/requests/${requestId}/matches`).expect(401);
    await request(ctx.app).get(`/api/requests/${requestId}/matches`).set("Authorization", staff.bearer).expect(200);
  });

  it("when an organization asks what it fits, then the requests it fits come back scored", async () => {
    const res = await request(ctx.app).get(`/api/orgs/${ids.sophia}/suggestions`).set("Authorization", others.bearer).expect(200);
    expect(res.body.items.map((i: { request: { id: string } }) => i.request.id)).toContain(requestId);
    await request(ctx.app).get(`/api/orgs/${ids.sophia}/suggestions`).set("Authorization", chengdu.bearer).expect(403);
  });

  it("when a request has opened, then its top matches are stored for staff review", async () => {
    await storePendingSuggestions(ctx.deps);
    const stored = await suggestionModel(ctx.deps.db).find({ requestId }).sort({ rank: 1 }).lean();
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect(stored[0]).toMatchObject({ rank: 1, status: "new" });
    expect(stored.map((s) => s.candidate.name.en)).toContain("Sophia Antipolis");
    await storePendingSuggestions(ctx.deps);
    expect(await suggestionModel(ctx.deps.db).countDocuments({ requestId })).toBe(stored.length);
  });

  it("when staff review suggestions, then names come in both languages, filters narrow them and pairs already under way are left out", async () => {
    await storePendingSuggestions(ctx.deps);
    const list = (query = "") => request(ctx.app).get(`/api/admin/suggestions${query}`).set("Authorization", staff.bearer);
    await request(ctx.app).get("/api/admin/suggestions").set("Authorization", others.bearer).expect(403);
    const all = await list().expect(200);
    const mine = all.body.items.filter((s: { requestId: string }) => s.requestId === requestId);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine[0].requester.name.en).toBe("Chengdu Hi-tech Zone");
    expect(mine[0].request.type).toBe("sister-park");
    const names = (body: { items: { requestId: string; candidate: { name: { en: string } } }[] }) =>
      body.items.filter((s) => s.requestId === requestId).map((s) => s.candidate.name.en);
    expect(names((await list("?country=GB").expect(200)).body)).toEqual(["Cambridge Science Park"]);
    expect(names((await list("?q=sophia").expect(200)).body)).toEqual(["Sophia Antipolis"]);
    expect((await list("?minScore=100").expect(200)).body.items).toEqual([]);
    expect((await list("?country=ZZ").expect(400)).body.error.details.issues[0]).toMatchObject({ field: "country.0", code: "invalid_option" });
    const sophia = mine.find((s: { candidate: { orgId: string } }) => s.candidate.orgId === ids.sophia);
    await request(ctx.app)
      .post("/api/admin/introductions")
      .set("Authorization", staff.bearer)
      .send({ fromOrgId: ids.chengdu, toOrgId: ids.sophia, requestId, message: "Please meet." })
      .expect(201);
    const after = await list().expect(200);
    expect(after.body.items.map((s: { id: string }) => s.id)).not.toContain(sophia.id);
    const pair = new Set([ids.chengdu, ids.sophia]);
    const between = (items: { requesterOrgId: string; candidate: { orgId: string } }[]) =>
      items.filter((s) => pair.has(s.requesterOrgId) && pair.has(s.candidate.orgId) && s.requesterOrgId !== s.candidate.orgId);
    expect(between(all.body.items).length).toBeGreaterThan(0);
    expect(between(after.body.items)).toEqual([]);
    expect(after.body.total).toBe(all.body.total - between(all.body.items).length);
  });

  it("when a matched request opens again, then its suggestions are due again and stored afresh", async () => {
    const stamp = async () => (await requestModel(ctx.deps.db).findById(requestId).lean())?.suggestionsAt;
    const first = await stamp();
    expect(first).toBeInstanceOf(Date);
    for (const to of ["matched", "open"]) {
      await request(ctx.app).post(`/api/requests/${requestId}/transition`).set("Authorization", chengdu.bearer).send({ to }).expect(200);
    }
    expect(await stamp()).toBeUndefined();
    expect(await storePendingSuggestions(ctx.deps)).toBeGreaterThan(0);
    expect((await stamp())!.getTime()).toBeGreaterThanOrEqual(first!.getTime());
    expect(await storePendingSuggestions(ctx.deps)).toBe(0);
  });
});
