import { Router, type RequestHandler } from "express";
import type { ZodType } from "zod";
import { handle, type Input } from "./validate.js";
import { checkContract } from "./contract.js";
import type { Request, Response } from "express";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
/** Who may call a route: anyone, any signed-in user, or staff/admin only. */
export type Access = "public" | "member" | "staff" | "admin";

export interface RouteSpec<B extends ZodType = ZodType, Q extends ZodType = ZodType, P extends ZodType = ZodType> {
  method: HttpMethod;
  /** Express-style path relative to /api, e.g. "/orgs/:id". */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: B;
  query?: Q;
  params?: P;
  /** Schema of the success response, for the OpenAPI document. */
  response?: ZodType;
  /** Success status (default 200). */
  status?: number;
}

/**
 * A feature's routes: each declared once with its shared zod schemas, which both
 * validate the request and feed the generated OpenAPI document.
 */
export class ApiRouter {
  readonly router = Router();
  readonly specs: RouteSpec[] = [];

  constructor(private readonly guard: (access: Access) => RequestHandler[]) {}

  route<B extends ZodType = ZodType, Q extends ZodType = ZodType, P extends ZodType = ZodType>(
    spec: RouteSpec<B, Q, P>,
    handler: (input: Input<B, Q, P>, req: Request, res: Response) => Promise<unknown> | unknown,
  ): this {
    this.specs.push(spec as unknown as RouteSpec);
    const status = spec.status ?? 200;
    this.router[spec.method](spec.path, ...this.guard(spec.access), handle(spec, async (input, req, res) => {
      if (status !== 200) res.status(status);
      const result = await handler(input, req, res);
      checkContract(spec.method, spec.path, spec.response, result);
      if (result === undefined && status === 204 && !res.headersSent) res.end();
      return result;
    }));
    return this;
  }
}
