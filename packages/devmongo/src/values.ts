/**
 * BSON value helpers: MongoDB's canonical comparison order, index-key encoding,
 * cloning and dotted-path extraction. Values are what `bson.deserialize` yields
 * with promoteValues (numbers, strings, Dates, RegExps) plus bson classes
 * (ObjectId, Long, Decimal128, Binary, Timestamp, MinKey/MaxKey ...).
 */
import type { Binary, Timestamp } from "bson";

export type Doc = Record<string, unknown>;

/** Sentinel used by path extraction for an empty array at the leaf. */
export const EMPTY_ARRAY = Symbol("emptyArray");

export function bsonTypeOf(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const t = (v as { _bsontype?: unknown })._bsontype;
  return typeof t === "string" ? t : undefined;
}

/** A plain embedded document (not an array, Date, RegExp, buffer or bson class instance). */
export function isDoc(v: unknown): v is Doc {
  if (typeof v !== "object" || v === null) return false;
  if (Array.isArray(v) || v instanceof Date || v instanceof RegExp || ArrayBuffer.isView(v)) return false;
  return bsonTypeOf(v) === undefined;
}

export function isOperatorDoc(v: unknown): v is Doc {
  if (!isDoc(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys[0].startsWith("$");
}

const NUMERIC_TYPES = new Set(["Long", "Decimal128", "Int32", "Double"]);

export function isNumeric(v: unknown): boolean {
  if (typeof v === "number" || typeof v === "bigint") return true;
  const t = bsonTypeOf(v);
  return t !== undefined && NUMERIC_TYPES.has(t);
}

/** Numeric value as a JS number (Long and Decimal128 may lose precision; fine for ordering). */
export function toNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  const t = bsonTypeOf(v);
  if (t === "Int32" || t === "Double") return (v as { valueOf(): number }).valueOf();
  return Number(String(v));
}

/** MongoDB's cross-type sort order (null and missing sort together). */
export function typeRank(v: unknown): number {
  if (v === undefined || v === null) return 2;
  switch (typeof v) {
    case "number":
    case "bigint":
      return 3;
    case "string":
      return 4;
    case "boolean":
      return 9;
    default:
  }
  if (Array.isArray(v)) return 6;
  if (v instanceof Date) return 10;
  if (v instanceof RegExp) return 12;
  if (ArrayBuffer.isView(v)) return 7;
  switch (bsonTypeOf(v)) {
    case undefined:
      return 5;
    case "MinKey":
      return 1;
    case "MaxKey":
      return 14;
    case "Long":
    case "Decimal128":
    case "Int32":
    case "Double":
      return 3;
    case "BSONSymbol":
      return 4;
    case "Binary":
      return 7;
    case "ObjectId":
      return 8;
    case "Timestamp":
      return 11;
    case "BSONRegExp":
      return 12;
    case "Code":
      return 13;
    default:
      return 5;
  }
}

const cmp = <T extends number | string>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);

function compareNumbers(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return cmp(a, b);
}

/** Total order over BSON values following mongod's comparison/sort rules. */
export function compareBson(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 3:
      return compareNumbers(toNumber(a), toNumber(b));
    case 4:
      return cmp(String(a), String(b));
    case 5: {
      const ea = Object.entries(a as Doc);
      const eb = Object.entries(b as Doc);
      for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
        const r =
          typeRank(ea[i][1]) - typeRank(eb[i][1]) || cmp(ea[i][0], eb[i][0]) || compareBson(ea[i][1], eb[i][1]);
        if (r !== 0) return r;
      }
      return ea.length - eb.length;
    }
    case 6: {
      const xa = a as unknown[];
      const xb = b as unknown[];
      for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
        const r = compareBson(xa[i], xb[i]);
        if (r !== 0) return r;
      }
      return xa.length - xb.length;
    }
    case 7: {
      const ba = binaryBytes(a);
      const bb = binaryBytes(b);
      return ba.length - bb.length || Buffer.compare(Buffer.from(ba), Buffer.from(bb));
    }
    case 8:
      return compareObjectIds(a, b);
    case 9:
      return Number(a) - Number(b);
    case 10:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime());
    case 11: {
      const ta = a as Timestamp;
      const tb = b as Timestamp;
      return ta.t - tb.t || ta.i - tb.i;
    }
    case 12: {
      const [sa, fa] = regexParts(a);
      const [sb, fb] = regexParts(b);
      return cmp(sa, sb) || cmp(fa, fb);
    }
    default:
      return cmp(String(a), String(b));
  }
}

