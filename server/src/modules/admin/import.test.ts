import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { IMPORT_ORG_COLUMNS } from "@parklink/shared";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { orgModel } from "../orgs/model.js";
import { outboxModel } from "../outbox/model.js";
import { membershipModel } from "../orgs/model.js";

type Row = Partial<Record<(typeof IMPORT_ORG_COLUMNS)[number], string>>;

const park = (overrides: Row = {}): Row => ({
  kind: "park",
  name_en: "Tsukuba Science City",
  name_local: "筑波研究学園都市",
  description_en: "A planned science city.",
  country: "JP",
  city: "Tsukuba",
  website: "https://tsukuba.example.jp",
  industries: "new-materials|ai",
  cooperationInterests: "sister-park",
  languages: "ja|en",
  contact_name: "Aiko Sato|Ken Ito",
  contact_email: "aiko@tsukuba.example.jp|ken@tsukuba.example.jp",
  contact_phone: "+81 29 000 0000|",
  park_founded: "1963",
  park_management: "government-agency",
  park_stage: "operation",
  park_services: "incubation",
  ...overrides,
});
const enterprise = (overrides: Row = {}): Row => ({
  kind: "enterprise",
  name_en: "Nairobi Solar Works",
  country: "KE",
  city: "Nairobi",
  industries: "new-energy",
  enterprise_size: "small",
  enterprise_products: "solar inverter|battery pack",
  enterprise_seeks: "partners",
  ...overrides,
});
const investor = (overrides: Row = {}): Row => ({
  kind: "investor",
  name_en: "Andes Ventures",
  country: "CL",
  city: "Santiago",
  industries: "ai",
  investor_type: "vc",
  investor_stages: "seed|growth",
  investor_ticket_min_usd: "250,000",
  investor_ticket_max_usd: "5000000",
  ...overrides,
});

const toCsv = (rows: Row[]) => stringify(rows, { header: true, columns: [...IMPORT_ORG_COLUMNS] });

