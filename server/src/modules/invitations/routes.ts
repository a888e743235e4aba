import { acceptInvitationLinkBody, idParams, invitationAccepted, invitationList } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import { unauthorized } from "../../http/errors.js";
import type { Guard } from "../index.js";
import { acceptByLink, acceptInvitation, declineInvitation, myInvitations } from "./service.js";

/** The signed-in user's invitations to organizations: `/api/invitations`. */
export function invitationsModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Organizations";
  const caller = (auth: { userId: string } | undefined) => {
    if (!auth) throw unauthorized();
    return auth.userId;
  };
  api.route(
    { method: "get", path: "/invitations", tag, access: "member", summary: "My pending invitations to join organizations (once my e-mail is confirmed)", response: invitationList },
    async (_input, req) => myInvitations(deps, caller(req.auth), new Date()),
  );
  api.route(
    { method: "post", path: "/invitations/:id/accept", tag, access: "member", summary: "Accept an invitation: I join the organization with the role offered", params: idParams, response: invitationAccepted },
    async ({ params }, req) => acceptInvitation(deps, caller(req.auth), params.id, new Date()),
  );
  api.route(
    { method: "post", path: "/invitations/accept-link", tag, access: "member", summary: "Accept with the token of the e-mailed link (the signed-in account must have the invited address; this also confirms it)", body: acceptInvitationLinkBody, response: invitationAccepted },
    async ({ body }, req) => acceptByLink(deps, caller(req.auth), body.token, new Date()),
  );
  api.route(
    { method: "post", path: "/invitations/:id/decline", tag, access: "member", status: 204, summary: "Decline an invitation", params: idParams },
    async ({ params }, req) => void (await declineInvitation(deps, caller(req.auth), params.id, new Date())),
  );
  return api;
}
