import { z } from "zod";
import {
  agendaQuery,
  eventIdParams,
  eventPage,
  eventRegisterBody,
  eventSubParams,
  eventView,
  listEventsQuery,
  meetingList,
  meetingOutcomeBody,
  meetingRequestBody,
  meetingRespondBody,
  meetingView,
  participantList,
  participantsQuery,
  registrationView,
  updateRegistrationBody,
} from "@parklink/shared";
import type { Request } from "express";
import type { AppDeps } from "../../deps.js";
import { ApiRouter } from "../../http/api-router.js";
import type { Guard } from "../index.js";
import { viewerOf } from "../orgs/access.js";
import type { Meeting } from "./model.js";
import { listEvents, loadEvent, presentOne } from "./service.js";
import { listRegistrations, presentRegistrations, register, updateRegistration } from "./registrations.js";
import { participants } from "./directory.js";
import { agenda, cancelMeeting, presentMeetings, requestMeeting, respondMeeting } from "./meetings.js";
import { followUp, recordOutcome } from "./outcomes.js";
import { agendaCalendar, feedCalendar } from "./calendar.js";
import { staffRoutes } from "./staff-routes.js";

/** Events for members: the list and page, registration, participants, meetings, agenda and calendar. */
export function eventsModule(deps: AppDeps, guard: Guard): ApiRouter {
  const api = new ApiRouter(guard);
  const tag = "Events";
  const viewer = (req: Request) => viewerOf(deps, req.auth);
  const oneMeeting = async (req: Request, eventId: string, m: Meeting | null) => {
    const e = await loadEvent(deps, await viewer(req), eventId);
    return (await presentMeetings(deps, e, [m!]))[0];
  };

  api.route(
    { method: "get", path: "/events", tag, access: "member", summary: "Events (staff also see drafts)", query: listEventsQuery, response: eventPage },
    async ({ query }, req) => listEvents(deps, await viewer(req), query),
  );
  api.route(
    { method: "get", path: "/events/:eventId", tag, access: "member", summary: "One event with its slots", params: eventIdParams, response: eventView },
    async ({ params }, req) => presentOne(deps, await loadEvent(deps, await viewer(req), params.eventId)),
  );
  api.route(
    { method: "post", path: "/events/:eventId/registrations", tag, access: "member", status: 201, summary: "Register an organization: people, what it looks for and offers, available slots", params: eventIdParams, body: eventRegisterBody, response: registrationView },
    async ({ params, body }, req) => {
      const v = await viewer(req);
      return (await presentRegistrations(deps, v, [await register(deps, v, params.eventId, body)]))[0];
    },
  );
  api.route(
    { method: "get", path: "/events/:eventId/registrations/mine", tag, access: "member", summary: "My organizations' registrations for this event", params: eventIdParams, response: z.object({ items: z.array(registrationView) }) },
    async ({ params }, req) => listRegistrations(deps, await viewer(req), params.eventId, true),
  );
  api.route(
    { method: "patch", path: "/events/:eventId/registrations/:id", tag, access: "member", summary: "Change people, wishes or availability", params: eventSubParams, body: updateRegistrationBody, response: registrationView },
    async ({ params, body }, req) => {
      const v = await viewer(req);
      return (await presentRegistrations(deps, v, [(await updateRegistration(deps, v, params.eventId, params.id, body))!]))[0];
    },
  );
  api.route(
    { method: "get", path: "/events/:eventId/participants", tag, access: "member", summary: "Other participants, with match scores against orgId and common free slots", params: eventIdParams, query: participantsQuery, response: participantList },
    async ({ params, query }, req) => participants(deps, await viewer(req), params.eventId, query),
  );
  api.route(
    { method: "post", path: "/events/:eventId/meetings", tag, access: "member", status: 201, summary: "Request a meeting in a free slot", params: eventIdParams, body: meetingRequestBody, response: meetingView },
    async ({ params, body }, req) => oneMeeting(req, params.eventId, await requestMeeting(deps, await viewer(req), params.eventId, body)),
  );
  api.route(
    { method: "post", path: "/events/:eventId/meetings/:id/respond", tag, access: "member", summary: "Accept, decline with a reason, or propose another slot", params: eventSubParams, body: meetingRespondBody, response: meetingView },
    async ({ params, body }, req) => oneMeeting(req, params.eventId, await respondMeeting(deps, await viewer(req), params.eventId, params.id, body)),
  );
  api.route(
    { method: "post", path: "/events/:eventId/meetings/:id/cancel", tag, access: "member", summary: "Call a meeting off (either side); its slot and table are freed", params: eventSubParams, response: meetingView },
    async ({ params }, req) => oneMeeting(req, params.eventId, await cancelMeeting(deps, await viewer(req), params.eventId, params.id)),
  );
  api.route(
    { method: "post", path: "/events/:eventId/meetings/:id/outcome", tag, access: "member", summary: "Mark a meeting held or no-show, and rate it", params: eventSubParams, body: meetingOutcomeBody, response: meetingView },
    async ({ params, body }, req) => oneMeeting(req, params.eventId, await recordOutcome(deps, await viewer(req), params.eventId, params.id, body)),
  );
  api.route(
    { method: "post", path: "/events/:eventId/meetings/:id/follow-up", tag, access: "member", summary: "Follow up: start or advance an introduction with the other side", params: eventSubParams, response: meetingView },
    async ({ params }, req) => oneMeeting(req, params.eventId, await followUp(deps, await viewer(req), params.eventId, params.id)),
  );
  api.route(
    { method: "get", path: "/events/:eventId/agenda", tag, access: "member", summary: "An organization's meetings at this event", params: eventIdParams, query: agendaQuery, response: meetingList },
    async ({ params, query }, req) => {
      const { e, meetings } = await agenda(deps, await viewer(req), params.eventId, query.orgId);
      return { items: await presentMeetings(deps, e, meetings) };
    },
  );
  api.route(
    { method: "get", path: "/events/:eventId/agenda.ics", tag, access: "member", summary: "The agenda as an iCalendar file, in the event's time zone", params: eventIdParams, query: agendaQuery },
    async ({ params, query }, req, res) => {
      const ics = await agendaCalendar(deps, await viewer(req), params.eventId, query.orgId);
      res.setHeader("Content-Type", "text/calendar; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="agenda-${params.eventId}.ics"`);
      res.send(ics);
    },
  );
  api.route(
    { method: "get", path: "/calendar/:token.ics", tag, access: "public", summary: "Private calendar feed of one participant (the token is the secret)", params: z.object({ token: z.string().regex(/^[\w-]{16,64}$/) }).strict() },
    async ({ params }, _req, res) => {
      const ics = await feedCalendar(deps, params.token);
      res.setHeader("Content-Type", "text/calendar; charset=utf-8");
      res.setHeader("Cache-Control", "private, no-store");
      res.send(ics);
    },
  );
  staffRoutes(deps, api);
  return api;
}
