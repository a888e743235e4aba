/** find / getMore / killCursors / count / distinct / aggregate / explain. */
import { calculateObjectSize } from "bson";
import type { Collection } from "../collection.js";
import { type EngineOptions, project, runPipeline } from "../engine.js";
import { countMatches, matchDocs, type PlanChoice, sortedMatch, winningPlan } from "../query.js";
import { CommandError } from "../errors.js";
import { cloneValue, compareBson, type Doc, EMPTY_ARRAY, encodeKey, isDoc } from "../values.js";
import { pathValues } from "../paths.js";
import { type CommandContext, collName, docArray, type Handler, optDoc, optNum } from "./context.js";
import { writeStageOutput } from "./output.js";

export { matchDocs } from "../query.js";

export function engineOptions(cmd: Doc, ctx: CommandContext): EngineOptions {
  return {
    variables: optDoc(cmd, "let"),
    collation: optDoc(cmd, "collation"),
    collectionResolver: (name) => [...(ctx.catalog.get(ctx.db, name)?.docs.values() ?? [])].map((d) => cloneValue(d)),
  };
}

function find(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "find");
  const coll = ctx.catalog.get(ctx.db, name);
  const filter = optDoc(cmd, "filter") ?? {};
  const sort = optDoc(cmd, "sort");
  const skip = optNum(cmd, "skip") ?? 0;
  let limit = optNum(cmd, "limit") ?? 0;
  let singleBatch = cmd.singleBatch === true;
  if (limit < 0) {
    limit = -limit;
    singleBatch = true;
  }
  if (skip < 0) throw new CommandError("BadValue", "skip value must be non-negative");
  const extra = engineOptions(cmd, ctx);
  const wanted = limit > 0 ? skip + limit : Infinity;
  let docs = sort && Object.keys(sort).length > 0 ? sortedMatch(coll, filter, sort, extra, wanted) : matchDocs(coll, filter, extra, wanted);
  if (skip > 0 || limit > 0) docs = docs.slice(skip, limit > 0 ? skip + limit : undefined);
  docs = project(docs, filter, optDoc(cmd, "projection"), extra);
  return ctx.state.cursors.first(`${ctx.db}.${name}`, docs, { batchSize: optNum(cmd, "batchSize"), singleBatch });
}

function getMore(cmd: Doc, ctx: CommandContext): Doc {
  const coll = typeof cmd.collection === "string" ? cmd.collection : "";
  return ctx.state.cursors.getMore(cmd.getMore, `${ctx.db}.${coll}`, optNum(cmd, "batchSize"));
}

function count(cmd: Doc, ctx: CommandContext): Doc {
  const coll = ctx.catalog.get(ctx.db, collName(cmd, "count"));
  const query = optDoc(cmd, "query") ?? {};
  const skip = optNum(cmd, "skip") ?? 0;
  const limit = Math.abs(optNum(cmd, "limit") ?? 0);
  let n = countMatches(coll, query, engineOptions(cmd, ctx));
  n = Math.max(0, n - skip);
  if (limit > 0) n = Math.min(n, limit);
  return { n, ok: 1 };
}

function distinct(cmd: Doc, ctx: CommandContext): Doc {
  const coll = ctx.catalog.get(ctx.db, collName(cmd, "distinct"));
  if (typeof cmd.key !== "string") throw new CommandError("TypeMismatch", "BSON field 'distinct.key' is missing or not a string");
  const seen = new Map<string, unknown>();
  for (const doc of matchDocs(coll, optDoc(cmd, "query") ?? {}, engineOptions(cmd, ctx))) {
    for (const v of pathValues(doc, cmd.key)) {
      if (v === undefined || v === EMPTY_ARRAY) continue;
      const k = encodeKey(v);
      if (!seen.has(k)) seen.set(k, v);
    }
  }
  return { values: [...seen.values()].sort(compareBson), ok: 1 };
}

const single = (stage: Doc | undefined, name: string): stage is Doc => stage !== undefined && Object.keys(stage).length === 1 && name in stage;

/**
 * The documents a pipeline starts from: a leading `$match` runs through the index
 * planner, and so does a `$sort` right after it (or first), with the `$skip`/`$limit`
 * that follow it pushed into the index walk. Those stages are then dropped.
 */
function pipelineInput(coll: Collection | undefined, stages: Doc[], extra: EngineOptions): { input: Doc[]; stages: Doc[] } {
  if (!coll) return { input: [], stages };
  let i = 0;
  const match = single(stages[0], "$match") && isDoc(stages[0].$match) ? stages[0].$match : undefined;
  if (match) i++;
  const sort = single(stages[i], "$sort") && isDoc(stages[i].$sort) && !extra.collation ? (stages[i].$sort as Doc) : undefined;
  if (!sort) return { input: match ? matchDocs(coll, match, extra) : [...coll.docs.values()], stages: stages.slice(i) };
  let wanted = 0;
  let limit = Infinity;
  for (const s of stages.slice(i + 1)) {
    if (single(s, "$skip") && typeof s.$skip === "number") wanted += s.$skip;
    else if (single(s, "$limit") && typeof s.$limit === "number") limit = wanted + s.$limit;
    else break;
    if (Number.isFinite(limit)) break;
  }
  return { input: sortedMatch(coll, match ?? {}, sort, extra, limit), stages: stages.slice(i + 1) };
}

