/**
 * Aggregation operators replaced on top of mingo's to behave as mongod does:
 *  - `$push` in `$group` leaves out documents where the expression is missing;
 *  - `$add`, `$subtract` and `$multiply` with a Decimal128 operand compute in decimal;
 *  - `$dateAdd`/`$dateSubtract` by months, quarters or years end on the last day of the
 *    month when the day does not exist there (31 January + 1 month = 28 February);
 *  - `$lookup` with both localField/foreignField and a pipeline runs the pipeline on
 *    the joined documents only (the equality join, then the pipeline).
 */
import { evalExpr } from "mingo/core";
import { Lazy } from "mingo/lazy";
import * as accumulatorOps from "mingo/operators/accumulator";
import * as expressionOps from "mingo/operators/expression";
import * as pipelineOps from "mingo/operators/pipeline";
import type { Options } from "mingo/types";
import { resolve } from "mingo/util";
import { decimalOp, isDecimal } from "./decimal.js";
import { bsonEquals, type Doc, isDoc } from "./values.js";

type AnyArgs = Parameters<typeof expressionOps.$add>;

export const $push = ((coll: unknown[], expr: unknown, options: Options) => {
  const values = accumulatorOps.$push(coll as never, expr as never, options);
  const types = accumulatorOps.$push(coll as never, { $type: expr } as never, options);
  return values.filter((_, i) => types[i] !== "missing");
}) as typeof accumulatorOps.$push;

function decimalAware(op: "add" | "subtract" | "multiply", fallback: (...args: AnyArgs) => unknown) {
  return ((obj: AnyArgs[0], expr: AnyArgs[1], options: AnyArgs[2]) => {
    const args = Array.isArray(expr) ? expr.map((e) => evalExpr(obj, e, options)) : [];
    if (!args.some(isDecimal) || args.some((a) => a === null || a === undefined || a instanceof Date)) return fallback(obj, expr, options);
    let acc: unknown = args[0];
    for (const a of args.slice(1)) {
      const next = decimalOp(op, acc, a);
      if (next === undefined) return fallback(obj, expr, options);
      acc = next;
    }
    return acc;
  }) as never;
}

export const decimalExpressions = {
  $add: decimalAware("add", expressionOps.$add as never),
  $subtract: decimalAware("subtract", expressionOps.$subtract as never),
  $multiply: decimalAware("multiply", expressionOps.$multiply as never),
};

const MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(date.getTime());
  out.setUTCFullYear(y, m, Math.min(date.getUTCDate(), last));
  return out;
}

function monthAware(sign: 1 | -1, fallback: (...args: AnyArgs) => unknown) {
  return ((obj: AnyArgs[0], expr: AnyArgs[1], options: AnyArgs[2]) => {
    const args = evalExpr(obj, expr, options) as { startDate?: unknown; unit?: unknown; amount?: unknown; timezone?: unknown } | null;
    const months = typeof args?.unit === "string" ? MONTHS[args.unit] : undefined;
    const utc = args?.timezone === undefined || args.timezone === "UTC" || args.timezone === "GMT";
    if (!months || !utc || !(args?.startDate instanceof Date) || typeof args.amount !== "number") return fallback(obj, expr, options);
    return addMonths(args.startDate, sign * months * args.amount);
  }) as never;
}

export const dateExpressions = {
  $dateAdd: monthAware(1, expressionOps.$dateAdd as never),
  $dateSubtract: monthAware(-1, expressionOps.$dateSubtract as never),
};

type LookupArgs = Parameters<typeof pipelineOps.$lookup>;

function valuesAt(doc: unknown, path: string): unknown[] {
  const v = resolve(doc as Doc, path, { unwrapArray: true });
  if (v === undefined) return [null];
  return Array.isArray(v) ? [v, ...v] : [v];
}

export const $lookup = ((coll: LookupArgs[0], expr: LookupArgs[1], options: LookupArgs[2]) => {
  const { localField, foreignField, pipeline } = expr;
  if (!localField || !foreignField || !pipeline || pipeline.length === 0 || typeof expr.from !== "string") {
    return pipelineOps.$lookup(coll, expr, options);
  }
  const resolver = (options as { collectionResolver?: (name: string) => Doc[] }).collectionResolver;
  const foreign = resolver?.(expr.from) ?? [];
  return coll.map((obj) => {
    const local = valuesAt(obj, localField).filter((v) => !Array.isArray(v) || v.length === 0);
    const joined = foreign.filter((f) => valuesAt(f, foreignField).some((fv) => local.some((lv) => bsonEquals(fv ?? null, lv ?? null))));
    const one = pipelineOps.$lookup(Lazy([obj]), { from: joined, pipeline, let: expr.let, as: expr.as }, options).collect<Doc>();
    return isDoc(one[0]) ? one[0] : obj;
  });
}) as typeof pipelineOps.$lookup;
