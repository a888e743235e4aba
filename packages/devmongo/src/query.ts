/**
 * Matching documents of a collection for a filter, with or without a sort: chooses
 * between the `_id` map and the hash side of indexes (equality), the planner's index
 * walks (ranges, orders, limits pushed into the walk) and a full scan.
 */
import { type Collection, equalityConstraints, isExactIdLookup } from "./collection.js";
import { compileFilter, type EngineOptions, sortDocs } from "./engine.js";
import { plannable } from "./bounds.js";
import { type Plan, plansFor, runPlan, sortFields } from "./planner.js";
import { type Doc, encodeKey, isOperatorDoc } from "./values.js";

/** Why a query ran as it did (explain). */
export interface PlanChoice {
  stage: "IXSCAN" | "COLLSCAN" | "IDHACK" | "HASH";
  plan?: Plan;
  /** Whether the index walk gave the order (no sort stage, or only a sort of ties). */
  ordered?: boolean;
  sorted: boolean;
  /** Index entries read (across every plan tried). */
  examined?: number;
}

function predicate(coll: Collection, filter: Doc, extra?: EngineOptions): ((d: Doc) => boolean) | undefined {
  if (Object.keys(filter).length === 0 || isExactIdLookup(filter)) return undefined;
  return compileFilter(filter, extra);
}

function stats(choice: PlanChoice | undefined): { examined: number } | undefined {
  if (!choice) return undefined;
  choice.examined ??= 0;
  return choice as { examined: number };
}

function cheapest(plans: Plan[], ok: (p: Plan) => boolean = () => true): Plan | undefined {
  let best: Plan | undefined;
  for (const p of plans) if (ok(p) && (!best || p.cost < best.cost)) best = p;
  return best;
}

/** Documents of `coll` matching `filter`, in natural or index order, at most `max`. */
export function matchDocs(coll: Collection | undefined, filter: Doc, extra?: EngineOptions, max = Infinity, choice?: PlanChoice): Doc[] {
  if (!coll || max <= 0) return [];
  const empty = Object.keys(filter).length === 0;
  const pred = predicate(coll, filter, extra);
  let source: Iterable<Doc> = coll.docs.values();
  if (!empty) {
    const hashed = coll.candidates(filter);
    if (hashed) {
      source = hashed;
      if (choice) choice.stage = equalityConstraints(filter).has("_id") ? "IDHACK" : "HASH";
    } else {
      const plan = cheapest(plansFor(coll, filter, [], extra?.collation), (p) => p.cost <= coll.docs.size);
      if (plan) {
        if (choice) Object.assign(choice, { stage: "IXSCAN", plan });
        return runPlan(coll, plan, pred, { ordered: false, limit: Number.isFinite(max) ? max : undefined, stats: stats(choice) }) ?? [];
      }
    }
  }
  const out: Doc[] = [];
  for (const d of source) {
    if (!pred || pred(d)) {
      out.push(d);
      if (out.length >= max) break;
    }
  }
  return out;
}

/**
 * Documents of `coll` matching `filter` in `sort` order: all of them, or (with `limit`)
 * at least the first `limit` (the caller slices; more may come back when tied).
 */
export function sortedMatch(coll: Collection | undefined, filter: Doc, sort: Doc, extra?: EngineOptions, limit = Infinity, choice?: PlanChoice): Doc[] {
  const spec = sortFields(sort);
  if (!coll || limit <= 0) return [];
  if (choice) choice.sorted = true;
  const scan = () => sortDocs(matchDocs(coll, filter, extra, Infinity, choice), sort);
  if (!spec || equalityConstraints(filter).has("_id")) return scan();
  const plans = plansFor(coll, filter, spec, extra?.collation);
  const best = cheapest(plans, (p) => p.cost < coll.docs.size);
  const ordered = cheapest(plans, (p) => p.provided > 0);
  const pred = predicate(coll, filter, extra);
  const limited = Number.isFinite(limit);
  const baseline = best?.cost ?? coll.docs.size;
  if (ordered && (limited || (ordered.full && ordered.cost <= 2 * baseline))) {
    const budget = ordered.cost > baseline ? 2 * baseline + 64 : undefined;
    const docs = runPlan(coll, ordered, pred, { ordered: true, limit: limited ? limit : undefined, budget, stats: stats(choice) });
    if (docs) {
      if (choice) Object.assign(choice, { stage: "IXSCAN", plan: ordered, ordered: true, sorted: !ordered.full });
      return ordered.full ? docs : sortDocs(docs, sort);
    }
  }
  if (!best) return scan();
  if (choice) Object.assign(choice, { stage: "IXSCAN", plan: best });
  return sortDocs(runPlan(coll, best, pred, { ordered: false, stats: stats(choice) }) ?? [], sort);
}

/** An explain `winningPlan` for a choice. */
export function winningPlan(choice: PlanChoice, limit: number): Doc {
  let stage: Doc;
  if (choice.stage === "IXSCAN" && choice.plan) {
    const p = choice.plan;
    stage = {
      stage: "FETCH",
      inputStage: {
        stage: "IXSCAN",
        indexName: p.index.spec.name,
        keyPattern: p.index.spec.key,
        isMultiKey: p.sorted.multikey,
        direction: p.backward ? "backward" : "forward",
        indexBounds: p.bounds,
        intervals: p.intervals.length,
        keysInBounds: p.cost,
        keysExamined: choice.examined ?? 0,
      },
    };
  } else {
    stage = { stage: choice.stage === "COLLSCAN" ? "COLLSCAN" : "FETCH" };
    if (choice.stage === "HASH" || choice.stage === "IDHACK") stage.inputStage = { stage: choice.stage === "IDHACK" ? "IDHACK" : "IXSCAN" };
  }
  if (choice.sorted) stage = { stage: "SORT", inputStage: stage };
  if (Number.isFinite(limit)) stage = { stage: "LIMIT", limitAmount: limit, inputStage: stage };
  return stage;
}

/** Equality values of a filter term when it is nothing but an equality or `$eq`/`$in` (else undefined). */
function pureEquality(cond: unknown): unknown[] | undefined {
  if (!isOperatorDoc(cond)) return [cond];
  const ops = Object.keys(cond);
  if (ops.length !== 1) return undefined;
  if (ops[0] === "$eq") return [cond.$eq];
  return ops[0] === "$in" && Array.isArray(cond.$in) ? cond.$in : undefined;
}

/**
 * How many documents match `filter`. When the filter is only equalities on the leading
 * fields of an index that holds one entry per document (not multikey), and their values
 * are distinct, the count is the entries in the index's intervals: no document is read.
 */
export function countMatches(coll: Collection | undefined, filter: Doc, extra?: EngineOptions): number {
  if (!coll) return 0;
  const paths = Object.keys(filter);
  if (paths.length === 0) return coll.docs.size;
  const exact = paths.every((p) => {
    const values = pureEquality(filter[p]);
    return !p.startsWith("$") && values?.every(plannable) === true && new Set(values.map((v) => encodeKey(v))).size === values.length;
  });
  if (exact) {
    for (const plan of plansFor(coll, filter, [], extra?.collation)) {
      const fields = plan.sorted.fields.slice(0, plan.eqFields);
      const covered = !plan.ranged && fields.length === paths.length && paths.every((p) => fields.includes(p));
      if (covered && !plan.sorted.multikey && !plan.index.sparse) return plan.cost;
    }
  }
  return matchDocs(coll, filter, extra).length;
}
