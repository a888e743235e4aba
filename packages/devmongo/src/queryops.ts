/**
 * Query operators replaced on top of mingo's so that BSON values behave as in mongod:
 * range comparisons with type bracketing and numeric comparison across
 * number/Long/Decimal128; equality on documents and arrays that respects field
 * order; `$type` that looks inside arrays.
 */
import type { Options } from "mingo/types";
import { resolve } from "mingo/util";
import { bsonEquals, bsonTypeOf, compareBson, type Doc, encodeKey, isDoc, isNumeric, toNumber, typeRank } from "./values.js";

/** Our operator shape; mingo's own QueryOperator type is an intersection of all its operators. */
export type QueryOp = (selector: string, value: unknown, options: Options) => (obj: Doc) => boolean;
export const mingoOp = (op: unknown): QueryOp => op as QueryOp;

function lhsValues(obj: Doc, selector: string): unknown[] {
  const v = resolve(obj, selector, { unwrapArray: true });
  if (!Array.isArray(v)) return [v];
  const out: unknown[] = [v];
  for (const e of v) {
    out.push(e);
    if (Array.isArray(e)) out.push(...(e as unknown[]));
  }
  return out;
}

export function rangeOp(test: (c: number) => boolean): QueryOp {
  return (selector, value) => (obj) => {
    const rank = typeRank(value);
    for (const v of lhsValues(obj, selector)) {
      if (v !== undefined && typeRank(v) === rank && test(compareBson(v, value))) return true;
      if (v === undefined && rank === 2 && test(0)) return true;
    }
    return false;
  };
}

const numEq = (a: unknown, b: unknown): boolean => isNumeric(a) && toNumber(a) === toNumber(b);

export function eqOp(fallback: QueryOp, negate: boolean): QueryOp {
  return (selector, value, options) => {
    if (isDoc(value) || Array.isArray(value)) {
      return (obj) => lhsValues(obj, selector).some((v) => v !== undefined && bsonEquals(v, value)) !== negate;
    }
    if (!isNumeric(value)) return fallback(selector, value, options);
    return (obj) => lhsValues(obj, selector).some((v) => numEq(v, value)) !== negate;
  };
}

/** Values whose equality is exactly equality of their keys: strings (without a collation), booleans, dates, ObjectIds. */
const keyed = (x: unknown) => typeof x === "string" || typeof x === "boolean" || x instanceof Date || bsonTypeOf(x) === "ObjectId";

export function inOp(fallback: QueryOp, negate: boolean): QueryOp {
  return (selector, value, options) => {
    // A long list of such values is tested through a set of keys, not value by value per document.
    if (Array.isArray(value) && value.length > 8 && !options.collation && value.every(keyed)) {
      const keys = new Set(value.map(encodeKey));
      return (obj) => lhsValues(obj, selector).some((v) => v !== undefined && keys.has(encodeKey(v))) !== negate;
    }
    const structured = Array.isArray(value) && value.some((x) => isDoc(x) || Array.isArray(x));
    if (!Array.isArray(value) || (!value.some(isNumeric) && !structured) || value.some((x) => x === null)) {
      return fallback(selector, value, options);
    }
    const regexes = value.filter((x): x is RegExp => x instanceof RegExp);
    return (obj) => {
      const hit = lhsValues(obj, selector).some(
        (v) =>
          value.some((x) => (isNumeric(x) ? numEq(v, x) : v !== undefined && !(x instanceof RegExp) && bsonEquals(v, x))) ||
          (typeof v === "string" && regexes.some((r) => r.test(v))),
      );
      return hit !== negate;
    };
  };
}


const INT32 = 2 ** 31;
const TYPE_CODES: Record<string, number> = {
  double: 1, string: 2, object: 3, array: 4, binData: 5, undefined: 6, objectId: 7, bool: 8, date: 9, null: 10,
  regex: 11, javascript: 13, int: 16, timestamp: 17, long: 18, decimal: 19, minKey: -1, maxKey: 127,
};
const NUMBER_CODES = new Set([1, 16, 18, 19]);

/** The BSON type code a value is stored as. */
function typeCode(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (v === null) return 10;
  if (typeof v === "number") return Number.isInteger(v) && v >= -INT32 && v < INT32 ? 16 : 1;
  if (typeof v === "string") return 2;
  if (typeof v === "boolean") return 8;
  if (typeof v === "bigint") return 18;
  if (Array.isArray(v)) return 4;
  if (v instanceof Date) return 9;
  if (v instanceof RegExp) return 11;
  if (ArrayBuffer.isView(v)) return 5;
  switch (bsonTypeOf(v)) {
    case undefined:
      return 3;
    case "ObjectId":
      return 7;
    case "Long":
      return 18;
    case "Decimal128":
      return 19;
    case "Double":
      return 1;
    case "Int32":
      return 16;
    case "Binary":
      return 5;
    case "Timestamp":
      return 17;
    case "BSONRegExp":
      return 11;
    case "MinKey":
      return -1;
    case "MaxKey":
      return 127;
    case "Code":
      return 13;
    default:
      return undefined;
  }
}

function typeMatcher(spec: unknown): (code: number) => boolean {
  const wanted = (Array.isArray(spec) ? spec : [spec]).map((t) => {
    if (t === "number") return NUMBER_CODES;
    const code = typeof t === "string" ? TYPE_CODES[t] : isNumeric(t) ? toNumber(t) : undefined;
    if (code === undefined) throw new Error(`Unknown type name alias: ${String(t)}`);
    return new Set([code]);
  });
  return (code) => wanted.some((set) => set.has(code));
}

/** $type: the field's own type, or (for arrays) any element's type; "array" matches the array itself. */
export const typeOp: QueryOp = (selector, value) => {
  const matches = typeMatcher(value);
  return (obj) => {
    const v = resolve(obj, selector, { unwrapArray: true });
    if (v === undefined) return false;
    const candidates = Array.isArray(v) ? [v, ...v] : [v];
    return candidates.some((x) => {
      const code = typeCode(x);
      return code !== undefined && matches(code);
    });
  };
};
