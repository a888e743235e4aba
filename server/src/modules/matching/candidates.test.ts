import mongoose from "mongoose";
import { describe, expect, it } from "vitest";
import type { Offer } from "../offers/model.js";
import type { Org } from "../orgs/model.js";
import type { CooperationRequest } from "../requests/model.js";
import { offerDocument, orgDocument, requestDocument } from "../search/documents.js";
import { candidateFromDocument, candidateTiers, matchText, tellingConcepts } from "./candidates.js";
import { toMatchRequest, toOfferCandidate, toOrgCandidate, toRequestCandidate } from "./load.js";

const at = new Date("2026-10-01T08:30:00Z");
const id = () => new mongoose.Types.ObjectId();

const investor: Org = {
  _id: id(),
  kind: "investor",
  status: "approved",
  name: { en: "Lyon Health Ventures", local: "里昂健康创投" },
  description: { en: "Seed and series A in biomedicine" },
  country: "FR",
  region: "western-europe",
  city: "Lyon",
  industries: ["biomedicine", "medical-engineering"],
  cooperationInterests: ["investment"],
  interestRegions: ["east-asia"],
  languages: ["fr", "en"],
  contacts: [{ name: "Claire", email: "claire@example.org" }] as Org["contacts"],
  investor: { investorType: "vc", stages: ["seed", "series-a"], ticketMinUsd: 500_000, ticketMaxUsd: 5_000_000 },
  vetting: [],
  createdAt: at,
  updatedAt: at,
};

const park: Org = {
  ...investor,
  _id: id(),
  kind: "park",
  name: { en: "Sophia Antipolis" },
  investor: undefined,
  park: { stage: "mature", services: ["incubation", "landing-services"], areaKm2: 24 },
  cooperationInterests: ["sister-park", "co-branding"],
};

const offer: Offer = {
  _id: id(),
  orgId: park._id,
  title: { en: "Microfluidic diagnostics", local: "微流控诊断" },
  summary: { en: "A licensable chip" },
  industries: ["medical-engineering"],
  trl: 6,
  ipStatus: "patented",
  transferModes: ["licensing"],
  targetRegions: ["east-asia"],
  status: "active",
  expiresAt: new Date("2027-10-01T00:00:00Z"),
  createdAt: at,
  updatedAt: at,
};

const request: CooperationRequest = {
  _id: id(),
  orgId: investor._id,
  type: "investment",
  title: { en: "Co-investors for medtech", local: "医疗器械联合投资" },
  description: { en: "Syndicate partners" },
  industries: ["medical-engineering"],
  targetRegions: ["east-asia"],
  targetCountries: ["CN", "SG"],
  partnerKinds: ["investor"],
  ticketMinUsd: 1_000_000,
  ticketMaxUsd: 3_000_000,
  trlMin: 5,
  trlMax: 8,
  state: "open",
  expiresAt: new Date("2027-10-01T00:00:00Z"),
  createdAt: at,
  updatedAt: at,
};

describe("candidates read from the search index", () => {
  it("when an organization is indexed, then scoring reads from its record what it would read from MongoDB", () => {
    expect(candidateFromDocument(orgDocument(investor))).toEqual(toOrgCandidate(investor, []));
    expect(candidateFromDocument(orgDocument(park))).toEqual(toOrgCandidate(park, []));
  });

  it("when an organization has open requests, then they come along for reciprocity", () => {
    const own = candidateFromDocument(requestDocument(request, investor));
    const fromIndex = candidateFromDocument(orgDocument(investor), [own as never]);
    expect(fromIndex).toMatchObject({ openRequests: [{ id: String(request._id), type: "investment", targetCountries: ["CN", "SG"], partnerKinds: ["investor"] }] });
  });

  it("when an offer or a request is indexed, then its facts and its owner's come back whole", () => {
    expect(candidateFromDocument(offerDocument(offer, park))).toEqual(toOfferCandidate(offer, park));
    expect(candidateFromDocument(requestDocument(request, investor))).toEqual(toRequestCandidate(request, investor));
  });

  it("when a record is indexed, then no contact reaches its stored facts", () => {
    expect(JSON.stringify(orgDocument(investor))).not.toContain("claire@example.org");
  });
});

