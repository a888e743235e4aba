import { reindexAll } from "../server/src/modules/search/reindex.js";
import { openScriptContext } from "./lib/context.js";
import { progressBar } from "./lib/progress.js";

/** npm run reindex: rebuilds the search index from MongoDB (settings first, batches, atomic swap). */
const ctx = await openScriptContext();
const bar = progressBar("reindex");
try {
  const started = Date.now();
  const { indexed } = await reindexAll(ctx.deps, { onProgress: (p) => bar.update(p.done, p.total, p.phase) });
  bar.stop();
  console.log(`Reindexed ${indexed} records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  bar.stop();
  console.error("Reindex failed:", err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await ctx.close();
}
