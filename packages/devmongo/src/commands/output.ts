/** The $out and $merge aggregation stages (writing results into a collection). */
import { ObjectId } from "bson";
import { CommandError } from "../errors.js";
import { bsonEquals, cloneValue, type Doc, idFirst, isDoc } from "../values.js";
import { getPath } from "../paths.js";
import type { CommandContext } from "./context.js";

function target(spec: unknown, ctx: CommandContext, stage: string): { db: string; coll: string } {
  if (typeof spec === "string") return { db: ctx.db, coll: spec };
  if (isDoc(spec)) {
    const db = typeof spec.db === "string" ? spec.db : ctx.db;
    const coll = spec.coll;
    if (typeof coll === "string") return { db, coll };
  }
  throw new CommandError("BadValue", `${stage} requires a collection name or { db, coll }`);
}

function withId(doc: Doc): Doc {
  return idFirst(doc._id === undefined ? { ...doc, _id: new ObjectId() } : doc);
}

export function writeStageOutput(ctx: CommandContext, stage: Doc, results: Doc[]): void {
  if ("$out" in stage) {
    const { db, coll } = target(stage.$out, ctx, "$out");
    const dest = ctx.catalog.getOrCreate(db, coll);
    // Validate against a scratch copy first so a failing $out leaves the target untouched.
    const scratch = dest.fork();
    scratch.clear();
    const docs = results.map((d) => withId(cloneValue(d)));
    for (const d of docs) scratch.insert(d);
    dest.clear();
    for (const d of docs) dest.insert(d);
    return;
  }
  const spec = isDoc(stage.$merge) ? stage.$merge : { into: stage.$merge };
  const { db, coll } = target(spec.into, ctx, "$merge");
  const on = spec.on === undefined ? ["_id"] : Array.isArray(spec.on) ? spec.on.map(String) : [String(spec.on)];
  const whenMatched = spec.whenMatched ?? "merge";
  const whenNotMatched = spec.whenNotMatched ?? "insert";
  if (typeof whenMatched !== "string") throw new CommandError("BadValue", "$merge: pipeline whenMatched is not supported by devmongo");
  const dest = ctx.catalog.getOrCreate(db, coll);
  for (const raw of results) {
    const doc = cloneValue(raw);
    const filter: Doc = {};
    for (const f of on) filter[f] = getPath(doc, f) ?? null;
    const existing = [...(dest.candidates(filter) ?? dest.docs.values())].find((d) =>
      on.every((f) => bsonEquals(getPath(d, f) ?? null, filter[f])),
    );
    if (!existing) {
      if (whenNotMatched === "insert") dest.insert(withId(doc));
      else if (whenNotMatched === "fail") throw new CommandError("BadValue", "$merge could not find a matching document in the target collection");
      continue;
    }
    if (whenMatched === "keepExisting") continue;
    if (whenMatched === "fail") throw new CommandError("DuplicateKey", "$merge found a matching document and whenMatched is 'fail'");
    const next = whenMatched === "replace" ? { ...doc, _id: existing._id } : { ...existing, ...doc, _id: existing._id };
    dest.replace(idFirst(next));
  }
}
