import { createRequestBody, idParams, listRequestsQuery, requestPage, requestTransition, requestView, updateRequestBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { viewerOf } from "../orgs/access.js";
import { createRequest, deleteRequest, getRequest, listRequests, transitionRequest, updateRequest } from "./service.js";

export function requestsModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Cooperation requests";
  api.route(
    { method: "get", path: "/requests", tag, access: "public", summary: "List open cooperation requests (or mine, in every state)", query: listRequestsQuery, response: requestPage },
    async ({ query }, req) => listRequests(deps, await viewerOf(deps, req.auth), query),
  );
  api.route(
    { method: "post", path: "/requests", tag, access: "member", status: 201, summary: "Post a cooperation request for an approved organization", body: createRequestBody, response: requestView },
    async ({ body }, req) => createRequest(deps, await viewerOf(deps, req.auth), body),
  );
  api.route(
    { method: "get", path: "/requests/:id", tag, access: "public", summary: "A cooperation request", params: idParams, response: requestView },
    async ({ params }, req) => getRequest(deps, await viewerOf(deps, req.auth), params.id),
  );
  api.route(
    { method: "patch", path: "/requests/:id", tag, access: "member", summary: "Edit or renew (new expiresAt) a request", params: idParams, body: updateRequestBody, response: requestView },
    async ({ params, body }, req) => updateRequest(deps, await viewerOf(deps, req.auth), params.id, body),
  );
  api.route(
    { method: "post", path: "/requests/:id/transition", tag, access: "member", summary: "Open, mark matched or close a request", params: idParams, body: requestTransition, response: requestView },
    async ({ params, body }, req) => transitionRequest(deps, await viewerOf(deps, req.auth), params.id, body.to),
  );
  api.route(
    { method: "delete", path: "/requests/:id", tag, access: "member", status: 204, summary: "Delete a request", params: idParams },
    async ({ params }, req) => void (await deleteRequest(deps, await viewerOf(deps, req.auth), params.id)),
  );
  return api;
}
