/**
 * Update semantics on top of mingo's update operators: replacement documents,
 * operator documents ($setOnInsert handled here), pipeline updates, upsert
 * document construction and the immutable _id rule.
 */
import { Decimal128, Long, ObjectId } from "bson";
import { equalityConstraints } from "./collection.js";
import { applyUpdate, type EngineOptions } from "./engine.js";
import { CommandError } from "./errors.js";
import { bsonEquals, bsonTypeOf, cloneValue, type Doc, encodeKey, idFirst, isDoc, isNumeric, toNumber } from "./values.js";
import { getPath, setPath } from "./paths.js";
import { decimalOp } from "./decimal.js";

export type UpdateSpec = Doc | Doc[];

export interface UpdateOptions extends EngineOptions {
  arrayFilters?: Doc[];
}

export function isReplacement(u: UpdateSpec): u is Doc {
  if (Array.isArray(u)) return false;
  const keys = Object.keys(u);
  return keys.length === 0 || !keys[0].startsWith("$");
}

function validate(u: UpdateSpec): void {
  if (Array.isArray(u)) return;
  const keys = Object.keys(u);
  const ops = keys.filter((k) => k.startsWith("$"));
  if (ops.length > 0 && ops.length !== keys.length) {
    throw new CommandError("FailedToParse", "Update document mixes update operators and fields");
  }
  if (ops.length === 0) {
    for (const k of keys) {
      if (k.startsWith("$")) throw new CommandError("BadValue", `The dollar ($) prefixed field '${k}' is not allowed here`);
    }
    return;
  }
  for (const op of ops) {
    if (!isDoc(u[op])) throw new CommandError("FailedToParse", `Modifiers operate on fields but we found type ${typeof u[op]} instead.`);
  }
}

function immutableId(): CommandError {
  return new CommandError("ImmutableField", "Performing an update on the path '_id' would modify the immutable field '_id'");
}

function applyOperators(doc: Doc, u: UpdateSpec, filter: Doc, opts: UpdateOptions, insert: boolean): Doc {
  let spec: UpdateSpec = u;
  if (!Array.isArray(u) && "$setOnInsert" in u) {
    const { $setOnInsert, ...rest } = u;
    spec = rest;
    if (insert) spec = { ...rest, $set: { ...(isDoc(rest.$set) ? rest.$set : {}), ...($setOnInsert as Doc) } };
  }
  if (!Array.isArray(spec)) ({ doc, spec } = applyBsonArithmetic(doc, spec));
  if (!Array.isArray(spec)) ({ doc, spec } = applyAddToSet(doc, spec));
  if (!Array.isArray(spec) && Object.keys(spec).length === 0) return doc;
  return applyUpdate(doc, spec, filter, opts);
}

/** The document after applying `u` to `doc` (which is not modified). */
export function updatedDoc(doc: Doc, u: UpdateSpec, filter: Doc, opts: UpdateOptions = {}): Doc {
  validate(u);
  if (isReplacement(u)) {
    if ("_id" in u && !bsonEquals(u._id, doc._id)) throw immutableId();
    return idFirst({ _id: doc._id, ...cloneValue(u) });
  }
  const next = applyOperators(doc, u, filter, opts, false);
  if (!bsonEquals(next._id, doc._id) || !("_id" in next)) throw immutableId();
  return idFirst(next);
}

/** Document inserted by an upsert that matched nothing. */
export function upsertDoc(filter: Doc, u: UpdateSpec, opts: UpdateOptions = {}): Doc {
  validate(u);
  const seed: Doc = {};
  for (const [path, values] of equalityConstraints(filter)) {
    if (values.length === 1) setPath(seed, path, cloneValue(values[0]));
  }
  let doc: Doc;
  if (isReplacement(u)) {
    doc = { ...cloneValue(u) };
    if (!("_id" in doc) && "_id" in seed) doc._id = seed._id;
    else if ("_id" in doc && "_id" in seed && !bsonEquals(doc._id, seed._id)) throw immutableId();
  } else {
    doc = applyOperators(seed, u, {}, opts, true);
    if ("_id" in seed && !bsonEquals(doc._id, seed._id)) throw immutableId();
  }
  if (doc._id === undefined) doc._id = new ObjectId();
  return idFirst(doc);
}

