import type { AppDeps } from "../deps.js";
import type { Access, ApiRouter } from "../http/api-router.js";
import type { RequestHandler } from "express";
import { authModule } from "./auth/routes.js";
import { orgsModule } from "./orgs/routes.js";
import { offersModule } from "./offers/routes.js";
import { requestsModule } from "./requests/routes.js";
import { searchModule } from "./search/routes.js";
import { matchingModule } from "./matching/routes.js";
import { adminModule } from "./admin/routes.js";
import { introductionsModule } from "./introductions/routes.js";
import { notificationsModule } from "./notifications/routes.js";
import { chatModule } from "./chat/routes.js";
import { eventsModule } from "./events/routes.js";
import { invitationsModule } from "./invitations/routes.js";
import { mailModule } from "./mail/routes.js";
import { mediaModule } from "./media/routes.js";

export type Guard = (access: Access) => RequestHandler[];

/** Every feature's routes, in the order they are mounted under /api. */
export function apiModules(deps: AppDeps, guard: Guard): ApiRouter[] {
  return [
    authModule(deps, guard),
    orgsModule(deps, guard),
    offersModule(deps, guard),
    requestsModule(deps, guard),
    searchModule(deps, guard),
    matchingModule(deps, guard),
    introductionsModule(deps, guard),
    notificationsModule(deps, guard),
    chatModule(deps, guard),
    eventsModule(deps, guard),
    invitationsModule(deps, guard),
    mailModule(deps, guard),
    mediaModule(deps, guard),
    adminModule(deps, guard),
  ];
}
