import { describe, expect, it } from "vitest";
import {
  cooperationFit,
  freshness,
  geography,
  industryFit,
  reciprocity,
  responsivenessRate,
  stageFit,
} from "./factors.js";
import { textRelevance } from "./text.js";
import { daysAgo, investor, NOW, offer, org, prep, requestCandidate, requester } from "./fixtures.js";

describe("cooperationFit", () => {
  it("when the request does not want the candidate's kind, then it is 0", () => {
    const r = cooperationFit(prep(), org({ kind: "enterprise", park: undefined }));
    expect(r.value).toBe(0);
    expect(r.facts.basis).toBe("not-wanted");
    expect(cooperationFit(prep(), offer()).value).toBe(0);
  });

  it("when a sister-park request meets a park with that interest, then 1; without it, 0.5", () => {
    expect(cooperationFit(prep(), org()).value).toBe(1);
    expect(cooperationFit(prep(), org({ cooperationInterests: [] })).value).toBe(0.5);
  });

  it("when the park only lists dual parks, then it ranks between interest and none", () => {
    const v = cooperationFit(prep(), org({ cooperationInterests: ["dual-park"] })).value;
    expect(v).toBeGreaterThan(0.5);
    expect(v).toBeLessThan(1);
  });

  it("when the requester allows a kind the type does not usually involve, then it counts less", () => {
    const p = prep({ partnerKinds: ["park", "institution"] });
    const v = cooperationFit(p, org({ kind: "institution", cooperationInterests: ["sister-park"] })).value;
    expect(v).toBeCloseTo(0.8);
  });

  it("when technology transfer meets an offer, then 1 with a fitting transfer mode and less without", () => {
    const p = prep({ type: "technology-transfer", partnerKinds: ["offer", "institution", "enterprise"] });
    expect(cooperationFit(p, offer()).value).toBe(1);
    expect(cooperationFit(p, offer({ transferModes: ["co-branding"] })).value).toBeLessThan(1);
  });

  it("when technology transfer meets institutions, then declared interest beats profile evidence beats kind alone", () => {
    const p = prep({ type: "technology-transfer", partnerKinds: ["institution"] });
    const base = { kind: "institution" as const, park: undefined };
    const interest = cooperationFit(p, org({ ...base, cooperationInterests: ["technology-transfer"] })).value;
    const tto = cooperationFit(p, org({ ...base, cooperationInterests: [], institution: { institutionType: "technology-transfer-centre" } })).value;
    const plain = cooperationFit(p, org({ ...base, cooperationInterests: [], institution: { institutionType: "association" } })).value;
    expect(interest).toBe(1);
    expect(tto).toBeLessThan(interest);
    expect(plain).toBeLessThan(tto);
  });

  it("when an investment request meets investors, then ticket overlap gives 1 and no overlap 0.4", () => {
    const p = prep({ type: "investment", partnerKinds: ["investor"], ticketMinUsd: 2_000_000, ticketMaxUsd: 5_000_000 });
    expect(cooperationFit(p, investor()).value).toBe(1);
    const small = investor({ investor: { investorType: "angel", stages: ["seed"], ticketMinUsd: 10_000, ticketMaxUsd: 200_000 } });
    expect(cooperationFit(p, small).value).toBe(0.4);
  });

  it("when a candidate request seeks the same type, then it counts as complementary", () => {
    expect(cooperationFit(prep(), requestCandidate()).value).toBe(1);
    expect(cooperationFit(prep(), requestCandidate({ type: "training" })).value).toBeLessThan(0.5);
  });

  it("when two investment requests are both from companies, then they do not complement each other", () => {
    const p = prep({ type: "investment", partnerKinds: ["investor", "enterprise"], requester: requester({ kind: "enterprise" }) });
    const fromInvestor = cooperationFit(p, requestCandidate({ type: "investment", orgKind: "investor" })).value;
    const fromCompany = cooperationFit(p, requestCandidate({ type: "investment", orgKind: "enterprise" })).value;
    expect(fromInvestor).toBe(1);
    expect(fromCompany).toBeLessThan(0.5);
  });

  it("when co-branding meets an enterprise with that interest, then 1", () => {
    const p = prep({ type: "co-branding", partnerKinds: ["enterprise"] });
    const e = { kind: "enterprise" as const, park: undefined };
    expect(cooperationFit(p, org({ ...e, cooperationInterests: ["co-branding"] })).value).toBe(1);
    expect(cooperationFit(p, org({ ...e, cooperationInterests: [] })).value).toBeLessThan(0.6);
  });
});

