// The other side's geography. A request names where it wants partners, and a candidate
// outside all of it keeps ELSEWHERE_FACTOR of its score (geography, in factors.ts). A
// candidate names where IT wants partners too: an organization its interest regions
// (an investor: where it invests), a request its target countries and regions, an offer
// the regions where it seeks takers. When the requester is outside every one of them, the
// candidate has said it looks elsewhere, and a broker would not put it ahead of one
// that looks where the requester is: it keeps THEY_LOOK_ELSEWHERE_FACTOR of its score.
//
// The reverse holds for cooperation between two places (sister parks, dual parks): a park
// that declares this very cooperation with partners where the requester is wants the
// requester whatever its industries, so it is a suggestion even when it shares no industry,
// concept or word with the request (see `topical` in score.ts).
import { countryName, termLabel, type TermIdOf } from "@parklink/shared";
import { displayName, nameIn } from "./explain.js";
import type { PreparedRequest } from "./prepare.js";
import type { Candidate, Reason, ReciprocityFacts } from "./types.js";

/** Share of the score kept by a candidate whose own stated places all leave the requester out. */
export const THEY_LOOK_ELSEWHERE_FACTOR = 0.75;

export interface TheirPlaces {
  regions: readonly string[];
  countries: readonly string[];
}

/** The places the candidate names for its partners, when the requester is in none of them; undefined otherwise. */
export function theyLookElsewhere(p: PreparedRequest, c: Candidate): TheirPlaces | undefined {
  const { country, region } = p.request.requester;
  const [regions, countries] =
    c.entity === "org" ? [c.interestRegions, []] : c.entity === "offer" ? [c.targetRegions, []] : [c.targetRegions, c.targetCountries];
  if (regions.length === 0 && countries.length === 0) return undefined;
  if (regions.includes(region) || countries.includes(country)) return undefined;
  return { regions, countries };
}

/**
 * The candidate asks for this very cooperation with partners where the requester is: a
 * declared interest (or an open request) of the request's own type naming the requester's
 * country or region.
 */
export function wantsRequesterHere(p: PreparedRequest, facts: ReciprocityFacts): boolean {
  if (facts.basis === "interest") return facts.type === p.type && facts.region !== undefined;
  if (facts.basis === "request") return facts.type === p.type && (facts.region !== undefined || facts.country !== undefined);
  return false;
}

/** Why the candidate ranks lower: it looks for partners elsewhere (counted under reciprocity, the other side's wants). */
export function elsewhereReason(c: Candidate, places: TheirPlaces): Reason {
  const name = displayName(c);
  const where = (lang: "en" | "zh") =>
    [...places.countries.map((code) => countryName(code, lang)), ...places.regions.map((r) => termLabel("region", r as TermIdOf<"region">, lang))].join(lang === "zh" ? "、" : ", ");
  const [en, zh] = c.entity === "offer" ? ["The offer seeks takers", "该成果寻求的承接方在"] : [`${nameIn(name, "en")} looks for partners`, `${nameIn(name, "zh")}寻找的合作方在`];
  return {
    factor: "reciprocity",
    en: `Ranked lower: ${en} in ${where("en")}, not where you are`,
    zh: `排名下调：${zh}${where("zh")}，不含您所在地区`,
  };
}
