import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildInstitution, buildInvestor, buildOffer, buildPark, buildRequest, inDays } from "../../../../test/factories.js";
import { OutboxIndexer } from "./indexer.js";
import { ensureIndex, reindexAll, settingsDiffer } from "./reindex.js";
import { directorySettings } from "./settings.js";
import { createSearch } from "../../infra/search.js";
import { notificationModel } from "../notifications/model.js";
import { sweepRequests } from "../requests/lifecycle.js";
import { requestModel } from "../requests/model.js";
import { HIGHLIGHT_START } from "@parklink/shared";
import { waitForMeiliTask } from "../../infra/meili-http.js";

interface Hit {
  entityId: string;
  kind: string;
  title: { en: string };
  highlight: { title: string; snippet: string };
}

describe("search over the directory (real Meilisearch)", () => {
  let ctx: TestContext;
  let indexer: OutboxIndexer;
  let staff: TestUser;
  let owner: TestUser;
  const ids: Record<string, string> = {};
  const search = async (query: string) => (await request(ctx.app).get(`/api/search?${query}`).expect(200)).body;
  const hitIds = (body: { hits: Hit[] }) => body.hits.map((h) => h.entityId);

  beforeAll(async () => {
    ctx = await createTestContext();
    indexer = new OutboxIndexer(ctx.deps);
    [staff, owner] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx)]);
    ids.sophia = await makeOrg(ctx, owner, buildPark(), staff);
    ids.robot = await makeOrg(
      ctx,
      owner,
      buildEnterprise({ name: { en: "Nimbus Robotics" }, description: { en: "Machine vision for factories." }, industries: ["ai"], country: "DE", city: "Munich" }),
      staff,
    );
    ids.bio = await makeOrg(
      ctx,
      owner,
      buildEnterprise({ name: { en: "Hangzhou Kangning", local: "杭州康宁" }, description: { en: "", local: "专注生物医药研发的企业。" }, industries: ["chemicals"], country: "CN", city: "Hangzhou" }),
      staff,
    );
    ids.telecom = await makeOrg(
      ctx,
      owner,
      buildInstitution({ name: { en: "Baltic Information Technology Centre" }, description: { en: "Information technology research." }, industries: ["software"] }),
      staff,
    );
    ids.pending = await makeOrg(ctx, owner, buildInvestor({ name: { en: "Hidden Pending Fund" } }));
    const offer = await request(ctx.app).post("/api/offers").set("Authorization", owner.bearer).send(buildOffer(ids.robot, { title: { en: "Graphene electrode coating" }, trl: 7 })).expect(201);
    ids.offer = offer.body.id;
    const req = await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(ids.sophia)).expect(201);
    ids.request = req.body.id;
    await indexer.drain();
  });
  afterAll(() => ctx.cleanup());

  it("when a profile is written and the processor runs, then it is searchable, highlighted, without contacts", async () => {
    const body = await search("q=Nimbus");
    expect(hitIds(body)[0]).toBe(ids.robot);
    expect(hitIds(body)).toContain(ids.offer);
    expect(body.hits[0].highlight.title).toContain(`${HIGHLIGHT_START}Nimbus`);
    expect(JSON.stringify(body)).not.toMatch(/@|contacts/);
  });

  it("when a Chinese query is sent, then English profiles tagged with the term are found, and the other way round", async () => {
    expect(hitIds(await search(`q=${encodeURIComponent("人工智能")}`))).toContain(ids.robot);
    expect(hitIds(await search("q=biomedicine"))).toEqual(expect.arrayContaining([ids.bio]));
    expect(hitIds(await search("q=ICT"))).toContain(ids.telecom);
  });

  it("when searching, then facets come with their counts and filters narrow the hits", async () => {
    const all = await search("q=&pageSize=50");
    expect(all.facets.kind).toMatchObject({ park: 1, enterprise: 2, institution: 1, offer: 1, request: 1 });
    expect(all.facets.country.CN).toBe(1);
    const filtered = await search("kind=enterprise&country=DE");
    expect(hitIds(filtered)).toEqual([ids.robot]);
    expect(filtered.total).toBe(1);
    expect(hitIds(await search("trlMin=7&trlMax=9"))).toEqual([ids.offer]);
    expect(hitIds(await search("kind=request&cooperation=sister-park"))).toEqual([ids.request]);
  });

  it("when records are pending, expired or closed, then they never appear", async () => {
    expect(hitIds(await search("q=Hidden"))).toEqual([]);
    // Long enough for a loaded machine to write and index it first; the wait below is until just past it.
    const expiry = Date.now() + 5000;
    const soon = new Date(expiry).toISOString();
    const offer = await request(ctx.app)
      .post("/api/offers")
      .set("Authorization", owner.bearer)
      .send(buildOffer(ids.robot, { title: { en: "Shortlived perovskite cell" }, expiresAt: soon }))
      .expect(201);
    await indexer.drain();
    expect(hitIds(await search("q=perovskite"))).toEqual([offer.body.id]);
    await new Promise((r) => setTimeout(r, Math.max(0, expiry - Date.now()) + 100));
    expect(hitIds(await search("q=perovskite"))).toEqual([]);
    await requestModel(ctx.deps.db).updateOne({ _id: ids.request }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sweepRequests(ctx.deps)).toMatchObject({ expired: 1 });
    await indexer.drain();
    const index = ctx.deps.search.client!.index(ctx.deps.search.indexName("directory"));
    await expect(index.getDocument(`request-${ids.request}`)).rejects.toThrow();
  });

  it("when a query is bad, then 400 names the field", async () => {
    const res = await request(ctx.app).get("/api/search?kind=spaceship").expect(400);
    expect(res.body.error.details.issues[0].field).toBe("kind.0");
  });

  it("when a saved search matches a new request, then its owner gets one notification", async () => {
    const saver = await makeUser(ctx);
    await request(ctx.app)
      .post("/api/saved-searches")
      .set("Authorization", saver.bearer)
      .send({ name: "Dual parks in ASEAN", q: "", filters: { kind: ["request"], cooperation: ["dual-park"] } })
      .expect(201);
    const body = buildRequest(ids.sophia, { type: "dual-park", title: { en: "Dual park with Malaysia" }, targetRegions: ["southeast-asia"], expiresAt: inDays(30).toISOString() });
    await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(body).expect(201);
    await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(ids.sophia, { title: { en: "Another sister park" } })).expect(201);
    await indexer.drain();
    await indexer.drain();
    const notes = await notificationModel(ctx.deps.db).find({ userId: saver.id, type: "saved_search_hit" }).lean();
    expect(notes.map((n) => n.title.en)).toEqual(['New for "Dual parks in ASEAN": Dual park with Malaysia']);
    const mine = await request(ctx.app).get("/api/saved-searches").set("Authorization", saver.bearer).expect(200);
    expect(mine.body).toHaveLength(1);
    expect(notes[0].link).toBe("/search?kind=request&cooperation=dual-park");
  });

  it("when saved searches alert daily or not at all, then two new requests give one notification, and none when off; only the owner may change them", async () => {
    const daily = await makeUser(ctx);
    const silent = await makeUser(ctx);
    const stranger = await makeUser(ctx);
    const save = (user: typeof daily, alerts: string) =>
      request(ctx.app)
        .post("/api/saved-searches")
        .set("Authorization", user.bearer)
        .send({ name: "Planning help", q: "", filters: { kind: ["request"], cooperation: ["planning-consulting"] }, alerts })
        .expect(201);
    const dailySearch = await save(daily, "daily");
    const silentSearch = await save(silent, "instant");
    await request(ctx.app).patch(`/api/saved-searches/${silentSearch.body.id}`).set("Authorization", stranger.bearer).send({ alerts: "off" }).expect(404);
    const off = await request(ctx.app).patch(`/api/saved-searches/${silentSearch.body.id}`).set("Authorization", silent.bearer).send({ alerts: "off" }).expect(200);
    expect(off.body.alerts).toBe("off");
    const empty = await request(ctx.app).patch(`/api/saved-searches/${silentSearch.body.id}`).set("Authorization", silent.bearer).send({}).expect(400);
    expect(empty.body.error.details.issues[0].code).toBe("no_change");
    for (const title of ["Master plan for a new park", "Policy study for a park"]) {
      const body = buildRequest(ids.sophia, { type: "planning-consulting", title: { en: title } });
      await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(body).expect(201);
    }
    await indexer.drain();
    await indexer.drain();
    const dailyNotes = await notificationModel(ctx.deps.db).find({ userId: daily.id, type: "saved_search_hit" }).lean();
    expect(dailyNotes.map((n) => n.title.en)).toEqual(['New results for "Planning help" today']);
    expect(dailyNotes[0].link).toBe("/search?kind=request&cooperation=planning-consulting");
    expect(await notificationModel(ctx.deps.db).countDocuments({ userId: silent.id, type: "saved_search_hit" })).toBe(0);
    expect(dailySearch.body.alerts).toBe("daily");
  });
});

