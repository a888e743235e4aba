import { describe, expect, it } from "vitest";
import { ctx, NOW, offer, org, request, requestCandidate } from "./fixtures.js";
import { combine, GATE_FACTOR, rankCandidates, scoreCandidate, type FactorValues } from "./score.js";
import { FACTOR_NAMES } from "./types.js";
import { DEFAULT_WEIGHTS } from "./weights.js";

const values = (over: Partial<FactorValues> = {}): FactorValues => ({
  cooperationFit: 0.8,
  industryFit: 0.8,
  geography: 0.8,
  stageFit: 0.6,
  textRelevance: 0.5,
  reciprocity: 0,
  freshness: 0.8,
  ...over,
});

describe("combine", () => {
  it("when every factor is 1, then the score is 100; when all are 0 but the gate, then 0", () => {
    const ones = Object.fromEntries(FACTOR_NAMES.map((n) => [n, 1])) as FactorValues;
    expect(combine(ones, DEFAULT_WEIGHTS).score).toBeCloseTo(100);
    const zeros = Object.fromEntries(FACTOR_NAMES.map((n) => [n, 0])) as FactorValues;
    expect(combine(zeros, DEFAULT_WEIGHTS).score).toBe(0);
  });

  it("when reciprocity is 0, then the weighted mean is kept at 85 %", () => {
    const v = values();
    const c = combine(v, DEFAULT_WEIGHTS);
    const mean = FACTOR_NAMES.reduce((s, n) => s + DEFAULT_WEIGHTS[n] * v[n], 0) / FACTOR_NAMES.reduce((s, n) => s + DEFAULT_WEIGHTS[n], 0);
    expect(c.base).toBeCloseTo(mean);
    expect(c.score).toBeCloseTo(100 * mean * 0.85);
  });

  it("when a mutual fit and a one-sided fit are otherwise equal, then the mutual one ranks higher by more than its weight", () => {
    const oneSided = combine(values({ reciprocity: 0 }), DEFAULT_WEIGHTS).score;
    const mutual = combine(values({ reciprocity: 1 }), DEFAULT_WEIGHTS).score;
    const withoutBonus = combine(values({ reciprocity: 1 }), DEFAULT_WEIGHTS).base * 100 * 0.85;
    expect(mutual).toBeGreaterThan(oneSided);
    expect(mutual).toBeGreaterThan(withoutBonus);
  });

  it("when the kind is not wanted, then the score is capped so it stays below wanted kinds", () => {
    const perfectButUnwanted = combine(values({ cooperationFit: 0, industryFit: 1, geography: 1, stageFit: 1, textRelevance: 1, reciprocity: 1, freshness: 1 }), DEFAULT_WEIGHTS);
    const mediocreWanted = combine(values({ cooperationFit: 0.45, industryFit: 0.4, geography: 0.2, reciprocity: 0 }), DEFAULT_WEIGHTS);
    expect(perfectButUnwanted.gated).toBe(true);
    expect(perfectButUnwanted.multiplier).toBeCloseTo(GATE_FACTOR);
    expect(perfectButUnwanted.score).toBeLessThan(mediocreWanted.score);
  });

  it("when a cross-border type meets the requester's own country, then the same gate applies", () => {
    expect(combine(values({ geography: 0 }), DEFAULT_WEIGHTS).gated).toBe(true);
  });

  it("when a weight is 0, then its factor does not move the score", () => {
    const weights = { ...DEFAULT_WEIGHTS, textRelevance: 0 };
    expect(combine(values({ textRelevance: 0 }), weights).score).toBeCloseTo(combine(values({ textRelevance: 1 }), weights).score);
  });
});

describe("scoreCandidate", () => {
  it("when a candidate is scored, then score has one decimal and contributions add up to it", () => {
    const s = scoreCandidate(request(), org(), ctx({ textScore: 0.72 }));
    expect(s.candidateId).toBe("org-sophia");
    expect(s.entity).toBe("org");
    expect(s.score).toBe(Math.round(s.score * 10) / 10);
    expect(s.score).toBeGreaterThan(80);
    expect(s.factors.map((f) => f.name)).toEqual([...FACTOR_NAMES]);
    const sum = s.factors.reduce((acc, f) => acc + f.contribution, 0);
    expect(Math.abs(sum - s.score)).toBeLessThan(0.1);
  });

  it("when the same input is scored twice, then the result is identical (no clock inside)", () => {
    const a = scoreCandidate(request(), org(), ctx());
    const b = scoreCandidate(request(), org(), ctx());
    expect(a).toEqual(b);
  });

  it("when `now` moves a year on, then only freshness changes the score", () => {
    const later = scoreCandidate(request(), org(), ctx({ now: new Date(NOW.getTime() + 365 * 86_400_000) }));
    const today = scoreCandidate(request(), org(), ctx());
    expect(later.score).toBeLessThan(today.score);
    const changed = later.factors.filter((f, i) => f.value !== today.factors[i].value).map((f) => f.name);
    expect(changed).toEqual(["freshness"]);
  });
});

