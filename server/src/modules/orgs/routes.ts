import { z } from "zod";
import {
  addMemberBody,
  createOrgBody,
  idParams,
  listOrgsQuery,
  memberParams,
  memberRole,
  orgMember,
  orgPage,
  orgView,
  paging,
  updateOrgBody,
  vettingDecision,
  okResponse,
} from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { authorizeStaff } from "../../policies/staff.js";
import { viewerOf } from "./access.js";
import { changeMemberRole, listMembers, removeMember } from "./members.js";
import { invite } from "../invitations/service.js";
import { presentOrg } from "./presenter.js";
import { createOrg, decideVetting, deleteOrg, listOrgs, loadVisibleOrg, presentFor, updateOrg, vettingQueue } from "./service.js";

export function orgsModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Organizations";

  api.route(
    { method: "get", path: "/orgs", tag, access: "public", summary: "List approved organizations with filters and paging", query: listOrgsQuery, response: orgPage },
    async ({ query }, req) => listOrgs(deps, await viewerOf(deps, req.auth), query),
  );
  api.route(
    { method: "post", path: "/orgs", tag, access: "member", status: 201, summary: "Apply for membership with a new organization (pending until staff approve)", body: createOrgBody, response: orgView },
    async ({ body }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      const org = await createOrg(deps, viewer, body);
      return presentOrg(org, { contacts: true, vetting: true, myRole: "owner" });
    },
  );
  api.route(
    { method: "get", path: "/orgs/:id", tag, access: "public", summary: "An organization's profile", params: idParams, response: orgView },
    async ({ params }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      const [view] = await presentFor(deps, viewer, [await loadVisibleOrg(deps, viewer, params.id)]);
      return view;
    },
  );
  api.route(
    { method: "patch", path: "/orgs/:id", tag, access: "member", summary: "Edit an organization (its members or staff)", params: idParams, body: updateOrgBody, response: orgView },
    async ({ params, body }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      const [view] = await presentFor(deps, viewer, [await updateOrg(deps, viewer, params.id, body)]);
      return view;
    },
  );
  api.route(
    { method: "delete", path: "/orgs/:id", tag, access: "member", status: 204, summary: "Delete an organization (an owner or staff)", params: idParams },
    async ({ params }, req) => void (await deleteOrg(deps, await viewerOf(deps, req.auth), params.id)),
  );

  const members = z.array(orgMember);
  api.route(
    { method: "get", path: "/orgs/:id/members", tag, access: "member", summary: "People of an organization", params: idParams, response: members },
    async ({ params }, req) => listMembers(deps, await viewerOf(deps, req.auth), params.id),
  );
  api.route(
    { method: "post", path: "/orgs/:id/members", tag, access: "member", status: 202, summary: "Invite a person by e-mail (an owner or staff); they join when they accept. The same answer whether or not the address has an account", params: idParams, body: addMemberBody, response: okResponse },
    async ({ params, body }, req) => {
      await invite(deps, await viewerOf(deps, req.auth), params.id, body, new Date());
      return { ok: true as const };
    },
  );
  api.route(
    { method: "patch", path: "/orgs/:id/members/:userId", tag, access: "member", summary: "Change a person's role", params: memberParams, body: z.object({ role: memberRole }).strict(), response: members },
    async ({ params, body }, req) => changeMemberRole(deps, await viewerOf(deps, req.auth), params.id, params.userId, body.role),
  );
  api.route(
    { method: "delete", path: "/orgs/:id/members/:userId", tag, access: "member", status: 204, summary: "Remove a person (or leave)", params: memberParams },
    async ({ params }, req) => void (await removeMember(deps, await viewerOf(deps, req.auth), params.id, params.userId)),
  );

  const vtag = "Vetting";
  api.route(
    { method: "get", path: "/admin/vetting", tag: vtag, access: "staff", summary: "Organizations waiting for a membership decision, oldest first", query: paging, response: orgPage },
    async ({ query }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      authorizeStaff(viewer, "vet");
      const { items, total } = await vettingQueue(deps, query.page, query.pageSize);
      return { items: await presentFor(deps, viewer, items), page: query.page, pageSize: query.pageSize, total };
    },
  );
  api.route(
    { method: "post", path: "/admin/vetting/:id", tag: vtag, access: "staff", summary: "Approve or reject an organization, with a reason", params: idParams, body: vettingDecision, response: orgView },
    async ({ params, body }, req) => {
      const viewer = await viewerOf(deps, req.auth);
      const [view] = await presentFor(deps, viewer, [await decideVetting(deps, viewer, params.id, body)]);
      return view;
    },
  );
  return api;
}
