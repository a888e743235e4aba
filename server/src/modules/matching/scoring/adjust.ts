// What changes a ranking beyond the seven factors: existing partnerships (left out for the
// same cooperation type, marked otherwise) and the requester's own answers to earlier
// introductions (similar partners move down after declines for lack of fit, up after
// acceptances). Pure, like the rest of scoring.
import { bestIndustryOverlap, termLabel, type IndustryId, type TermIdOf } from "@parklink/shared";
import { candidateKind, candidateOrgId } from "./factors.js";
import type { Candidate, FeedbackEntry, Reason } from "./types.js";

/** How much a decline for each reason says about fit (a "timing" no says little, "already partnered" nothing). */
export const DECLINE_WEIGHT: Readonly<Record<string, number>> = { not_relevant: 1, other: 0.6, timing: 0.2, already_partnered: 0 };
/** Largest share of the score a decline of a very similar partner removes, and an acceptance adds. */
export const DECLINE_PENALTY = 0.3;
export const ACCEPT_BONUS = 0.15;
/** Similarity from which a past answer counts as being about "a similar partner" in the explanation. */
export const SIMILAR = 0.5;

const REASON_LABEL: Readonly<Record<string, { en: string; zh: string }>> = {
  not_relevant: { en: "not relevant", zh: "不相关" },
  timing: { en: "bad timing", zh: "时机不合适" },
  already_partnered: { en: "already partnered", zh: "已有合作" },
  other: { en: "other reasons", zh: "其他原因" },
};

/** How alike a candidate and an organization the requester answered are: kind, then industries. */
export function similarity(c: Candidate, f: FeedbackEntry): number {
  const industries = "industries" in c ? c.industries : [];
  if (industries.length === 0 || f.industries.length === 0) return candidateKind(c) === f.kind ? 0.3 : 0;
  const overlap = bestIndustryOverlap(f.industries as readonly IndustryId[], industries as readonly IndustryId[]).score;
  return (candidateKind(c) === f.kind ? 1 : 0.5) * overlap;
}

export interface FeedbackEffect {
  multiplier: number;
  reason?: Reason;
}

/** The requester's answers applied to one candidate: a multiplier of its score, and why. */
export function feedbackEffect(c: Candidate, feedback: readonly FeedbackEntry[] | undefined): FeedbackEffect {
  if (!feedback?.length) return { multiplier: 1 };
  let down = 0;
  let up = 0;
  const declined: FeedbackEntry[] = [];
  const accepted: FeedbackEntry[] = [];
  for (const f of feedback) {
    const s = similarity(c, f);
    if (f.decision === "declined") {
      down = Math.max(down, s * (DECLINE_WEIGHT[f.reason ?? "other"] ?? 0.6));
      if (s >= SIMILAR && (DECLINE_WEIGHT[f.reason ?? "other"] ?? 0) > 0.5) declined.push(f);
    } else {
      up = Math.max(up, s);
      if (s >= SIMILAR) accepted.push(f);
    }
  }
  const multiplier = (1 - DECLINE_PENALTY * down) * (1 + ACCEPT_BONUS * up);
  if (declined.length > 0 && multiplier < 1) {
    const why = REASON_LABEL[declined[0].reason ?? "other"] ?? REASON_LABEL.other;
    const n = declined.length;
    return {
      multiplier,
      reason: {
        factor: "feedback",
        en: `Ranked lower: you declined ${n === 1 ? "a similar partner" : `${n} similar partners`} as “${why.en}”`,
        zh: `排名下调：您曾以“${why.zh}”为由婉拒${n === 1 ? "一个" : `${n}个`}类似的合作方`,
      },
    };
  }
  if (accepted.length > 0 && multiplier > 1) {
    const n = accepted.length;
    return {
      multiplier,
      reason: {
        factor: "feedback",
        en: `Ranked higher: like ${n === 1 ? "a partner" : `${n} partners`} you accepted`,
        zh: `排名上调：与您接受过的${n === 1 ? "一个" : `${n}个`}合作方相似`,
      },
    };
  }
  return { multiplier };
}

/** Existing partnership types with this candidate's organization, or undefined. */
export function partnershipOf(c: Candidate, partners: ReadonlyMap<string, readonly string[]> | undefined): readonly string[] | undefined {
  return partners?.get(candidateOrgId(c));
}

/** The reason that marks an existing partner suggested for another kind of cooperation. */
export function partnersReason(types: readonly string[]): Reason {
  const known = types.filter((t) => t !== "*");
  const label = (lang: "en" | "zh") => known.map((t) => termLabel("cooperationType", t as TermIdOf<"cooperationType">, lang)).join(lang === "zh" ? "、" : ", ");
  return known.length
    ? { factor: "partners", en: `Already partners (${label("en")}): this would be a new kind of cooperation`, zh: `已是合作伙伴（${label("zh")}），此次为新的合作类型` }
    : { factor: "partners", en: "Already partners: you have a recorded agreement", zh: "已是合作伙伴：已有签约记录" };
}
