/**
 * npm run refit:weights — refits the matcher's global factor weights from the outcome
 * history in MongoDB (suggestions members accepted, declined for lack of fit, or staff
 * dismissed), checks the fit on requests held out from it, and stores it for the matcher
 * (which ranks with it unless MATCH_WEIGHTS is set). Method: README, "How the matcher learns".
 */
import { fitWeights } from "../server/src/modules/matching/learning/refit.js";
import { holdOut, replayMrr } from "../server/src/modules/matching/learning/replay.js";
import { fittedWeightsModel, latestFit, outcomeSamples } from "../server/src/modules/matching/learning/history.js";
import { weightsOf } from "../server/src/modules/matching/service.js";
import { openScriptContext } from "./lib/context.js";

const MIN_SAMPLES = Number(process.env.REFIT_MIN_SAMPLES ?? 30);
const ctx = await openScriptContext();
try {
  const { deps } = ctx;
  const samples = await outcomeSamples(deps);
  const current = (await latestFit(deps))?.weights ?? weightsOf(deps);
  console.log(`refit:weights — ${samples.length} outcomes over ${new Set(samples.map((s) => s.requestId)).size} requests`);
  if (samples.length < MIN_SAMPLES) {
    console.log(`  fewer than ${MIN_SAMPLES} outcomes: the weights stay as they are`);
  } else {
    const { train, test } = holdOut(samples);
    const check = fitWeights(train, { prior: current });
    const [before, after] = [replayMrr(test, current), replayMrr(test, check.weights)];
    console.log(`  held-out requests: MRR ${before.toFixed(3)} with the current weights, ${after.toFixed(3)} refitted`);
    if (after < before) console.log("  the refit ranks held-out outcomes worse: not stored");
    else {
      const fit = fitWeights(samples, { prior: current });
      await fittedWeightsModel(deps.db).create({ weights: fit.weights, samples: samples.length, heldOutMrrBefore: before, heldOutMrrAfter: after });
      console.log(`  stored: ${JSON.stringify(fit.weights)}`);
    }
  }
} finally {
  await ctx.close();
}
