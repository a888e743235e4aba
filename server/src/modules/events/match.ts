// Two-sided match scores between event participants, from the matcher's own scoring.
// Pure: the caller loads organizations and their open requests.
import { prepareRequest, scorePrepared, type MatchRequest, type OrgCandidate, type PreparedRequest, type Reason, type Weights } from "../matching/scoring/index.js";
import type { CandidateRequest, Requester } from "../matching/scoring/index.js";

/** What scoring needs of a participant: its profile facts and what it asks for. */
export interface ParticipantFacts {
  orgId: string;
  requester: Requester;
  candidate: OrgCandidate;
  /** Its open requests (or those it linked to its registration), as the matcher sees them. */
  requests: MatchRequest[];
  /** False when its cooperation interests stand in for requests it has not posted. */
  hasRequests: boolean;
}

export interface PairScore {
  /** 0–100: the mean of both directions. */
  score: number;
  /** Reasons from the first organization's point of view. */
  reasons: Reason[];
  /** Each side has a posted request the other answers well (both directions ≥ MUTUAL_MIN). */
  mutual: boolean;
}

/** Directed score from which a posted request counts as answered, for "mutual requests". */
export const MUTUAL_MIN = 50;

/** With no open request, an organization's declared cooperation interests stand in for requests. */
function standInRequests(requester: Requester): MatchRequest[] {
  const types = requester.cooperationInterests.length > 0 ? requester.cooperationInterests : ["joint-partnership"];
  return types.map((type) => ({
    id: `interest-${requester.id}-${type}`,
    orgId: requester.id,
    type,
    title: { en: type },
    industries: requester.industries,
    targetRegions: requester.interestRegions,
    targetCountries: [],
    partnerKinds: [],
    requester,
  }));
}

export function participantFacts(
  requester: Requester,
  candidate: Omit<OrgCandidate, "openRequests">,
  requests: MatchRequest[],
): ParticipantFacts {
  const openRequests: CandidateRequest[] = requests.map((r) => ({ id: r.id, type: r.type, industries: r.industries, targetRegions: r.targetRegions, targetCountries: r.targetCountries, partnerKinds: r.partnerKinds }));
  return { orgId: requester.id, requester, candidate: { ...candidate, openRequests }, requests: requests.length > 0 ? requests : standInRequests(requester), hasRequests: requests.length > 0 };
}

/** Scores pairs of participants, preparing each participant's requests once. */
export class PairScorer {
  private readonly prepared = new Map<string, PreparedRequest[]>();

  constructor(
    private readonly weights: Weights,
    private readonly now = new Date(),
  ) {}

  private preparedOf(p: ParticipantFacts): PreparedRequest[] {
    let list = this.prepared.get(p.orgId);
    if (!list) this.prepared.set(p.orgId, (list = p.requests.map(prepareRequest)));
    return list;
  }

  /** How well `b` answers what `a` asks for: the best of a's requests. */
  directed(a: ParticipantFacts, b: ParticipantFacts) {
    let best: { score: number; reasons: Reason[] } = { score: 0, reasons: [] };
    for (const p of this.preparedOf(a)) {
      const s = scorePrepared(p, b.candidate, { now: this.now, weights: this.weights });
      if (s.score > best.score) best = s;
    }
    return best;
  }

  pair(a: ParticipantFacts, b: ParticipantFacts): PairScore {
    const ab = this.directed(a, b);
    const ba = this.directed(b, a);
    const mutual = a.hasRequests && b.hasRequests && ab.score >= MUTUAL_MIN && ba.score >= MUTUAL_MIN;
    return { score: Math.round(((ab.score + ba.score) / 2) * 10) / 10, reasons: ab.reasons, mutual };
  }
}
