/** Event API calls, typed by the shared schemas. */
import {
  createEventBody,
  eventRegisterBody,
  meetingRequestBody,
  type CreateEventBody,
  type EventRegisterBody,
  type EventView,
  type MeetingView,
  type RegistrationView,
  type eventStats,
  type participantList,
  type scheduleReport,
} from "@parklink/shared";
import { api, checkBody } from "../../api/http";
import type { Page } from "../../api/types";

type Output<S> = S extends { _zod: { output: infer O } } ? O : never;
export type ParticipantList = Output<typeof participantList>;
export type Participant = ParticipantList["items"][number];
export type ScheduleReport = Output<typeof scheduleReport>;
export type EventStats = Output<typeof eventStats>;
export type { EventView, MeetingView, RegistrationView };

const e = (id: string) => `/events/${id}`;
const admin = (id: string) => `/admin/events/${id}`;

export const eventsApi = {
  list: () => api<Page<EventView>>("GET", "/events", { query: { pageSize: 50 } }),
  get: (id: string) => api<EventView>("GET", e(id)),
  register: (id: string, body: Partial<EventRegisterBody> & { orgId: string }) => api<RegistrationView>("POST", `${e(id)}/registrations`, { json: checkBody(eventRegisterBody, body) }),
  mine: (id: string) => api<{ items: RegistrationView[] }>("GET", `${e(id)}/registrations/mine`),
  participants: (id: string, query: Record<string, string>) => api<ParticipantList>("GET", `${e(id)}/participants`, { query }),
  requestMeeting: (id: string, body: { fromOrgId: string; toOrgId: string; slot: number; message: string }) => api<MeetingView>("POST", `${e(id)}/meetings`, { json: checkBody(meetingRequestBody, body) }),
  respond: (id: string, meetingId: string, body: { decision: "accept" | "decline" | "propose"; reason?: string; slot?: number }) =>
    api<MeetingView>("POST", `${e(id)}/meetings/${meetingId}/respond`, { json: body }),
  outcome: (id: string, meetingId: string, body: { outcome: "held" | "no_show"; rating?: number }) => api<MeetingView>("POST", `${e(id)}/meetings/${meetingId}/outcome`, { json: body }),
  cancel: (id: string, meetingId: string) => api<MeetingView>("POST", `${e(id)}/meetings/${meetingId}/cancel`),
  followUp: (id: string, meetingId: string) => api<MeetingView>("POST", `${e(id)}/meetings/${meetingId}/follow-up`),
  agenda: (id: string, orgId: string) => api<{ items: MeetingView[] }>("GET", `${e(id)}/agenda`, { query: { orgId } }),
  ics: (id: string, orgId: string) => api<string>("GET", `${e(id)}/agenda.ics`, { query: { orgId }, asText: true }),
  // Staff
  create: (body: CreateEventBody) => api<EventView>("POST", "/admin/events", { json: checkBody(createEventBody, body) }),
  setStatus: (id: string, status: EventView["status"]) => api<EventView>("POST", `${admin(id)}/status`, { json: { status } }),
  registrations: (id: string) => api<{ items: RegistrationView[] }>("GET", `${admin(id)}/registrations`),
  decide: (id: string, regId: string, decision: "approve" | "reject") => api<RegistrationView>("POST", `${admin(id)}/registrations/${regId}/decision`, { json: { decision } }),
  checkIn: (id: string, regId: string) => api<RegistrationView>("POST", `${admin(id)}/registrations/${regId}/check-in`),
  plan: (id: string) => api<{ items: MeetingView[] }>("GET", `${admin(id)}/meetings`),
  schedule: (id: string, minMeetings: number) => api<ScheduleReport>("POST", `${admin(id)}/schedule`, { json: { minMeetings } }),
  move: (id: string, meetingId: string, body: { slot?: number; locked?: boolean }) => api<MeetingView>("PATCH", `${admin(id)}/meetings/${meetingId}`, { json: body }),
  stats: (id: string) => api<EventStats>("GET", `${admin(id)}/stats`),
  exportCsv: (id: string, file: "participants.csv" | "schedule.csv") => api<string>("GET", `${admin(id)}/export/${file}`, { asText: true }),
};
