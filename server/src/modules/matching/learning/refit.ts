// Refitting the global factor weights from outcome history.
//
// Method (documented in README, "How the matcher learns"):
//  - One sample per suggestion a member acted on: the seven factor values the matcher
//    stored for it, labelled 1 when the introduction was accepted (or went further) and 0
//    when it was declined for lack of fit or dismissed by staff.
//  - A logistic model p(accept) = σ(b + Σ wᵢ·xᵢ) with every wᵢ ≥ 0 (a factor never
//    counts against a candidate), fitted by projected gradient descent on the mean
//    log-loss plus an L2 pull towards the current weights (scaled like the fitted ones):
//    with few outcomes the weights stay near the defaults, with many the data decide.
//  - The fitted wᵢ, normalised to sum to 1, are the new weights. Pure: no I/O, no clock.
import { FACTOR_NAMES, type FactorName, type Weights } from "../scoring/index.js";

export interface OutcomeSample {
  /** The request the suggestion was for: samples of one request are held out together. */
  requestId: string;
  values: Readonly<Record<FactorName, number>>;
  /** 1: accepted or further; 0: declined for lack of fit, or dismissed. */
  label: 0 | 1;
}

export interface FitOptions {
  /** Weights to start from and to pull towards. */
  prior: Weights;
  /** Strength of the pull towards the prior (per sample). */
  l2?: number;
  epochs?: number;
  learningRate?: number;
}

export interface Fit {
  weights: Weights;
  samples: number;
  /** Mean log-loss on the samples at the start and at the end. */
  lossBefore: number;
  lossAfter: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function loss(samples: readonly OutcomeSample[], w: Record<FactorName, number>, b: number): number {
  let sum = 0;
  for (const s of samples) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(b + FACTOR_NAMES.reduce((a, f) => a + w[f] * s.values[f], 0))));
    sum -= s.label ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, samples.length);
}

/** Scale of the logistic model's weights: the prior's shares times this. */
const SCALE = 8;

export function fitWeights(samples: readonly OutcomeSample[], { prior, l2 = 0.02, epochs = 400, learningRate = 0.5 }: FitOptions): Fit {
  const total = FACTOR_NAMES.reduce((a, f) => a + prior[f], 0) || 1;
  const anchor = Object.fromEntries(FACTOR_NAMES.map((f) => [f, (SCALE * prior[f]) / total])) as Record<FactorName, number>;
  const w = { ...anchor };
  const positives = samples.filter((s) => s.label === 1).length;
  const rate = (positives + 1) / (samples.length + 2);
  // Start the intercept where the mean score meets the base rate of acceptance.
  const meanScore = samples.reduce((a, s) => a + FACTOR_NAMES.reduce((b, f) => b + anchor[f] * s.values[f], 0), 0) / Math.max(1, samples.length);
  let b = Math.log(rate / (1 - rate)) - meanScore;
  const lossBefore = loss(samples, w, b);
  const n = Math.max(1, samples.length);
  for (let epoch = 0; epoch < epochs && samples.length > 0; epoch++) {
    const grad = Object.fromEntries(FACTOR_NAMES.map((f) => [f, 0])) as Record<FactorName, number>;
    let gb = 0;
    for (const s of samples) {
      const err = sigmoid(b + FACTOR_NAMES.reduce((a, f) => a + w[f] * s.values[f], 0)) - s.label;
      for (const f of FACTOR_NAMES) grad[f] += err * s.values[f];
      gb += err;
    }
    for (const f of FACTOR_NAMES) w[f] = Math.max(0, w[f] - learningRate * (grad[f] / n + l2 * (w[f] - anchor[f])));
    b -= learningRate * (gb / n);
  }
  const sum = FACTOR_NAMES.reduce((a, f) => a + w[f], 0);
  const weights = Object.freeze(
    Object.fromEntries(FACTOR_NAMES.map((f) => [f, sum > 0 ? Math.round((w[f] / sum) * 1000) / 1000 : prior[f]])),
  ) as Weights;
  return { weights, samples: samples.length, lossBefore, lossAfter: loss(samples, w, b) };
}