describe("organization import", () => {
  let ctx: TestContext;
  let staff: TestUser;
  const post = (csv: string, query: string) =>
    request(ctx.app).post(`/api/admin/import/orgs?${query}`).set("Authorization", staff.bearer).set("Content-Type", "text/csv").send(csv);
  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await makeUser(ctx, "staff");
  });
  afterAll(() => ctx.cleanup());

  // Line 1 header; line 2 park, whose description spans lines 2-3; line 4 unknown country;
  // line 5 enterprise; line 6 no name_en; line 7 investor.
  const mixed = toCsv([
    park({ description_en: "A planned science city,\nnorth-east of Tokyo." }),
    enterprise({ name_en: "Atlantis Robotics", country: "ZZ" }),
    enterprise(),
    investor({ name_en: "" }),
    investor(),
  ]);

  it("when staff dry-run a CSV with 3 good and 2 bad rows, then both bad rows are named by line and column and nothing is stored", async () => {
    const res = await post(mixed, "dryRun=true").expect(200);
    expect(res.body).toEqual({
      dryRun: true,
      valid: 3,
      invalid: 2,
      imported: 0,
      errors: [
        { line: 4, field: "country", message: '"ZZ" is not a known value' },
        { line: 6, field: "name_en", message: "is required" },
      ],
    });
    expect(await orgModel(ctx.deps.db).countDocuments()).toBe(0);
    expect(await outboxModel(ctx.deps.db).countDocuments()).toBe(0);
  });

  it("when staff import for real, then exactly the 3 good rows are approved, queued for search and listed at GET /api/orgs", async () => {
    const res = await post(mixed, "dryRun=false").expect(200);
    expect(res.body).toMatchObject({ dryRun: false, valid: 3, invalid: 2, imported: 3 });
    expect(res.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [4, "country"],
      [6, "name_en"],
    ]);
    const stored = await orgModel(ctx.deps.db).find().lean();
    expect(stored.map((o) => o.name.en).sort()).toEqual(["Andes Ventures", "Nairobi Solar Works", "Tsukuba Science City"]);
    expect(stored.every((o) => o.status === "approved")).toBe(true);
    expect(await outboxModel(ctx.deps.db).countDocuments({ entity: "org", reason: "created" })).toBe(3);
    expect(await membershipModel(ctx.deps.db).countDocuments()).toBe(0);

    const tsukuba = stored.find((o) => o.country === "JP")!;
    expect(tsukuba).toMatchObject({
      region: "east-asia",
      industries: ["new-materials", "ai"],
      description: { en: "A planned science city,\nnorth-east of Tokyo." },
      contacts: [
        { name: "Aiko Sato", email: "aiko@tsukuba.example.jp", phone: "+81 29 000 0000" },
        { name: "Ken Ito", email: "ken@tsukuba.example.jp" },
      ],
      park: { founded: 1963, management: "government-agency", stage: "operation", services: ["incubation"] },
    });
    expect(stored.find((o) => o.kind === "investor")?.investor).toMatchObject({ ticketMinUsd: 250_000, stages: ["seed", "growth"] });

    const listed = await request(ctx.app).get("/api/orgs?pageSize=50").expect(200);
    expect(listed.body.items.map((o: { name: { en: string } }) => o.name.en).sort()).toEqual([
      "Andes Ventures",
      "Nairobi Solar Works",
      "Tsukuba Science City",
    ]);
  });

  it("when the same rows are imported again, then each is reported as existing and nothing is added", async () => {
    const res = await post(toCsv([enterprise(), enterprise({ name_en: "Kigali Drones", country: "RW", city: "Kigali" })]), "dryRun=false").expect(200);
    expect(res.body).toMatchObject({ valid: 1, invalid: 1, imported: 1 });
    expect(res.body.errors).toEqual([{ line: 2, field: "name_en", message: "an organization with this name already exists in this country" }]);
    expect(await orgModel(ctx.deps.db).countDocuments({ "name.en": "Nairobi Solar Works" })).toBe(1);
  });

  it("when status=pending is asked, then the rows wait for vetting and are not listed publicly", async () => {
    await post(toCsv([park({ name_en: "Pending Import Park", country: "KR", city: "Daejeon" })]), "dryRun=false&status=pending").expect(200);
    expect((await orgModel(ctx.deps.db).findOne({ "name.en": "Pending Import Park" }).lean())?.status).toBe("pending");
    const listed = await request(ctx.app).get("/api/orgs?q=Pending").expect(200);
    expect(listed.body.items).toEqual([]);
  });

  it("when a row has kind-specific cells of another kind or bad values, then each field is named", async () => {
    const csv = toCsv([
      park({ name_en: "Mixed Park", park_founded: "long ago", investor_type: "vc", industries: "ai|basket-weaving", kind: "park" }),
      { kind: "spaceport", name_en: "Nowhere", country: "FR", city: "Paris", industries: "ai" },
    ]);
    const res = await post(csv, "dryRun=true").expect(200);
    expect(res.body.invalid).toBe(2);
    const fields = res.body.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`);
    expect(fields).toEqual(expect.arrayContaining(["2:investor_type", "2:park_founded", "2:industries", "3:kind"]));
    expect(res.body.errors.find((e: { field: string }) => e.field === "kind").message).toBe("must be one of park, enterprise, investor, institution");
  });

  it("when a cell holds a quoted comma and the name is Chinese, then it imports and exports unchanged", async () => {
    const csv = [
      "kind,name_en,name_local,description_en,country,city,industries,park_founded,park_management,park_stage",
      'park,"Suzhou Industrial Park","苏州工业园区","Parks, labs and ""incubators""",CN,Suzhou,ict,1994,ppp,operation',
    ].join("\r\n");
    const res = await post(csv, "dryRun=false").expect(200);
    expect(res.body).toMatchObject({ valid: 1, invalid: 0, imported: 1, errors: [] });

    const exported = await request(ctx.app).get("/api/admin/export/orgs?format=csv").set("Authorization", staff.bearer).expect(200);
    const rows = parse(exported.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.name_local === "苏州工业园区")).toMatchObject({
      name_en: "Suzhou Industrial Park",
      description_en: 'Parks, labs and "incubators"',
      country: "CN",
      park_founded: "1994",
    });
  });

  it("when the header has an unknown column or the body is not CSV, then 400 or 415 and nothing is stored", async () => {
    const before = await orgModel(ctx.deps.db).countDocuments();
    const res = await post("kind,name_en,colour,toString\npark,Blue Park,blue,x\n", "dryRun=false").expect(400);
    expect(res.body.error.code).toBe("invalid_csv");
    expect(res.body.error.details.errors).toEqual([
      { line: 1, field: "colour", message: "unknown column" },
      { line: 1, field: "toString", message: "unknown column" },
    ]);
    const broken = await post('kind,name_en\npark,"Unclosed\n', "dryRun=false").expect(400);
    expect(broken.body.error.code).toBe("invalid_csv");
    await request(ctx.app).post("/api/admin/import/orgs?dryRun=false").set("Authorization", staff.bearer).send({ kind: "park" }).expect(415);
    expect(await orgModel(ctx.deps.db).countDocuments()).toBe(before);
  });

  it("when staff download the template, then it is the header row of the import columns", async () => {
    const res = await request(ctx.app).get("/api/admin/import/orgs/template").set("Authorization", staff.bearer).expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.text.trim()).toBe(IMPORT_ORG_COLUMNS.join(","));
  });
});
