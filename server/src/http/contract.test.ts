import express from "express";
import request from "supertest";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { ApiRouter } from "./api-router.js";
import { errorHandler } from "./error-handler.js";

/** A tiny app with one honest and one lying route: the contract check must tell them apart. */
function appWith(answer: unknown) {
  const api = new ApiRouter(() => []);
  api.route({ method: "get", path: "/thing", tag: "t", access: "public", summary: "A thing", response: z.object({ id: z.string(), count: z.number().int() }) }, () => answer);
  const app = express();
  app.use(api.router);
  app.use(errorHandler);
  return app;
}

describe("response contract checks (on in tests)", () => {
  it("when a route answers what its response schema says, then it goes out unchanged", async () => {
    const res = await request(appWith({ id: "a", count: 2 })).get("/thing").expect(200);
    expect(res.body).toEqual({ id: "a", count: 2 });
  });

  it("when a route answers something else, then the test sees 500 contract_violation naming the field", async () => {
    const res = await request(appWith({ id: "a", count: "two", secret: "x" })).get("/thing").expect(500);
    expect(res.body.error.code).toBe("contract_violation");
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ field: "count" })]);
  });

  it("when a date goes out, then it is checked as the string the client receives", async () => {
    const api = new ApiRouter(() => []);
    api.route({ method: "get", path: "/when", tag: "t", access: "public", summary: "When", response: z.object({ at: z.string() }) }, () => ({ at: new Date(0) }));
    const app = express().use(api.router).use(errorHandler);
    await request(app).get("/when").expect(200);
  });
});
