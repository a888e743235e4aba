/**
 * npm run eval:public — the independent evaluation set (../shared/eval, or EVAL_SET_DIR)
 * run through the HTTP API on a fresh database with the demo data in place: every org,
 * offer, background request and case is written through the API, existing partnerships
 * are recorded as introductions with an agreement outcome, and each case's ranked matches
 * come from GET /api/requests/:id/matches. Prints hit@1, hit@5, MRR, nDCG@10, distractor
 * and must-not-appear violations per case, language, type, failure-mode tag and overall.
 *   EVAL_SET_DIR=/path/to/eval npm run eval:public    (EVAL_VERBOSE=1: each case's top 10)
 *   EVAL_DETAIL=case_key,other_key npm run eval:public  (those cases' top 20 with factor values)
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createUser } from "../../server/src/modules/auth/service.js";
import { signAccessToken } from "../../server/src/modules/auth/guard.js";
import { createLogger } from "../../server/src/infra/logger.js";
import { outboxModel } from "../../server/src/modules/outbox/model.js";
import { sweepRequests } from "../../server/src/modules/requests/lifecycle.js";
import { seedDemoData } from "../../server/src/modules/seed/service.js";
import { serve } from "../../server/src/server.js";
import { openEphemeralContext } from "../lib/bench-context.js";
import { Api } from "./public/api.js";
import { loadEvalSet } from "./public/load.js";
import { header, line, scoreCase, summarise, type CaseResult, type CaseScore } from "./public/metrics.js";
import type { EvalSet } from "./public/types.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.resolve(root, process.env.EVAL_SET_DIR ?? "../shared/eval");
const file = path.join(dir, "matching-cases.json");
if (!fs.existsSync(file)) throw new Error(`eval:public: no ${file} (set EVAL_SET_DIR)`);
const set = JSON.parse(fs.readFileSync(file, "utf8")) as EvalSet;
const verbose = process.env.EVAL_VERBOSE === "1";
const detailed = new Set((process.env.EVAL_DETAIL ?? "").split(",").filter(Boolean));

process.env.PORT = "0";
process.env.HOST = "127.0.0.1";
const ctx = await openEphemeralContext("parklink_eval_public");
const deps = { ...ctx.deps, logger: createLogger({ logLevel: "error", NODE_ENV: "test" }) };
const server = await serve(deps);
try {
  const demo = await seedDemoData(deps);
  const api = new Api(server.url);
  const bearerFor = async (role: "member" | "staff", label: string) => {
    const user = await createUser(deps, { email: `${label}@eval.parklink.test`, password: "evaluation-2026", name: label, role, phone: "+33 4 93 00 00 00" });
    return `Bearer ${signAccessToken(deps.jwtSecret, 6 * 3600, { userId: String(user._id), role })}`;
  };
  const staff = await bearerFor("staff", "staff");
  const members = new Map<string, string>();
  const memberOf = async (key: string) => {
    if (!members.has(key)) members.set(key, await bearerFor("member", key.replace(/[^a-z0-9]/gi, "-")));
    return members.get(key)!;
  };
  const t0 = Date.now();
  const loaded = await loadEvalSet(api, set, { staff, memberOf });
  // Background requests marked expired: their short expiry passes, then the sweep expires them.
  await new Promise((r) => setTimeout(r, 4500));
  await sweepRequests(deps);
  // Wait for the indexer to apply every outbox entry, and Meilisearch to finish its tasks.
  for (;;) {
    const pending = await outboxModel(deps.db).countDocuments({ processedAt: { $exists: false } });
    const tasks = await deps.search.client!.tasks.getTasks({ statuses: ["enqueued", "processing"] });
    if (pending === 0 && tasks.results.length === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(`eval:public — ${set.name} ${set.version}: ${set.orgs.length} orgs, ${set.requests.length} cases, loaded through the API in ${((Date.now() - t0) / 1000).toFixed(1)} s beside the demo data (${demo.orgs} orgs)`);
  if (loaded.copied) console.log(`  the API required English: ${loaded.copied} texts had their Chinese copied into the English slot (never translated)`);

  const results: CaseResult[] = [];
  for (const c of set.requests) {
    const id = loaded.cases.get(c.key);
    if (!id) {
      results.push({ c, ranked: [], skipped: true });
      continue;
    }
    const page = await api.call<{ items: { score: number; reasons: { en: string }[]; factors: { name: string; value: number }[]; candidate: { entity: string; id: string; orgId: string; orgName: { en: string } } }[] }>("GET", `/requests/${id}/matches?pageSize=40`, staff);
    if (detailed.has(c.key)) {
      console.log(`\n${c.key} (expect ${(c.expect ?? []).join(", ")}; distractors ${(c.must_rank_below_expected ?? []).join(", ")}):`);
      for (const [i, item] of page.items.entries()) {
        const key = item.candidate.entity === "offer" ? loaded.keys.get(item.candidate.id) : loaded.keys.get(item.candidate.orgId);
        const factors = item.factors.map((f) => `${f.name.slice(0, 5)} ${f.value.toFixed(2)}`).join(" ");
        console.log(`  ${String(i + 1).padStart(2)} ${(key ?? `?${item.candidate.orgName.en.slice(0, 24)}`).padEnd(28)} ${item.candidate.entity.padEnd(7)} ${String(item.score).padStart(5)}  ${factors}`);
      }
    }
    const ranked: string[] = [];
    const scores: string[] = [];
    for (const item of page.items) {
      const key = item.candidate.entity === "offer" ? loaded.keys.get(item.candidate.id) : loaded.keys.get(item.candidate.orgId);
      const k = key ?? `?${item.candidate.orgName.en.slice(0, 24)}`;
      if (!ranked.includes(k)) {
        ranked.push(k);
        scores.push(`${k} ${item.score}${verbose ? ` [${item.reasons.map((r) => r.en).join(" | ")}]` : ""}`);
      }
      if (ranked.length === 20) break;
    }
    results.push({ c, ranked, scores });
  }

  const scored = results.filter((r) => !r.skipped).map((r) => ({ r, s: scoreCase(r) }));
  console.log("\nPer case (rank of the first right partner; distractor pairs violated; must-not-appear in the top 20):");
  for (const { r, s } of scored) {
    const mark = s.hit1 ? " " : s.hit5 ? "~" : "✗";
    console.log(`  ${mark} ${r.c.key.padEnd(36)} ${r.c.lang}  first ${String(s.firstExpected ?? "—").padStart(2)}  distractors ${s.violations}/${s.pairs}  must-not ${s.hard20}`);
    if (verbose || (!s.hit1 && process.env.EVAL_VERBOSE !== "0")) console.log(`      top: ${(r.scores ?? r.ranked).slice(0, verbose ? 5 : 8).join(verbose ? "\n           " : ", ")}\n      expect: ${(r.c.expect ?? []).join(", ")}`);
  }
  for (const r of results.filter((x) => x.skipped)) console.log(`  - ${r.c.key}: skipped (${loaded.skipped.find((s) => s.key === r.c.key)?.why})`);

  const groups = new Map<string, CaseScore[]>();
  const add = (g: string, s: CaseScore) => groups.set(g, [...(groups.get(g) ?? []), s]);
  for (const { r, s } of scored) {
    add(`lang ${r.c.lang}`, s);
    add(`type ${r.c.type}`, s);
    for (const tag of r.c.failure_modes ?? []) add(`tag ${tag}`, s);
  }
  console.log(`\n${header}`);
  for (const g of [...groups.keys()].sort()) console.log(line(g, summarise(groups.get(g)!)));
  const all = summarise(scored.map((x) => x.s));
  console.log(line("ALL", all));
  const text = summarise(groups.get("tag text_decides") ?? []);
  console.log(`\n  cases skipped: ${loaded.skipped.length}; cases where a distractor outranks every right partner: ${all.casesBeaten}`);
  const targets: [string, boolean, string][] = [
    ["hit@1", all.hit1 >= 0.9, `${all.hit1.toFixed(2)} (target ≥ 0.90)`],
    ["MRR", all.mrr >= 0.93, `${all.mrr.toFixed(2)} (target ≥ 0.93)`],
    ["nDCG@10", all.ndcg10 >= 0.93, `${all.ndcg10.toFixed(2)} (target ≥ 0.93)`],
    ["distractor violations", all.violations === 0, `${all.violations} (target 0)`],
    ["must-not-appear in the top 20", all.hard20 === 0, `${all.hard20} (target 0)`],
    ["text_decides hit@1", text.hit1 >= 0.8, `${text.hit1.toFixed(2)} over ${text.n} cases (target ≥ 0.80)`],
    ["cases skipped", loaded.skipped.length === 0, `${loaded.skipped.length}`],
  ];
  for (const [name, ok, figure] of targets) console.log(`  ${ok ? "PASS" : "MISS"}  ${name}: ${figure}`);
} finally {
  await server.close();
  await ctx.close();
}
