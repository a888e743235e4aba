import express, { type RequestHandler } from "express";
import { AppError, validationFailed, type FieldIssue } from "./errors.js";

/**
 * The request's edges, checked before any route sees it: the body's charset and encoding,
 * and control characters in the query string. Each failure is a 4xx with a stable code.
 */

/** Control characters no query value has a use for: NUL and the C0 set except tab. */
const CONTROL = {
  test: (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) return true;
    }
    return false;
  },
};

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

const hasBody = (req: express.Request) =>
  req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;

/** Media types a body may have: JSON everywhere, CSV for the import route, multipart for uploads (each route checks again). */
const ACCEPTED = /^\s*(application\/(?:[\w.+-]+\+)?json|text\/csv|multipart\/form-data)\s*(;|$)/i;

/**
 * A body is JSON (or the import's CSV), in UTF-8 (RFC 8259): anything else is 415 with a
 * code, not a parse error or a silently empty body.
 */
export const requireUtf8: RequestHandler = (req, _res, next) => {
  if (!hasBody(req)) return next();
  const header = req.headers["content-type"] ?? "";
  if (!ACCEPTED.test(header)) {
    return next(new AppError(415, "unsupported_media_type", "Send the request body as application/json"));
  }
  const charset = CHARSET.exec(header)?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    return next(new AppError(415, "unsupported_charset", `Request bodies must be UTF-8, not ${charset.slice(0, 40)}`));
  }
  next();
};

/**
 * express.json whose failures all carry a code: a body that says it is compressed but is
 * not (the decompressor's own error) becomes 400 invalid_encoding instead of 500.
 */
export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit, strict: true });
  return (req, res, next) => {
    parse(req, res, (err?: unknown) => {
      if (!err) return next();
      const known = (err as { type?: unknown }).type;
      if (typeof known === "string") return next(err);
      const encoding = String(req.headers["content-encoding"] ?? "identity").toLowerCase();
      if (encoding !== "identity") {
        return next(new AppError(400, "invalid_encoding", `The request body is not valid ${encoding.slice(0, 20)} data`));
      }
      next(new AppError(400, "bad_request", "The request body could not be read"));
    });
  };
}

/** NUL and other control characters in a query key or value: 400 naming the parameter. */
export const rejectControlCharsInQuery: RequestHandler = (req, _res, next) => {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(req.query as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    if (CONTROL.test(key) || values.some((v) => typeof v === "string" && CONTROL.test(v))) {
      issues.push({ field: CONTROL.test(key) ? "query" : key, code: "invalid_format", message: "must not contain control characters" });
    }
  }
  next(issues.length ? validationFailed(issues) : undefined);
};

/** An error the router or a parser raised with a client status (e.g. a bad %-escape in a path), as an AppError. */
export function clientErrorOf(err: unknown): AppError | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const status = (err as { status?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
  if (typeof status !== "number" || status < 400 || status >= 500) return undefined;
  if (err instanceof URIError) return new AppError(400, "invalid_path", "The URL path is not validly percent-encoded");
  return new AppError(status, status === 413 ? "payload_too_large" : status === 415 ? "unsupported_media_type" : "bad_request", "Malformed request");
}
