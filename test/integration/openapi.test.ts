import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";

describe("the OpenAPI document", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.cleanup());

  it("when asked, then it is generated from the route schemas and lists every feature", async () => {
    const res = await request(ctx.app).get("/api/openapi.json").expect(200);
    expect(res.body.openapi).toBe("3.1.0");
    const paths = Object.keys(res.body.paths);
    for (const p of ["/api/auth/login", "/api/orgs", "/api/orgs/{id}", "/api/orgs/{id}/members", "/api/offers", "/api/admin/vetting", "/api/requests", "/api/search"]) {
      expect(paths).toContain(p);
    }
    const create = res.body.paths["/api/orgs"].post;
    expect(create.requestBody.content["application/json"].schema).toBeTruthy();
    expect(create.security).toEqual([{ bearer: [] }]);
    const list = res.body.paths["/api/orgs"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["kind", "country", "page"]));
  });

  it("when the docs page is opened, then it is HTML whose script is allowed by its own CSP hash", async () => {
    const res = await request(ctx.app).get("/api/docs").expect(200);
    expect(res.headers["content-type"]).toMatch(/html/);
    expect(res.headers["content-security-policy"]).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.text).toContain("/api/openapi.json");
  });
});
