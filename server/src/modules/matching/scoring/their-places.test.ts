import { describe, expect, it } from "vitest";
import { NOW, offer, org, prep, request, requestCandidate, requester } from "./fixtures.js";
import { rankCandidates, scoreCandidate } from "./score.js";
import { theyLookElsewhere, THEY_LOOK_ELSEWHERE_FACTOR } from "./their-places.js";
import { DEFAULT_WEIGHTS } from "./weights.js";

const ctx = { now: NOW, weights: DEFAULT_WEIGHTS };

/** A park in Egypt (Africa) planning a dual park with a Chinese park, in manufacturing, new energy and logistics. */
const dualPark = request({
  id: "req-delta",
  orgId: "org-delta",
  type: "dual-park",
  title: { en: "Chinese partner park for a dual park" },
  industries: ["advanced-manufacturing", "new-energy", "logistics"],
  targetCountries: ["CN"],
  targetRegions: ["east-asia"],
  requester: requester({ id: "org-delta", name: { en: "New Delta Zone" }, country: "EG", region: "africa", industries: ["advanced-manufacturing", "new-energy", "logistics"], park: { stage: "planning" } }),
});
/** Shares the request's industries, but runs dual parks with Southeast Asia only. */
const sameFieldElsewhere = org({
  id: "org-nanning",
  name: { en: "Nanning ASEAN Cooperation Park" },
  country: "CN",
  region: "east-asia",
  industries: ["advanced-manufacturing", "new-energy"],
  cooperationInterests: ["dual-park"],
  interestRegions: ["southeast-asia"],
});
/** Another field (electronics), but co-develops parks in Africa. */
const otherFieldHere = org({
  id: "org-xiamen",
  name: { en: "Xiamen Science City" },
  country: "CN",
  region: "east-asia",
  industries: ["electronics"],
  cooperationInterests: ["dual-park"],
  interestRegions: ["africa", "central-west-asia"],
});

describe("the candidate's own places", () => {
  it("when a candidate names where it wants partners and the requester is in none of them, then it looks elsewhere", () => {
    const p = prep({ requester: requester({ country: "CN", region: "east-asia" }) });
    expect(theyLookElsewhere(p, org({ interestRegions: ["south-asia"] }))).toEqual({ regions: ["south-asia"], countries: [] });
    expect(theyLookElsewhere(p, org({ interestRegions: ["east-asia", "south-asia"] }))).toBeUndefined();
    expect(theyLookElsewhere(p, org({ interestRegions: [] }))).toBeUndefined();
    expect(theyLookElsewhere(p, offer({ targetRegions: ["africa"] }))).toEqual({ regions: ["africa"], countries: [] });
    expect(theyLookElsewhere(p, offer({ targetRegions: [] }))).toBeUndefined();
    // A request that names the requester's country wants it, whatever its regions say.
    expect(theyLookElsewhere(p, requestCandidate({ targetCountries: ["CN"], targetRegions: ["africa"] }))).toBeUndefined();
    expect(theyLookElsewhere(p, requestCandidate({ targetCountries: ["IN"], targetRegions: [] }))).toEqual({ regions: [], countries: ["IN"] });
  });

  it("when the candidate looks elsewhere, then it keeps THEY_LOOK_ELSEWHERE_FACTOR of its score and says why in both languages", () => {
    const here = scoreCandidate(dualPark, { ...sameFieldElsewhere, interestRegions: ["africa"] }, ctx);
    const away = scoreCandidate(dualPark, sameFieldElsewhere, ctx);
    // The reciprocity factor drops too (interest in another region); the multiplier comes on top.
    expect(away.score).toBeLessThan(here.score * THEY_LOOK_ELSEWHERE_FACTOR);
    expect(away.reasons[0]).toMatchObject({
      factor: "reciprocity",
      en: "Ranked lower: Nanning ASEAN Cooperation Park looks for partners in Southeast Asia, not where you are",
      zh: expect.stringContaining("东南亚"),
    });
    expect(here.reasons.some((r) => r.en.startsWith("Ranked lower"))).toBe(false);
  });

  it("when one park shares the industries but wants partners elsewhere and another wants partners where the requester is, then the second ranks first", () => {
    const ranked = rankCandidates(dualPark, [sameFieldElsewhere, otherFieldHere], ctx);
    expect(ranked.map((s) => s.candidateId)).toEqual(["org-xiamen", "org-nanning"]);
  });

  it("when a park shares nothing topical but asks for this cooperation where the requester is, then it stays a suggestion only for cooperation between places", () => {
    // Sister or dual parks: the two places are the point.
    expect(rankCandidates(dualPark, [otherFieldHere], ctx).map((s) => s.candidateId)).toEqual(["org-xiamen"]);
    // The same park asking for dual parks elsewhere shares nothing: no suggestion.
    expect(rankCandidates(dualPark, [{ ...otherFieldHere, interestRegions: ["southeast-asia"] }], ctx)).toEqual([]);
    // Technology transfer is about the technology: sharing no industry, concept or word is no suggestion.
    const transfer = { ...dualPark, type: "technology-transfer", targetCountries: [], partnerKinds: ["park" as const] };
    const transferPark = { ...otherFieldHere, cooperationInterests: ["technology-transfer"] };
    expect(rankCandidates(transfer, [transferPark], ctx)).toEqual([]);
  });
});
