/**
 * The query engine is mingo: this module builds one mingo Context with every
 * operator enabled, plus a few overrides so BSON values behave as in mongod:
 *  - range comparisons ($gt/$gte/$lt/$lte) use mongod's type bracketing and
 *    numeric comparison across number/Long/Decimal128 (mingo compares Long and
 *    Decimal128 by their string form);
 *  - $eq/$ne/$in/$nin with numeric operands compare numerically across types;
 *  - the $sort stage uses mongod's BSON sort order.
 */
import { Aggregator } from "mingo/aggregator";
import { Context } from "mingo/core";
import { Lazy } from "mingo/lazy";
import * as accumulatorOps from "mingo/operators/accumulator";
import * as expressionOps from "mingo/operators/expression";
import * as pipelineOps from "mingo/operators/pipeline";
import * as projectionOps from "mingo/operators/projection";
import * as queryOps from "mingo/operators/query";
import * as windowOps from "mingo/operators/window";
import { Query } from "mingo/query";
import type { Options, PipelineOperator } from "mingo/types";
import { updateOne } from "mingo/updater";
import { badValue, CommandError } from "./errors.js";
import { cloneValue, compareBson, compareSortKeys, type Doc, EMPTY_ARRAY, idFirst } from "./values.js";
import { pathValues } from "./paths.js";
import { $lookup, $push, dateExpressions, decimalExpressions } from "./aggops.js";
import { eqOp, inOp, mingoOp, rangeOp, typeOp } from "./queryops.js";

/** Stable sort in mongod's order; arrays sort by their min (asc) / max (desc) element. */
export function sortDocs<T extends Doc>(docs: T[], spec: Doc): T[] {
  const fields = Object.entries(spec).filter(([, d]) => d === 1 || d === -1) as [string, 1 | -1][];
  if (fields.length === 0) return docs;
  const keyed = docs.map((doc) => ({
    doc,
    keys: fields.map(([path, dir]) => {
      const all = pathValues(doc, path);
      const values = all.filter((v) => typeof v !== "symbol");
      // An empty array sorts before null and missing.
      if (values.length === 0) return all.includes(EMPTY_ARRAY) ? EMPTY_ARRAY : undefined;
      return values.reduce((best, v) => (compareBson(v, best) * dir < 0 ? v : best));
    }),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < fields.length; i++) {
      const r = compareSortKeys(a.keys[i], b.keys[i]) * fields[i][1];
      if (r !== 0) return r;
    }
    return 0;
  });
  return keyed.map((k) => k.doc);
}

const $sort = ((coll: Parameters<typeof pipelineOps.$sort>[0], spec: Parameters<typeof pipelineOps.$sort>[1], options: Options) => {
  if (options.collation) return pipelineOps.$sort(coll, spec, options);
  return coll.transform((docs: Doc[]) => Lazy(sortDocs(docs, spec)));
}) as PipelineOperator;

export const context = Context.init({
  accumulator: { ...accumulatorOps, $push },
  expression: { ...expressionOps, ...decimalExpressions, ...dateExpressions },
  pipeline: { ...pipelineOps, $sort, $lookup },
  projection: { ...projectionOps },
  query: {
    ...queryOps,
    // Boundary cast: our operators have mingo's runtime signature but not its intersection type.
    ...({
      $gt: rangeOp((c) => c > 0),
      $gte: rangeOp((c) => c >= 0),
      $lt: rangeOp((c) => c < 0),
      $lte: rangeOp((c) => c <= 0),
      $eq: eqOp(mingoOp(queryOps.$eq), false),
      $ne: eqOp(mingoOp(queryOps.$ne), true),
      $in: inOp(mingoOp(queryOps.$in), false),
      $nin: inOp(mingoOp(queryOps.$nin), true),
      $type: typeOp,
    } as unknown as Partial<typeof queryOps>),
  },
  window: { ...windowOps },
});

export interface EngineOptions {
  collectionResolver?: (name: string) => Doc[];
  variables?: Doc;
  collation?: Doc;
}

function options(extra: EngineOptions = {}): Partial<Options> {
  const opts: Record<string, unknown> = { context, useStrictMode: true };
  if (extra.collectionResolver) opts.collectionResolver = extra.collectionResolver;
  if (extra.variables) opts.variables = extra.variables;
  if (extra.collation && typeof extra.collation.locale === "string" && extra.collation.locale !== "simple") {
    opts.collation = extra.collation;
  }
  return opts as Partial<Options>;
}

/** Compiles a filter into a predicate; mingo errors become BadValue. */
export function compileFilter(filter: Doc, extra?: EngineOptions): (doc: Doc) => boolean {
  try {
    const q = new Query(filter, options(extra));
    return (doc) => q.test(doc);
  } catch (err) {
    throw badValue(err instanceof Error ? err.message : String(err));
  }
}

/** Applies a find projection (supports positional `$`, $elemMatch, $slice via mingo). */
export function project(docs: Doc[], filter: Doc, projection: Doc | undefined, extra?: EngineOptions): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  // The documents already match: the filter matters only to a positional `field.$` projection.
  const positional = Object.keys(projection).some((k) => k.endsWith(".$"));
  return new Query(positional ? filter : {}, options(extra)).find<Doc>(docs, projection).all().map(idFirst);
}

/** Runs an aggregation pipeline (without $out/$merge) over documents the caller owns. */
export function runPipeline(docs: Doc[], pipeline: Doc[], extra?: EngineOptions): Doc[] {
  return new Aggregator(pipeline, options(extra)).run<Doc>(docs);
}

/**
 * Applies an update (operator document or pipeline) to a copy of `doc`.
 * `filter` is used for the positional `$` operator. Returns the new document.
 */
export function applyUpdate(doc: Doc, update: Doc | Doc[], filter: Doc, extra: EngineOptions & { arrayFilters?: Doc[] } = {}): Doc {
  const docs = [cloneValue(doc)];
  const cfg = { arrayFilters: extra.arrayFilters, cloneMode: "deep" as const };
  // mingo's Modifier/PipelineStage types are structural mirrors of what the client sent.
  try {
    updateOne(docs, filter, update as Parameters<typeof updateOne>[2], cfg, options(extra));
  } catch (err) {
    throw updateError(err);
  }
  return docs[0];
}

/** Maps mingo's update errors onto mongod's codes. */
function updateError(err: unknown): CommandError {
  if (err instanceof CommandError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/immutable field '_id'/i.test(message)) return new CommandError("ImmutableField", message);
  if (/conflict/i.test(message)) return new CommandError("ConflictingUpdateOperators", message);
  if (/unknown (update )?operator|unknown modifier/i.test(message)) return new CommandError("FailedToParse", message);
  return new CommandError("BadValue", message);
}
