import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildOffer, buildPark, buildRequest } from "../../../../test/factories.js";

describe("content in either language", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let owner: TestUser;
  let parkId: string;
  let companyId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, owner] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx)]);
    parkId = await makeOrg(ctx, owner, buildPark(), staff);
    companyId = await makeOrg(ctx, owner, buildEnterprise({ description: { local: "只有中文的企业简介。" } }), staff);
  });
  afterAll(() => ctx.cleanup());

  const post = (path: string, body: object) => request(ctx.app).post(path).set("Authorization", owner.bearer).send(body);

  it("when a request is written only in Chinese, then it is accepted and keeps Chinese as its original language", async () => {
    const res = await post("/api/requests", buildRequest(parkId, { title: { local: "寻找固态电池电解质技术" }, description: { local: "希望引进硫化物固态电解质技术。" } })).expect(201);
    expect(res.body.title).toEqual({ en: "", local: "寻找固态电池电解质技术", originalLang: "zh" });
    const read = await request(ctx.app).get(`/api/requests/${res.body.id}`).expect(200);
    expect(read.body.description).toMatchObject({ local: "希望引进硫化物固态电解质技术。", originalLang: "zh" });
  });

  it("when an offer is written only in Chinese, then it is accepted; an English one keeps English as original", async () => {
    const zh = await post("/api/offers", buildOffer(companyId, { title: { local: "钙钛矿光伏组件封装技术" }, summary: { local: "提高钙钛矿组件的湿热稳定性。" } })).expect(201);
    expect(zh.body.summary).toEqual({ en: "", local: "提高钙钛矿组件的湿热稳定性。", originalLang: "zh" });
    const en = await post("/api/offers", buildOffer(companyId, { title: { en: "Perovskite module encapsulation" }, summary: { en: "Damp-heat stable perovskite modules." } })).expect(201);
    expect(en.body.title).toEqual({ en: "Perovskite module encapsulation", originalLang: "en" });
  });

  it("when an organization's description is only in Chinese, then the profile keeps it", async () => {
    const res = await request(ctx.app).get(`/api/orgs/${companyId}`).expect(200);
    expect(res.body.description).toEqual({ en: "", local: "只有中文的企业简介。", originalLang: "zh" });
  });

  it("when a title or summary has neither language, then 400 names the field", async () => {
    const noTitle = await post("/api/requests", buildRequest(parkId, { title: { en: " ", local: "" } })).expect(400);
    expect(noTitle.body.error.code).toBe("validation_failed");
    expect(noTitle.body.error.details.issues).toEqual([expect.objectContaining({ field: "title", message: expect.stringContaining("English or Chinese") })]);
    const noSummary = await post("/api/offers", buildOffer(companyId, { summary: {} })).expect(400);
    expect(noSummary.body.error.details.issues).toEqual([expect.objectContaining({ field: "summary" })]);
  });

  it("when originalLang names a language the text is not in, then 400 names title.originalLang", async () => {
    const res = await post("/api/requests", buildRequest(parkId, { title: { local: "中文标题", originalLang: "en" } })).expect(400);
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ field: "title.originalLang" })]);
  });
});