describe("search before anything was indexed", () => {
  it("when the directory index does not exist yet, then search answers an empty page, not an error", async () => {
    const fresh = await createTestContext();
    try {
      const res = await request(fresh.app).get("/api/search?q=biomedicine").expect(200);
      expect(res.body).toMatchObject({ hits: [], total: 0, page: 1 });
    } finally {
      await fresh.cleanup();
    }
  });
});

describe("index settings on start", () => {
  it("when the index already has the wanted settings, then none are sent again; when one drifted, then they are", async () => {
    const ctx = await createTestContext();
    try {
      const uid = ctx.deps.search.indexName("directory");
      const freshClient = () => ({ ...ctx.deps, search: createSearch({ url: inject("meiliUrl")!, masterKey: inject("meiliKey") }, ctx.deps.config.MEILI_INDEX_PREFIX) });
      const settingsTasks = async () => (await ctx.deps.search.client!.tasks.getTasks({ indexUids: [uid], types: ["settingsUpdate"] })).results.length;

      await ensureIndex(ctx.deps);
      expect(await settingsTasks()).toBe(1);
      await ensureIndex(freshClient()); // another node, or a restart
      expect(await settingsTasks()).toBe(1);

      await waitForMeiliTask(ctx.deps.search.client!, ctx.deps.search.client!.index(uid).updateSettings({ stopWords: [] }));
      await ensureIndex(freshClient());
      expect(await settingsTasks()).toBe(3);
      expect((await ctx.deps.search.client!.index(uid).getStopWords()).length).toBeGreaterThan(10);
    } finally {
      await ctx.cleanup();
    }
  });

  it("compares lists as sets except where order ranks, and ignores what the wanted settings leave out", () => {
    expect(settingsDiffer({ stopWords: ["b", "a"] }, { stopWords: ["a", "b"], extra: 1 })).toBe(false);
    expect(settingsDiffer({ rankingRules: ["words", "typo"] }, { rankingRules: ["typo", "words"] })).toBe(true);
    expect(settingsDiffer({ typoTolerance: { enabled: true } }, { typoTolerance: { enabled: true, disableOnWords: [] } })).toBe(false);
    expect(settingsDiffer({ facetSearch: false }, { facetSearch: true })).toBe(true);
  });
});

