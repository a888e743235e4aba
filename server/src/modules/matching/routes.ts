import { idParams, matchPage, orgSuggestionPage, paging } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { viewerOf } from "../orgs/access.js";
import { matchesForRequest, suggestionsForOrg } from "./service.js";

export function matchingModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Matching";
  api.route(
    { method: "get", path: "/requests/:id/matches", tag, access: "member", summary: "Ranked, explained partner suggestions for a request (its organization and staff)", params: idParams, query: paging, response: matchPage },
    async ({ params, query }, req) => matchesForRequest(deps, await viewerOf(deps, req.auth), params.id, query.page, Math.min(query.pageSize, 50)),
  );
  api.route(
    { method: "get", path: "/orgs/:id/suggestions", tag, access: "member", summary: "Open requests of others that this organization fits, best first", params: idParams, query: paging, response: orgSuggestionPage },
    async ({ params, query }, req) => suggestionsForOrg(deps, await viewerOf(deps, req.auth), params.id, query.page, Math.min(query.pageSize, 50)),
  );
  return api;
}
