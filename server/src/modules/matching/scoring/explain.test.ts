import { describe, expect, it } from "vitest";
import { ctx, daysAgo, investor, offer, org, request } from "./fixtures.js";
import { MAX_REASONS } from "./explain.js";
import { scoreCandidate } from "./score.js";
import type { Suggestion } from "./types.js";

const reason = (s: Suggestion, factor: string) => s.reasons.find((r) => r.factor === factor);

describe("explain", () => {
  const sophia = org({
    cooperationInterests: [],
    openRequests: [{ type: "sister-park", industries: ["biomedicine"], targetRegions: ["east-asia"], targetCountries: [], partnerKinds: ["park"] }],
  });

  it("when both sides focus on the same industry, then both languages use the taxonomy labels", () => {
    const s = scoreCandidate(request(), sophia, ctx());
    const r = reason(s, "industryFit");
    expect(r?.en).toBe("Both focus on Biomedicine & pharmaceuticals");
    expect(r?.zh).toBe("双方都专注于生物医药");
  });

  it("when the candidate's open request wants the requester, then the reason names the candidate in both languages", () => {
    const s = scoreCandidate(request(), sophia, ctx());
    const r = reason(s, "reciprocity");
    expect(r?.en).toBe("Sophia Antipolis also seeks a sister park in East Asia");
    expect(r?.zh).toBe("索菲亚科技园也在寻找东亚的姊妹园区");
  });

  it("when the candidate has no Chinese name, then the Chinese sentence uses its English name", () => {
    const s = scoreCandidate(request(), org({ name: { en: "Sophia Antipolis", local: "Sophia Antipolis" } }), ctx());
    expect(reason(s, "cooperationFit")?.zh).toBe("Sophia Antipolis将姊妹园区列为合作意向");
    expect(reason(s, "cooperationFit")?.en).toBe("Sophia Antipolis lists sister parks among its cooperation interests");
  });

  it("when the candidate is in a target country, then the country is named from the taxonomy", () => {
    const s = scoreCandidate(request({ targetCountries: ["FR"] }), org(), ctx());
    expect(reason(s, "geography")).toMatchObject({ en: "Based in France, one of your target countries", zh: "位于法国，属于您的目标国家" });
  });

  it("when an offer's TRL is inside the range, then the reason says so", () => {
    const p = request({ type: "technology-transfer", partnerKinds: ["offer"], trlMin: 6, trlMax: 9, industries: ["biomedicine"], targetRegions: [] });
    const s = scoreCandidate(p, offer(), ctx());
    expect(reason(s, "stageFit")?.en).toBe("TRL 7 is inside your range 6–9");
    expect(reason(s, "stageFit")?.zh).toContain("TRL 7");
    expect(reason(s, "cooperationFit")?.en).toBe("A technology offer from Isfahan Science & Technology Town, available by licence");
    expect(reason(s, "cooperationFit")?.zh).toBe("伊斯法罕科技城发布的技术成果，可通过许可方式合作");
    expect(reason(s, "industryFit")?.en).toBe("Works in Medical engineering & devices, part of Biomedicine & pharmaceuticals");
    expect(reason(s, "industryFit")?.zh).toBe("从事医疗器械，属于生物医药领域");
  });

  it("when an investor's tickets fit, then its stages and tickets are explained", () => {
    const p = request({
      type: "investment",
      partnerKinds: ["investor"],
      ticketMinUsd: 2_000_000,
      ticketMaxUsd: 5_000_000,
      targetRegions: [],
    });
    const s = scoreCandidate(p, investor(), ctx());
    expect(reason(s, "stageFit")?.en).toBe("Invests in growth (Series B/C); tickets $1M–$10M fit your request");
    expect(reason(s, "stageFit")?.zh).toBe("投资阶段：成长期（B/C轮）；单笔 $1M–$10M 符合您的需求");
    expect(reason(s, "cooperationFit")?.zh).toBe("丝路创投是投资机构（风险投资）");
  });

  it("when the candidate was updated recently and answers introductions, then freshness says so", () => {
    const onlyFreshness = { cooperationFit: 0, industryFit: 0, geography: 0, stageFit: 0, textRelevance: 0, reciprocity: 0, freshness: 1 };
    const s = scoreCandidate(request(), org({ updatedAt: daysAgo(3) }), {
      ...ctx({ responsiveness: { answered: 6, declined: 1, expired: 0 } }),
      weights: onlyFreshness,
    });
    expect(s.reasons).toEqual([{ factor: "freshness", en: "Updated 3 days ago; answers introductions", zh: "3天前更新；积极回复引荐" }]);
  });

  it("when factors score low, then they are not explained", () => {
    const weak = org({ industries: ["marine"], country: "BR", region: "south-america", cooperationInterests: [], updatedAt: daysAgo(900) });
    const s = scoreCandidate(request(), weak, ctx());
    const factors = s.reasons.map((r) => r.factor);
    expect(factors).not.toContain("industryFit");
    expect(factors).not.toContain("geography");
    expect(factors).not.toContain("freshness");
    expect(factors).not.toContain("textRelevance");
  });

  it("when reasons are given, then they are at most four, largest contribution first", () => {
    const s = scoreCandidate(request({ targetCountries: ["FR"] }), sophia, ctx({ textScore: 0.9 }));
    expect(s.reasons.length).toBe(MAX_REASONS);
    const contribution = (f: string) => s.factors.find((x) => x.name === f)?.contribution ?? 0;
    for (let i = 1; i < s.reasons.length; i++) {
      expect(contribution(s.reasons[i - 1].factor)).toBeGreaterThanOrEqual(contribution(s.reasons[i].factor));
    }
  });
});
