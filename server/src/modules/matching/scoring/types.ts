// Inputs and outputs of the matcher's scoring core. Everything here is plain data:
// the caller (the matching service) loads it from MongoDB and Meilisearch; scoring
// itself does no I/O and never reads the clock (`now` is passed in).
//
// Taxonomy fields (industries, regions, cooperation types, stages, …) hold taxonomy
// ids as they are stored (`string`); an unknown id simply matches nothing.
import type { Bilingual, IndustryPair, OrgKind, PartnerKind } from "@parklink/shared";

/** The seven factors, in the order they are reported. */
export const FACTOR_NAMES = [
  "cooperationFit",
  "industryFit",
  "geography",
  "stageFit",
  "textRelevance",
  "reciprocity",
  "freshness",
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

/** Relative importance of each factor (any non-negative scale; normalised by their sum). */
export type Weights = Readonly<Record<FactorName, number>>;

export interface InvestorFacts {
  investorType?: string;
  stages: readonly string[];
  ticketMinUsd: number;
  ticketMaxUsd: number;
}

/** The organization that posted the request being matched. */
export interface Requester {
  id: string;
  kind: OrgKind;
  name: Bilingual;
  country: string;
  region: string;
  industries: readonly string[];
  cooperationInterests: readonly string[];
  interestRegions: readonly string[];
  park?: { stage: string };
  enterprise?: { seeks: readonly string[] };
  investor?: InvestorFacts;
}

/** The request being matched. */
export interface MatchRequest {
  id: string;
  orgId: string;
  /** Cooperation type id (taxonomy `COOPERATION_TYPES`). */
  type: string;
  title: Bilingual;
  industries: readonly string[];
  targetRegions: readonly string[];
  targetCountries: readonly string[];
  partnerKinds: readonly PartnerKind[];
  trlMin?: number;
  trlMax?: number;
  ticketMinUsd?: number;
  ticketMaxUsd?: number;
  requester: Requester;
  /** Glossary concepts of the request's title and description (ids), in either language. */
  concepts?: readonly string[];
}

/** What a candidate organization itself asks for (one of its open requests), for reciprocity. */
export interface CandidateRequest {
  id?: string;
  type: string;
  industries: readonly string[];
  targetRegions: readonly string[];
  targetCountries: readonly string[];
  partnerKinds: readonly PartnerKind[];
}

export interface OrgCandidate {
  entity: "org";
  id: string;
  kind: OrgKind;
  name: Bilingual;
  country: string;
  region: string;
  industries: readonly string[];
  cooperationInterests: readonly string[];
  interestRegions: readonly string[];
  park?: { stage: string; services?: readonly string[] };
  enterprise?: { seeks: readonly string[]; size?: string };
  investor?: InvestorFacts;
  institution?: { institutionType: string };
  updatedAt: Date;
  openRequests: readonly CandidateRequest[];
  /** Glossary concepts of the profile's description. */
  concepts?: readonly string[];
}

export interface OfferCandidate {
  entity: "offer";
  id: string;
  orgId: string;
  orgName: Bilingual;
  orgKind: OrgKind;
  country: string;
  region: string;
  title: Bilingual;
  industries: readonly string[];
  trl: number;
  transferModes: readonly string[];
  targetRegions: readonly string[];
  updatedAt: Date;
  /** Glossary concepts of the offer's title and summary. */
  concepts?: readonly string[];
}

/** Another organization's open request. */
export interface RequestCandidate extends CandidateRequest {
  entity: "request";
  id: string;
  orgId: string;
  orgName: Bilingual;
  orgKind: OrgKind;
  country: string;
  region: string;
  title: Bilingual;
  trlMin?: number;
  trlMax?: number;
  ticketMinUsd?: number;
  ticketMaxUsd?: number;
  updatedAt: Date;
  /** Glossary concepts of the request's title and description. */
  concepts?: readonly string[];
}

export type Candidate = OrgCandidate | OfferCandidate | RequestCandidate;
export type CandidateEntity = Candidate["entity"];

/** Introductions the candidate's organization received. */
export interface Responsiveness {
  /** Answered in time (accepted). */
  answered: number;
  /** Answered in time with a no: still a timely answer. */
  declined: number;
  /** Left to expire without an answer. */
  expired: number;
}

/** Context for scoring one candidate. */
export interface ScoringContext {
  now: Date;
  weights: Weights;
  /** Meilisearch's ranking score (0–1) of the candidate for the request's text; absent → neutral 0.5. */
  textScore?: number;
  /** How telling each concept is among the candidates ranked together (inverse document frequency); absent → 1. */
  conceptWeights?: ReadonlyMap<string, number>;
  responsiveness?: Responsiveness;
}

/** Context for ranking many candidates at once. */
export interface RankContext {
  now: Date;
  weights: Weights;
  /** Text score by candidate id. */
  textScores?: ReadonlyMap<string, number>;
  /** Introduction history by organization id (the candidate's own org). */
  responsiveness?: ReadonlyMap<string, Responsiveness>;
  /** Explain and return only the best `limit` candidates (all are still scored). */
  limit?: number;
  /** Weight of each of the request's concepts (e.g. over the whole directory); computed from the candidates when absent. */
  conceptWeights?: ReadonlyMap<string, number>;
  /** One suggestion per organization: its best record, listing the others. */
  onePerOrg?: boolean;
  /** Existing partnerships of the requester: organization id → cooperation types ("*": unspecified). */
  partners?: ReadonlyMap<string, readonly string[]>;
  /** The requester's own answers to earlier introductions. */
  feedback?: readonly FeedbackEntry[];
}

/** One of the requester's answers to an introduction: whom it accepted or declined, and why. */
export interface FeedbackEntry {
  orgId: string;
  kind: string;
  industries: readonly string[];
  decision: "accepted" | "declined";
  /** Decline reason id (not_relevant, timing, already_partnered, other). */
  reason?: string;
}

// ---- Facts: what each factor found, for the explanation. ----

export type CooperationFacts =
  | { basis: "not-wanted"; kind: PartnerKind }
  | { basis: "interest"; kind: PartnerKind }
  | { basis: "related-interest"; kind: PartnerKind; relatedType: string }
  | { basis: "signal"; kind: PartnerKind; vocabulary: "parkService" | "enterpriseSeek" | "institutionType"; id: string }
  | { basis: "kind"; kind: PartnerKind }
  | { basis: "investor"; kind: PartnerKind; ticketOverlap: boolean | undefined; investorType?: string }
  | { basis: "offer"; kind: PartnerKind; modes: readonly string[] }
  | { basis: "request"; kind: PartnerKind; type: string; affinity: number };

export interface IndustryFacts {
  mean: number;
  max: number;
  pairs: readonly IndustryPair[];
}

export interface GeographyFacts {
  basis: "same-country-cross-border" | "target-country" | "target-region" | "near-target" | "no-target" | "elsewhere";
  country: string;
  region: string;
}

export type StageFacts =
  | { basis: "none" }
  | { basis: "trl"; trl: number; min: number; max: number; inside: boolean }
  | { basis: "trl-range"; min: number; max: number; theirMin: number; theirMax: number; overlap: boolean }
  | {
      basis: "ticket";
      stages: readonly string[];
      theirMin: number;
      theirMax: number;
      min: number | undefined;
      max: number | undefined;
      overlap: boolean;
    }
  | { basis: "park-stage"; stage: string };

export interface TextFacts {
  score: number;
  provided: boolean;
  /** Concepts of the request the candidate's texts share, most telling first. */
  shared: readonly string[];
}

export type ReciprocityFacts =
  | { basis: "none" }
  /** One of their requests (or the request candidate itself) wants the requester. */
  | { basis: "request"; type: string; country?: string; region?: string }
  /** Their declared cooperation interests and interest regions. */
  | { basis: "interest"; type: string; region?: string }
  /** A technology offer looking for takers where the requester is. */
  | { basis: "offer"; region?: string };

export interface FreshnessFacts {
  ageDays: number;
  recency: number;
  /** Smoothed answer rate; 0.7 with no history. */
  responsiveness: number;
  /** Number of introductions with an outcome (answered + declined + expired). */
  history: number;
}

export interface FactorResult<F> {
  value: number;
  facts: F;
}

export interface FactorFacts {
  cooperationFit: CooperationFacts;
  industryFit: IndustryFacts;
  geography: GeographyFacts;
  stageFit: StageFacts;
  textRelevance: TextFacts;
  reciprocity: ReciprocityFacts;
  freshness: FreshnessFacts;
}

// ---- Output ----

export interface FactorBreakdown {
  name: FactorName;
  /** 0–1 */
  value: number;
  weight: number;
  /** Points of the final 0–100 score this factor brings (after the two-sided bonus and gates). */
  contribution: number;
}

export interface Reason {
  /** The factor it explains, or what changed the ranking beyond the factors. */
  factor: FactorName | "partners" | "feedback";
  en: string;
  zh: string;
}

export interface Suggestion {
  candidateId: string;
  entity: CandidateEntity;
  /** 0–100, one decimal. */
  score: number;
  factors: FactorBreakdown[];
  reasons: Reason[];
  /** The same organization's other records that fit (its profile, offers, requests), best first. */
  others?: { candidateId: string; entity: CandidateEntity; score: number }[];
  /** Cooperation types the requester and this organization are already partners in ("*": unspecified). */
  alreadyPartners?: string[];
}
