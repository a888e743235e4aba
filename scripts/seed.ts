import { parseArgs } from "node:util";
import { seedDemoData } from "../server/src/modules/seed/service.js";
import { loadSynthetic } from "../server/src/modules/seed/synthetic.js";
import { reindexAll } from "../server/src/modules/search/reindex.js";
import { openScriptContext } from "./lib/context.js";
import { progressBar } from "./lib/progress.js";

/**
 * npm run seed                       real parks, related organizations, demo accounts
 * npm run seed -- --synthetic 100000 plus a large synthetic data set (then a reindex)
 */
const { values } = parseArgs({ options: { synthetic: { type: "string" } } });
const synthetic = values.synthetic === undefined ? 0 : Number(values.synthetic);
if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > 2_000_000) {
  console.error("--synthetic must be a whole number from 0 to 2000000");
  process.exit(2);
}

const ctx = await openScriptContext();
try {
  const report = await seedDemoData(ctx.deps);
  console.log(`Seeded ${report.orgs} organizations, ${report.offers} offers, ${report.requests} requests, ${report.users} accounts (existing records kept).`);
  if (synthetic > 0) {
    const bar = progressBar("synthetic");
    const started = Date.now();
    const inserted = await loadSynthetic(ctx.deps, synthetic, (p) => bar.update(p.done, p.total, p.phase));
    bar.stop();
    console.log(`Synthetic: ${inserted.orgs} organizations, ${inserted.offers} offers, ${inserted.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (ctx.deps.search.client) {
      const reindexBar = progressBar("reindex");
      const { indexed } = await reindexAll(ctx.deps, { onProgress: (p) => reindexBar.update(p.done, p.total, p.phase) });
      reindexBar.stop();
      console.log(`Search index rebuilt: ${indexed} records.`);
    }
  }
  console.log("Demo accounts:");
  for (const a of report.accounts) console.log(`  ${a.role.padEnd(7)} ${a.email}  ${a.password}${a.org ? `  (${a.org})` : ""}`);
} finally {
  await ctx.close();
}