describe("the matcher's text query", () => {
  it("when a title names taxonomy terms, then they are left to the taxonomy factors and the other words stay", () => {
    expect(matchText({ en: "Seeking a sister park for biomedicine incubation near Grenoble" })).toBe("near grenoble");
    expect(matchText({ en: "AI & ICT: alumni network", local: "人工智能校友网络" })).toBe("alumni network 校友网络");
  });

  it("when a term has several words, then the longest known term goes as a whole", () => {
    expect(matchText({ en: "information and communication technology spin-offs" })).toBe("spin offs");
  });

  it("when a title is only taxonomy terms and the phrasing of a request, then there is no text to rank by", () => {
    expect(matchText({ en: "Biomedicine", local: "生物医药" })).toBe("");
    expect(matchText({ en: "Seeking biomedicine partners in Africa", local: "寻找非洲生物医药领域合作伙伴" })).toBe("");
  });
});

describe("candidate tiers", () => {
  const names = (r: CooperationRequest, org: Org = investor) => candidateTiers(toMatchRequest(r, org)).tiers.map((t) => t.name);

  it("when a request wants one industry, then no tier asks for all of them, and a TRL range adds its tiers", () => {
    const tiers = names(request);
    expect(tiers.some((n) => n.includes("all+"))).toBe(false);
    expect(tiers).toContain("exact+trl");
    expect(names({ ...request, trlMin: undefined, trlMax: undefined }).some((n) => n.includes("trl"))).toBe(false);
    expect(names({ ...request, industries: ["medical-engineering", "biomedicine"] }).some((n) => n.includes("all+"))).toBe(true);
  });

  it("when a request names glossary concepts, then tiers filtering on the telling ones join; without any, none does", () => {
    const match = toMatchRequest({ ...request, description: { en: "Organoid models and cell therapy" } }, investor);
    const telling = match.concepts!.slice(0, 1);
    const { tiers } = candidateTiers(match, { telling });
    const withConcepts = tiers.filter((t) => t.filter.some((f) => f.startsWith("concepts")));
    expect(withConcepts.map((t) => t.name)).toContain("concepts");
    for (const t of withConcepts) expect(t.filter).toContain(`concepts IN ["${telling[0]}"]`);
    const plain = candidateTiers(toMatchRequest({ ...request, title: { en: "Co-investors" }, description: { en: "Syndicate partners" } }, investor));
    expect(plain.tiers.some((t) => t.filter.some((f) => f.startsWith("concepts")))).toBe(false);
  });

  it("when concepts are counted, then the telling ones are the rarest that some record names, at most eight", () => {
    const counts = new Map([["common", 900], ["none", 0], ["rare", 3], ["rarer", 1], ...Array.from({ length: 10 }, (_, i) => [`mid-${i}`, 50 + i] as [string, number])]);
    const telling = tellingConcepts(counts);
    expect(telling.slice(0, 3)).toEqual(["rarer", "rare", "mid-0"]);
    expect(telling).toHaveLength(8);
    expect(telling).not.toContain("none");
    expect(telling).not.toContain("common");
  });

  it("when a request names no country, then no tier filters on one", () => {
    expect(names({ ...request, targetCountries: [], trlMin: undefined, trlMax: undefined }).filter((n) => n.includes("country") || n.includes("trl"))).toEqual([]);
  });

  it("when a type is cross-border, then every tier leaves out the requester's country, and each tier filters differently", () => {
    const sister = { ...request, orgId: park._id, type: "sister-park", partnerKinds: ["park" as const] };
    const { base, tiers } = candidateTiers(toMatchRequest(sister, park));
    expect(base).toContain('country != "FR"');
    expect(base).toContain(`orgId != "${String(park._id)}"`);
    for (const t of tiers) expect(t.filter.slice(0, base.length)).toEqual(base);
    expect(new Set(tiers.map((t) => t.filter.join(" AND "))).size).toBe(tiers.length);
    expect(candidateTiers(toMatchRequest(request, investor)).base.some((f) => f.startsWith("country !="))).toBe(false);
  });

  it("when no tier applies (no industries, places or service industries), then one tier of the base alone brings candidates beside those ranked by concepts", () => {
    const bare = { ...request, type: "investment", industries: [], targetRegions: [], targetCountries: [], trlMin: undefined, trlMax: undefined };
    const { base, tiers } = candidateTiers(toMatchRequest(bare, investor));
    expect(tiers.filter((t) => !t.filter.some((f) => f.startsWith("concepts")))).toEqual([{ name: "any", filter: base, limit: 150 }]);
  });

  it("when tiers are built at a given moment, then they hold only records unexpired at that moment", () => {
    const now = Date.parse("2026-11-01T00:00:00Z");
    expect(candidateTiers(toMatchRequest(request, investor), { now }).base[0]).toBe(`expiresAt > ${now / 1000}`);
  });
});