describe("industryFit", () => {
  const p = prep({ industries: ["biomedicine"] });

  it("when both name the same industry, then 1", () => {
    expect(industryFit(p, org({ industries: ["biomedicine"] })).value).toBe(1);
  });

  it("when the candidate works in a sub-sector or the parent, then 0.7", () => {
    expect(industryFit(p, org({ industries: ["biotechnology"] })).value).toBeCloseTo(0.7);
    const child = prep({ industries: ["biotechnology"] });
    expect(industryFit(child, org({ industries: ["biomedicine"] })).value).toBeCloseTo(0.7);
  });

  it("when the industries are siblings, then 0.4; unrelated, then 0", () => {
    const bio = prep({ industries: ["biotechnology"] });
    expect(industryFit(bio, org({ industries: ["medical-engineering"] })).value).toBeCloseTo(0.4);
    expect(industryFit(bio, org({ industries: ["marine"] })).value).toBe(0);
  });

  it("when profiles are written in different languages, then only the ids matter", () => {
    const zhName = org({ name: { en: "Sophia", local: "生物医药园" }, industries: ["biomedicine"] });
    expect(industryFit(p, zhName).value).toBe(1);
  });

  it("when the candidate provides the requested cooperation as a service, then it fits any industry", () => {
    const planning = prep({ type: "planning-consulting", industries: ["agriculture"] });
    expect(industryFit(planning, org({ industries: ["business-services"] })).value).toBeCloseTo(0.8);
    const sister = prep({ type: "sister-park", industries: ["agriculture"] });
    expect(industryFit(sister, org({ industries: ["business-services"] })).value).toBe(0);
  });

  it("when one of several wanted industries matches exactly, then the best match weighs most", () => {
    const many = prep({ industries: ["biomedicine", "ai", "marine"] });
    const v = industryFit(many, org({ industries: ["biomedicine"] })).value;
    expect(v).toBeCloseTo(0.6 + 0.4 / 3);
  });
});

describe("geography", () => {
  it("when the candidate is in a target country, then 1; in a target region, then 0.85", () => {
    const p = prep({ type: "joint-partnership", targetCountries: ["FR"], targetRegions: ["central-eastern-europe"] });
    expect(geography(p, org()).value).toBe(1);
    expect(geography(p, org({ country: "PL", region: "central-eastern-europe" })).value).toBe(0.85);
  });

  it("when no target is given, then neutral 0.6; elsewhere, then 0.2", () => {
    expect(geography(prep({ targetRegions: [] }), org()).value).toBe(0.6);
    expect(geography(prep(), org({ country: "BR", region: "south-america" })).value).toBe(0.2);
  });

  it("when a cross-border type meets a park in the requester's own country, then 0", () => {
    const p = prep({ targetRegions: ["east-asia"] });
    const r = geography(p, org({ country: "CN", region: "east-asia" }));
    expect(r.value).toBe(0);
    expect(r.facts.basis).toBe("same-country-cross-border");
  });

  it("when the type is not cross-border, then the same country may be a target", () => {
    const p = prep({ type: "joint-partnership", partnerKinds: ["park"], targetCountries: ["CN"] });
    expect(geography(p, org({ country: "CN", region: "east-asia" })).value).toBe(1);
  });
});

describe("stageFit", () => {
  const tt = prep({ type: "technology-transfer", partnerKinds: ["offer"], trlMin: 6, trlMax: 9 });

  it("when the offer's TRL is inside the range, then 1", () => {
    expect(stageFit(tt, offer({ trl: 7 })).value).toBe(1);
  });

  it("when the offer's TRL is outside, then it decays with the distance", () => {
    const one = stageFit(tt, offer({ trl: 5 })).value;
    const three = stageFit(tt, offer({ trl: 3 })).value;
    expect(one).toBe(0.5);
    expect(three).toBeLessThan(one);
  });

  it("when the request has no TRL range, then a proven technology fits better than a prototype", () => {
    const p = prep({ type: "technology-transfer", partnerKinds: ["offer"] });
    expect(stageFit(p, offer({ trl: 7 })).value).toBeCloseTo(0.8);
    expect(stageFit(p, offer({ trl: 9 })).value).toBeGreaterThan(stageFit(p, offer({ trl: 5 })).value);
  });

  it("when an investor's tickets cover the request's range, then 1; partly, then 0.8; far off, then low", () => {
    const p = prep({ type: "investment", partnerKinds: ["investor"], ticketMinUsd: 2_000_000, ticketMaxUsd: 5_000_000 });
    expect(stageFit(p, investor()).value).toBe(1);
    const partial = investor({ investor: { stages: ["growth"], ticketMinUsd: 3_000_000, ticketMaxUsd: 20_000_000 } });
    expect(stageFit(p, partial).value).toBe(0.8);
    const tiny = investor({ investor: { stages: ["seed"], ticketMinUsd: 10_000, ticketMaxUsd: 50_000 } });
    expect(stageFit(p, tiny).value).toBeLessThan(0.1);
  });

  it("when sister parks are sought, then operating parks are favoured over parks being planned", () => {
    expect(stageFit(prep(), org()).value).toBe(1);
    expect(stageFit(prep(), org({ park: { stage: "planning" } })).value).toBeLessThan(0.6);
  });

  it("when planning & consulting is sought, then parks in planning or construction are favoured", () => {
    const p = prep({ type: "planning-consulting", partnerKinds: ["park"] });
    expect(stageFit(p, org({ park: { stage: "planning" } })).value).toBe(1);
    expect(stageFit(p, org({ park: { stage: "operation" } })).value).toBeLessThan(0.6);
  });

  it("when a park being planned seeks planning & consulting, then experienced parks are favoured", () => {
    const p = prep({ type: "planning-consulting", partnerKinds: ["park"], requester: requester({ park: { stage: "planning" } }) });
    expect(stageFit(p, org({ park: { stage: "operation" } })).value).toBe(1);
  });

  it("when nothing applies, then neutral 0.6", () => {
    expect(stageFit(prep({ type: "training", partnerKinds: ["park"] }), org()).value).toBe(0.6);
  });
});

