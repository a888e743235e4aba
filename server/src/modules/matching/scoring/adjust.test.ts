import { describe, expect, it } from "vitest";
import { rankCandidates } from "./score.js";
import { feedbackEffect } from "./adjust.js";
import { NOW, offer, org, request } from "./fixtures.js";
import { DEFAULT_WEIGHTS } from "./weights.js";

const ctx = { now: NOW, weights: DEFAULT_WEIGHTS };
const lyon = org({ id: "org-lyon", name: { en: "Lyon Biopark" } });
const leiden = org({ id: "org-leiden", name: { en: "Leiden Bio Science Park" } });

describe("existing partnerships", () => {
  it("when the requester already has a sister park, then it is left out of a sister-park request", () => {
    const ranked = rankCandidates(request(), [lyon, leiden], { ...ctx, partners: new Map([["org-lyon", ["sister-park"]]]) });
    expect(ranked.map((s) => s.candidateId)).toEqual(["org-leiden"]);
  });

  it("when the partnership is of another type, then the partner stays, marked and explained", () => {
    const ranked = rankCandidates(request(), [lyon, leiden], { ...ctx, partners: new Map([["org-lyon", ["technology-transfer"]]]) });
    const marked = ranked.find((s) => s.candidateId === "org-lyon")!;
    expect(marked.alreadyPartners).toEqual(["technology-transfer"]);
    expect(marked.reasons[0]).toMatchObject({ factor: "partners", en: expect.stringContaining("Already partners (Technology transfer)"), zh: expect.stringContaining("已是合作伙伴") });
  });
});

describe("one suggestion per partner", () => {
  it("when an organization fits through its profile and its offer, then one suggestion names the best and lists the other", () => {
    const r = request({ type: "technology-transfer", partnerKinds: ["institution", "offer"], industries: ["medical-engineering"] });
    const institute = org({ id: "org-isfahan", kind: "institution", park: undefined, institution: { institutionType: "research-institute" }, industries: ["medical-engineering"], cooperationInterests: ["technology-transfer"] });
    const kit = offer();
    const ranked = rankCandidates(r, [institute, kit], { ...ctx, onePerOrg: true });
    expect(ranked).toHaveLength(1);
    expect(ranked[0].others).toEqual([{ candidateId: expect.any(String), entity: expect.any(String), score: expect.any(Number) }]);
    expect(new Set([ranked[0].candidateId, ranked[0].others![0].candidateId])).toEqual(new Set(["org-isfahan", "offer-isfahan-1"]));
  });
});

describe("the requester's own feedback", () => {
  const declined = { orgId: "org-old", kind: "park", industries: ["biomedicine"], decision: "declined" as const, reason: "not_relevant" };

  it("when the requester declined a similar partner as not relevant, then similar candidates rank lower at once, and say so", () => {
    const before = rankCandidates(request(), [lyon], ctx)[0];
    const after = rankCandidates(request(), [lyon], { ...ctx, feedback: [declined] })[0];
    expect(after.score).toBeLessThan(before.score);
    expect(after.reasons[0]).toMatchObject({ factor: "feedback", en: "Ranked lower: you declined a similar partner as “not relevant”" });
  });

  it("when the decline was about timing, then it weighs little; an acceptance moves similar candidates up", () => {
    expect(feedbackEffect(lyon, [{ ...declined, reason: "timing" }]).multiplier).toBeGreaterThan(feedbackEffect(lyon, [declined]).multiplier);
    expect(feedbackEffect(lyon, [{ ...declined, reason: "already_partnered" }]).multiplier).toBe(1);
    const up = feedbackEffect(lyon, [{ ...declined, decision: "accepted", reason: undefined }]);
    expect(up.multiplier).toBeGreaterThan(1);
    expect(up.reason?.en).toBe("Ranked higher: like a partner you accepted");
  });

  it("when the answered partner is of another kind and field, then nothing changes", () => {
    expect(feedbackEffect(lyon, [{ ...declined, kind: "investor", industries: ["fintech"] }]).multiplier).toBe(1);
  });
});
