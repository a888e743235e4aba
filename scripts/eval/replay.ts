/**
 * npm run eval:replay — offline replay of outcome history: fits the global factor weights
 * on two thirds of the requests and compares the MRR of the accepted candidates on the
 * held-out third, ranked with the current weights and with the refit.
 *   REPLAY_FROM_DB=1 npm run eval:replay   the outcome history of a running Parklink
 *   npm run eval:replay                    a simulated history (seeded; see below)
 * The simulated history: 600 requests, 12 candidates each with factor values drawn like the
 * matcher's, members shown the top 5 under the current weights (as they are) and accepting
 * with a probability that follows preferences the defaults do not know (more weight on
 * reciprocity and text, less on freshness and stage), declining otherwise.
 */
import { DEFAULT_WEIGHTS, FACTOR_NAMES, combine, type FactorName, type Weights } from "../../server/src/modules/matching/scoring/index.js";
import { fitWeights, type OutcomeSample } from "../../server/src/modules/matching/learning/refit.js";
import { holdOut, replayMrr } from "../../server/src/modules/matching/learning/replay.js";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

/** Values each factor takes in practice (the factors' own levels), drawn uniformly. */
const LEVELS: Record<FactorName, number[]> = {
  cooperationFit: [0.36, 0.45, 0.7, 0.8, 1],
  industryFit: [0, 0.3, 0.5, 0.7, 0.8, 1],
  geography: [0.2, 0.4, 0.6, 0.85, 1],
  stageFit: [0.25, 0.5, 0.6, 0.8, 1],
  textRelevance: [0, 0.1, 0.3, 0.5, 0.7, 0.9],
  reciprocity: [0, 0, 0.2, 0.5, 0.56, 0.7, 1],
  freshness: [0.4, 0.6, 0.8, 1],
};
const PREFERENCE: Weights = { cooperationFit: 0.2, industryFit: 0.2, geography: 0.1, stageFit: 0.05, textRelevance: 0.2, reciprocity: 0.22, freshness: 0.03 };

function simulated(seed = 14): OutcomeSample[] {
  const rand = rng(seed);
  const samples: OutcomeSample[] = [];
  for (let r = 0; r < 600; r++) {
    const shown = Array.from({ length: 12 }, () => Object.fromEntries(FACTOR_NAMES.map((f) => [f, LEVELS[f][Math.floor(rand() * LEVELS[f].length)]])) as Record<FactorName, number>)
      .sort((a, b) => combine(b, DEFAULT_WEIGHTS).score - combine(a, DEFAULT_WEIGHTS).score)
      .slice(0, 5);
    for (const values of shown) {
      const utility = FACTOR_NAMES.reduce((a, f) => a + PREFERENCE[f] * values[f], 0);
      const p = 1 / (1 + Math.exp(-14 * (utility - 0.68)));
      samples.push({ requestId: `r${r}`, values, label: rand() < p ? 1 : 0 });
    }
  }
  return samples;
}

async function fromDb(): Promise<{ samples: OutcomeSample[]; current: Weights }> {
  const { openScriptContext } = await import("../lib/context.js");
  const { outcomeSamples, latestFit } = await import("../../server/src/modules/matching/learning/history.js");
  const ctx = await openScriptContext();
  try {
    return { samples: await outcomeSamples(ctx.deps), current: (await latestFit(ctx.deps))?.weights ?? DEFAULT_WEIGHTS };
  } finally {
    await ctx.close();
  }
}

const { samples, current } = process.env.REPLAY_FROM_DB === "1" ? await fromDb() : { samples: simulated(), current: DEFAULT_WEIGHTS };
const { train, test } = holdOut(samples);
const fit = fitWeights(train, { prior: current });
const [before, after] = [replayMrr(test, current), replayMrr(test, fit.weights)];
console.log(`eval:replay — ${process.env.REPLAY_FROM_DB === "1" ? "outcome history from MongoDB" : "simulated outcome history (seeded)"}: ${samples.length} outcomes; fit on ${train.length}, held out ${test.length}`);
console.log(`  log-loss on the fitted outcomes: ${fit.lossBefore.toFixed(3)} → ${fit.lossAfter.toFixed(3)}`);
console.log(`  weights  current ${JSON.stringify(current)}`);
console.log(`           refit   ${JSON.stringify(fit.weights)}`);
console.log(`  held-out MRR of accepted candidates: ${before.toFixed(3)} with the current weights, ${after.toFixed(3)} refitted (${after >= before ? "+" : ""}${((after / Math.max(before, 1e-9) - 1) * 100).toFixed(1)} %)`);
console.log(`  ${after > before ? "PASS" : "MISS"}  the refit raises MRR on held-out outcomes`);