describe("rankCandidates", () => {
  const wanted = org({ id: "org-b" });
  const mutual = org({
    id: "org-c",
    openRequests: [{ type: "sister-park", industries: ["biomedicine"], targetRegions: ["east-asia"], targetCountries: [], partnerKinds: ["park"] }],
  });
  const sameCountry = org({ id: "org-d", country: "CN", region: "east-asia", name: { en: "Zhongguancun", local: "中关村" } });
  const unwanted = org({ id: "org-a", kind: "enterprise", park: undefined });

  it("when candidates are ranked, then a mutual fit comes first and gated ones last", () => {
    const ranked = rankCandidates(request(), [unwanted, sameCountry, wanted, mutual], { now: NOW, weights: DEFAULT_WEIGHTS });
    expect(ranked[0].candidateId).toBe("org-c");
    expect(ranked[1].candidateId).toBe("org-b");
    expect(ranked.slice(2).map((s) => s.candidateId).sort()).toEqual(["org-a", "org-d"]);
    expect(ranked[2].score).toBeLessThan(ranked[1].score / 2);
  });

  it("when scores tie, then the most recently updated comes first, whatever the input order", () => {
    const older = org({ id: "org-a", updatedAt: new Date(NOW.getTime() - 3 * 3600_000) });
    const newer = org({ id: "org-b", updatedAt: new Date(NOW.getTime() - 3600_000) });
    const ranked = rankCandidates(request(), [older, newer], { now: NOW, weights: DEFAULT_WEIGHTS });
    expect(ranked[0].score).toBe(ranked[1].score);
    expect(ranked.map((s) => s.candidateId)).toEqual(["org-b", "org-a"]);
  });

  it("when scores and update times tie, then candidates are ordered by id, whatever the input order", () => {
    const twins = ["org-z", "org-m", "org-q"].map((id) => org({ id }));
    const a = rankCandidates(request(), twins, { now: NOW, weights: DEFAULT_WEIGHTS });
    const b = rankCandidates(request(), [...twins].reverse(), { now: NOW, weights: DEFAULT_WEIGHTS });
    expect(a.map((s) => s.candidateId)).toEqual(["org-m", "org-q", "org-z"]);
    expect(b).toEqual(a);
  });

  it("when text scores are given per candidate, then each candidate gets its own", () => {
    const twins = [org({ id: "org-x" }), org({ id: "org-y" })];
    const ranked = rankCandidates(request(), twins, { now: NOW, weights: DEFAULT_WEIGHTS, textScores: new Map([["org-y", 0.95], ["org-x", 0.1]]) });
    expect(ranked.map((s) => s.candidateId)).toEqual(["org-y", "org-x"]);
  });

  it("when responsiveness is given by organization, then offers and requests use their owner's record", () => {
    const p = request({ type: "technology-transfer", partnerKinds: ["offer"], targetRegions: [] });
    const twins = [offer({ id: "offer-1", orgId: "org-good" }), offer({ id: "offer-2", orgId: "org-silent" })];
    const responsiveness = new Map([
      ["org-good", { answered: 10, declined: 0, expired: 0 }],
      ["org-silent", { answered: 0, declined: 0, expired: 10 }],
    ]);
    const ranked = rankCandidates(p, twins, { now: NOW, weights: DEFAULT_WEIGHTS, responsiveness });
    expect(ranked.map((s) => s.candidateId)).toEqual(["offer-1", "offer-2"]);
  });

  it("when the requester's own organization, requests or the request itself are among the candidates, then they are skipped", () => {
    const own = [
      org({ id: "org-chengdu" }),
      requestCandidate({ id: "req-chengdu-1", orgId: "org-chengdu" }),
      requestCandidate({ id: "req-chengdu-2", orgId: "org-chengdu" }),
    ];
    const ranked = rankCandidates(request(), [...own, org()], { now: NOW, weights: DEFAULT_WEIGHTS });
    expect(ranked.map((s) => s.candidateId)).toEqual(["org-sophia"]);
  });

  it("when a limit is set, then only the best are returned and explained", () => {
    const many = Array.from({ length: 20 }, (_, i) => org({ id: `org-${String(i).padStart(2, "0")}`, updatedAt: new Date(NOW.getTime() - i * 20 * 86_400_000) }));
    const all = rankCandidates(request(), many, { now: NOW, weights: DEFAULT_WEIGHTS });
    const top = rankCandidates(request(), many, { now: NOW, weights: DEFAULT_WEIGHTS, limit: 5 });
    expect(top).toEqual(all.slice(0, 5));
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
  });

  it("when offers, requests and organizations are mixed, then all are ranked on one scale", () => {
    const p = request({ type: "technology-transfer", partnerKinds: ["offer", "institution"], trlMin: 6, trlMax: 9, industries: ["medical-engineering"], targetRegions: [] });
    const ranked = rankCandidates(p, [org(), offer(), requestCandidate()], { now: NOW, weights: DEFAULT_WEIGHTS });
    expect(ranked[0].candidateId).toBe("offer-isfahan-1");
    expect(ranked.every((s) => s.score >= 0 && s.score <= 100)).toBe(true);
  });
});
