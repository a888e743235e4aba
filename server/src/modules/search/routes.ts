import { z } from "zod";
import { createSavedSearchBody, idParams, savedSearchView, searchQuery, searchResult, updateSavedSearchBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { createSavedSearch, deleteSavedSearch, listSavedSearches, updateSavedSearch } from "./saved-searches.js";
import { search } from "./service.js";

export function searchModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Search";
  api.route(
    { method: "get", path: "/search", tag, access: "public", summary: "Search parks, enterprises, investors, institutions, offers and requests in one query, with facets", query: searchQuery, response: searchResult },
    async ({ query }) => search(deps, query),
  );
  api.route(
    { method: "get", path: "/saved-searches", tag, access: "member", summary: "My saved searches", response: z.array(savedSearchView) },
    async (_input, req) => listSavedSearches(deps, req.auth!.userId),
  );
  api.route(
    { method: "post", path: "/saved-searches", tag, access: "member", status: 201, summary: "Save a search: new matching requests and offers notify me", body: createSavedSearchBody, response: savedSearchView },
    async ({ body }, req) => createSavedSearch(deps, req.auth!.userId, body),
  );
  api.route(
    { method: "patch", path: "/saved-searches/:id", tag, access: "member", summary: "Rename a saved search or change its alerts", params: idParams, body: updateSavedSearchBody, response: savedSearchView },
    async ({ params, body }, req) => updateSavedSearch(deps, req.auth!.userId, params.id, body),
  );
  api.route(
    { method: "delete", path: "/saved-searches/:id", tag, access: "member", status: 204, summary: "Delete a saved search", params: idParams },
    async ({ params }, req) => void (await deleteSavedSearch(deps, req.auth!.userId, params.id)),
  );
  return api;
}
