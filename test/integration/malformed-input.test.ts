import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeUser, type TestUser } from "../helpers/users.js";

/** Each case is an attack that was answered 500 (or with the wrong code): each must get a 4xx with a stable code. */
describe("malformed input is answered 4xx with a code", () => {
  let ctx: TestContext;
  let member: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext();
    member = await makeUser(ctx);
  });
  afterAll(() => ctx.cleanup());

  for (const encoding of ["gzip", "br", "deflate"]) {
    it(`when a JSON body says Content-Encoding: ${encoding} but is not, then 400 invalid_encoding`, async () => {
      const res = await request(ctx.app)
        .post("/api/auth/login")
        .set("Content-Type", "application/json")
        .set("Content-Encoding", encoding)
        .send('{"email":"a@b.example","password":"x"}');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_encoding");
    });
  }

  it("when a JSON body says Content-Encoding: gzip on a member route, then 400 too", async () => {
    const res = await request(ctx.app)
      .post("/api/orgs")
      .set("Authorization", member.bearer)
      .set("Content-Type", "application/json")
      .set("Content-Encoding", "gzip")
      .send("not gzip at all");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_encoding");
  });

  it("when a body names an unknown Content-Encoding, then 415 unsupported_encoding", async () => {
    const res = await request(ctx.app).post("/api/auth/login").set("Content-Type", "application/json").set("Content-Encoding", "zstd-x").send("{}");
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("unsupported_encoding");
  });

  for (const path of ["/api/orgs/%ED%A0%80", "/api/offers/%E0%A4%A", "/api/requests/%", "/api/orgs/%ff%fe/members"]) {
    it(`when a path parameter is badly percent-encoded (${path}), then 400 invalid_path`, async () => {
      const res = await request(ctx.app).get(path).set("Authorization", member.bearer);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_path");
    });
  }

  for (const q of ["%00", "park%00", "%00%00drop"]) {
    it(`when ?q= carries a NUL byte (${q}), then 400 validation_failed naming q`, async () => {
      const res = await request(ctx.app).get(`/api/search?q=${q}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.details.issues[0].field).toBe("q");
    });
  }

  it("when a query value is badly percent-encoded, then 400, not 500", async () => {
    const res = await request(ctx.app).get("/api/orgs?country=%ED%A0%80&page=%");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toEqual(expect.any(String));
  });

  for (const charset of ["utf-16", "utf-16le", "latin1", "iso-8859-1"]) {
    it(`when a JSON body is declared charset=${charset}, then 415 unsupported_charset`, async () => {
      const res = await request(ctx.app)
        .post("/api/auth/login")
        .set("Content-Type", `application/json; charset=${charset}`)
        .send(Buffer.from('{"email":"a@b.example","password":"x"}', "utf16le"));
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe("unsupported_charset");
    });
  }

  it("when a JSON body is sent as text/plain, then 415 unsupported_media_type", async () => {
    const res = await request(ctx.app).post("/api/auth/login").set("Content-Type", "text/plain").send('{"email":"a@b.example"}');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("unsupported_media_type");
  });

  it("when a JSON body is a bare string or number, then 400 with a code", async () => {
    for (const body of ['"hello"', "42", "null"]) {
      const res = await request(ctx.app).post("/api/auth/login").set("Content-Type", "application/json").send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
  });
});
