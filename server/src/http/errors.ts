import type { FieldIssue, IssueCode } from "@parklink/shared";

export type { FieldIssue };

/** A failure the client caused or may act on: a stable machine code, an HTTP status, a message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}


export const badRequest = (message: string, details?: unknown) => new AppError(400, "bad_request", message, details);
/** 400 validation_failed naming each field; an issue without a code is "invalid". */
export const validationFailed = (given: Array<Omit<FieldIssue, "code"> & { code?: IssueCode }>) => {
  const issues: FieldIssue[] = given.map((i) => ({ ...i, code: i.code ?? "invalid" }));
  return new AppError(400, "validation_failed", issues.map((i) => `${i.field}: ${i.message}`).slice(0, 3).join("; "), { issues });
};
export const unauthorized = (message = "Authentication required") => new AppError(401, "unauthorized", message);
export const forbidden = (message = "You may not do this") => new AppError(403, "forbidden", message);
export const notFound = (entity: string) => new AppError(404, "not_found", `${entity} not found`);
export const conflict = (message: string, details?: unknown) => new AppError(409, "conflict", message, details);
export const gone = (message: string) => new AppError(410, "gone", message);
export const tooManyRequests = (message: string, retryAfterSeconds?: number) =>
  new AppError(429, "too_many_requests", message, retryAfterSeconds ? { retryAfterSeconds } : undefined);
export const serviceUnavailable = (code: string, message: string) => new AppError(503, code, message);
