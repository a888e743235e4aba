/**
 * npm run bench:search — /api/search against Meilisearch directly and against a MongoDB
 * $regex search, on 100,000 synthetic profiles; index lag; full reindex time; server RSS.
 *   BENCH_PROFILES=20000 npm run bench:search   (a smaller run)
 */
import crypto from "node:crypto";
import mongoose from "mongoose";
import { loadConfig } from "../../server/src/config.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { connectMongo } from "../../server/src/infra/mongo.js";
import { createSearch } from "../../server/src/infra/search.js";
import { meiliHttpClient } from "../../server/src/infra/meili-http.js";
import { startServices } from "../../server/src/infra/services.js";
import { memoryMailer } from "../../server/src/infra/mail.js";
import type { AppDeps } from "../../server/src/deps.js";
import { loadSynthetic } from "../../server/src/modules/seed/synthetic.js";
import { reindexAll } from "../../server/src/modules/search/reindex.js";
import { filterExpressions } from "../../server/src/modules/search/service.js";
import { DIRECTORY_INDEX } from "../../server/src/modules/search/documents.js";
import { FACETS } from "../../server/src/modules/search/settings.js";
import { orgModel } from "../../server/src/modules/orgs/model.js";
import { HIGHLIGHT_END, HIGHLIGHT_START, searchQuery } from "@parklink/shared";
import { fmt, percentile, rssMb, startApiServer, target, timed } from "./lib.js";