describe("npm run reindex", () => {
  it("when the index drifted from MongoDB, then a reindex rebuilds exactly the listed records with current settings, without re-indexing the live one first", async () => {
    const ctx = await createTestContext();
    try {
      const [staff, owner] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx)]);
      const park = await makeOrg(ctx, owner, buildPark({ name: { en: "Rebuilt Science Park" } }), staff);
      await makeOrg(ctx, owner, buildInvestor({ name: { en: "Unlisted Pending Fund" } }));
      const req = await request(ctx.app).post("/api/requests").set("Authorization", owner.bearer).send(buildRequest(park)).expect(201);
      await new OutboxIndexer(ctx.deps).drain();
      const uid = ctx.deps.search.indexName("directory");
      const index = ctx.deps.search.client!.index(uid);
      // Drift: a record MongoDB no longer lists, a record the index lost, and old settings.
      await waitForMeiliTask(index, index.addDocuments([{ id: "org-000000000000000000000000", entity: "org", kind: "park", title_en: "Ghost Park" }]));
      await waitForMeiliTask(index, index.deleteDocument(`request-${req.body.id}`));
      await waitForMeiliTask(index, index.updateSettings({ stopWords: [] }));
      // A swap exchanges the two indexes' task histories too, so count over both names.
      const settingsTasks = async () =>
        (await ctx.deps.search.client!.tasks.getTasks({ indexUids: [uid, `${uid}_rebuild`], types: ["settingsUpdate"] })).results.length;
      const settingsTasksBefore = await settingsTasks();

      const { indexed } = await reindexAll(ctx.deps);

      expect(indexed).toBe(2);
      const ids = (await index.getDocuments({ fields: ["id"], limit: 100 })).results.map((d) => d.id).sort();
      expect(ids).toEqual([`org-${park}`, `request-${req.body.id}`].sort());
      expect(settingsDiffer(directorySettings(), await index.getSettings())).toBe(false);
      const doc = await index.getDocument(`org-${park}`);
      expect(doc.facts).toMatchObject({ orgKind: "park" });
      // A request's record carries its owner's kind, which the matcher reads to score it.
      expect((await index.getDocument(`request-${req.body.id}`)).facts).toMatchObject({ orgKind: "park" });
      // Settings went to the rebuilt index only; the old live one was swapped out without them.
      expect(await settingsTasks()).toBe(settingsTasksBefore + 1);
      const found = (await request(ctx.app).get("/api/search?q=Rebuilt").expect(200)).body as { hits: Hit[] };
      expect(found.hits.map((h) => h.entityId).sort()).toEqual([park, req.body.id].sort());
    } finally {
      await ctx.cleanup();
    }
  });
});
