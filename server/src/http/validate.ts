import type { RequestHandler, Request, Response } from "express";
import { z, type ZodType } from "zod";
import { fieldIssues } from "@parklink/shared";
import { validationFailed } from "./errors.js";

/** Parses a value with a shared schema, or throws 400 validation_failed naming the field. */
export function parseOr400<S extends ZodType>(schema: S, value: unknown, whole?: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldIssues(result.error, whole, value));
  return result.data;
}

export interface Schemas<B extends ZodType, Q extends ZodType, P extends ZodType> {
  body?: B;
  query?: Q;
  params?: P;
}

export interface Input<B extends ZodType, Q extends ZodType, P extends ZodType> {
  body: z.infer<B>;
  query: z.infer<Q>;
  params: z.infer<P>;
}

type Handler<B extends ZodType, Q extends ZodType, P extends ZodType> = (
  input: Input<B, Q, P>,
  req: Request,
  res: Response,
) => Promise<unknown> | unknown;

/**
 * Validates body, query and params with shared zod schemas, then runs the handler.
 * What the handler returns is sent as JSON (status 200, or res.status set before);
 * returning undefined means the handler answered itself.
 */
export function handle<B extends ZodType = ZodType, Q extends ZodType = ZodType, P extends ZodType = ZodType>(
  schemas: Schemas<B, Q, P>,
  handler: Handler<B, Q, P>,
): RequestHandler {
  return async (req, res, next) => {
    try {
      const input = {
        body: schemas.body ? parseOr400(schemas.body, req.body ?? {}, "body") : req.body,
        query: schemas.query ? parseOr400(schemas.query, req.query, "query") : req.query,
        params: schemas.params ? parseOr400(schemas.params, req.params, "params") : req.params,
      } as Input<B, Q, P>;
      const result = await handler(input, req, res);
      if (result !== undefined && !res.headersSent) res.json(result);
    } catch (err) {
      next(err);
    }
  };
}
