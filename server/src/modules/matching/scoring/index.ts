// The matcher's scoring core: pure functions, no I/O, no clock.
export * from "./types.js";
export { DEFAULT_WEIGHTS, parseWeights, WeightsError } from "./weights.js";
export { prepareRequest, type PreparedRequest } from "./prepare.js";
export {
  candidateKind,
  candidateOrgId,
  cooperationFit,
  freshness,
  geography,
  industryFit,
  reciprocity,
  responsivenessRate,
  stageFit,
} from "./factors.js";
export { CONCEPT_SHARE, conceptWeights, idf, textRelevance } from "./text.js";
export { explain, MAX_REASONS, MIN_EXPLAINED_VALUE } from "./explain.js";
export {
  combine,
  GATE_FACTOR,
  isOwnCandidate,
  MUTUAL_FLOOR,
  rankCandidates,
  scoreCandidate,
  scorePrepared,
  type Combined,
  type FactorValues,
} from "./score.js";
