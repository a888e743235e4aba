// Outcome history from MongoDB: the stored suggestions members and staff acted on, with
// the factor values the matcher gave them, and the fitted weights the matcher ranks with.
import mongoose from "mongoose";
import type { AppDeps } from "../../../deps.js";
import { modelOn } from "../../../infra/model.js";
import { introductionModel } from "../../introductions/model.js";
import { suggestionModel } from "../model.js";
import { FACTOR_NAMES, parseWeights, type FactorName, type Weights } from "../scoring/index.js";
import type { OutcomeSample } from "./refit.js";

/** Statuses that mean the candidate was wanted. */
const WANTED = new Set(["accepted", "introduced", "meeting_held", "agreement"]);
/** Decline reasons that say the candidate did not fit (timing and existing partnerships say nothing about fit). */
const UNFIT = new Set(["not_relevant", "other"]);

export async function outcomeSamples(deps: AppDeps): Promise<OutcomeSample[]> {
  const intros = await introductionModel(deps.db)
    .find({ requestId: { $exists: true } }, { requestId: 1, orgIds: 1, status: 1, from: 1, to: 1 })
    .lean();
  const label = new Map<string, 0 | 1>();
  for (const i of intros) {
    const declinedUnfit = [i.from, i.to].some((s) => s.declinedAt && UNFIT.has(s.declineReason ?? "other"));
    const value = WANTED.has(i.status) ? 1 : declinedUnfit ? 0 : undefined;
    if (value === undefined) continue;
    for (const org of i.orgIds) label.set(`${String(i.requestId)}:${String(org)}`, value);
  }
  const suggestions = await suggestionModel(deps.db)
    .find({ $or: [{ status: "dismissed" }, { requestId: { $in: [...new Set(intros.map((i) => i.requestId))] } }] }, { requestId: 1, candidate: 1, factors: 1, status: 1 })
    .lean();
  const samples: OutcomeSample[] = [];
  for (const s of suggestions) {
    const l = s.status === "dismissed" ? 0 : label.get(`${String(s.requestId)}:${String(s.candidate.orgId)}`);
    if (l === undefined) continue;
    const values = Object.fromEntries(FACTOR_NAMES.map((f) => [f, s.factors.find((x) => x.name === f)?.value ?? 0])) as Record<FactorName, number>;
    samples.push({ requestId: String(s.requestId), values, label: l });
  }
  return samples;
}

/** A fit of the global weights, kept so that every node ranks with the same. */
export interface FittedWeights {
  _id: mongoose.Types.ObjectId;
  weights: Record<FactorName, number>;
  samples: number;
  heldOutMrrBefore: number;
  heldOutMrrAfter: number;
  createdAt: Date;
}

const schema = new mongoose.Schema<FittedWeights>(
  {
    weights: { type: mongoose.Schema.Types.Mixed, required: true },
    samples: Number,
    heldOutMrrBefore: Number,
    heldOutMrrAfter: Number,
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: "matchweights" },
);
schema.index({ createdAt: -1 });
export const fittedWeightsModel = (db: mongoose.Connection) => modelOn(db, "FittedWeights", schema);

const cache = new WeakMap<object, { at: number; fit: FittedWeights | null }>();
/** The latest fit (read at most once a minute per process), or null. */
export async function latestFit(deps: AppDeps, now = Date.now()): Promise<FittedWeights | null> {
  const hit = cache.get(deps.db);
  if (hit && now - hit.at < 60_000) return hit.fit;
  const fit = await fittedWeightsModel(deps.db).findOne({}).sort({ createdAt: -1 }).lean<FittedWeights>();
  cache.set(deps.db, { at: now, fit });
  return fit;
}

/** Weights to rank with: MATCH_WEIGHTS when configured, else the latest fit, else the defaults. */
export async function rankingWeights(deps: AppDeps, configured: Weights): Promise<{ weights: Weights; fit?: FittedWeights }> {
  if (deps.config.MATCH_WEIGHTS) return { weights: configured };
  const fit = await latestFit(deps);
  return fit ? { weights: parseWeights(fit.weights), fit } : { weights: configured };
}
