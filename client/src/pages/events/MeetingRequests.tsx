import { useState } from "react";
import { useAsync } from "../../app/useAsync";
import { ErrorNotice, Empty } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { ApiError } from "../../api/http";
import { eventsApi, type EventView, type MeetingView } from "./api";
import { MeetingStatusPill, useSlotLabel } from "./parts";

const REASONS = ["not_relevant", "no_time", "already_met", "other"] as const;

export const awaitsAnswer = (m: MeetingView, orgId: string) =>
  ["requested", "countered", "proposed"].includes(m.status) && !m.confirmedBy.includes(orgId) && (m.status !== "requested" || m.to.orgId === orgId);

/** Accept, decline with a reason, or propose another slot. */
export function AnswerMeeting({ event, orgId, meeting, onAnswered }: { event: EventView; orgId: string; meeting: MeetingView; onAnswered(m: MeetingView): void }) {
  const { t, pick } = useI18n();
  const slotLabel = useSlotLabel(event);
  const [reason, setReason] = useState<(typeof REASONS)[number]>("no_time");
  const [slot, setSlot] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const other = meeting.from.orgId === orgId ? meeting.to : meeting.from;
  const act = (body: Parameters<typeof eventsApi.respond>[2]) =>
    eventsApi.respond(event.id, meeting.id, body).then(onAnswered, (err: unknown) => setError(err instanceof ApiError ? err : new ApiError(0, "unknown", String(err))));
  return (
    <div className="answer" role="group" aria-label={t("events.meetingWith", { name: pick(other.name) })}>
      {error && <ErrorNotice error={error} />}
      <button type="button" className="btn btn-primary btn-small" onClick={() => void act({ decision: "accept" })}>
        {t("events.accept")}
      </button>
      <label>
        {t("events.declineReason")}{" "}
        <select value={reason} onChange={(e) => setReason(e.target.value as (typeof REASONS)[number])}>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`events.reason.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn btn-small" onClick={() => void act({ decision: "decline", reason })}>
        {t("events.decline")}
      </button>
      <label>
        {t("events.proposeSlot")}{" "}
        <select value={slot} onChange={(e) => setSlot(e.target.value)}>
          <option value="" />
          {event.slots.map((s) => (
            <option key={s.index} value={s.index}>
              {slotLabel(s.index)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn btn-small" disabled={slot === ""} onClick={() => void act({ decision: "propose", slot: Number(slot) })}>
        {t("events.proposeSlot")}
      </button>
    </div>
  );
}

/** Meetings waiting for this organization's answer. */
export function MeetingRequests({ event, orgId }: { event: EventView; orgId: string }) {
  const { t, pick } = useI18n();
  const slotLabel = useSlotLabel(event);
  const agenda = useAsync(() => eventsApi.agenda(event.id, orgId), [event.id, orgId]);
  const waiting = (agenda.data?.items ?? []).filter((m) => awaitsAnswer(m, orgId));
  return (
    <section aria-labelledby="requests-h">
      <h2 id="requests-h">{t("events.requests")}</h2>
      {agenda.error && <ErrorNotice error={agenda.error} onRetry={agenda.reload} />}
      {agenda.data && waiting.length === 0 && <Empty>{t("events.noRequests")}</Empty>}
      <ul className="rows">
        {waiting.map((m) => {
          const other = m.from.orgId === orgId ? m.to : m.from;
          return (
            <li key={m.id} className="row">
              <div className="row-main">
                <strong>{t("events.meetingWith", { name: pick(other.name) })}</strong> <MeetingStatusPill status={m.status} />
                <p className="muted">
                  {t("events.slot")} {slotLabel(m.slot)}
                  {m.table ? ` · ${t("events.table", { table: m.table })}` : ""}
                </p>
                {m.message && <p>{m.message}</p>}
                <AnswerMeeting event={event} orgId={orgId} meeting={m} onAnswered={() => agenda.reload()} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
