/**
 * Exact decimal arithmetic for Decimal128 operands (mongod computes in decimal;
 * going through doubles would turn 0.2 + 0.1 into 0.30000000000000004). Values are
 * a BigInt coefficient and a base-10 exponent; results are rounded to Decimal128's
 * 34 digits by bson.
 */
import { Decimal128 } from "bson";
import { bsonTypeOf } from "./values.js";

interface Dec {
  c: bigint;
  e: number;
}

const FORM = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function isDecimal(v: unknown): boolean {
  return bsonTypeOf(v) === "Decimal128";
}

function parse(v: unknown): Dec | undefined {
  const m = FORM.exec(String(v));
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  const frac = m[3] ?? "";
  return { c: BigInt(`${m[1]}${m[2]}${frac}` || "0"), e: Number(m[4] ?? 0) - frac.length };
}

function format({ c, e }: Dec): Decimal128 {
  const neg = c < 0n;
  const digits = (neg ? -c : c).toString();
  let text: string;
  if (e >= 0) text = e === 0 ? digits : `${digits}E+${e}`;
  else if (digits.length > -e) text = `${digits.slice(0, digits.length + e)}.${digits.slice(digits.length + e)}`;
  else text = `0.${"0".repeat(-e - digits.length)}${digits}`;
  return Decimal128.fromStringWithRounding(`${neg ? "-" : ""}${text}`);
}

/** a + b, a - b or a * b in decimal; undefined when an operand is not a finite number. */
export function decimalOp(op: "add" | "subtract" | "multiply", a: unknown, b: unknown): Decimal128 | undefined {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  if (op === "multiply") return format({ c: x.c * y.c, e: x.e + y.e });
  const e = Math.min(x.e, y.e);
  const xc = x.c * 10n ** BigInt(x.e - e);
  const yc = y.c * 10n ** BigInt(y.e - e);
  return format({ c: op === "add" ? xc + yc : xc - yc, e });
}
