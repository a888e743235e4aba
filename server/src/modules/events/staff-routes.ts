import { z } from "zod";
import {
  createEventBody,
  eventIdParams,
  eventStats,
  eventStatusBody,
  eventSubParams,
  eventView,
  meetingList,
  meetingView,
  moveMeetingBody,
  registrationDecisionBody,
  registrationView,
  scheduleBody,
  scheduleReport,
  updateEventBody,
} from "@parklink/shared";
import type { Request, Response } from "express";
import type { AppDeps } from "../../deps.js";
import type { ApiRouter } from "../../http/api-router.js";
import { viewerOf } from "../orgs/access.js";
import { meetingModel, type Meeting } from "./model.js";
import { changeStatus, createEvent, loadEvent, presentOne, updateEvent } from "./service.js";
import { checkIn, decideRegistration, listRegistrations, presentRegistrations } from "./registrations.js";
import { moveMeeting, presentMeetings } from "./meetings.js";
import { runSchedule } from "./planning.js";
import { eventStats as stats, participantsCsv, scheduleCsv } from "./staff.js";

/** The staff event console: create, edit, move through the life cycle, approve, check in, plan, export. */
export function staffRoutes(deps: AppDeps, api: ApiRouter) {
  const tag = "Events (staff)";
  const viewer = (req: Request) => viewerOf(deps, req.auth);
  const sendCsv = (res: Response, name: string, text: string) => {
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
    res.send(text);
  };

  api.route(
    { method: "post", path: "/admin/events", tag, access: "staff", status: 201, summary: "Create an event (a draft)", body: createEventBody, response: eventView },
    async ({ body }, req) => presentOne(deps, await createEvent(deps, await viewer(req), body)),
  );
  api.route(
    { method: "patch", path: "/admin/events/:eventId", tag, access: "staff", summary: "Edit an event", params: eventIdParams, body: updateEventBody, response: eventView },
    async ({ params, body }, req) => presentOne(deps, (await updateEvent(deps, await viewer(req), params.eventId, body))!),
  );
  api.route(
    { method: "post", path: "/admin/events/:eventId/status", tag, access: "staff", summary: "Publish, close registration, run, finish or cancel (cancelling notifies every registrant)", params: eventIdParams, body: eventStatusBody, response: eventView },
    async ({ params, body }, req) => presentOne(deps, await changeStatus(deps, await viewer(req), params.eventId, body.status, body.note)),
  );
  api.route(
    { method: "get", path: "/admin/events/:eventId/registrations", tag, access: "staff", summary: "Every registration of the event", params: eventIdParams, response: z.object({ items: z.array(registrationView) }) },
    async ({ params }, req) => listRegistrations(deps, await viewer(req), params.eventId, false),
  );
  api.route(
    { method: "post", path: "/admin/events/:eventId/registrations/:id/decision", tag, access: "staff", summary: "Approve or reject a registration (invite-only events)", params: eventSubParams, body: registrationDecisionBody, response: registrationView },
    async ({ params, body }, req) => {
      const v = await viewer(req);
      return (await presentRegistrations(deps, v, [(await decideRegistration(deps, v, params.eventId, params.id, body))!]))[0];
    },
  );
  api.route(
    { method: "post", path: "/admin/events/:eventId/registrations/:id/check-in", tag, access: "staff", summary: "Check a participant in on the day", params: eventSubParams, response: registrationView },
    async ({ params }, req) => {
      const v = await viewer(req);
      return (await presentRegistrations(deps, v, [(await checkIn(deps, v, params.eventId, params.id))!]))[0];
    },
  );
  api.route(
    { method: "get", path: "/admin/events/:eventId/meetings", tag, access: "staff", summary: "The whole meeting plan", params: eventIdParams, response: meetingList },
    async ({ params }, req) => {
      const e = await loadEvent(deps, await viewer(req), params.eventId);
      const meetings = await meetingModel(deps.db).find({ eventId: e._id }).sort({ slot: 1, table: 1 }).lean<Meeting[]>();
      return { items: await presentMeetings(deps, e, meetings) };
    },
  );
  api.route(
    { method: "post", path: "/admin/events/:eventId/schedule", tag, access: "staff", summary: "Plan meetings for the whole event around locked and accepted ones; proposals go to both sides", params: eventIdParams, body: scheduleBody, response: scheduleReport },
    async ({ params, body }, req) => runSchedule(deps, await viewer(req), params.eventId, body),
  );
  api.route(
    { method: "patch", path: "/admin/events/:eventId/meetings/:id", tag, access: "staff", summary: "Move a meeting to another slot or table, or lock it", params: eventSubParams, body: moveMeetingBody, response: meetingView },
    async ({ params, body }, req) => {
      const v = await viewer(req);
      const m = await moveMeeting(deps, v, params.eventId, params.id, body);
      return (await presentMeetings(deps, await loadEvent(deps, v, params.eventId), [m!]))[0];
    },
  );
  api.route(
    { method: "get", path: "/admin/events/:eventId/stats", tag, access: "staff", summary: "Registrations and meetings per country and kind; no-show rate", params: eventIdParams, response: eventStats },
    async ({ params }, req) => stats(deps, await viewer(req), params.eventId),
  );
  api.route(
    { method: "get", path: "/admin/events/:eventId/export/:file", tag, access: "staff", summary: "CSV of the participants or the schedule (UTF-8 with BOM)", params: z.object({ eventId: eventIdParams.shape.eventId, file: z.enum(["participants.csv", "schedule.csv"]) }).strict() },
    async ({ params }, req, res) => {
      const v = await viewer(req);
      const text = params.file === "participants.csv" ? await participantsCsv(deps, v, params.eventId) : await scheduleCsv(deps, v, params.eventId);
      sendCsv(res, `event-${params.eventId}-${params.file}`, text);
    },
  );
}