export function sameDoc(a: Doc, b: Doc): boolean {
  return a === b || encodeKey(a) === encodeKey(b);
}

/**
 * $inc/$mul: mongod's type checks, and arithmetic on Long/Decimal128 (mingo only
 * handles JS numbers). Handled paths are removed from the returned modifier.
 */
function applyBsonArithmetic(doc: Doc, spec: Doc): { doc: Doc; spec: Doc } {
  let out = doc;
  const rest: Doc = { ...spec };
  for (const op of ["$inc", "$mul"] as const) {
    const args = spec[op];
    if (!isDoc(args)) continue;
    const remaining: Doc = {};
    for (const [path, arg] of Object.entries(args)) {
      if (!isNumeric(arg)) throw new CommandError("TypeMismatch", `Cannot ${op === "$inc" ? "increment" : "multiply"} with non-numeric argument: {${path}: ${String(arg)}}`);
      const positional = path.split(".").some((p) => p.startsWith("$"));
      const current = positional ? undefined : getPath(out, path);
      if (!positional && current !== undefined && !isNumeric(current)) {
        const type = current === null ? "null" : typeof current;
        throw new CommandError("TypeMismatch", `Cannot apply ${op} to a value of non-numeric type. {_id: ${String(out._id)}} has the field '${path}' of non-numeric type ${type}`);
      }
      const bsonArg = bsonTypeOf(arg) === "Long" || bsonTypeOf(arg) === "Decimal128";
      const bsonCur = bsonTypeOf(current) === "Long" || bsonTypeOf(current) === "Decimal128";
      if (positional || (!bsonArg && !bsonCur)) {
        remaining[path] = arg;
        continue;
      }
      if (out === doc) out = cloneValue(doc);
      setPath(out, path, arithmetic(op, current ?? 0, arg));
    }
    if (Object.keys(remaining).length > 0) rest[op] = remaining;
    else delete rest[op];
  }
  return { doc: out, spec: rest };
}

function arithmetic(op: "$inc" | "$mul", a: unknown, b: unknown): unknown {
  const decimal = bsonTypeOf(a) === "Decimal128" || bsonTypeOf(b) === "Decimal128";
  const long = bsonTypeOf(a) === "Long" || bsonTypeOf(b) === "Long";
  const intLike = (v: unknown) => bsonTypeOf(v) === "Long" || (typeof v === "number" && Number.isInteger(v));
  if (!decimal && long && intLike(a) && intLike(b)) {
    const x = Long.fromValue(a as Long | number);
    const y = Long.fromValue(b as Long | number);
    return op === "$inc" ? x.add(y) : x.multiply(y);
  }
  const n = op === "$inc" ? toNumber(a) + toNumber(b) : toNumber(a) * toNumber(b);
  if (!decimal) return n;
  return decimalOp(op === "$inc" ? "add" : "multiply", a, b) ?? Decimal128.fromString(String(n));
}

/**
 * $addToSet on plain paths: a value is present only if an element equals it as BSON
 * does (embedded documents with the same fields in the same order).
 */
function applyAddToSet(doc: Doc, spec: Doc): { doc: Doc; spec: Doc } {
  const args = spec.$addToSet;
  if (!isDoc(args)) return { doc, spec };
  const rest: Doc = { ...spec };
  const remaining: Doc = {};
  let out = doc;
  for (const [path, arg] of Object.entries(args)) {
    if (path.split(".").some((p) => p.startsWith("$") || /^\d+$/.test(p))) {
      remaining[path] = arg;
      continue;
    }
    const values = isDoc(arg) && Array.isArray(arg.$each) && Object.keys(arg).length === 1 ? arg.$each : [arg];
    const current = getPath(out, path);
    if (current !== undefined && !Array.isArray(current)) {
      throw new CommandError("BadValue", `Cannot apply $addToSet to non-array field. Field named '${path}' has non-array type ${typeof current}`);
    }
    const next = [...((current as unknown[] | undefined) ?? [])];
    for (const v of values) if (!next.some((x) => bsonEquals(x, v))) next.push(cloneValue(v));
    if (out === doc) out = cloneValue(doc);
    setPath(out, path, next);
  }
  if (Object.keys(remaining).length > 0) rest.$addToSet = remaining;
  else delete rest.$addToSet;
  return { doc: out, spec: rest };
}
