import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { parse } from "csv-parse/sync";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../helpers/users.js";
import { buildPark } from "../factories.js";
import { guardCell } from "../../server/src/modules/admin/import.js";

const ATTACKS = [
  "=1+1",
  "+1+2",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "-1",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  "=HYPERLINK(\"http://evil.example\",\"x\")",
];

describe("output hygiene", () => {
  let ctx: TestContext;
  let member: TestUser;
  let staff: TestUser;
  let orgId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    member = await makeUser(ctx);
    staff = await makeUser(ctx, "staff");
    orgId = await makeOrg(ctx, member, buildPark({ name: { en: "-2+3+cmd|' /C calc'!A0", local: "索菲亚科技园" } }), staff);
  });
  afterAll(() => ctx.cleanup());

  it("when a signed-in member is answered, then the answer says Cache-Control: no-store, errors included", async () => {
    for (const [path, status] of [["/api/auth/me", 200], [`/api/orgs/${orgId}/members`, 200], ["/api/notifications", 200], ["/api/orgs/000000000000000000000000", 404]] as const) {
      const res = await request(ctx.app).get(path).set("Authorization", member.bearer);
      expect(res.status, path).toBe(status);
      expect(res.headers["cache-control"], path).toBe("no-store");
    }
  });

  it("when staff read personal data, then no-store too", async () => {
    const res = await request(ctx.app).get("/api/admin/stats").set("Authorization", staff.bearer).expect(200);
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("when anyone reads a profile (which carries contacts for some), then no-store and Vary: Authorization", async () => {
    const res = await request(ctx.app).get(`/api/orgs/${orgId}`).expect(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers.vary).toMatch(/Authorization/);
  });

  it("when a browser from an allowed origin asks, then Vary keeps Origin beside Authorization", async () => {
    const res = await request(ctx.app).get(`/api/orgs/${orgId}`).set("Origin", "http://localhost:5173").expect(200);
    expect(res.headers.vary).toMatch(/Origin/);
    expect(res.headers.vary).toMatch(/Authorization/);
  });

  it("when a cell starts with any formula trigger, then the guard prefixes a single quote (OWASP)", () => {
    for (const text of ATTACKS) expect(guardCell(text), JSON.stringify(text)).toBe(`'${text}`);
    expect(guardCell("+33 4 92 00 00 00")).toBe("'+33 4 92 00 00 00");
    for (const text of ["Sophia Antipolis", "索菲亚科技园", "1+1", "a=b", "'quoted"]) expect(guardCell(text)).toBe(text);
  });

  it("when staff export a name built as a formula, then the CSV cell starts with a quote and the file with a UTF-8 BOM", async () => {
    const res = await request(ctx.app).get("/api/admin/export/orgs?format=csv").set("Authorization", staff.bearer).buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === orgId)!;
    expect(row.name_en).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(row.name_local).toBe("索菲亚科技园");
  });

  it("when the OpenAPI document is read, then every pattern compiles as a flagless ECMA-262 regex and accepts a real value", async () => {
    const doc = (await request(ctx.app).get("/api/openapi.json").expect(200)).body as unknown;
    const patterns = new Set<string>();
    JSON.stringify(doc, (key, value: unknown) => {
      if (key === "pattern" && typeof value === "string") patterns.add(value);
      return value;
    });
    const examples: Record<string, { ok: string[]; bad: string[] }> = {
      id: { ok: [orgId, orgId.toUpperCase(), "0123456789abcdefABCDEF01"], bad: ["xyz", `${orgId}0`, `${orgId}/i`] },
      phone: { ok: ["+86 10 6275 1234", "(04) 93-00-00"], bad: ["call me", "+86 10 6275 1234; drop"] },
      token: { ok: ["AbC_de-123"], bad: ["a b", "a/b"] },
      stage: { ok: ["seed", "series-a"], bad: ["Seed", "x"] },
      feedToken: { ok: ["AbC_de-1234567890"], bad: ["short", "a b c d e f g h i j"] },
      token43: { ok: ["A".repeat(21) + "b_c-" + "9".repeat(18)], bad: ["AbC_de-123", `${"A".repeat(42)}/`] },
    };
    const kindOf = (p: string) => (p.includes("{24}") ? "id" : p.includes("()") ? "phone" : p.includes("{43}") ? "token43" : p.includes("A-Za-z0-9_-") ? "token" : p.includes("{2,40}") ? "stage" : p.includes("{16,64}") ? "feedToken" : undefined);
    expect(patterns.size).toBeGreaterThan(0);
    for (const pattern of patterns) {
      const kind = kindOf(pattern);
      expect(kind, `no example for the pattern ${pattern}: add one here`).toBeDefined();
      const regex = new RegExp(pattern, "u");
      for (const value of examples[kind!].ok) expect(regex.test(value), `${pattern} accepts ${value}`).toBe(true);
      for (const value of examples[kind!].bad) expect(regex.test(value), `${pattern} refuses ${value}`).toBe(false);
    }
  });
});
