/**
 * Index bounds from a filter: per path, the equality values (`{a: v}`, `$eq`, `$in`)
 * and the range (`$gt`/`$gte`/`$lt`/`$lte`) that every matching document must meet
 * with at least one of its values there. Only top-level terms and `$and` count (the
 * other terms are ANDed with them, so the bounds stay a superset of the matches);
 * `$or`, `$not`, `$elemMatch`, `$expr` and the like add nothing and are left to the
 * filter, which is always applied to what an index walk yields.
 *
 * Only scalar values with a plain BSON order are planned (numbers, strings,
 * ObjectIds, booleans, dates), and null in equalities and `$exists: false`, whose
 * matches (null, missing, an array holding null, an array of documents one of which
 * lacks the field) all have a null or missing index value. Regular expressions,
 * arrays and documents are not, since their matching rules (arrays match whole or by
 * element, ...) are not intervals of one index field. Range bounds keep MongoDB's
 * type bracketing: `$gt: 5` covers numbers above 5, not strings.
 */
import { compareSortKeys, type Doc, EMPTY_ARRAY, isDoc, isOperatorDoc, typeRank } from "./values.js";

export interface Bound {
  v: unknown;
  incl: boolean;
}

export interface PathBounds {
  eq?: unknown[];
  lo?: Bound;
  hi?: Bound;
}

const PLANNED_RANKS = new Set([3, 4, 8, 9, 10]);

export function plannable(v: unknown): boolean {
  if (v === null || v === undefined || Array.isArray(v) || isDoc(v)) return false;
  return PLANNED_RANKS.has(typeRank(v));
}

const equalityValue = (v: unknown): boolean => v === null || plannable(v);

/** Paths with a numeric component ("a.0.b") also address array positions: left to the filter. */
const POSITIONAL = /(^|\.)\d+(\.|$)/;

function addEq(out: Map<string, PathBounds>, path: string, values: unknown[]): void {
  const b = out.get(path) ?? {};
  // Two equality terms on one path may be met by different elements of an array: keep one.
  if (!b.eq || values.length < b.eq.length) b.eq = values;
  out.set(path, b);
}

function addRange(out: Map<string, PathBounds>, path: string, side: "lo" | "hi", bound: Bound): void {
  const b = out.get(path) ?? {};
  const cur = b[side];
  const sign = side === "lo" ? 1 : -1;
  const c = cur ? compareSortKeys(bound.v, cur.v) * sign : 1;
  if (c > 0 || (c === 0 && !bound.incl)) b[side] = bound;
  out.set(path, b);
}

/** Bounds per path for `filter`. */
export function filterBounds(filter: Doc, out = new Map<string, PathBounds>()): Map<string, PathBounds> {
  for (const [path, cond] of Object.entries(filter)) {
    if (path === "$and" && Array.isArray(cond)) {
      for (const sub of cond) if (isDoc(sub)) filterBounds(sub, out);
      continue;
    }
    if (path.startsWith("$") || POSITIONAL.test(path)) continue;
    if (!isOperatorDoc(cond)) {
      if (equalityValue(cond)) addEq(out, path, [cond]);
      continue;
    }
    if ("$eq" in cond && equalityValue(cond.$eq)) addEq(out, path, [cond.$eq]);
    if (Array.isArray(cond.$in) && cond.$in.length > 0 && cond.$in.every(equalityValue)) addEq(out, path, cond.$in);
    if (cond.$exists === false) addEq(out, path, [null]);
    if (plannable(cond.$gt)) addRange(out, path, "lo", { v: cond.$gt, incl: false });
    if (plannable(cond.$gte)) addRange(out, path, "lo", { v: cond.$gte, incl: true });
    if (plannable(cond.$lt)) addRange(out, path, "hi", { v: cond.$lt, incl: false });
    if (plannable(cond.$lte)) addRange(out, path, "hi", { v: cond.$lte, incl: true });
  }
  return out;
}

/** A range within one BSON type: lower and/or upper bound, the rest of the type open. */
export interface Range {
  rank: number;
  lo?: Bound;
  hi?: Bound;
}

/**
 * The range to walk for a path's bounds. On a multikey field the two sides may be met
 * by different elements (`{a: {$gt: 1, $lt: 3}}` matches `[0, 5]`), so only one side
 * bounds the walk; likewise when the two sides name different types.
 */
export function rangeOf(b: PathBounds, multikey: boolean): Range | undefined {
  const { lo, hi } = b;
  if (lo && hi && !multikey && typeRank(lo.v) === typeRank(hi.v)) return { rank: typeRank(lo.v), lo, hi };
  if (lo) return { rank: typeRank(lo.v), lo };
  if (hi) return { rank: typeRank(hi.v), hi };
  return undefined;
}

/** Where a key value lies against a range: -1 below, 0 inside, 1 above (in value order). */
export function rangeRelation(x: unknown, r: Range): number {
  if (x === EMPTY_ARRAY) return -1;
  const rank = typeRank(x);
  if (rank !== r.rank) return rank < r.rank ? -1 : 1;
  if (r.lo) {
    const c = compareSortKeys(x, r.lo.v);
    if (c < 0 || (c === 0 && !r.lo.incl)) return -1;
  }
  if (r.hi) {
    const c = compareSortKeys(x, r.hi.v);
    if (c > 0 || (c === 0 && !r.hi.incl)) return 1;
  }
  return 0;
}
