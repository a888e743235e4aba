/**
 * npx tsx scripts/bench/matcher-parts.ts — where a match request's time goes, on the
 * benchmark's synthetic directory: each search call of candidate generation alone (tier
 * reads, the text and concept-ranked queries, the concept counts), then the whole of
 * rankingInputs, for the same requests in the same run.
 *   PARTS_PROFILES=100000 PARTS_REQUESTS=40 npx tsx scripts/bench/matcher-parts.ts
 */
import type { MultiSearchQuery } from "meilisearch";
import { candidateQueries, conceptCounts, tellingConcepts } from "../../server/src/modules/matching/candidates.js";
import { MAX_FILTER_CONCEPTS, tierBase } from "../../server/src/modules/matching/tiers.js";
import { rankingInputs } from "../../server/src/modules/matching/service.js";
import { toMatchRequest } from "../../server/src/modules/matching/load.js";
import { DIRECTORY_INDEX } from "../../server/src/modules/search/documents.js";
import { filterValue } from "../../server/src/modules/search/filters.js";
import { reindexAll } from "../../server/src/modules/search/reindex.js";
import { loadSynthetic } from "../../server/src/modules/seed/synthetic.js";
import { openEphemeralContext } from "../lib/bench-context.js";
import { benchRequests } from "./matcher-scan.js";
import { fmt, percentile, timed } from "./lib.js";

const PROFILES = Number(process.env.PARTS_PROFILES ?? 100_000);
const REQUESTS = Number(process.env.PARTS_REQUESTS ?? 40);

const ctx = await openEphemeralContext("parklink_bench_matcher_parts");
try {
  const { deps } = ctx;
  await loadSynthetic(deps, PROFILES);
  const [reindexMs] = await timed(() => reindexAll(deps));
  console.log(`indexed in ${(reindexMs / 1000).toFixed(1)} s`);
  const { requests, requesters } = await benchRequests(deps, REQUESTS);
  const client = deps.search.client!;
  const uid = deps.search.indexName(DIRECTORY_INDEX);
  const times = new Map<string, number[]>();
  const note = (name: string, ms: number) => times.set(name, [...(times.get(name) ?? []), ms]);
  const run = (queries: MultiSearchQuery[]) => (queries.length ? client.multiSearch({ queries }) : Promise.resolve({ results: [] }));
  for (let round = 0; round < 2; round++) {
    times.clear();
    for (const r of requests) {
      const match = toMatchRequest(r, requesters.get(String(r.orgId))!);
      const counted = await conceptCounts(deps, match);
      const all = candidateQueries(match, uid, counted ? { telling: tellingConcepts(counted.counts) } : {});
      const base = tierBase(match);
      const concepts = (match.concepts ?? []).slice(0, MAX_FILTER_CONCEPTS);
      for (const q of all) note(`one: ${q.name}`, (await timed(() => run([q.query])))[0]);
      const plain = all.filter((q) => !q.query.q).map((q) => q.query);
      note("all tier reads, one call", (await timed(() => run(plain)))[0]);
      const noExpiry = plain.map((q) => ({ ...q, filter: (q.filter as string[]).filter((f) => !f.startsWith("expiresAt")) }));
      note("all tier reads, one call, no expiry filter", (await timed(() => run(noExpiry)))[0]);
      const counting = concepts.length
        ? [{ indexUid: uid, q: "", filter: base, limit: 0 }, ...concepts.map((id) => ({ indexUid: uid, q: "", filter: [...base, `concepts = ${filterValue(id)}`], limit: 0 }))]
        : [];
      note("concept counts (1 + one per concept)", (await timed(() => run(counting)))[0]);
      note("rankingInputs", (await timed(() => rankingInputs(deps, r, requesters.get(String(r.orgId))!)))[0]);
    }
  }
  console.log(`${requests.length} requests`);
  for (const [name, ms] of [...times].sort((a, b) => percentile(b[1], 0.95) - percentile(a[1], 0.95))) {
    console.log(`  ${name.padEnd(48)} n ${String(ms.length).padStart(3)}  p50 ${fmt(percentile(ms, 0.5)).padStart(9)}  p95 ${fmt(percentile(ms, 0.95)).padStart(9)}`);
  }
} finally {
  await ctx.close();
}
