import {
  advanceBody,
  expressInterestBody,
  idParams,
  introductionPage,
  introductionView,
  listIntroductionsQuery,
  outcomeBody,
  proposeIntroductionBody,
  respondBody,
  staffNoteBody,
  suggestionPage,
  suggestionsQuery,
} from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { authorizeStaff } from "../../policies/staff.js";
import { viewerOf, type Viewer } from "../orgs/access.js";
import type { Introduction } from "./model.js";
import { addStaffNote, advance, joinAsStaff, recordOutcome } from "./pipeline.js";
import { dismissSuggestion, listSuggestions } from "./suggestions.js";
import { expressInterest, listIntroductions, loadIntroduction, present, proposeIntroduction, respond } from "./service.js";

export function introductionsModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Introductions";
  const one = async (viewer: Viewer, intro: Introduction | null) => (await present(deps, viewer, [intro!]))[0];
  const act = (fn: (viewer: Viewer, id: string, body: never) => Promise<Introduction | null>) =>
    async ({ params, body }: { params: { id: string }; body: unknown }, req: Express.Request & { auth?: unknown }) => {
      const viewer = await viewerOf(deps, (req as { auth?: Viewer["auth"] }).auth);
      return one(viewer, await fn(viewer, params.id, body as never));
    };

  api.route(
    { method: "post", path: "/introductions", tag, access: "member", status: 201, summary: "Express interest in a partner (the other side accepts or declines)", body: expressInterestBody, response: introductionView },
    async ({ body }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      return one(viewer, await expressInterest(deps, viewer, body));
    },
  );
  api.route(
    { method: "get", path: "/introductions", tag, access: "member", summary: "My organizations' introductions (staff: all)", query: listIntroductionsQuery, response: introductionPage },
    async ({ query }, req) => listIntroductions(deps, await viewerOf(deps, req.auth), query),
  );
  api.route(
    { method: "get", path: "/introductions/:id", tag, access: "member", summary: "One introduction (its two sides and staff)", params: idParams, response: introductionView },
    async ({ params }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      return one(viewer, await loadIntroduction(deps, viewer, params.id));
    },
  );
  api.route(
    { method: "post", path: "/introductions/:id/respond", tag, access: "member", summary: "Accept, or decline with a reason", params: idParams, body: respondBody, response: introductionView },
    act((viewer, id, body) => respond(deps, viewer, id, body)),
  );
  api.route(
    { method: "post", path: "/introductions/:id/outcome", tag, access: "member", summary: "Record the outcome (sister-park agreement, MoU, licence…)", params: idParams, body: outcomeBody, response: introductionView },
    act((viewer, id, body) => recordOutcome(deps, viewer, id, body)),
  );

  const btag = "Broker pipeline";
  api.route(
    { method: "post", path: "/admin/introductions", tag: btag, access: "staff", status: 201, summary: "Propose an introduction between two organizations", body: proposeIntroductionBody, response: introductionView },
    async ({ body }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      return one(viewer, await proposeIntroduction(deps, viewer, body));
    },
  );
  api.route(
    { method: "post", path: "/admin/introductions/:id/advance", tag: btag, access: "staff", summary: "Move along the pipeline: meeting held, agreement, stalled", params: idParams, body: advanceBody, response: introductionView },
    act((viewer, id, body) => advance(deps, viewer, id, body)),
  );
  api.route(
    { method: "post", path: "/admin/introductions/:id/notes", tag: btag, access: "staff", status: 201, summary: "Add a staff note", params: idParams, body: staffNoteBody, response: introductionView },
    act((viewer, id, body: { text: string }) => addStaffNote(deps, viewer, id, body.text)),
  );
  api.route(
    { method: "post", path: "/admin/introductions/:id/join", tag: btag, access: "staff", summary: "Join the introduction's chat room", params: idParams, response: introductionView },
    act((viewer, id) => joinAsStaff(deps, viewer, id)),
  );
  api.route(
    { method: "get", path: "/admin/suggestions", tag: btag, access: "staff", summary: "Stored top matches of opened requests, to review and propose", query: suggestionsQuery, response: suggestionPage },
    async ({ query }, req) => {
      authorizeStaff(await viewerOf(deps, req.auth), "reviewSuggestions");
      return listSuggestions(deps, query);
    },
  );
  api.route(
    { method: "post", path: "/admin/suggestions/:id/dismiss", tag: btag, access: "staff", status: 204, summary: "Dismiss a suggestion", params: idParams },
    async ({ params }, req) => {
      authorizeStaff(await viewerOf(deps, req.auth), "reviewSuggestions");
      await dismissSuggestion(deps, params.id);
    },
  );
  return api;
}
