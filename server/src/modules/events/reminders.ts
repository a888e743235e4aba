import { links } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { findUsersByIds } from "../auth/service.js";
import { notifyUsers, orgUserIds } from "../notifications/service.js";
import { enqueueMail } from "../mail/enqueue.js";
import type { AppPath } from "../mail/kinds.js";
import { eventModel, meetingModel, type EventDoc, type Meeting } from "./model.js";
import { orgNames } from "./registrations.js";
import { slotsOf } from "./slots.js";

/** How long before a meeting its reminder goes out. */
export const REMINDER_LEAD_MINUTES = 30;

/**
 * Periodic job: reminds both sides of every accepted meeting starting within the lead time,
 * in the app and by e-mail. Each meeting is claimed once (remindedAt), so several app nodes
 * or an overlapping run never send twice.
 */
export async function sendMeetingReminders(deps: AppDeps, now = new Date(), leadMinutes = REMINDER_LEAD_MINUTES): Promise<number> {
  const until = new Date(now.getTime() + leadMinutes * 60_000);
  const events = await eventModel(deps.db)
    .find({ status: { $in: ["published", "registration_closed", "running"] }, startsAt: { $lte: until }, endsAt: { $gte: now } })
    .lean<EventDoc[]>();
  let sent = 0;
  for (const e of events) {
    const slots = slotsOf(e.windows, e.slotMinutes);
    const due = slots.filter((s) => s.start >= now && s.start <= until).map((s) => s.index);
    if (due.length === 0) continue;
    const Meetings = meetingModel(deps.db);
    const meetings = await Meetings.find({ eventId: e._id, status: "accepted", slot: { $in: due }, remindedAt: { $exists: false } }).lean<Meeting[]>();
    const names = await orgNames(deps, meetings.flatMap((m) => m.orgIds));
    for (const m of meetings) {
      const claimed = await Meetings.updateOne({ _id: m._id, remindedAt: { $exists: false } }, { $set: { remindedAt: now } });
      if (claimed.modifiedCount === 0) continue;
      const start = slots[m.slot].start;
      const time = new Intl.DateTimeFormat("en-GB", { timeZone: e.timeZone, hour: "2-digit", minute: "2-digit" }).format(start);
      for (const orgId of m.orgIds) {
        const other = names.get(String(m.orgIds.find((o) => String(o) !== String(orgId))));
        const where = m.table ? `, table ${m.table}` : "";
        const userIds = await orgUserIds(deps, orgId);
        await notifyUsers(deps, userIds, {
          type: "event_reminder",
          title: { en: `At ${time} (${e.timeZone}): meeting with ${other?.en ?? ""}${where}`, zh: `${time}（${e.timeZone}）与 ${other?.local ?? other?.en ?? ""} 会面${m.table ? `，${m.table} 号桌` : ""}` },
          link: links.eventAgenda(String(e._id)),
          data: { eventId: String(e._id), meetingId: String(m._id) },
          dedupeKey: `event_reminder:${String(m._id)}`,
        });
        // The e-mail goes through the mail outbox, in each member's language, with the time in the event's zone.
        for (const user of await findUsersByIds(deps, userIds)) {
          const zh = user.locale === "zh";
          await enqueueMail(deps, {
            kind: "event_reminder",
            to: user.email,
            lang: zh ? "zh" : "en",
            userId: String(user._id),
            data: {
              title: { en: e.title.en, zh: e.title.local ?? e.title.en },
              startsAt: `${time} (${e.timeZone})`,
              place: zh ? `与 ${other?.local ?? other?.en ?? ""} 会面${m.table ? `，${m.table} 号桌` : ""}` : `meeting with ${other?.en ?? ""}${where}`,
              path: links.eventAgenda(String(e._id)) as AppPath,
            },
          });
        }
      }
      sent++;
    }
  }
  return sent;
}
