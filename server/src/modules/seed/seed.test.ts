import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { orgModel } from "../orgs/model.js";
import { offerModel } from "../offers/model.js";
import { requestModel } from "../requests/model.js";
import { userModel } from "../auth/model.js";
import { isEmpty, seedDemoData } from "./service.js";
import { SEED_PARKS } from "./data/index.js";
import { loadSynthetic } from "./synthetic.js";
import { storePendingSuggestions } from "../matching/service.js";

describe("seed data", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.cleanup());

  it("when run on an empty database and then again, then everything exists once", async () => {
    expect(await isEmpty(ctx.deps)).toBe(true);
    const first = await seedDemoData(ctx.deps);
    expect(first.orgs).toBeGreaterThanOrEqual(SEED_PARKS.length);
    expect(first.users).toBe(5);
    const counts = async () => ({
      orgs: await orgModel(ctx.deps.db).countDocuments(),
      offers: await offerModel(ctx.deps.db).countDocuments(),
      requests: await requestModel(ctx.deps.db).countDocuments(),
      users: await userModel(ctx.deps.db).countDocuments(),
    });
    const after = await counts();
    const second = await seedDemoData(ctx.deps);
    expect(second).toMatchObject({ orgs: 0, offers: 0, requests: 0, users: 0 });
    expect(await counts()).toEqual(after);
    expect(second.accounts.map((a) => a.role).sort()).toEqual(["admin", "member", "member", "member", "staff"]);
  });

  it("when seeded, then the real parks carry their true facts and both languages", async () => {
    const sophia = await orgModel(ctx.deps.db).findOne({ seedKey: "sophia-antipolis" }).lean();
    expect(sophia).toMatchObject({ kind: "park", country: "FR", region: "western-europe", status: "approved" });
    expect(sophia?.park).toMatchObject({ founded: 1969 });
    expect(sophia?.name.local).toBeTruthy();
    const stanford = await orgModel(ctx.deps.db).findOne({ seedKey: "stanford-research-park" }).lean();
    expect(stanford?.park).toMatchObject({ founded: 1951 });
  });

  it("when a demo account logs in, then it acts for its organization", async () => {
    const { accounts } = await seedDemoData(ctx.deps);
    const manager = accounts.find((a) => a.org)!;
    const login = await request(ctx.app).post("/api/auth/login").send({ email: manager.email, password: manager.password }).expect(200);
    const mine = await request(ctx.app).get("/api/orgs?mine=true").set("Authorization", `Bearer ${login.body.accessToken}`).expect(200);
    expect(mine.body.items.map((o: { myRole: string }) => o.myRole)).toEqual(["owner"]);
  });
});

describe("synthetic bulk data", () => {
  it("when loaded, then its open requests count as suggested, so the suggestion job leaves them alone", async () => {
    const ctx = await createTestContext({}, { meili: null });
    try {
      const loaded = await loadSynthetic(ctx.deps, 200);
      expect(loaded).toMatchObject({ orgs: 200, requests: 20 });
      expect(await requestModel(ctx.deps.db).countDocuments({ state: "open", suggestionsAt: { $type: "date" } })).toBe(20);
      expect(await storePendingSuggestions(ctx.deps)).toBe(0);
    } finally {
      await ctx.cleanup();
    }
  });
});
