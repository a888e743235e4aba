import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildOffer, buildRequest } from "../../../../test/factories.js";
import { OutboxIndexer } from "../search/indexer.js";

interface Item {
  candidate: { id: string; entity: string };
  reasons: { factor: string; en: string; zh: string }[];
}

// Offers alike in every structured field (industry, TRL, modes, place, age): only the
// meaning of their texts, written in one language each, tells them apart. Each request is
// judged among the offers written only in the other language.
describe("relevance across languages through the API", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let owner: TestUser;
  const ids: Record<string, string> = {};
  const company = (name: string, country: string) =>
    buildEnterprise({ name: { en: name }, description: {}, country, city: "City", industries: ["energy-storage"], cooperationInterests: ["technology-transfer"], interestRegions: [] });
  const offerOf = (orgId: string, title: { en?: string; local?: string }, summary: { en?: string; local?: string }) =>
    buildOffer(orgId, { title, summary, industries: ["energy-storage"], trl: 6, transferModes: ["licence"], targetRegions: [] });
  const post = async (path: string, body: object) => (await request(ctx.app).post(path).set("Authorization", owner.bearer).send(body).expect(201)).body.id as string;

  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, owner] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx)]);
    for (const [key, country] of [["seekerCn", "CN"], ["seekerDe", "DE"], ["a", "KR"], ["b", "KR"], ["c", "KR"], ["d", "JP"], ["e", "JP"], ["f", "JP"]] as const) {
      ids[key] = await makeOrg(ctx, owner, company(`Company ${key}`, country), staff);
    }
    // English-only offers, for the Chinese request.
    ids.electrolyteEn = await post("/api/offers", offerOf(ids.a, { en: "Sulfide solid electrolyte powder" }, { en: "Argyrodite sulfide solid electrolyte for all-solid-state batteries, with a dry-room coating process. Licence." }));
    ids.trackerEn = await post("/api/offers", offerOf(ids.b, { en: "Single-axis solar tracker controller" }, { en: "Low-cost controller for solar trackers with wind stow. Licence." }));
    ids.separatorEn = await post("/api/offers", offerOf(ids.c, { en: "Ceramic-coated separator" }, { en: "Coated separator film for lithium-ion batteries that resists shrinkage. Licence." }));
    // Chinese-only offers, for the English request.
    ids.electrolyteZh = await post("/api/offers", offerOf(ids.d, { local: "硫化物固态电解质粉体" }, { local: "用于全固态电池的硫银锗矿型硫化物固态电解质，可专利许可。" }));
    ids.trackerZh = await post("/api/offers", offerOf(ids.e, { local: "光伏跟踪支架控制器" }, { local: "低成本单轴跟踪支架控制器，具备大风保护功能，可专利许可。" }));
    ids.separatorZh = await post("/api/offers", offerOf(ids.f, { local: "陶瓷涂覆隔膜" }, { local: "用于锂离子电池的耐热收缩涂覆隔膜，可专利许可。" }));
    const wants = (orgId: string, title: { en?: string; local?: string }, description: { en?: string; local?: string }) =>
      buildRequest(orgId, { type: "technology-transfer", partnerKinds: ["offer"], industries: ["energy-storage"], targetRegions: [], title, description, trlMin: 5 });
    ids.zhRequest = await post("/api/requests", wants(ids.seekerCn, { local: "寻求固态电池电解质技术" }, { local: "我们计划建设全固态电池中试线，希望获得硫化物固态电解质的技术许可。" }));
    ids.enRequest = await post("/api/requests", wants(ids.seekerDe, { en: "Solid-state battery electrolyte wanted" }, { en: "We are building an all-solid-state battery pilot line and want to license a sulfide solid electrolyte." }));
    await new OutboxIndexer(ctx.deps).drain();
  });
  afterAll(() => ctx.cleanup());

  const matches = async (id: string) => (await request(ctx.app).get(`/api/requests/${id}/matches`).set("Authorization", staff.bearer).expect(200)).body.items as Item[];

  it("when a Chinese-only request meets English-only offers, then the offer of the same technology ranks first and the reason names the concept in Chinese", async () => {
    const english = [ids.electrolyteEn, ids.trackerEn, ids.separatorEn];
    const items = (await matches(ids.zhRequest)).filter((i) => english.includes(i.candidate.id));
    expect(items[0].candidate.id).toBe(ids.electrolyteEn);
    const reason = items[0].reasons.find((r) => r.factor === "textRelevance");
    expect(reason?.zh).toMatch(/固态电池|硫化物电解质/);
    expect(reason?.en).toMatch(/solid-state battery|sulfide electrolyte/);
  });

  it("when an English-only request meets Chinese-only offers, then the reverse holds", async () => {
    const chinese = [ids.electrolyteZh, ids.trackerZh, ids.separatorZh];
    const items = (await matches(ids.enRequest)).filter((i) => chinese.includes(i.candidate.id));
    expect(items[0].candidate.id).toBe(ids.electrolyteZh);
  });

  it("when someone searches in Chinese, then an English-only record of that technology is found, and the reverse", async () => {
    const zh = (await request(ctx.app).get(`/api/search?q=${encodeURIComponent("固态电解质")}&kind=offer`).expect(200)).body.hits.map((h: { entityId: string }) => h.entityId);
    expect(zh).toContain(ids.electrolyteEn);
    expect(zh).not.toContain(ids.trackerEn);
    const en = (await request(ctx.app).get("/api/search?q=solar%20tracker&kind=offer").expect(200)).body.hits.map((h: { entityId: string }) => h.entityId);
    expect(en).toContain(ids.trackerZh);
  });
});