describe("textRelevance", () => {
  it("when Meilisearch gave a score, then it is used; when absent or invalid, then 0.5", () => {
    expect(textRelevance(prep(), org(), 0.83).value).toBe(0.83);
    expect(textRelevance(prep(), org(), undefined).value).toBe(0.5);
    expect(textRelevance(prep(), org(), Number.NaN).value).toBe(0.5);
    expect(textRelevance(prep(), org(), 3).value).toBe(1);
  });
});

describe("reciprocity", () => {
  it("when the candidate's open request wants the requester, then 1", () => {
    const sophia = org({
      cooperationInterests: [],
      openRequests: [{ type: "sister-park", industries: ["biomedicine"], targetRegions: ["east-asia"], targetCountries: [], partnerKinds: ["park"] }],
    });
    const r = reciprocity(prep(), sophia);
    expect(r.value).toBe(1);
    expect(r.facts).toMatchObject({ basis: "request", type: "sister-park", region: "east-asia" });
  });

  it("when the candidate wants nothing of the kind, then 0", () => {
    const r = reciprocity(prep(), org({ cooperationInterests: ["training"], openRequests: [] }));
    expect(r.value).toBe(0);
  });

  it("when their request wants another kind or another region, then it counts little or nothing", () => {
    const wantsCompanies = { type: "sister-park", industries: [], targetRegions: [], targetCountries: [], partnerKinds: ["enterprise" as const] };
    expect(reciprocity(prep(), org({ cooperationInterests: [], openRequests: [wantsCompanies] })).value).toBe(0);
    const elsewhere = { ...wantsCompanies, partnerKinds: ["park" as const], targetRegions: ["africa"] };
    expect(reciprocity(prep(), org({ cooperationInterests: [], openRequests: [elsewhere] })).value).toBeLessThan(0.3);
  });

  it("when only declared interests match, then up to 0.7", () => {
    expect(reciprocity(prep(), org()).value).toBeCloseTo(0.7);
    expect(reciprocity(prep(), org({ interestRegions: ["africa"] })).value).toBeLessThan(0.3);
  });

  it("when the candidate is a request, then that request itself is judged", () => {
    expect(reciprocity(prep(), requestCandidate()).value).toBe(1);
    expect(reciprocity(prep(), requestCandidate({ partnerKinds: ["enterprise"] })).value).toBe(0);
  });

  it("when an offer targets the requester's region, then it wants the requester", () => {
    const p = prep({ type: "technology-transfer", partnerKinds: ["offer"] });
    expect(reciprocity(p, offer()).value).toBe(0.8);
    expect(reciprocity(p, offer({ targetRegions: ["africa"] })).value).toBeLessThan(0.2);
  });
});

describe("freshness", () => {
  it("when updated recently, then recency is 1; it decays over a year towards 0.2", () => {
    const fresh = freshness(daysAgo(3), NOW, undefined).facts.recency;
    const quarter = freshness(daysAgo(90), NOW, undefined).facts.recency;
    const year = freshness(daysAgo(365), NOW, undefined).facts.recency;
    expect(fresh).toBe(1);
    expect(quarter).toBeLessThan(fresh);
    expect(year).toBeLessThan(quarter);
    expect(year).toBeGreaterThan(0.2);
    expect(year).toBeLessThan(0.3);
  });

  it("when there is no introduction history, then responsiveness is a neutral 0.7", () => {
    expect(responsivenessRate(undefined).rate).toBe(0.7);
    expect(responsivenessRate({ answered: 0, declined: 0, expired: 0 }).rate).toBe(0.7);
  });

  it("when history is short, then smoothing keeps the rate away from 0 and 1", () => {
    const oneExpired = responsivenessRate({ answered: 0, declined: 0, expired: 1 }).rate;
    const oneAnswered = responsivenessRate({ answered: 1, declined: 0, expired: 0 }).rate;
    expect(oneExpired).toBeGreaterThan(0.3);
    expect(oneAnswered).toBeLessThan(1);
    const many = responsivenessRate({ answered: 0, declined: 0, expired: 50 }).rate;
    expect(many).toBeLessThan(0.05);
  });

  it("when a decline was sent in time, then it counts as an answer", () => {
    const declined = responsivenessRate({ answered: 0, declined: 3, expired: 0 }).rate;
    const answered = responsivenessRate({ answered: 3, declined: 0, expired: 0 }).rate;
    expect(declined).toBe(answered);
  });

  it("when an organization lets introductions expire, then its freshness drops", () => {
    const good = freshness(daysAgo(3), NOW, { answered: 8, declined: 1, expired: 0 }).value;
    const bad = freshness(daysAgo(3), NOW, { answered: 0, declined: 0, expired: 9 }).value;
    expect(good).toBeGreaterThan(bad);
  });
});