const PROFILES = Number(process.env.BENCH_PROFILES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const LAG_GIVE_UP_MS = 30_000;
const QUERIES = [
  "q=biomedicine",
  "q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", // 人工智能
  "q=science+park&kind=park",
  "q=robotics&region=east-asia",
  "q=new+energy&kind=investor",
  "q=graphene",
  "q=sister+park&kind=request",
  "q=software&country=CN",
  "q=%E7%94%9F%E7%89%A9%E5%8C%BB%E8%8D%AF", // 生物医药
  "q=technology+transfer&kind=offer&trlMin=5",
  "q=incubation",
  "q=semiconductor&kind=enterprise",
  "q=agriculture&region=africa",
  "q=fintech",
  "q=advanced+manufacturing&region=western-europe",
  "q=&kind=park&region=southeast-asia",
];

const config = loadConfig({ ...process.env, NODE_ENV: "test" });
const logger = createLogger({ logLevel: "warn", NODE_ENV: "test" });
console.log(`bench:search — ${PROFILES.toLocaleString()} synthetic profiles`);
const services = await startServices(config, logger, { ephemeral: true });
if (!services.meili) throw new Error("bench:search needs Meilisearch");
const db = await connectMongo(services.mongo.uri, "parklink_bench");
const deps: AppDeps = {
  config,
  logger,
  db,
  mongoBackend: services.mongo.kind,
  search: createSearch(services.meili, "", 60_000),
  jwtSecret: crypto.randomBytes(32).toString("hex"),
  mailer: memoryMailer(),
};

let server: Awaited<ReturnType<typeof startApiServer>> | undefined;
try {
  const [loadMs, loaded] = await timed(() => loadSynthetic(deps, PROFILES));
  console.log(`loaded ${loaded.orgs} orgs, ${loaded.offers} offers, ${loaded.requests} requests in ${(loadMs / 1000).toFixed(1)} s (backend: ${services.mongo.kind})`);
  const [reindexMs, { indexed }] = await timed(() => reindexAll(deps));
  console.log(`reindexed ${indexed} records in ${(reindexMs / 1000).toFixed(1)} s`);

  server = await startApiServer(deps, services, "parklink_bench");
  const serverPid = server.child.pid!;
  let maxRss = rssMb(serverPid);
  const sampleRss = () => (maxRss = Math.max(maxRss, rssMb(serverPid)));
  const rssTimer = setInterval(sampleRss, 100);

  const index = deps.search.client!.index(DIRECTORY_INDEX);
  const direct = async (qs: string) => {
    const query = searchQuery.parse(Object.fromEntries(new URLSearchParams(qs)));
    await index.search(query.q, {
      filter: filterExpressions(query),
      facets: [...FACETS],
      hitsPerPage: query.pageSize,
      page: query.page,
      attributesToHighlight: ["title_en", "title_local"],
      attributesToCrop: ["text_en", "text_local"],
      cropLength: 30,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      showRankingScore: true,
    });
  };
  // The API is called over the same transport the server uses to reach Meilisearch
  // (node:http, kept-alive), so both columns pay the same client costs.
  const api = async (qs: string) => {
    const body = await meiliHttpClient(`${server!.url}/api/search?${qs}`, { method: "GET" });
    if (!body) throw new Error(`/api/search?${qs} returned nothing`);
  };
  const Orgs = orgModel(db);
  const regex = async (qs: string) => {
    const q = new URLSearchParams(qs).get("q") || "park";
    const re = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
    // The same service as /api/search gives: the best page in an order, and the total.
    const filter = { status: "approved", $or: [{ "name.en": re }, { "name.local": re }, { "description.en": re }, { "description.local": re }] };
    await Promise.all([Orgs.find(filter).sort({ updatedAt: -1 }).limit(20).lean(), Orgs.countDocuments(filter)]);
  };

  for (const qs of QUERIES) await Promise.all([api(qs), direct(qs)]); // warm-up
  const apiSamples: number[] = [];
  const directSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const qs of QUERIES) {
      // Interleaved, so both see the same machine state.
      apiSamples.push((await timed(() => api(qs)))[0]);
      directSamples.push((await timed(() => direct(qs)))[0]);
    }
  }
  const regexSamples: number[] = [];
  for (const qs of QUERIES.slice(0, 8)) regexSamples.push((await timed(() => regex(qs)))[0]);

  // Index lag: a write through the API, then poll search until it is found.
  const anyOrg = await Orgs.findOne({ status: "approved", kind: "park" }).lean();
  const lags: number[] = [];
  const writes: number[] = [];
  let lagTimeouts = 0;
  for (let i = 0; i < 30; i++) {
    const word = `lagprobe${crypto.randomBytes(4).toString("hex")}`;
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/orgs/${String(anyOrg!._id)}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", authorization: server.bearer },
      body: JSON.stringify({ description: { en: `Benchmark probe ${word}` } }),
    });
    if (!res.ok) throw new Error(`PATCH → ${res.status} ${await res.text()}`);
    writes.push(performance.now() - t0);
    // A probe not found within 30 s counts as 30 s (and is reported), so the run still ends with its figures.
    for (;;) {
      const found = (await (await fetch(`${server.url}/api/search?q=${word}`)).json()) as { total: number };
      if (found.total > 0) break;
      if (performance.now() - t0 > LAG_GIVE_UP_MS) {
        lagTimeouts++;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    lags.push(Math.min(performance.now() - t0, LAG_GIVE_UP_MS));
  }
  clearInterval(rssTimer);
  sampleRss();

  const apiP50 = percentile(apiSamples, 0.5);
  const apiP95 = percentile(apiSamples, 0.95);
  const directP95 = percentile(directSamples, 0.95);
  const regexP95 = percentile(regexSamples, 0.95);
  console.log("");
  console.log(`queries: ${QUERIES.length} × ${ROUNDS} rounds; $regex: ${regexSamples.length} queries`);
  console.log(`  /api/search        p50 ${fmt(apiP50)}   p95 ${fmt(apiP95)}`);
  console.log(`  Meilisearch direct p50 ${fmt(percentile(directSamples, 0.5))}   p95 ${fmt(directP95)}`);
  console.log(`  MongoDB $regex     p50 ${fmt(percentile(regexSamples, 0.5))}   p95 ${fmt(regexP95)}`);
  console.log(`  index lag          p50 ${fmt(percentile(lags, 0.5))}   p95 ${fmt(percentile(lags, 0.95))}   max ${fmt(Math.max(...lags))}   (${lags.length} writes, ${lagTimeouts} not found within ${LAG_GIVE_UP_MS / 1000} s)`);
  console.log(`    of which the write (PATCH answered)  p50 ${fmt(percentile(writes, 0.5))}   p95 ${fmt(percentile(writes, 0.95))}`);
  console.log("");
  target("/api/search p95 ÷ direct Meilisearch p95", `${(apiP95 / directP95).toFixed(2)}×`, "≤ 1.3×", apiP95 <= 1.3 * directP95);
  target("$regex p95 ÷ /api/search p95", `${(regexP95 / apiP95).toFixed(1)}×`, "≥ 10×", regexP95 >= 10 * apiP95);
  target("index lag p95", fmt(percentile(lags, 0.95)), "< 1000 ms", percentile(lags, 0.95) < 1000);
  target(`full reindex of ${indexed.toLocaleString()} records`, `${(reindexMs / 1000).toFixed(1)} s`, "< 60 s", reindexMs < 60_000);
  target("server resident memory (max)", `${maxRss.toFixed(0)} MB`, "< 300 MB", maxRss < 300);
} finally {
  await server?.stop();
  await db.close();
  await services.stop();
  await mongoose.disconnect();
}
