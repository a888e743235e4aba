import { FUNNEL_EXITS, FUNNEL_STAGES, type AdminStats } from "@parklink/shared";
import type { PipelineStage } from "mongoose";
import type { AppDeps } from "../../deps.js";
import { introductionModel } from "../introductions/model.js";
import { orgModel } from "../orgs/model.js";
import { requestModel } from "../requests/model.js";

interface Bucket {
  _id: string | null;
  n: number;
}

const HOUR_MS = 3_600_000;

/** `$group` by a field into [{_id, n}], largest first. */
const countBy = (field: string): PipelineStage.FacetPipelineStage[] => [
  { $group: { _id: `$${field}`, n: { $sum: 1 } } },
  { $sort: { n: -1, _id: 1 } },
];
const total: PipelineStage.FacetPipelineStage[] = [{ $group: { _id: null, n: { $sum: 1 } } }];

const toRecord = (buckets: Bucket[]): Record<string, number> =>
  Object.fromEntries(buckets.map((b) => [b._id ?? "unknown", b.n]));
const first = (buckets: Bucket[]) => buckets[0]?.n ?? 0;
const ratio = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 10_000) / 10_000);

async function memberFigures(deps: AppDeps) {
  const approved = { $match: { status: "approved" } };
  const [facets] = await orgModel(deps.db).aggregate<Record<"total" | "byKind" | "byCountry" | "byRegion" | "pending", Bucket[]>>([
    { $match: { status: { $in: ["approved", "pending"] } } },
    {
      $facet: {
        total: [approved, ...total],
        byKind: [approved, ...countBy("kind")],
        byCountry: [approved, ...countBy("country")],
        byRegion: [approved, ...countBy("region")],
        pending: [{ $match: { status: "pending" } }, ...total],
      },
    },
  ]);
  return {
    members: {
      total: first(facets.total),
      byKind: toRecord(facets.byKind),
      byCountry: toRecord(facets.byCountry),
      byRegion: toRecord(facets.byRegion),
    },
    pending: first(facets.pending),
  };
}

async function requestFigures(deps: AppDeps) {
  const [facets] = await requestModel(deps.db).aggregate<Record<"total" | "byType" | "byState", Bucket[]>>([
    { $facet: { total, byType: countBy("type"), byState: countBy("state") } },
  ]);
  return { total: first(facets.total), byType: toRecord(facets.byType), byState: toRecord(facets.byState) };
}

interface PipelineFacets {
  reached: ({ _id: null } & Record<(typeof FUNNEL_STAGES)[number] | "total", number>)[];
  byStatus: Bucket[];
  outcomes: Bucket[];
  firstReply: { _id: null; hours: number[] }[];
}

/**
 * The furthest funnel stage an introduction reached is the highest stage found in its
 * history or its current status; reaching a stage implies reaching the ones before it
 * (a member's own interest starts at "proposed", a broker's suggestion before it).
 */
async function pipelineFigures(deps: AppDeps) {
  const stageIndex = (expr: unknown) => ({ $indexOfArray: [[...FUNNEL_STAGES], expr] });
  const [facets] = await introductionModel(deps.db).aggregate<PipelineFacets>([
    {
      $addFields: {
        furthest: {
          $max: {
            $map: {
              input: { $concatArrays: [{ $ifNull: ["$history.status", []] }, ["$status"]] },
              as: "s",
              in: stageIndex("$$s"),
            },
          },
        },
      },
    },
    {
      $facet: {
        reached: [
          {
            $group: {
              _id: null,
              total: { $sum: 1 },
              ...Object.fromEntries(
                FUNNEL_STAGES.map((stage, i) => [stage, { $sum: { $cond: [{ $gte: ["$furthest", i] }, 1, 0] } }]),
              ),
            },
          },
        ],
        byStatus: countBy("status"),
        outcomes: [{ $match: { "outcome.kind": { $type: "string" } } }, ...countBy("outcome.kind")],
        firstReply: [
          { $match: { firstReplyAt: { $type: "date" }, createdAt: { $type: "date" } } },
          { $project: { hours: { $divide: [{ $subtract: ["$firstReplyAt", "$createdAt"] }, HOUR_MS] } } },
          { $sort: { hours: 1 } },
          { $group: { _id: null, hours: { $push: "$hours" } } },
        ],
      },
    },
  ]);
  const reached = facets.reached[0] ?? { total: 0, ...Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) };
  const status = toRecord(facets.byStatus);
  const outcomes = toRecord(facets.outcomes);
  const hours = facets.firstReply[0]?.hours ?? [];
  return {
    pipeline: {
      total: reached.total,
      reached: Object.fromEntries(FUNNEL_STAGES.map((s) => [s, reached[s]])) as AdminStats["pipeline"]["reached"],
      exits: Object.fromEntries(FUNNEL_EXITS.map((s) => [s, status[s] ?? 0])) as AdminStats["pipeline"]["exits"],
      conversion: FUNNEL_STAGES.slice(1).map((to, i) => {
        const from = FUNNEL_STAGES[i];
        return { from, to, rate: ratio(reached[to], reached[from]) };
      }),
    },
    outcomes: { total: Object.values(outcomes).reduce((a, b) => a + b, 0), byKind: outcomes },
    firstReply: { medianHours: median(hours), count: hours.length },
  };
}

/** Median of values already sorted ascending, to one decimal; null for none. */
function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 10) / 10;
}

/** Staff dashboard figures: three aggregations, one per collection, run side by side. */
export async function adminStatsOf(deps: AppDeps): Promise<AdminStats> {
  const [orgs, requests, intros] = await Promise.all([memberFigures(deps), requestFigures(deps), pipelineFigures(deps)]);
  return { generatedAt: new Date().toISOString(), ...orgs, requests, ...intros };
}
