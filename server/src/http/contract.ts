import type { ZodType } from "zod";
import { AppError } from "./errors.js";

/**
 * In tests (NODE_ENV=test) or with CONTRACT_CHECKS=1, every JSON answer a route returns is
 * checked against the response schema its spec declares (the one the OpenAPI document
 * publishes). A mismatch is answered 500 contract_violation naming the fields, so any test
 * that calls the route, and the fuzz walk, fails on it.
 */
export const contractChecksEnabled = () => process.env.NODE_ENV === "test" || process.env.CONTRACT_CHECKS === "1";

export function checkContract(method: string, path: string, schema: ZodType | undefined, body: unknown): void {
  if (!schema || body === undefined || !contractChecksEnabled()) return;
  // What goes out is the JSON text: dates and ObjectIds become strings first.
  const sent: unknown = JSON.parse(JSON.stringify(body));
  const result = schema.safeParse(sent);
  if (result.success) return;
  throw new AppError(500, "contract_violation", `${method.toUpperCase()} ${path}: the answer does not match its response schema`, {
    // The schema's own words name what is wrong, for the developer who reads the failing test.
    issues: result.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "response", message: i.message })),
  });
}
