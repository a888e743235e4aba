/**
 * npm run bench:matcher — matches for a request on 100,000 synthetic profiles: the
 * matcher as the API serves it (GET /api/requests/:id/matches, from the server in its own
 * process: Meilisearch candidate generation + indexed MongoDB reads + scoring) beside a
 * full-scan scorer in the same run, with the overlap of their top-20 lists.
 *   BENCH_PROFILES=20000 npm run bench:matcher   (a smaller run)
 */
import type { CooperationRequest } from "../../server/src/modules/requests/model.js";
import { rankingInputs, weightsOf, type MatchItem } from "../../server/src/modules/matching/service.js";
import { meiliHttpClient } from "../../server/src/infra/meili-http.js";
import { rankCandidates, type Candidate } from "../../server/src/modules/matching/scoring/index.js";
import { reindexAll } from "../../server/src/modules/search/reindex.js";
import { loadSynthetic } from "../../server/src/modules/seed/synthetic.js";
import { openEphemeralContext } from "../lib/bench-context.js";
import { benchRequests, readEverything } from "./matcher-scan.js";
import { fmt, percentile, startApiServer, target, timed, type ChildServer } from "./lib.js";

const PROFILES = Number(process.env.BENCH_PROFILES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const FULL_SCANS_FROM_DB = Number(process.env.BENCH_FULL_SCANS ?? 3);

const DB = "parklink_bench_matcher";
/** What the API ranks with beside the candidates: text scores, history, partnerships, feedback, one suggestion per partner. */
const sameContext = (inputs: Awaited<ReturnType<typeof rankingInputs>>) => ({
  textScores: inputs.textScores,
  responsiveness: inputs.responsiveness,
  partners: inputs.partners,
  feedback: inputs.feedback,
  conceptWeights: inputs.conceptWeights,
  onePerOrg: true,
});
const ctx = await openEphemeralContext(DB);
let server: (ChildServer & { bearer: string }) | undefined;
try {
  const { deps } = ctx;
  console.log(`bench:matcher — ${PROFILES.toLocaleString()} synthetic profiles (MongoDB backend: ${deps.mongoBackend})`);
  await loadSynthetic(deps, PROFILES);
  const [reindexMs, { indexed }] = await timed(() => reindexAll(deps));
  console.log(`indexed ${indexed.toLocaleString()} records in ${(reindexMs / 1000).toFixed(1)} s`);

  const { requests, requesters } = await benchRequests(deps, REQUESTS);

  // The matcher as members call it, over HTTP (kept alive), after a warm-up.
  server = await startApiServer(deps, ctx.services, DB);
  const api = server;
  const matches = async (r: CooperationRequest) =>
    ((await meiliHttpClient(`${api.url}/api/requests/${String(r._id)}/matches?pageSize=20`, { headers: { authorization: api.bearer } })) as { items: MatchItem[] }).items;
  for (const r of requests.slice(0, 5)) await matches(r);
  const fast: number[] = [];
  const fastTop = new Map<string, { candidateId: string; score: number }[]>();
  const candidateCounts: number[] = [];
  for (const r of requests) {
    const [ms, items] = await timed(() => matches(r));
    fast.push(ms);
    fastTop.set(String(r._id), items);
  }
  await server.stop();

  // The full scan: read everything, score everything (same text scores, exclusions and weights).
  const fullFromDb: number[] = [];
  let everything: Candidate[] = [];
  for (let i = 0; i < FULL_SCANS_FROM_DB; i++) {
    const r = requests[i];
    const inputs = await rankingInputs(deps, r, requesters.get(String(r.orgId))!);
    const [ms] = await timed(async () => {
      everything = await readEverything(ctx.deps);
      return rankCandidates(inputs.match, everything, { ...sameContext(inputs), now: new Date(), weights: weightsOf(deps), limit: 20 });
    });
    fullFromDb.push(ms);
  }
  const scoringOnly: number[] = [];
  const overlaps: number[] = [];
  const tieAware: number[] = [];
  for (const r of requests) {
    const inputs = await rankingInputs(deps, r, requesters.get(String(r.orgId))!);
    candidateCounts.push(inputs.candidates.length);
    const excluded = new Set(inputs.excluded);
    const pool = everything.filter((c) => !excluded.has(c.entity === "org" ? c.id : c.orgId));
    const [ms, ranked] = await timed(async () =>
      rankCandidates(inputs.match, pool, { ...sameContext(inputs), now: new Date(), weights: weightsOf(deps), limit: 20 }),
    );
    scoringOnly.push(ms);
    const full = new Set(ranked.map((s) => s.candidateId));
    const mine = fastTop.get(String(r._id)) ?? [];
    const wanted = Math.min(20, full.size);
    overlaps.push(full.size === 0 ? 1 : mine.filter((m) => full.has(m.candidateId)).length / wanted);
    // Many records can tie on the 20th score; any of them deserves that place as much as the one the full scan kept.
    const last = ranked[wanted - 1]?.score ?? 0;
    tieAware.push(full.size === 0 ? 1 : Math.min(wanted, mine.filter((m) => full.has(m.candidateId) || m.score >= last).length) / wanted);
  }

  const fastP95 = percentile(fast, 0.95);
  const fullP95 = percentile(fullFromDb, 0.95);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const overlap = mean(overlaps);
  console.log("");
  console.log(`requests: ${requests.length}; candidates per request: median ${percentile(candidateCounts, 0.5)} of ${everything.length.toLocaleString()} records`);
  console.log(`  GET /api/requests/:id/matches p50 ${fmt(percentile(fast, 0.5))}   p95 ${fmt(fastP95)}`);
  console.log(`  full scan (read all + score)  p50 ${fmt(percentile(fullFromDb, 0.5))}   p95 ${fmt(fullP95)}   (${fullFromDb.length} runs)`);
  console.log(`  full scan, scoring only       p50 ${fmt(percentile(scoringOnly, 0.5))}   p95 ${fmt(percentile(scoringOnly, 0.95))}   (records already in memory)`);
  console.log("");
  target("matcher p95", fmt(fastP95), "< 100 ms", fastP95 < 100);
  target("full scan p95 ÷ matcher p95", `${(fullP95 / fastP95).toFixed(1)}×`, "≥ 20×", fullP95 >= 20 * fastP95);
  target("in-memory scoring p95 ÷ matcher p95 (for reference)", `${(percentile(scoringOnly, 0.95) / fastP95).toFixed(1)}×`, "—", true);
  target("top-20 overlap with the full scan (same records)", `${(overlap * 100).toFixed(1)} %`, "≥ 95 %", overlap >= 0.95);
  target("top-20 overlap counting ties on the 20th score (for reference)", `${(mean(tieAware) * 100).toFixed(1)} %`, "—", true);
} finally {
  await server?.stop();
  await ctx.close();
}
