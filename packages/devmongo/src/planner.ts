/**
 * Query planning over the ordered side of indexes (sortedindex.ts).
 *
 * For each ascending/descending index, a plan walks one interval per combination of
 * the equality values on its leading fields (`$in` gives several), bounded on the
 * next field by a range when the filter has one. The filter is always applied to
 * what a walk yields, so bounds only need to hold every match.
 *
 * A plan also provides an order: the sort, once fields fixed to one value are left
 * out, must follow the index fields after the equality prefix (all in the index's
 * direction or all reversed, then `_id`, the entries' tiebreak); fields of the
 * equality prefix may appear anywhere in it, since each interval holds one value of
 * them and the intervals are merged in the sort's order. Walking in that order, a
 * sorted query with a limit stops once it holds skip+limit documents and every
 * document tied with the last one on the provided sort fields; the rest of the sort,
 * if any, is then applied to those. Each document counts at its first entry, which is
 * its sort key (see sortedindex.ts) as long as the walk is not bounded on a multikey
 * sort field: that case, and a multikey field of the equality prefix in the sort, do
 * not provide the order.
 *
 * Plans are costed by the entries in their intervals (exact counts). A plan that
 * provides the order runs first when it is the cheapest, or else with a budget of
 * twice the cheapest plan's entries, falling back to that plan (collect, then sort)
 * when the budget runs out. A partial index is used only when the filter implies its
 * filter (see impliesPartial). Not planned (full scan or the hash side, as before):
 * text/hashed/geo indexes, queries with a collation.
 */
import { filterBounds, type PathBounds, type Range, rangeOf, rangeRelation } from "./bounds.js";
import type { Collection } from "./collection.js";
import type { Index } from "./indexes.js";
import type { Entry, Pos } from "./ordered.js";
import type { SortedIndex } from "./sortedindex.js";
import { compileFilter } from "./engine.js";
import { compareBson, compareSortKeys, type Doc, isOperatorDoc } from "./values.js";

/** Compares two entries on one key position (-1: the `_id` tiebreak) with a sign. */
interface OrderItem {
  pos: number;
  sign: number;
}

interface Interval {
  from: Pos;
  to: Pos;
}

export interface Plan {
  index: Index;
  sorted: SortedIndex;
  intervals: Interval[];
  /** Entries in the intervals. */
  cost: number;
  backward: boolean;
  /** The merge order of the intervals; its first `provided` items are the sort's. */
  order: OrderItem[];
  /** How many leading sort fields (after constant ones) the walk order provides. */
  provided: number;
  /** Whether the walk order is the whole sort. */
  full: boolean;
  /** Index fields bounded by equality (the leading ones), and whether the next one has a range. */
  eqFields: number;
  ranged: boolean;
  bounds: Doc;
}

/** Most intervals a plan may walk (combinations of `$in` values; the hash side's limit too). */
const MAX_INTERVALS = 1000;
/** Most intervals merged in sort order (a merge step looks at every interval's head). */
const MAX_MERGED = 64;

export type SortSpec = [string, 1 | -1][];

export function sortFields(sort: Doc | undefined): SortSpec | null {
  const out: SortSpec = [];
  for (const [k, v] of Object.entries(sort ?? {})) {
    if (v !== 1 && v !== -1) return null; // $meta, $natural ...
    out.push([k, v]);
  }
  return out;
}

function intervals(si: SortedIndex, points: unknown[][], range: Range | undefined): Interval[] {
  const k = points.length;
  let combos: unknown[][] = [[]];
  for (const values of points) combos = combos.flatMap((c) => values.map((v) => [...c, v]));
  return combos.map((point) => {
    // -1: before the interval in index order, 0: inside, 1: after.
    const where = (e: Entry): number => {
      for (let i = 0; i < k; i++) {
        const c = compareSortKeys(e.k[i], point[i]);
        if (c !== 0) return c * si.dirs[i];
      }
      return range ? rangeRelation(e.k[k], range) * si.dirs[k] : 0;
    };
    return { from: si.entries.firstNot((e) => where(e) < 0), to: si.entries.firstNot((e) => where(e) <= 0) };
  });
}

/** The order a plan's walk provides for `sort` (see the module comment). */
function orderFor(si: SortedIndex, points: unknown[][], ranged: boolean, sort: SortSpec, merged: boolean) {
  const { fields, dirs, multi } = si;
  const k = points.length;
  const constant = (i: number) => i >= 0 && i < k && points[i].length === 1 && multi[i] === 0;
  const wanted = sort.filter(([p]) => !constant(fields.indexOf(p)));
  const order: OrderItem[] = [];
  let dir: number | undefined;
  let next = k;
  let provided = 0;
  let idDone = false;
  for (const [p, d] of wanted) {
    const i = fields.indexOf(p);
    if (!merged) break;
    if (i >= 0 && i < k) {
      if (multi[i] > 0) break;
    } else if (i >= 0 && i === next) {
      if (dir !== undefined && d * dirs[i] !== dir) break;
      if (i === k && ranged && multi[k] > 0) break;
      dir = d * dirs[i];
      next++;
    } else if (p === "_id" && next === fields.length) {
      if (dir !== undefined && d !== dir) break;
      dir = d;
      idDone = true;
    } else break;
    order.push({ pos: i >= 0 ? i : -1, sign: d });
    provided++;
    if (idDone) break;
  }
  const r = dir ?? 1;
  for (let j = next; j < fields.length; j++) order.push({ pos: j, sign: r * dirs[j] });
  if (!idDone) order.push({ pos: -1, sign: r });
  return { order, provided, full: idDone || provided === wanted.length, backward: r < 0 };
}

