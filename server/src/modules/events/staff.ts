import { stringify } from "csv-stringify/sync";
import type { AppDeps } from "../../deps.js";
import type { Viewer } from "../orgs/access.js";
import { orgModel, type Org } from "../orgs/model.js";
import { meetingModel, registrationModel, type Meeting, type Registration } from "./model.js";
import { slotsOf } from "./slots.js";
import { loadEvent } from "./service.js";

const ACCEPTED: Meeting["status"][] = ["accepted", "held", "no_show"];
type Row = { key: string; registrations: number; requested: number; accepted: number; held: number };

/** Staff figures of one event: registrations, meetings by state, per country and kind, no-show rate. */
export async function eventStats(deps: AppDeps, viewer: Viewer, eventId: string) {
  const e = await loadEvent(deps, viewer, eventId);
  const [regs, meetings] = await Promise.all([
    registrationModel(deps.db).find({ eventId: e._id }).lean<Registration[]>(),
    meetingModel(deps.db).find({ eventId: e._id }).lean<Meeting[]>(),
  ]);
  const orgs = new Map((await orgModel(deps.db).find({ _id: { $in: regs.map((r) => r.orgId) } }, { country: 1, kind: 1 }).lean<Org[]>()).map((o) => [String(o._id), o]));
  const group = (keyOf: (o: Org) => string) => {
    const rows = new Map<string, Row>();
    const row = (orgId: unknown) => {
      const org = orgs.get(String(orgId));
      const key = org ? keyOf(org) : "unknown";
      const r = rows.get(key) ?? { key, registrations: 0, requested: 0, accepted: 0, held: 0 };
      rows.set(key, r);
      return r;
    };
    for (const r of regs) if (r.status !== "cancelled") row(r.orgId).registrations++;
    for (const m of meetings) {
      for (const orgId of m.orgIds) {
        const r = row(orgId);
        r.requested++;
        if (ACCEPTED.includes(m.status)) r.accepted++;
        if (m.status === "held") r.held++;
      }
    }
    return [...rows.values()].sort((a, b) => b.registrations - a.registrations || a.key.localeCompare(b.key));
  };
  const count = (s: Meeting["status"][]) => meetings.filter((m) => s.includes(m.status)).length;
  const held = count(["held"]);
  const noShow = count(["no_show"]);
  return {
    registrations: {
      total: regs.length,
      approved: regs.filter((r) => r.status === "approved").length,
      pending: regs.filter((r) => r.status === "pending").length,
      checkedIn: regs.filter((r) => r.checkedInAt).length,
    },
    meetings: { requested: meetings.length, accepted: count(ACCEPTED), held, noShow, declined: count(["declined"]) },
    noShowRate: held + noShow > 0 ? noShow / (held + noShow) : 0,
    byCountry: group((o) => o.country),
    byKind: group((o) => o.kind),
  };
}

/** A cell a spreadsheet would read as a formula (= + - @, tab, CR) is prefixed with a quote. */
export const neutralise = (v: unknown): string => {
  const text = v === undefined || v === null ? "" : String(v);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};
const csv = (rows: unknown[][]) => "\uFEFF" + stringify(rows.map((r) => r.map(neutralise)), { record_delimiter: "\r\n" });

/** Local wall-clock time in the event's time zone, e.g. 2026-12-10 09:20. */
const local = (d: Date, tz: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: tz, dateStyle: "short", timeStyle: "short" }).format(d);

export async function participantsCsv(deps: AppDeps, viewer: Viewer, eventId: string) {
  const e = await loadEvent(deps, viewer, eventId);
  const regs = await registrationModel(deps.db).find({ eventId: e._id }).sort({ createdAt: 1 }).lean<Registration[]>();
  const orgs = new Map((await orgModel(deps.db).find({ _id: { $in: regs.map((r) => r.orgId) } }).lean<Org[]>()).map((o) => [String(o._id), o]));
  const rows: unknown[][] = [["organization", "organization_local", "kind", "country", "region", "status", "people", "emails", "looks_for", "offers", "wants_meetings", "checked_in_at"]];
  for (const r of regs) {
    const o = orgs.get(String(r.orgId));
    rows.push([o?.name.en, o?.name.local, o?.kind, o?.country, o?.region, r.status, r.people.map((p) => p.name).join("; "), r.people.map((p) => p.email ?? "").join("; "), r.looksFor, r.offers, r.wantsMeetings, r.checkedInAt?.toISOString()]);
  }
  return csv(rows);
}

export async function scheduleCsv(deps: AppDeps, viewer: Viewer, eventId: string) {
  const e = await loadEvent(deps, viewer, eventId);
  const meetings = await meetingModel(deps.db).find({ eventId: e._id }).sort({ slot: 1, table: 1 }).lean<Meeting[]>();
  const orgs = new Map((await orgModel(deps.db).find({ _id: { $in: meetings.flatMap((m) => m.orgIds) } }, { name: 1 }).lean<Org[]>()).map((o) => [String(o._id), o]));
  const slots = slotsOf(e.windows, e.slotMinutes);
  const rows: unknown[][] = [["slot", `start (${e.timeZone})`, `end (${e.timeZone})`, "table", "from", "to", "status", "origin", "score", "locked"]];
  for (const m of meetings) {
    const s = slots[m.slot];
    rows.push([m.slot, s && local(s.start, e.timeZone), s && local(s.end, e.timeZone), m.table, orgs.get(String(m.fromOrgId))?.name.en, orgs.get(String(m.toOrgId))?.name.en, m.status, m.origin, m.score, m.locked]);
  }
  return csv(rows);
}
