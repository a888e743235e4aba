/**
 * npm run eval:matcher — how well the matcher ranks known true partners.
 * The labelled set: the real cooperation pairs of the reference documents (seed data),
 * and synthetic requests with a planted true partner, half of them written in Chinese,
 * among thousands of synthetic profiles. Prints hit@5, MRR and nDCG@10.
 *   EVAL_PROFILES=5000 EVAL_PLANTED=40 npm run eval:matcher
 */
import type { CreateOrgBody } from "@parklink/shared";
import type { Viewer } from "../../server/src/modules/orgs/access.js";
import { orgModel, type Org } from "../../server/src/modules/orgs/model.js";
import { createOrg } from "../../server/src/modules/orgs/service.js";
import { createRequest } from "../../server/src/modules/requests/service.js";
import { requestModel, type CooperationRequest } from "../../server/src/modules/requests/model.js";
import { rankForRequest } from "../../server/src/modules/matching/service.js";
import { reindexAll } from "../../server/src/modules/search/reindex.js";
import { seedDemoData } from "../../server/src/modules/seed/service.js";
import { loadSynthetic } from "../../server/src/modules/seed/synthetic.js";
import { SEED_PAIRS } from "../../server/src/modules/seed/data/index.js";
import { openEphemeralContext } from "../lib/bench-context.js";
import { plantedCases } from "./planted.js";

const PROFILES = Number(process.env.EVAL_PROFILES ?? 5000);
const PLANTED = Number(process.env.EVAL_PLANTED ?? 40);
const SYSTEM: Viewer = { staff: true, memberships: new Map() };
const DAY = 24 * 3600 * 1000;

interface Case {
  label: string;
  group: string;
  requestId: string;
  partnerOrgId: string;
}

const ctx = await openEphemeralContext("parklink_eval");
try {
  const { deps } = ctx;
  await seedDemoData(deps);
  await loadSynthetic(deps, PROFILES);
  const cases: Case[] = [];

  // The real pairs: a seeded request and the organization it really partnered with.
  for (const pair of SEED_PAIRS) {
    const request = await requestModel(deps.db).findOne({ seedKey: pair.requestKey }).lean<CooperationRequest>();
    const partner = await orgModel(deps.db).findOne({ seedKey: pair.partnerKey }, { _id: 1 }).lean();
    if (!request || !partner) throw new Error(`labelled pair ${pair.requestKey} → ${pair.partnerKey} is missing from the seed`);
    cases.push({ label: `${pair.requestKey} → ${pair.partnerKey}`, group: "real pairs", requestId: String(request._id), partnerOrgId: String(partner._id) });
  }

  // Planted pairs: a requester, a request, and one organization built to be its best partner.
  const create = async (body: CreateOrgBody) => (await createOrg(deps, SYSTEM, body, { status: "approved" }))._id;
  for (const planted of plantedCases(PLANTED)) {
    const requesterId = await create(planted.requester);
    const partnerId = await create(planted.partner);
    if (planted.partnerRequest) {
      await createRequest(deps, SYSTEM, { ...planted.partnerRequest, orgId: String(partnerId), state: "open", expiresAt: new Date(Date.now() + 90 * DAY) });
    }
    const request = await createRequest(deps, SYSTEM, { ...planted.request, orgId: String(requesterId), state: "open", expiresAt: new Date(Date.now() + 90 * DAY) });
    cases.push({ label: `planted ${planted.request.type} (${planted.language})`, group: `planted (${planted.language})`, requestId: request.id, partnerOrgId: String(partnerId) });
  }
  await reindexAll(deps);

  const ranks: { group: string; rank: number | undefined }[] = [];
  for (const c of cases) {
    const request = await requestModel(deps.db).findById(c.requestId).lean<CooperationRequest>();
    const requester = await orgModel(deps.db).findById(request!.orgId).lean<Org>();
    const items = await rankForRequest(deps, request!, requester!, 50);
    const index = items.findIndex((i) => i.candidate.orgId === c.partnerOrgId);
    ranks.push({ group: c.group, rank: index >= 0 ? index + 1 : undefined });
  }

  const metrics = (rows: typeof ranks) => ({
    n: rows.length,
    hit5: rows.filter((r) => r.rank !== undefined && r.rank <= 5).length / rows.length,
    mrr: rows.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / rows.length,
    ndcg10: rows.reduce((s, r) => s + (r.rank && r.rank <= 10 ? 1 / Math.log2(r.rank + 1) : 0), 0) / rows.length,
  });
  console.log(`eval:matcher — ${cases.length} labelled requests among ${(await orgModel(deps.db).estimatedDocumentCount()).toLocaleString()} organizations`);
  console.log("  group                 n   hit@5    MRR  nDCG@10");
  const groups = [...new Set(ranks.map((r) => r.group))];
  for (const g of [...groups, "all"]) {
    const m = metrics(g === "all" ? ranks : ranks.filter((r) => r.group === g));
    console.log(`  ${g.padEnd(20)} ${String(m.n).padStart(2)}   ${m.hit5.toFixed(2)}   ${m.mrr.toFixed(2)}    ${m.ndcg10.toFixed(2)}`);
  }
  const misses = ranks.map((r, i) => ({ ...r, c: cases[i] })).filter((r) => !r.rank || r.rank > 5);
  for (const m of misses) console.log(`  miss: ${m.c.label}: partner rank ${m.rank ?? "not in top 50"}`);
  const all = metrics(ranks);
  console.log(`  ${all.hit5 >= 0.9 ? "PASS" : "MISS"}  hit@5 ${all.hit5.toFixed(2)}   target ≥ 0.90`);
} finally {
  await ctx.close();
}