/** ObjectIds compare by their 12 bytes (the order of their hex strings, without building them). */
function compareObjectIds(a: unknown, b: unknown): number {
  const x = (a as { id?: unknown }).id;
  const y = (b as { id?: unknown }).id;
  if (!(x instanceof Uint8Array) || !(y instanceof Uint8Array)) return cmp(String(a), String(b));
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Sort order of sort keys: an empty array (EMPTY_ARRAY) first, missing as null, then BSON order. */
export function compareSortKeys(a: unknown, b: unknown): number {
  // Fast paths for the common index values (same results as compareBson).
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "number" && typeof b === "number" && !Number.isNaN(a) && !Number.isNaN(b)) return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Date && b instanceof Date) return compareNumbers(a.getTime(), b.getTime());
  if (a === EMPTY_ARRAY || b === EMPTY_ARRAY) return (a === EMPTY_ARRAY ? 0 : 1) - (b === EMPTY_ARRAY ? 0 : 1);
  return compareBson(a ?? null, b ?? null); // missing sorts as null
}

export function bsonEquals(a: unknown, b: unknown): boolean {
  return compareBson(a, b) === 0 && typeRank(a) === typeRank(b);
}

function binaryBytes(v: unknown): Uint8Array {
  if (bsonTypeOf(v) === "Binary") return (v as Binary).buffer.subarray(0, (v as Binary).position);
  return v as Uint8Array;
}

function regexParts(v: unknown): [string, string] {
  if (v instanceof RegExp) return [v.source, v.flags];
  const r = v as { pattern: string; options: string };
  return [r.pattern, r.options];
}

/**
 * Canonical string for a value, used as an index key. Equal values (in mongod's
 * sense: 1, 1.0, Long(1) and Decimal128("1") are equal) give equal strings.
 */
export function encodeKey(v: unknown): string {
  if (v === undefined || v === null) return "n";
  if (v === EMPTY_ARRAY) return "[]";
  switch (typeof v) {
    case "number":
      return `d${Object.is(v, -0) ? 0 : v}`;
    case "string":
      return `s${JSON.stringify(v)}`;
    case "boolean":
      return v ? "bt" : "bf";
    case "bigint":
      return `d${Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()}`;
    default:
  }
  if (Array.isArray(v)) return `[${v.map(encodeKey).join(",")}]`;
  if (v instanceof Date) return `t${v.getTime()}`;
  if (v instanceof RegExp) return `r${JSON.stringify([v.source, v.flags])}`;
  const t = bsonTypeOf(v);
  if (t === undefined && isDoc(v)) {
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}:${encodeKey(x)}`)
      .join(",")}}`;
  }
  if (t !== undefined && NUMERIC_TYPES.has(t)) {
    const n = toNumber(v);
    if (t === "Long" && !Number.isSafeInteger(n)) return `d${String(v)}`;
    return `d${Object.is(n, -0) ? 0 : n}`;
  }
  if (t === "ObjectId") return `o${String(v)}`;
  if (t === "Binary" || ArrayBuffer.isView(v)) {
    const sub = t === "Binary" ? (v as Binary).sub_type : 0;
    return `x${sub}:${Buffer.from(binaryBytes(v)).toString("base64")}`;
  }
  if (t === "Timestamp") return `T${(v as Timestamp).t}:${(v as Timestamp).i}`;
  return `${t ?? "?"}:${JSON.stringify(v)}`;
}

/** Deep copy of plain documents and arrays; bson class instances are shared (treated as immutable). */
export function cloneValue<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => cloneValue(x)) as T;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  if (isDoc(v)) {
    const out: Doc = {};
    for (const k of Object.keys(v)) out[k] = cloneValue(v[k]);
    return out as T;
  }
  return v;
}

/** Renders a value the way mongod prints it in error messages (`dup key: { name: "x" }`). */
export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (Array.isArray(v)) return `[ ${v.map(formatValue).join(", ")} ]`;
  const t = bsonTypeOf(v);
  if (t === "ObjectId") return `ObjectId('${String(v)}')`;
  if (t === "Decimal128") return `${String(v)}`;
  if (t === "Long") return `${String(v)}`;
  if (isDoc(v)) {
    const entries = Object.entries(v).map(([k, x]) => `${k}: ${formatValue(x)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return String(v);
}

/** Moves `_id` to the front, as mongod stores it. */
export function idFirst(doc: Doc): Doc {
  const keys = Object.keys(doc);
  if (keys[0] === "_id" || !("_id" in doc)) return doc;
  const out: Doc = { _id: doc._id };
  for (const k of keys) if (k !== "_id") out[k] = doc[k];
  return out;
}