/**
 * `[{$match}, {$group: {_id: <constant>, n: {$sum: 1}}}]` (what drivers send for
 * countDocuments): counted without copying the documents; null for other pipelines.
 */
function countPipeline(coll: Collection | undefined, stages: Doc[], extra: EngineOptions): Doc[] | null {
  if (stages.length !== 2 || !single(stages[0], "$match") || !isDoc(stages[0].$match) || !single(stages[1], "$group")) return null;
  const group = stages[1].$group;
  if (!isDoc(group) || Object.keys(group).length !== 2) return null;
  const { _id: id, ...acc } = group;
  const [field, sum] = Object.entries(acc)[0];
  if (typeof id === "string" || isDoc(id) || Array.isArray(id) || !isDoc(sum) || Object.keys(sum).length !== 1 || sum.$sum !== 1) return null;
  const n = countMatches(coll, stages[0].$match, extra);
  return n > 0 ? [{ _id: id ?? null, [field]: n }] : [];
}

function aggregate(cmd: Doc, ctx: CommandContext): Doc {
  const target = cmd.aggregate;
  const pipeline = docArray(cmd, "pipeline");
  const extra = engineOptions(cmd, ctx);
  const last = pipeline[pipeline.length - 1];
  const output = last && ("$out" in last || "$merge" in last) ? last : undefined;
  let stages = output ? pipeline.slice(0, -1) : pipeline;
  let input: Doc[] = [];
  let ns = `${ctx.db}.$cmd.aggregate`;
  if (typeof target === "string") {
    ns = `${ctx.db}.${target}`;
    const coll = ctx.catalog.get(ctx.db, target);
    const counted = countPipeline(coll, stages, extra);
    if (counted) ({ input, stages } = { input: counted, stages: [] });
    else {
      ({ input, stages } = pipelineInput(coll, stages, extra));
      input = input.map((d) => cloneValue(d));
    }
  } else if (target !== 1) {
    throw new CommandError("InvalidNamespace", "aggregate requires a collection name or 1");
  }
  if (cmd.explain === true) {
    return { explainVersion: "1", stages: pipeline.map((s) => ({ [Object.keys(s)[0]]: s })), ok: 1 };
  }
  const results = stages.length > 0 ? runPipeline(input, stages, extra) : input;
  if (output) {
    writeStageOutput(ctx, output, results);
    return ctx.state.cursors.first(ns, [], {});
  }
  const cursor = optDoc(cmd, "cursor") ?? {};
  return ctx.state.cursors.first(ns, results, { batchSize: optNum(cursor, "batchSize") });
}

function explain(cmd: Doc, ctx: CommandContext): Doc {
  const inner = optDoc(cmd, "explain");
  if (!inner) throw new CommandError("BadValue", "explain requires a command document");
  const name = Object.keys(inner)[0];
  const collection = typeof inner[name] === "string" ? (inner[name] as string) : "";
  const coll = ctx.catalog.get(ctx.db, collection);
  const filter = optDoc(inner, "filter") ?? optDoc(inner, "query") ?? optDoc(inner, "q") ?? {};
  const sort = optDoc(inner, "sort");
  const limit = Math.abs(optNum(inner, "limit") ?? 0);
  const wanted = limit > 0 ? limit + (optNum(inner, "skip") ?? 0) : Infinity;
  const choice: PlanChoice = { stage: "COLLSCAN", sorted: false };
  if (sort && Object.keys(sort).length > 0) sortedMatch(coll, filter, sort, engineOptions(inner, ctx), wanted, choice);
  else matchDocs(coll, filter, engineOptions(inner, ctx), wanted, choice);
  return {
    queryPlanner: {
      namespace: `${ctx.db}.${collection}`,
      parsedQuery: filter,
      winningPlan: winningPlan(choice, wanted),
      rejectedPlans: [],
    },
    command: inner,
    serverInfo: { host: ctx.state.host, port: ctx.state.port, version: "devmongo" },
    ok: 1,
  };
}

function sizeOf(coll: Collection): number {
  let size = 0;
  for (const d of coll.docs.values()) size += calculateObjectSize(d);
  return size;
}

function dbStats(_cmd: Doc, ctx: CommandContext): Doc {
  let objects = 0;
  let dataSize = 0;
  let indexes = 0;
  const names = ctx.catalog.names(ctx.db);
  for (const n of names) {
    const c = ctx.catalog.get(ctx.db, n);
    if (!c) continue;
    objects += c.docs.size;
    dataSize += sizeOf(c);
    indexes += c.indexSpecs().length;
  }
  return { db: ctx.db, collections: names.length, views: 0, objects, dataSize, storageSize: dataSize, indexes, ok: 1 };
}

function collStats(cmd: Doc, ctx: CommandContext): Doc {
  const name = collName(cmd, "collStats");
  const coll = ctx.catalog.get(ctx.db, name);
  if (!coll) throw new CommandError("NamespaceNotFound", `Collection [${ctx.db}.${name}] not found.`);
  const size = sizeOf(coll);
  return { ns: coll.ns, count: coll.docs.size, size, storageSize: size, nindexes: coll.indexSpecs().length, ok: 1 };
}

export const readCommands: Record<string, Handler> = {
  find,
  getMore,
  killCursors: (cmd, ctx) => ctx.state.cursors.kill(Array.isArray(cmd.cursors) ? cmd.cursors : []),
  count,
  distinct,
  aggregate,
  explain,
  dbStats,
  collStats,
};
