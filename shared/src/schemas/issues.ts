import type { z } from "zod";
import { OBJECT_ID_PATTERN, PHONE_PATTERN } from "./patterns.js";

/**
 * Field problems travel as stable codes with their parameters, never as schema text:
 * the client turns each code into words in the user's language, and API consumers can
 * branch on it. `message` is a short English fallback for those who read the raw API.
 */
export const ISSUE_CODES = [
  "required",
  "too_short",
  "too_long",
  "too_few",
  "too_many",
  "too_small",
  "too_big",
  "invalid_type",
  "invalid_option",
  "invalid_email",
  "invalid_url",
  "invalid_phone",
  "invalid_id",
  "invalid_date",
  "invalid_format",
  "unknown_field",
  "password_weak",
  "date_in_past",
  "range_order",
  "same_org",
  "no_change",
  "wrong_password",
  "no_such_record",
  "not_approved",
  "wrong_kind",
  "password_mismatch",
  "time_order",
  "outside_event",
  "overlap",
  "unknown_time_zone",
  "one_language",
  "invalid",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssueParams = Record<string, string | number>;

export interface FieldIssue {
  /** The field's path in the body, query or params ("name.en", "contacts.0.email"). */
  field: string;
  code: IssueCode;
  message: string;
  params?: IssueParams;
}

/** A custom check names its code through `params: { issue }`, e.g. `.refine(f, issue("range_order"))`. */
export const issue = (code: IssueCode, path?: string[]) => ({ params: { issue: code }, message: code.replace(/_/g, " "), ...(path ? { path } : {}) });

type ZodIssue = z.core.$ZodIssue;

const FORMAT_CODES: Record<string, IssueCode> = { email: "invalid_email", url: "invalid_url" };

/** The stable code and parameters of one zod issue. */
export function issueCode(i: ZodIssue, value?: unknown): { code: IssueCode; params?: IssueParams } {
  const missing = value === undefined || value === null || value === "";
  switch (i.code) {
    case "invalid_type":
      if (missing) return { code: "required" };
      if (i.expected === "date") return { code: "invalid_date" };
      return { code: "invalid_type", params: { expected: String(i.expected) } };
    case "too_small": {
      const minimum = Number(i.minimum);
      if (i.origin === "string") return minimum <= 1 ? { code: "required" } : { code: "too_short", params: { minimum } };
      if (i.origin === "array" || i.origin === "set") return minimum <= 1 ? { code: "required" } : { code: "too_few", params: { minimum } };
      if (i.origin === "date") return { code: "invalid_date" };
      return { code: "too_small", params: { minimum } };
    }
    case "too_big": {
      const maximum = Number(i.maximum);
      if (i.origin === "string") return { code: "too_long", params: { maximum } };
      if (i.origin === "array" || i.origin === "set") return { code: "too_many", params: { maximum } };
      return { code: "too_big", params: { maximum } };
    }
    case "invalid_value":
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return missing ? { code: "required" } : { code: "invalid_option" };
    case "invalid_format": {
      if (i.format === "regex" && i.pattern === String(OBJECT_ID_PATTERN)) return { code: "invalid_id" };
      if (i.format === "regex" && i.pattern === String(PHONE_PATTERN)) return { code: "invalid_phone" };
      return { code: FORMAT_CODES[i.format] ?? "invalid_format", params: { format: i.format } };
    }
    case "unrecognized_keys":
      return { code: "unknown_field", params: { keys: i.keys.join(", ") } };
    case "custom": {
      const named = (i.params as { issue?: unknown } | undefined)?.issue;
      return { code: typeof named === "string" && (ISSUE_CODES as readonly string[]).includes(named) ? (named as IssueCode) : "invalid" };
    }
    default:
      return { code: "invalid" };
  }
}

const FALLBACK: Record<IssueCode, (p: IssueParams) => string> = {
  required: () => "is required",
  too_short: (p) => `must be at least ${p.minimum} characters`,
  too_long: (p) => `must be at most ${p.maximum} characters`,
  too_few: (p) => `must have at least ${p.minimum} items`,
  too_many: (p) => `must have at most ${p.maximum} items`,
  too_small: (p) => `must be at least ${p.minimum}`,
  too_big: (p) => `must be at most ${p.maximum}`,
  invalid_type: (p) => `must be a ${p.expected}`,
  invalid_option: () => "is not one of the allowed values",
  invalid_email: () => "must be a valid e-mail address",
  invalid_url: () => "must be an http(s) URL",
  invalid_phone: () => "must be a phone number such as +86 10 6275 1234",
  invalid_id: () => "must be a 24-character hex id",
  invalid_date: () => "must be a valid date",
  invalid_format: () => "has the wrong format",
  unknown_field: (p) => `unknown field(s): ${p.keys}`,
  password_weak: () => "must contain letters and digits",
  date_in_past: () => "must be in the future",
  range_order: () => "must not be below the minimum",
  same_org: () => "must be another organization",
  no_change: () => "must change at least one field",
  wrong_password: () => "is not your current password",
  no_such_record: () => "does not exist",
  not_approved: () => "must be an approved organization",
  wrong_kind: () => "does not fit this kind of organization",
  password_mismatch: () => "does not match the new password",
  time_order: () => "must come after the start",
  outside_event: () => "must lie inside the event",
  overlap: () => "overlaps another window",
  unknown_time_zone: () => "is not a known time zone",
  one_language: () => "needs English or Chinese text (en or local)",
  invalid: () => "is not valid",
};

/** The value at an issue's path; a path into a value the schema reshaped (a list from "a,b") is not missing. */
const RESHAPED = Symbol("reshaped");
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== "object") return RESHAPED;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One issue per problem, named by its field path; `whole` names the value itself ("body").
 * `input` is what was parsed, so a missing value reads "required" rather than a type.
 */
export function fieldIssues(error: z.ZodError, whole = "body", input?: unknown): FieldIssue[] {
  return error.issues.map((i) => {
    const { code, params } = issueCode(i, valueAt(input, i.path));
    const path = i.code === "unrecognized_keys" && i.keys.length ? [...i.path, i.keys[0]] : i.path;
    const field = path.map(String).join(".") || whole;
    return { field, code, message: FALLBACK[code](params ?? {}), ...(params ? { params } : {}) };
  });
}
