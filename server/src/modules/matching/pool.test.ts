import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import type { Org } from "../orgs/model.js";
import type { CooperationRequest } from "../requests/model.js";
import { DIRECTORY_INDEX, orgDocument } from "../search/documents.js";
import { ensureIndex } from "../search/reindex.js";
import { candidatePool } from "./candidates.js";
import { toMatchRequest } from "./load.js";
import { waitForMeiliTask } from "../../infra/meili-http.js";

const DAY = 86_400_000;
const now = Date.now();

function park(name: string, over: Partial<Org>): Org {
  const at = new Date(now - DAY);
  return {
    _id: new mongoose.Types.ObjectId(),
    kind: "park",
    status: "approved",
    name: { en: name },
    description: { en: "A science park." },
    country: "FR",
    region: "western-europe",
    city: "Lyon",
    industries: ["biomedicine"],
    cooperationInterests: ["sister-park"],
    interestRegions: ["east-asia"],
    languages: ["en"],
    contacts: [],
    park: { stage: "operation", services: [] },
    vetting: [],
    createdAt: at,
    updatedAt: at,
    ...over,
  } as Org;
}

// Candidate generation reads each tier freshest first. Here 400 fresher parks fill every
// tier of the request's industry, place and cooperation type without naming any of its
// concepts, and 200 fresher parks name more of its concepts but want another cooperation
// elsewhere. The one park that fits on every count, one concept included, was updated two
// years ago: no tier read freshest first reaches it, nor the query on the concepts' names.
describe("the candidate pool's concept tiers", () => {
  let ctx: TestContext;
  const requester = park("Chengdu Bio Town", { country: "CN", region: "east-asia", city: "Chengdu", interestRegions: ["western-europe"] });
  const best = park("Lyon Organoid Campus", {
    description: { en: "Organoid models for the park's companies." },
    updatedAt: new Date(now - 730 * DAY),
    createdAt: new Date(now - 730 * DAY),
  });
  const request = {
    _id: new mongoose.Types.ObjectId(),
    orgId: requester._id,
    type: "sister-park",
    title: { en: "Sister park for organoid and cell therapy research" },
    description: { en: "We look for a park with organoid models, cell therapy and clinical trial capacity." },
    industries: ["biomedicine"],
    targetRegions: ["western-europe"],
    targetCountries: ["FR"],
    partnerKinds: ["park"],
    state: "open",
  } as unknown as CooperationRequest;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ensureIndex(ctx.deps);
    const alike = Array.from({ length: 400 }, (_, i) => park(`Alike Park ${i}`, {}));
    const wordy = Array.from({ length: 200 }, (_, i) =>
      park(`Wordy Park ${i}`, { description: { en: "Organoid models, CAR-T cell therapy and clinical trials." }, cooperationInterests: ["training"], interestRegions: ["south-asia"] }),
    );
    const index = ctx.deps.search.client!.index(ctx.deps.search.indexName(DIRECTORY_INDEX));
    await waitForMeiliTask(index, index.addDocuments([...alike, ...wordy, best, requester].map(orgDocument)), { timeout: 60_000 });
  }, 120_000);
  afterAll(() => ctx.cleanup());

  it("when fresher records fill every tier and the concept query, then the one naming the request's concepts that fits on every count is still in the pool", async () => {
    const match = toMatchRequest(request, requester);
    expect(match.concepts).toEqual(expect.arrayContaining(["biotechnology/organoid", "biotechnology/cell-therapy"]));
    const pool = await candidatePool(ctx.deps, match);
    expect(pool.records.length).toBeGreaterThan(100);
    expect(pool.records.map((r) => r.entityId)).toContain(String(best._id));
  });
});
