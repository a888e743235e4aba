import { chatHistoryQuery, chatMessagePage, idParams, unreadCountsView } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { authorizeRoom, history, unreadCounts } from "./service.js";

/** Chat over HTTP: history for a page load, unread counts for badges. Live traffic goes through Socket.IO (socket.ts). */
export function chatModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Chat";
  api.route(
    {
      method: "get",
      path: "/introductions/:id/messages",
      tag,
      access: "member",
      summary: "Messages of an introduction's chat, newest page first, older pages by `before`",
      params: idParams,
      query: chatHistoryQuery,
      response: chatMessagePage,
    },
    async ({ params, query }, req) => {
      await authorizeRoom(deps, req.auth!, params.id);
      return history(deps, params.id, query);
    },
  );
  api.route(
    { method: "get", path: "/chat/unread", tag, access: "member", summary: "Unread chat messages per introduction", response: unreadCountsView },
    async (_input, req) => unreadCounts(deps, req.auth!),
  );
  return api;
}
