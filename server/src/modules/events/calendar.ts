import ical from "ical-generator";
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import type { AppDeps } from "../../deps.js";
import { notFound } from "../../http/errors.js";
import type { Viewer } from "../orgs/access.js";
import { HOLDING, eventModel, meetingModel, registrationModel, type EventDoc, type Meeting, type Registration } from "./model.js";
import { orgNames } from "./registrations.js";
import { slotsOf } from "./slots.js";
import { agenda } from "./meetings.js";

const STATUS_WORDS: Partial<Record<Meeting["status"], string>> = { requested: "requested", proposed: "proposed", countered: "other slot proposed" };

/** The organization's meetings as iCalendar, with times in its own time zone (else the event's). */
async function render(deps: AppDeps, e: EventDoc, orgId: string, meetings: Meeting[], timeZone?: string): Promise<string> {
  const tz = timeZone ?? e.timeZone;
  const names = await orgNames(deps, meetings.flatMap((m) => m.orgIds));
  const slots = slotsOf(e.windows, e.slotMinutes);
  const cal = ical({ name: e.title.en, prodId: { company: "CISIP", product: "Parklink", language: "EN" }, timezone: { name: tz, generator: getVtimezoneComponent } });
  for (const m of meetings) {
    const slot = slots[m.slot];
    if (!slot) continue;
    const other = m.orgIds.find((o) => String(o) !== orgId) ?? m.toOrgId;
    const name = names.get(String(other));
    const pending = STATUS_WORDS[m.status];
    cal.createEvent({
      id: `${String(m._id)}@parklink`,
      // Wall-clock times in the participant's zone, written with its TZID and VTIMEZONE.
      start: new TZDate(slot.start.getTime(), tz),
      end: new TZDate(slot.end.getTime(), tz),
      timezone: tz,
      summary: `Meeting: ${name?.en ?? ""}${name?.local ? ` (${name.local})` : ""}${pending ? ` [${pending}]` : ""}`,
      description: [e.title.en, m.message].filter(Boolean).join("\n\n"),
      location: [e.venue ?? e.onlineUrl, m.table ? `table ${m.table}` : undefined].filter(Boolean).join(", "),
    });
  }
  return cal.toString();
}

export async function agendaCalendar(deps: AppDeps, viewer: Viewer, eventId: string, orgId: string) {
  const { e, meetings } = await agenda(deps, viewer, eventId, orgId);
  const reg = await registrationModel(deps.db).findOne({ eventId: e._id, orgId }, { timeZone: 1 }).lean<Registration>();
  return render(deps, e, orgId, meetings, reg?.timeZone);
}

/** The private feed: the token alone identifies the registration; a wrong token is a plain 404. */
export async function feedCalendar(deps: AppDeps, token: string) {
  const reg = await registrationModel(deps.db).findOne({ calendarToken: token }).lean<Registration>();
  const e = reg && (await eventModel(deps.db).findById(reg.eventId).lean<EventDoc>());
  if (!reg || !e || e.status === "draft") throw notFound("Calendar");
  const meetings = await meetingModel(deps.db).find({ eventId: e._id, orgIds: reg.orgId, status: { $in: HOLDING } }).sort({ slot: 1 }).lean<Meeting[]>();
  return render(deps, e, String(reg.orgId), meetings, reg.timeZone);
}
