import type { ErrorRequestHandler, RequestHandler } from "express";
import mongoose from "mongoose";
import { ZodError } from "zod";
import { AppError, conflict, notFound, validationFailed } from "./errors.js";
import { fieldIssues } from "@parklink/shared";
import { clientErrorOf } from "./input-guard.js";

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === "object" && err !== null && "type" in err && "status" in err;
}

/** Turns anything thrown into an AppError; unknown errors stay undefined (→ 500). */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return validationFailed(fieldIssues(err));
  if (err instanceof mongoose.Error.ValidationError) {
    return validationFailed(Object.values(err.errors).map((e) => ({ field: e.path, code: "invalid", message: e.message })));
  }
  if (err instanceof mongoose.Error.CastError) {
    return validationFailed([{ field: err.path, code: "invalid", message: `Invalid value for ${err.kind}` }]);
  }
  if (typeof err === "object" && err !== null && (err as { code?: unknown }).code === 11000) {
    const keyValue = (err as { keyValue?: Record<string, unknown> }).keyValue ?? {};
    const fields = Object.keys(keyValue);
    return conflict(`${fields.join(", ") || "value"} already exists`, { fields });
  }
  if (isBodyParserError(err)) {
    if (err.type === "entity.parse.failed") return new AppError(400, "invalid_json", "Request body is not valid JSON");
    if (err.type === "entity.too.large") return new AppError(413, "payload_too_large", "Request body is too large");
    if (err.type === "charset.unsupported" || err.type === "encoding.unsupported") {
      return new AppError(415, "unsupported_encoding", "Unsupported request body encoding");
    }
    if (err.status && err.status >= 400 && err.status < 500) {
      return new AppError(err.status, "bad_request", "Malformed request body");
    }
  }
  return clientErrorOf(err);
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(notFound(`Route ${req.method} ${req.originalUrl.split("?")[0]}`));
};

/** The one place errors become responses: `{error:{code,message,details?}}`, never a stack trace. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) {
    // Answered already (a time limit, or a stream cut short): only the log can tell.
    req.log?.warn({ err }, "error after the answer was sent");
    return;
  }
  const appError = toAppError(err);
  if (!appError) {
    req.log?.error({ err }, "unhandled error");
    res.status(500).json({ error: { code: "internal", message: "Something went wrong on our side" } });
    return;
  }
  if (appError.status >= 500) req.log?.warn({ code: appError.code }, appError.message);
  const retry = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (retry) res.setHeader("Retry-After", String(retry));
  res.status(appError.status).json({
    error: { code: appError.code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) },
  });
};
