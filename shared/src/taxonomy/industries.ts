import { z } from "zod";
import { DIGITAL_INDUSTRIES } from "./industries-digital.js";
import { INDUSTRIAL_INDUSTRIES } from "./industries-industrial.js";
import { LIFE_INDUSTRIES } from "./industries-life.js";
import { SERVICE_INDUSTRIES } from "./industries-services.js";
import { idsOf, type Term } from "./types.js";

const INDUSTRY_DATA = [
  ...DIGITAL_INDUSTRIES,
  ...LIFE_INDUSTRIES,
  ...INDUSTRIAL_INDUSTRIES,
  ...SERVICE_INDUSTRIES,
] as const;

/** Every industry id: top-level sectors and their sub-sectors. */
export const INDUSTRY_IDS = idsOf(INDUSTRY_DATA);
export type IndustryId = (typeof INDUSTRY_IDS)[number];
export const IndustryIdSchema = z.enum(INDUSTRY_IDS);

export interface IndustryTerm extends Term<IndustryId> {
  readonly parent?: IndustryId;
}

/** The industry tree, two levels deep: a sector, then its sub-sectors (`parent` set). */
export const INDUSTRIES: readonly IndustryTerm[] = INDUSTRY_DATA as readonly IndustryTerm[];

export type IndustryRelation = "same" | "parent" | "child" | "sibling" | "none";

const PARENT_OF: ReadonlyMap<string, IndustryId | undefined> = new Map(
  INDUSTRIES.map((term) => [term.id, term.parent]),
);

export function industryParent(id: IndustryId): IndustryId | undefined {
  return PARENT_OF.get(id);
}

export function industryChildren(id: IndustryId): IndustryId[] {
  return INDUSTRIES.filter((term) => term.parent === id).map((term) => term.id);
}

/**
 * How `a` stands to `b`: "parent" when a is b's parent (biomedicine → medical-engineering),
 * "child" when a is b's child, "sibling" when both share a parent.
 */
export function industryRelation(a: IndustryId, b: IndustryId): IndustryRelation {
  if (a === b) return "same";
  const parentOfA = PARENT_OF.get(a);
  const parentOfB = PARENT_OF.get(b);
  if (parentOfB === a) return "parent";
  if (parentOfA === b) return "child";
  if (parentOfA !== undefined && parentOfA === parentOfB) return "sibling";
  return "none";
}

const SIMILARITY: Readonly<Record<IndustryRelation, number>> = {
  same: 1,
  parent: 0.7,
  child: 0.7,
  sibling: 0.4,
  none: 0,
};

/** 1 for the same industry, 0.7 for parent/child, 0.4 for siblings, 0 otherwise. */
export function industrySimilarity(a: IndustryId, b: IndustryId): number {
  return SIMILARITY[industryRelation(a, b)];
}

export interface IndustryPair {
  wanted: IndustryId;
  offered: IndustryId;
  relation: IndustryRelation;
}

export interface IndustryOverlap {
  /** Mean over the wanted industries of their best similarity, 0..1. */
  score: number;
  /** The best offered match of each wanted industry that has one (relation is wanted → offered). */
  pairs: IndustryPair[];
}

/** For each wanted industry the best offered one, averaged: explains "Both focus on biomedicine". */
export function bestIndustryOverlap(
  wanted: readonly IndustryId[],
  offered: readonly IndustryId[],
): IndustryOverlap {
  const uniqueWanted = [...new Set(wanted)];
  if (uniqueWanted.length === 0 || offered.length === 0) return { score: 0, pairs: [] };
  let total = 0;
  const pairs: IndustryPair[] = [];
  for (const want of uniqueWanted) {
    let best: IndustryPair | undefined;
    let bestScore = 0;
    for (const offer of offered) {
      const score = industrySimilarity(want, offer);
      if (score > bestScore) {
        bestScore = score;
        best = { wanted: want, offered: offer, relation: industryRelation(want, offer) };
      }
    }
    total += bestScore;
    if (best) pairs.push(best);
  }
  return { score: total / uniqueWanted.length, pairs };
}
