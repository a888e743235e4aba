// Factor weights: defaults, and overrides from configuration (MATCH_WEIGHTS, JSON).
import { FACTOR_NAMES, type FactorName, type Weights } from "./types.js";

/** Sum to 1, so each weight reads as a share of the score before the two-sided bonus. */
export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  cooperationFit: 0.25,
  industryFit: 0.2,
  geography: 0.14,
  stageFit: 0.09,
  // What the texts say decides between candidates alike on paper (now read through the glossary in both languages).
  textRelevance: 0.15,
  reciprocity: 0.12,
  freshness: 0.05,
});

export class WeightsError extends Error {
  constructor(message: string) {
    super(`MATCH_WEIGHTS: ${message}`);
    this.name = "WeightsError";
  }
}

const KNOWN: ReadonlySet<string> = new Set(FACTOR_NAMES);

/**
 * Weights from configuration: a JSON string (or an already parsed object) naming
 * some or all factors, e.g. `{"reciprocity":0.2,"textRelevance":0}`; the factors
 * not named keep their default. Empty/undefined → DEFAULT_WEIGHTS.
 * Throws WeightsError on bad JSON, unknown factor names, negative or non-numeric
 * weights, or weights that sum to 0.
 */
export function parseWeights(input: unknown, defaults: Weights = DEFAULT_WEIGHTS): Weights {
  if (input === undefined || input === null || (typeof input === "string" && input.trim() === "")) return defaults;
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      throw new WeightsError("must be a JSON object such as {\"reciprocity\":0.2}");
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WeightsError("must be a JSON object of factor name → weight");
  }
  const weights: Record<FactorName, number> = { ...defaults };
  for (const [name, weight] of Object.entries(value)) {
    if (!KNOWN.has(name)) throw new WeightsError(`unknown factor "${name}" (known: ${FACTOR_NAMES.join(", ")})`);
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new WeightsError(`"${name}" must be a non-negative number`);
    }
    weights[name as FactorName] = weight;
  }
  if (FACTOR_NAMES.every((name) => weights[name] === 0)) throw new WeightsError("at least one weight must be positive");
  return Object.freeze(weights);
}
