import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../helpers/users.js";
import { buildEnterprise, buildOffer, buildPark, buildRequest } from "../factories.js";
import { actorOf, type Actor } from "../../server/src/policies/actor.js";
import { chatPolicy } from "../../server/src/policies/chat.js";
import { introductionPolicy } from "../../server/src/policies/introductions.js";
import { offerPolicy } from "../../server/src/policies/offers.js";
import { orgPolicy } from "../../server/src/policies/orgs.js";
import { requestPolicy } from "../../server/src/policies/requests.js";
import { canStaff } from "../../server/src/policies/staff.js";
import { ROLES, outcome, type Outcome, type RoleName } from "../../server/src/policies/testing.js";
import { membershipModel, orgModel } from "../../server/src/modules/orgs/model.js";
import { requestModel } from "../../server/src/modules/requests/model.js";
import { offerModel } from "../../server/src/modules/offers/model.js";
import { introductionModel } from "../../server/src/modules/introductions/model.js";
import { OutboxIndexer } from "../../server/src/modules/search/indexer.js";

interface RouteCase {
  name: string;
  method: "get" | "patch" | "post";
  path: string;
  body?: Record<string, unknown>;
  access: "public" | "member" | "staff";
  /** The pure policy's answer for this actor on the record as stored. */
  decide(actor: Actor): Promise<Outcome>;
}

/**
 * The routes answer what the policies decide: for every role, each route's status is the
 * one the pure policy gives for the stored record (2xx allowed, 403 refused, 404 hidden),
 * behind the route guard's own 401 (no token) and 403 (staff routes for members).
 */
