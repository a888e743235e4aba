import { createOfferBody, idParams, listOffersQuery, offerPage, offerView, updateOfferBody } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { viewerOf } from "../orgs/access.js";
import { createOffer, deleteOffer, getOffer, listOffers, updateOffer } from "./service.js";

export function offersModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Technology offers";
  api.route(
    { method: "get", path: "/offers", tag, access: "public", summary: "List active technology offers", query: listOffersQuery, response: offerPage },
    async ({ query }, req) => listOffers(deps, await viewerOf(deps, req.auth), query),
  );
  api.route(
    { method: "post", path: "/offers", tag, access: "member", status: 201, summary: "Post a technology offer for one of my organizations", body: createOfferBody, response: offerView },
    async ({ body }, req) => createOffer(deps, await viewerOf(deps, req.auth), body),
  );
  api.route(
    { method: "get", path: "/offers/:id", tag, access: "public", summary: "A technology offer", params: idParams, response: offerView },
    async ({ params }, req) => getOffer(deps, await viewerOf(deps, req.auth), params.id),
  );
  api.route(
    { method: "patch", path: "/offers/:id", tag, access: "member", summary: "Edit, renew or withdraw a technology offer", params: idParams, body: updateOfferBody, response: offerView },
    async ({ params, body }, req) => updateOffer(deps, await viewerOf(deps, req.auth), params.id, body),
  );
  api.route(
    { method: "delete", path: "/offers/:id", tag, access: "member", status: 204, summary: "Delete a technology offer", params: idParams },
    async ({ params }, req) => void (await deleteOffer(deps, await viewerOf(deps, req.auth), params.id)),
  );
  return api;
}
