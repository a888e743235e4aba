import type { z } from "zod";
import type { participantsQuery } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { forbidden, validationFailed } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { orgModel, type Org } from "../orgs/model.js";
import { requestModel, type CooperationRequest } from "../requests/model.js";
import { toMatchRequest, toOrgCandidate, toRequester } from "../matching/load.js";
import { weightsOf } from "../matching/service.js";
import { registrationModel, type Registration } from "./model.js";
import { PairScorer, participantFacts, type ParticipantFacts } from "./match.js";
import { bookedSlots } from "./bookings.js";
import { loadEvent } from "./service.js";

/** Matcher facts of registered organizations: profile plus linked (or else all open) requests. */
export async function loadFacts(deps: AppDeps, regs: Registration[]): Promise<Map<string, ParticipantFacts>> {
  const orgIds = regs.map((r) => r.orgId);
  const [orgs, requests] = await Promise.all([
    orgModel(deps.db).find({ _id: { $in: orgIds } }).lean<Org[]>(),
    requestModel(deps.db).find({ orgId: { $in: orgIds }, state: "open" }).lean<CooperationRequest[]>(),
  ]);
  const byOrg = new Map<string, CooperationRequest[]>();
  for (const r of requests) byOrg.set(String(r.orgId), [...(byOrg.get(String(r.orgId)) ?? []), r]);
  const linked = new Map(regs.map((r) => [String(r.orgId), new Set(r.requestIds.map(String))]));
  const facts = new Map<string, ParticipantFacts>();
  for (const org of orgs) {
    const open = byOrg.get(String(org._id)) ?? [];
    const chosen = linked.get(String(org._id))?.size ? open.filter((r) => linked.get(String(org._id))!.has(String(r._id))) : open;
    const { openRequests: _omit, ...candidate } = toOrgCandidate(org, open);
    facts.set(String(org._id), participantFacts(toRequester(org), candidate, chosen.map((r) => toMatchRequest(r, org))));
  }
  return facts;
}

type Query = z.infer<typeof participantsQuery>;
const matches = (org: Org, q: Query) =>
  (!q.kind || org.kind === q.kind) &&
  (!q.country || org.country === q.country) &&
  (!q.region || org.region === q.region) &&
  (!q.industry || org.industries.includes(q.industry)) &&
  (!q.cooperation || org.cooperationInterests.includes(q.cooperation));

/**
 * The other approved participants, with their two-sided match score against the organization
 * the viewer acts for (best first) and the slots both still have free.
 */
export async function participants(deps: AppDeps, viewer: Viewer, eventId: string, q: Query) {
  const e = await loadEvent(deps, viewer, eventId);
  const regs = await registrationModel(deps.db).find({ eventId: e._id, status: "approved" }).lean<Registration[]>();
  const mine = q.orgId ? regs.find((r) => String(r.orgId) === q.orgId) : undefined;
  if (q.orgId && !viewer.staff && !viewer.memberships.has(q.orgId)) throw forbidden("You can only act for your own organizations");
  if (q.orgId && !mine) throw validationFailed([{ field: "orgId", message: "must be an approved participant of this event" }]);
  if (!viewer.staff && !regs.some((r) => viewer.memberships.has(String(r.orgId)))) throw forbidden("Only participants see who else comes");
  const orgs = new Map((await orgModel(deps.db).find({ _id: { $in: regs.map((r) => r.orgId) } }).lean<Org[]>()).map((o) => [String(o._id), o]));
  const others = regs.filter((r) => String(r.orgId) !== q.orgId && orgs.has(String(r.orgId)) && matches(orgs.get(String(r.orgId))!, q));
  const booked = await bookedSlots(deps, e._id, regs.map((r) => String(r.orgId)));
  const facts = mine ? await loadFacts(deps, [mine, ...others]) : new Map<string, ParticipantFacts>();
  const scorer = new PairScorer(weightsOf(deps));
  const free = (r: Registration) => r.availability.filter((s) => !booked.get(String(r.orgId))?.has(s));
  const myFree = mine ? new Set(free(mine)) : undefined;
  const items = others.map((r) => {
    const org = orgs.get(String(r.orgId))!;
    const a = mine && facts.get(String(mine.orgId));
    const b = facts.get(String(r.orgId));
    const pair = a && b ? scorer.pair(a, b) : undefined;
    return {
      registrationId: String(r._id),
      orgId: String(r.orgId),
      name: org.name,
      kind: org.kind,
      country: org.country,
      region: org.region,
      industries: org.industries,
      cooperationInterests: org.cooperationInterests,
      looksFor: r.looksFor,
      offers: r.offers,
      ...(pair ? { score: pair.score, reasons: pair.reasons } : {}),
      freeSlots: free(r).filter((s) => !myFree || myFree.has(s)),
    };
  });
  items.sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || x.name.en.localeCompare(y.name.en));
  return { items };
}

/** Two-sided score of one pair (for the "matched pairs only" policy). */
export async function pairScore(deps: AppDeps, a: Registration, b: Registration): Promise<number> {
  const facts = await loadFacts(deps, [a, b]);
  const [fa, fb] = [facts.get(String(a.orgId)), facts.get(String(b.orgId))];
  return fa && fb ? new PairScorer(weightsOf(deps)).pair(fa, fb).score : 0;
}