describe("every route asks its policy", () => {
  let ctx: TestContext;
  const users = {} as Record<Exclude<RoleName, "visitor">, TestUser>;
  const cases: RouteCase[] = [];

  beforeAll(async () => {
    ctx = await createTestContext();
    const [owner, editor, otherMember, staff, admin, third] = await Promise.all([
      makeUser(ctx),
      makeUser(ctx),
      makeUser(ctx),
      makeUser(ctx, "staff"),
      makeUser(ctx, "admin"),
      makeUser(ctx),
    ]);
    Object.assign(users, { owner, editor, otherMember, staff, admin });
    const own = await makeOrg(ctx, owner, buildPark({ name: { en: "Own Park" } }), staff);
    const pending = await makeOrg(ctx, owner, buildPark({ name: { en: "Pending Park" } }));
    await makeOrg(ctx, otherMember, buildEnterprise({ name: { en: "Other Ltd" } }), staff);
    const thirdOrg = await makeOrg(ctx, third, buildEnterprise({ name: { en: "Third Ltd" } }), staff);
    for (const orgId of [own, pending]) await membershipModel(ctx.deps.db).create({ orgId, userId: editor.id, role: "editor" });

    const post = async (path: string, body: Record<string, unknown>) =>
      (await request(ctx.app).post(path).set("Authorization", owner.bearer).send(body).expect(201)).body.id as string;
    const openRequest = await post("/api/requests", buildRequest(own));
    const draftRequest = await post("/api/requests", buildRequest(own, { state: "draft" }));
    const activeOffer = await post("/api/offers", buildOffer(own));
    const withdrawnOffer = await post("/api/offers", buildOffer(own, { title: { en: "Withdrawn" } }));
    await request(ctx.app).patch(`/api/offers/${withdrawnOffer}`).set("Authorization", owner.bearer).send({ status: "withdrawn" }).expect(200);
    const [ownId, thirdId] = [own, thirdOrg].map((id) => new mongoose.Types.ObjectId(id));
    const intro = await introductionModel(ctx.deps.db).create({
      orgIds: [ownId, thirdId],
      from: { orgId: ownId, acceptedAt: new Date() },
      to: { orgId: thirdId, acceptedAt: new Date() },
      origin: "member",
      status: "introduced",
      introducedAt: new Date(),
      invitedStaff: [new mongoose.Types.ObjectId(staff.id)],
      history: [],
    });
    const introId = String(intro._id);
    await new OutboxIndexer(ctx.deps).drain();

    const org = async (id: string) => (await orgModel(ctx.deps.db).findById(id).lean())!;
    const req = async (id: string) => {
      const r = (await requestModel(ctx.deps.db).findById(id).lean())!;
      return { ...r, orgStatus: (await org(String(r.orgId))).status };
    };
    const offer = async (id: string) => {
      const o = (await offerModel(ctx.deps.db).findById(id).lean())!;
      return { ...o, orgStatus: (await org(String(o.orgId))).status };
    };
    const introduction = async () => (await introductionModel(ctx.deps.db).findById(introId).lean())!;
    cases.push(
      { name: "read a pending organization", method: "get", path: `/api/orgs/${pending}`, access: "public", decide: async (a) => outcome(orgPolicy, a, "read", await org(pending)) },
      { name: "edit an organization", method: "patch", path: `/api/orgs/${own}`, body: { city: "Valbonne" }, access: "member", decide: async (a) => outcome(orgPolicy, a, "update", await org(own)) },
      { name: "change a member's role", method: "patch", path: `/api/orgs/${pending}/members/${editor.id}`, body: { role: "editor" }, access: "member", decide: async (a) => outcome(orgPolicy, a, "manageMembers", await org(pending)) },
      { name: "an organization's suggestions", method: "get", path: `/api/orgs/${own}/suggestions`, access: "member", decide: async (a) => outcome(orgPolicy, a, "readSuggestions", await org(own)) },
      { name: "an organization's introductions", method: "get", path: `/api/introductions?orgId=${own}`, access: "member", decide: async (a) => outcome(orgPolicy, a, "readIntroductions", await org(own)) },
      { name: "read a draft request", method: "get", path: `/api/requests/${draftRequest}`, access: "public", decide: async (a) => outcome(requestPolicy, a, "read", await req(draftRequest)) },
      { name: "read an open request", method: "get", path: `/api/requests/${openRequest}`, access: "public", decide: async (a) => outcome(requestPolicy, a, "read", await req(openRequest)) },
      { name: "edit an open request", method: "patch", path: `/api/requests/${openRequest}`, body: { title: { en: "Sister park in Western Europe" } }, access: "member", decide: async (a) => outcome(requestPolicy, a, "update", await req(openRequest)) },
      { name: "a request's matches", method: "get", path: `/api/requests/${openRequest}/matches`, access: "member", decide: async (a) => outcome(requestPolicy, a, "readMatches", await req(openRequest)) },
      { name: "read a withdrawn offer", method: "get", path: `/api/offers/${withdrawnOffer}`, access: "public", decide: async (a) => outcome(offerPolicy, a, "read", await offer(withdrawnOffer)) },
      { name: "edit an active offer", method: "patch", path: `/api/offers/${activeOffer}`, body: { trl: 6 }, access: "member", decide: async (a) => outcome(offerPolicy, a, "update", await offer(activeOffer)) },
      { name: "read an introduction", method: "get", path: `/api/introductions/${introId}`, access: "member", decide: async (a) => outcome(introductionPolicy, a, "read", await introduction()) },
      { name: "record an outcome", method: "post", path: `/api/introductions/${introId}/outcome`, body: { kind: "other", note: "talks go on" }, access: "member", decide: async (a) => outcome(introductionPolicy, a, "recordOutcome", await introduction()) },
      { name: "add a staff note", method: "post", path: `/api/admin/introductions/${introId}/notes`, body: { text: "call back" }, access: "staff", decide: async (a) => outcome(introductionPolicy, a, "addStaffNote", await introduction()) },
      { name: "read the chat", method: "get", path: `/api/introductions/${introId}/messages`, access: "member", decide: async (a) => outcome(chatPolicy, a, "read", await introduction()) },
      { name: "staff figures", method: "get", path: "/api/admin/stats", access: "staff", decide: async (a) => (canStaff(a, "readStats") ? "Y" : "F") },
      { name: "staff suggestions", method: "get", path: "/api/admin/suggestions", access: "staff", decide: async (a) => (canStaff(a, "reviewSuggestions") ? "Y" : "F") },
    );
  });
  afterAll(() => ctx.cleanup());

  it("when each role calls each route, then the answer is the policy's decision", async () => {
    const table: string[] = [];
    for (const c of cases) {
      const got: string[] = [];
      const want: string[] = [];
      for (const role of ROLES) {
        const user = role === "visitor" ? undefined : users[role];
        const actor = await actorOf(ctx.deps, user ? { userId: user.id, role: user.role } : undefined);
        const decided = await c.decide(actor);
        const expected = !user && c.access !== "public" ? 401 : c.access === "staff" && !actor.staff ? 403 : decided === "Y" ? 200 : decided === "F" ? 403 : 404;
        let call = request(ctx.app)[c.method](c.path);
        if (user) call = call.set("Authorization", user.bearer);
        const res = c.body ? await call.send(c.body) : await call;
        got.push(`${role}:${res.status >= 200 && res.status < 300 ? 200 : res.status}`);
        want.push(`${role}:${expected}`);
      }
      table.push(`${c.name} → ${got.join(" ")}`);
      expect({ route: c.name, got }).toEqual({ route: c.name, got: want });
    }
    // The table above must really mix answers: allowed, refused and hidden all occur.
    const all = table.join(" ");
    for (const status of [":200", ":403", ":404", ":401"]) expect(all).toContain(status);
  });
});