const IMPLIED = new Set(["$type", "$exists", "$eq", "$gt", "$gte", "$lt", "$lte", "$in"]);

/**
 * Whether every document the filter matches is in a partial index: each path of the
 * partial filter has equality values in the filter, and each value alone at that path
 * meets the partial filter's condition, whose operators (`$type`, `$exists: true`,
 * `$eq`, ranges, `$in`) an array meets when one element does.
 */
function impliesPartial(partial: Doc, bounds: Map<string, PathBounds>): boolean {
  return Object.entries(partial).every(([path, cond]) => {
    const values = bounds.get(path)?.eq;
    if (!values || path.startsWith("$")) return false;
    if (isOperatorDoc(cond) && !Object.entries(cond).every(([op, arg]) => IMPLIED.has(op) && !(op === "$exists" && arg !== true))) return false;
    const test = compileFilter({ v: cond });
    return values.every((v) => v !== null && test({ v }));
  });
}

/** The plan of one index for a filter's bounds and a sort, or null when the index cannot bound or order it. */
function planIndex(index: Index, bounds: Map<string, PathBounds>, sort: SortSpec): Plan | null {
  const si = index.sorted;
  if (!si || (index.isPartial && !impliesPartial(index.spec.partialFilterExpression ?? {}, bounds))) return null;
  const points: unknown[][] = [];
  let range: Range | undefined;
  let combos = 1;
  for (let i = 0; i < si.fields.length; i++) {
    const b = bounds.get(si.fields[i]);
    if (!b || si.nested[i] > 0) break;
    if (b.eq && combos * b.eq.length <= MAX_INTERVALS) {
      points.push(b.eq);
      combos *= b.eq.length;
      continue;
    }
    range = rangeOf(b, si.multi[i] > 0);
    break;
  }
  // A sparse index lacks documents without its fields: only a bounded first field implies them.
  if (index.sparse && ((points.length === 0 && !range) || points.some((values) => values.includes(null)))) return null;
  const ivs = intervals(si, points, range);
  const o = orderFor(si, points, range !== undefined, sort, ivs.length <= MAX_MERGED);
  if (points.length === 0 && !range && o.provided === 0) return null;
  let cost = 0;
  for (const iv of ivs) cost += si.entries.count(iv.from, iv.to);
  const shown: Doc = {};
  si.fields.forEach((f, i) => {
    if (i < points.length) shown[f] = points[i];
    else if (i === points.length && range) shown[f] = range;
  });
  return { index, sorted: si, intervals: ivs, cost, ...o, eqFields: points.length, ranged: range !== undefined, bounds: shown };
}

/** Every index plan for a filter and sort (none when a collation changes string order). */
export function plansFor(coll: Collection, filter: Doc, sort: SortSpec, collation?: Doc): Plan[] {
  if (collation && collation.locale !== "simple") return [];
  const bounds = filterBounds(filter);
  const out: Plan[] = [];
  for (const idx of coll.indexes.values()) {
    const p = planIndex(idx, bounds, sort);
    if (p) out.push(p);
  }
  return out;
}

function compareOn(order: OrderItem[], n: number, a: Entry, b: Entry): number {
  for (let i = 0; i < n; i++) {
    const { pos, sign } = order[i];
    const c = pos < 0 ? compareBson(a.id, b.id) : compareSortKeys(a.k[pos], b.k[pos]);
    if (c !== 0) return c * sign;
  }
  return 0;
}

/** The plan's entries: each interval in walk order, merged in the plan's order when `ordered`. */
function* entries(plan: Plan, ordered: boolean): Generator<Entry, void, undefined> {
  const walks = plan.intervals.map((iv) => plan.sorted.entries.walk(iv.from, iv.to, plan.backward));
  if (!ordered || walks.length === 1) {
    for (const w of walks) yield* w;
    return;
  }
  const heads = walks.map((w) => w.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h.done) continue;
      if (best < 0 || compareOn(plan.order, plan.order.length, h.value, (heads[best] as IteratorYieldResult<Entry>).value) < 0) best = i;
    }
    if (best < 0) return;
    yield (heads[best] as IteratorYieldResult<Entry>).value;
    heads[best] = walks[best].next();
  }
}

/**
 * Runs a plan: the matching documents in walk order. With `limit`, an ordered walk stops
 * after `limit` documents and those tied with the last on the provided sort fields.
 * Returns null when more than `budget` entries would be read.
 */
export function runPlan(
  coll: Collection,
  plan: Plan,
  pred: ((d: Doc) => boolean) | undefined,
  opts: { ordered: boolean; limit?: number; budget?: number; stats?: { examined: number } },
): Doc[] | null {
  const seen = plan.sorted.multikey ? new Set<string>() : undefined;
  const out: Doc[] = [];
  let last: Entry | undefined;
  let steps = 0;
  for (const e of entries(plan, opts.ordered)) {
    if (opts.stats) opts.stats.examined++;
    if (opts.budget !== undefined && ++steps > opts.budget) return null;
    if (last && compareOn(plan.order, plan.provided, e, last) !== 0) break;
    if (seen) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
    }
    const doc = coll.docs.get(e.key);
    if (!doc || (pred && !pred(doc))) continue;
    out.push(doc);
    if (opts.limit !== undefined && out.length >= opts.limit && !last) {
      if (!opts.ordered || plan.full) break;
      last = e;
    }
  }
  return out;
}
