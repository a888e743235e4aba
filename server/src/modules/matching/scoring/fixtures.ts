// Test fixtures for the scoring tests (plain data, no I/O). Real parks from DOMAIN.md.
import { prepareRequest, type PreparedRequest } from "./prepare.js";
import type { MatchRequest, OfferCandidate, OrgCandidate, RequestCandidate, Requester, ScoringContext } from "./types.js";
import { DEFAULT_WEIGHTS } from "./weights.js";

export const NOW = new Date("2025-06-01T00:00:00Z");

export function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * 86_400_000);
}

/** Chengdu Hi-tech Zone, an operating Chinese park. */
export function requester(over: Partial<Requester> = {}): Requester {
  return {
    id: "org-chengdu",
    kind: "park",
    name: { en: "Chengdu Hi-tech Zone", local: "成都高新区" },
    country: "CN",
    region: "east-asia",
    industries: ["biomedicine", "ai"],
    cooperationInterests: ["sister-park"],
    interestRegions: ["western-europe"],
    park: { stage: "operation" },
    ...over,
  };
}

/** Chengdu looks for a sister park in Western Europe, in biomedicine. */
export function request(over: Partial<MatchRequest> = {}): MatchRequest {
  return {
    id: "req-chengdu-1",
    orgId: "org-chengdu",
    type: "sister-park",
    title: { en: "Sister park in Europe for biomedicine", local: "寻找欧洲生物医药姊妹园区" },
    industries: ["biomedicine"],
    targetRegions: ["western-europe"],
    targetCountries: [],
    partnerKinds: ["park"],
    requester: requester(),
    ...over,
  };
}

/** Sophia Antipolis (France), an operating park open to sister parks in East Asia. */
export function org(over: Partial<OrgCandidate> = {}): OrgCandidate {
  return {
    entity: "org",
    id: "org-sophia",
    kind: "park",
    name: { en: "Sophia Antipolis", local: "索菲亚科技园" },
    country: "FR",
    region: "western-europe",
    industries: ["biomedicine", "ict"],
    cooperationInterests: ["sister-park"],
    interestRegions: ["east-asia"],
    park: { stage: "operation", services: ["incubation"] },
    updatedAt: daysAgo(3),
    openRequests: [],
    ...over,
  };
}

export function investor(over: Partial<OrgCandidate> = {}): OrgCandidate {
  return org({
    id: "org-fund",
    kind: "investor",
    name: { en: "Silk Road Ventures", local: "丝路创投" },
    country: "SG",
    region: "southeast-asia",
    industries: ["biomedicine"],
    cooperationInterests: ["investment"],
    interestRegions: [],
    park: undefined,
    investor: { investorType: "vc", stages: ["growth"], ticketMinUsd: 1_000_000, ticketMaxUsd: 10_000_000 },
    ...over,
  });
}

export function offer(over: Partial<OfferCandidate> = {}): OfferCandidate {
  return {
    entity: "offer",
    id: "offer-isfahan-1",
    orgId: "org-isfahan",
    orgName: { en: "Isfahan Science & Technology Town", local: "伊斯法罕科技城" },
    orgKind: "institution",
    country: "IR",
    region: "central-west-asia",
    title: { en: "Rapid diagnostic kit", local: "快速诊断试剂盒" },
    industries: ["medical-engineering"],
    trl: 7,
    transferModes: ["licence"],
    targetRegions: ["east-asia"],
    updatedAt: daysAgo(10),
    ...over,
  };
}

export function requestCandidate(over: Partial<RequestCandidate> = {}): RequestCandidate {
  return {
    entity: "request",
    id: "req-poznan-1",
    orgId: "org-poznan",
    orgName: { en: "Poznan Science and Technology Park" },
    orgKind: "park",
    country: "PL",
    region: "central-eastern-europe",
    type: "sister-park",
    title: { en: "Sister park in China" },
    industries: ["biomedicine"],
    targetRegions: [],
    targetCountries: ["CN"],
    partnerKinds: ["park"],
    updatedAt: daysAgo(5),
    ...over,
  };
}

export function ctx(over: Partial<ScoringContext> = {}): ScoringContext {
  return { now: NOW, weights: DEFAULT_WEIGHTS, ...over };
}

export function prep(over: Partial<MatchRequest> = {}): PreparedRequest {
  return prepareRequest(request(over));
}
