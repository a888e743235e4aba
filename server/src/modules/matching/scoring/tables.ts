// Domain tables the factors read: how cooperation types relate, which transfer
// modes and profile fields serve each type, which park stage each type favours.
// Ids are taxonomy ids (shared/src/taxonomy).
import { COOPERATION_TYPES, type CooperationTypeTerm } from "@parklink/shared";
import type { PreparedRequest } from "./prepare.js";
import type { OrgCandidate } from "./types.js";

const COOPERATION_BY_ID: ReadonlyMap<string, CooperationTypeTerm> = new Map(
  COOPERATION_TYPES.map((term) => [term.id, term]),
);

export function cooperationTerm(id: string): CooperationTypeTerm | undefined {
  return COOPERATION_BY_ID.get(id);
}

/**
 * How close two cooperation types are (symmetric): 1 for the same type, less for
 * neighbours (a sister-park request and a dual-park interest), 0 otherwise.
 */
const RELATED_TYPES: readonly (readonly [string, string, number])[] = [
  ["sister-park", "dual-park", 0.7],
  ["co-branding", "re-branding", 0.7],
  ["joint-product", "joint-partnership", 0.7],
  ["joint-product", "technology-transfer", 0.5],
  ["co-branding", "joint-partnership", 0.4],
  ["training", "planning-consulting", 0.5],
];

const AFFINITY: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const table = new Map<string, Map<string, number>>();
  const set = (a: string, b: string, v: number) => {
    const row = table.get(a) ?? new Map<string, number>();
    row.set(b, v);
    table.set(a, row);
  };
  for (const term of COOPERATION_TYPES) set(term.id, term.id, 1);
  for (const [a, b, v] of RELATED_TYPES) {
    set(a, b, v);
    set(b, a, v);
  }
  return table;
})();

const NO_AFFINITY: ReadonlyMap<string, number> = new Map();

/** The affinity row of one type: other type id → 0..1. */
export function affinityRow(type: string): ReadonlyMap<string, number> {
  return AFFINITY.get(type) ?? NO_AFFINITY;
}

/**
 * Transfer modes of a technology offer that serve each request type
 * (taxonomy `TRANSFER_MODES` ids).
 */
export const MODES_FOR_TYPE: Readonly<Record<string, readonly string[]>> = {
  "technology-transfer": ["licence", "sale", "joint-development"],
  "joint-product": ["joint-product", "joint-development"],
  "joint-partnership": ["joint-development", "joint-product"],
  "co-branding": ["co-branding"],
  "re-branding": ["co-branding"],
};

export type SignalVocabulary = "parkService" | "enterpriseSeek" | "institutionType";

/** Profile evidence, short of a declared interest, that a candidate can serve a request type. */
export const SIGNALS: Readonly<Record<string, Partial<Record<SignalVocabulary, readonly string[]>>>> = {
  "technology-transfer": {
    parkService: ["technology-transfer-office"],
    enterpriseSeek: ["technology"],
    institutionType: ["technology-transfer-centre", "research-institute", "university"],
  },
  "joint-product": { enterpriseSeek: ["partners", "technology"], institutionType: ["research-institute", "university"] },
  "joint-partnership": { enterpriseSeek: ["partners", "market-entry"] },
  "co-branding": { enterpriseSeek: ["partners", "market-entry"] },
  "re-branding": { enterpriseSeek: ["partners"] },
  investment: { parkService: ["financing"] },
  training: { parkService: ["training"], institutionType: ["university", "association"] },
  "planning-consulting": { parkService: ["policy-consulting"], institutionType: ["research-institute", "university"] },
};

/** Park development stage preferred by each request type. */
export const PARK_STAGE_FIT: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "sister-park": { operation: 1, construction: 0.7, planning: 0.4 },
  "dual-park": { operation: 1, construction: 0.85, planning: 0.6 },
  "planning-consulting": { planning: 1, construction: 0.9, operation: 0.4 },
};
/** A park that is itself being planned or built seeks experienced (operating) partners. */
export const EXPERIENCED_FIT: Readonly<Record<string, number>> = { operation: 1, construction: 0.6, planning: 0.4 };

/**
 * Affinity of a type the other side wants to the request's type. Two investment
 * requests complement each other only when exactly one side is an investor.
 */
export function typeAffinity(p: PreparedRequest, type: string, ownerKind: string): number {
  const a = p.affinity.get(type) ?? 0;
  if (a > 0 && type === "investment" && p.type === "investment") {
    return p.requesterIsInvestor !== (ownerKind === "investor") ? 1 : 0.2;
  }
  return a;
}

/** The first piece of profile evidence (SIGNALS) that the candidate can serve `type`. */
export function findSignal(type: string, c: OrgCandidate): { vocabulary: SignalVocabulary; id: string } | undefined {
  const spec = SIGNALS[type];
  if (!spec) return undefined;
  const services = c.park?.services;
  if (spec.parkService && services) for (const id of spec.parkService) if (has(services, id)) return { vocabulary: "parkService", id };
  const seeks = c.enterprise?.seeks;
  if (spec.enterpriseSeek && seeks) for (const id of spec.enterpriseSeek) if (has(seeks, id)) return { vocabulary: "enterpriseSeek", id };
  const institutionType = c.institution?.institutionType;
  if (spec.institutionType && institutionType && has(spec.institutionType, institutionType)) {
    return { vocabulary: "institutionType", id: institutionType };
  }
  return undefined;
}

function has(list: readonly string[], x: string): boolean {
  return list.indexOf(x) >= 0;
}
