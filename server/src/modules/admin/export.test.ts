import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { parse } from "csv-parse/sync";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildPark, inDays } from "../../../../test/factories.js";
import { createOrg } from "../orgs/service.js";
import { orgModel, type Org } from "../orgs/model.js";
import { requestModel } from "../requests/model.js";
import { introductionModel } from "../introductions/model.js";

type CsvRow = Record<string, string>;
const readCsv = (text: string) => parse(text, { bom: true, columns: true }) as CsvRow[];
const today = () => new Date().toISOString().slice(0, 10);

describe("staff exports", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let park: Org;
  let enterprise: Org;
  const download = (path: string) =>
    request(ctx.app).get(`/api/admin/export/${path}`).set("Authorization", staff.bearer).buffer(true).parse((res, done) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => done(null, text));
    });

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await makeUser(ctx, "staff");
    await makeUser(ctx, "member");
    const importer = { staff: true, memberships: new Map() };
    park = await createOrg(ctx.deps, importer, buildPark({ website: "https://sophia.example.org" }), { status: "approved" });
    enterprise = await createOrg(ctx.deps, importer, buildEnterprise(), { status: "pending" });
    await requestModel(ctx.deps.db).create({
      orgId: park._id,
      type: "sister-park",
      state: "open",
      title: { en: "Sister park in East Asia", local: "寻找东亚姊妹园区" },
      description: { en: "Exchange of delegations, offices and start-ups." },
      industries: ["biomedicine", "ict"],
      targetRegions: ["east-asia"],
      partnerKinds: ["park"],
      expiresAt: inDays(30),
    });
    await introductionModel(ctx.deps.db).create({
      orgIds: [park._id, enterprise._id],
      from: { orgId: park._id, acceptedAt: new Date("2025-02-02T10:00:00Z") },
      to: { orgId: enterprise._id },
      origin: "broker",
      status: "accepted",
      history: [
        { status: "proposed", at: new Date("2025-02-01T09:00:00Z") },
        { status: "accepted", at: new Date("2025-02-02T10:00:00Z") },
      ],
    });
  });
  afterAll(() => ctx.cleanup());

  it("when staff export organizations as CSV, then the file has the header and a row per organization with contacts", async () => {
    const res = await download("orgs?format=csv").expect(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="parklink-orgs-${today()}.csv"`);
    const text = res.body as string;
    expect(text.split(/\r?\n/)[0]).toMatch(/^\uFEFFid,status,region,kind,name_en,name_local,description_en,/);
    const rows = readCsv(text);
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r.id === String(park._id))!;
    expect(row).toMatchObject({
      status: "approved",
      kind: "park",
      name_en: "Sophia Antipolis",
      name_local: "索菲亚科技园",
      country: "FR",
      region: "western-europe",
      website: "https://sophia.example.org",
      industries: "biomedicine|ict",
      contact_name: "International Office",
      contact_email: "international@sophia.example.org",
      contact_phone: "'+33 4 92 00 00 00",
      park_founded: "1969",
      park_services: "incubation",
      investor_type: "",
      createdAt: park.createdAt.toISOString(),
    });
  });

  it("when staff export requests and introductions as CSV, then each row names its organizations and dates are ISO", async () => {
    const requests = readCsv((await download("requests").expect(200)).body as string);
    expect(requests).toEqual([
      expect.objectContaining({
        orgId: String(park._id),
        org_name_en: "Sophia Antipolis",
        type: "sister-park",
        state: "open",
        title_local: "寻找东亚姊妹园区",
        description_en: "Exchange of delegations, offices and start-ups.",
        industries: "biomedicine|ict",
        trlMin: "",
      }),
    ]);
    expect(requests[0].expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const intros = readCsv((await download("introductions?format=csv").expect(200)).body as string);
    expect(intros).toEqual([
      expect.objectContaining({
        status: "accepted",
        from_org_name_en: "Sophia Antipolis",
        to_org_name_local: "成都生物光科技有限公司",
        from_accepted_at: "2025-02-02T10:00:00.000Z",
        history: "proposed@2025-02-01T09:00:00.000Z|accepted@2025-02-02T10:00:00.000Z",
      }),
    ]);
  });

  it("when staff export as JSON, then it parses as an array with contacts and no password or token hashes", async () => {
    const res = await download("orgs?format=json").expect(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="parklink-orgs-${today()}.json"`);
    const orgs = JSON.parse(res.body as string) as { id: string; contacts: unknown[]; name: { local: string } }[];
    expect(orgs.map((o) => o.id).sort()).toEqual([String(park._id), String(enterprise._id)].sort());
    expect(orgs.find((o) => o.id === String(enterprise._id))).toMatchObject({
      name: { local: "成都生物光科技有限公司" },
      contacts: [{ name: "Li Wei", email: "li.wei@biolight.example.cn" }],
    });
    for (const entity of ["orgs", "requests", "introductions"]) {
      const body = (await download(`${entity}?format=json`).expect(200)).body as string;
      expect(Array.isArray(JSON.parse(body))).toBe(true);
      expect(body).not.toMatch(/passwordHash|tokenHash|\$2[aby]\$/);
    }
  });

  it("when an organization spans several read batches, then every one is exported once, with one header", async () => {
    const base = (await orgModel(ctx.deps.db).findById(park._id).lean())!;
    const { _id: _ignored, ...copy } = base;
    await orgModel(ctx.deps.db).insertMany(Array.from({ length: 1_203 }, (_, i) => ({ ...copy, name: { en: `Bulk Park ${i}` } })));
    const rows = readCsv((await download("orgs?format=csv").expect(200)).body as string);
    expect(rows).toHaveLength(1_205);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1_205);
    expect(rows.filter((r) => r.id === "id")).toEqual([]);
    const json = JSON.parse((await download("orgs?format=json").expect(200)).body as string) as unknown[];
    expect(json).toHaveLength(1_205);
    await orgModel(ctx.deps.db).deleteMany({ "name.en": /^Bulk Park / });
  });

  it("when a cell looks like a spreadsheet formula, then the CSV defuses it with an apostrophe", async () => {
    const formula = await createOrg(
      ctx.deps,
      { staff: true, memberships: new Map() },
      buildPark({ name: { en: "=HYPERLINK(\"http://evil.example\",\"click\")" }, contacts: [] }),
      { status: "approved" },
    );
    const rows = readCsv((await download("orgs").expect(200)).body as string);
    expect(rows.find((r) => r.id === String(formula._id))?.name_en).toBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
  });

  it("when the entity or format is unknown, then 400 names the field", async () => {
    const entity = await request(ctx.app).get("/api/admin/export/users").set("Authorization", staff.bearer).expect(400);
    expect(entity.body.error.details.issues[0].field).toBe("entity");
    const format = await request(ctx.app).get("/api/admin/export/orgs?format=xlsx").set("Authorization", staff.bearer).expect(400);
    expect(format.body.error.details.issues[0].field).toBe("format");
  });
});
