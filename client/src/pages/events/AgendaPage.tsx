import { useState } from "react";
import { useLocation } from "../../app/router";
import { useAsync } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { downloadText } from "../staff/download";
import { eventsApi, type EventView, type MeetingView } from "./api";
import { AnswerMeeting, awaitsAnswer } from "./MeetingRequests";
import { MeetingStatusPill, useSlotLabel } from "./parts";

function MeetingRow({ event, orgId, meeting, onChange }: { event: EventView; orgId: string; meeting: MeetingView; onChange(): void }) {
  const { t, pick } = useI18n();
  const slotLabel = useSlotLabel(event);
  const [rating, setRating] = useState("5");
  const other = meeting.from.orgId === orgId ? meeting.to : meeting.from;
  const running = ["running", "finished"].includes(event.status);
  return (
    <li className="row">
      <div className="row-main">
        <strong>{t("events.meetingWith", { name: pick(other.name) })}</strong> <MeetingStatusPill status={meeting.status} />
        <p className="muted">
          {t("events.slot")} {slotLabel(meeting.slot)}
          {meeting.table ? ` · ${t("events.table", { table: meeting.table })}` : ""}
        </p>
        {meeting.message && <p>{meeting.message}</p>}
        {awaitsAnswer(meeting, orgId) && <AnswerMeeting event={event} orgId={orgId} meeting={meeting} onAnswered={onChange} />}
        {["requested", "proposed", "countered", "accepted"].includes(meeting.status) && !running && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => void eventsApi.cancel(event.id, meeting.id).then(onChange)}>
            {t("events.cancelMeeting")}
          </button>
        )}
        {running && ["accepted", "held", "no_show"].includes(meeting.status) && (
          <div className="answer">
            <label>
              {t("events.rating")}{" "}
              <select value={rating} onChange={(e) => setRating(e.target.value)}>
                {[1, 2, 3, 4, 5].map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            <button type="button" className="btn btn-small" onClick={() => void eventsApi.outcome(event.id, meeting.id, { outcome: "held", rating: Number(rating) }).then(onChange)}>
              {t("events.markHeld")}
            </button>
            <button type="button" className="btn btn-small" onClick={() => void eventsApi.outcome(event.id, meeting.id, { outcome: "no_show" }).then(onChange)}>
              {t("events.markNoShow")}
            </button>
          </div>
        )}
        {meeting.status === "held" &&
          (meeting.introductionId ? (
            <p className="hint">{t("events.followedUp")}</p>
          ) : (
            <button type="button" className="btn btn-small btn-primary" onClick={() => void eventsApi.followUp(event.id, meeting.id).then(onChange)}>
              {t("events.followUp")}
            </button>
          ))}
      </div>
    </li>
  );
}

/** An organization's meetings at an event, with .ics export and its private calendar feed. */
export function AgendaPage({ params }: { params: Record<string, string> }) {
  const { t, pick } = useI18n();
  const { query } = useLocation();
  const orgId = query.get("orgId") ?? "";
  const event = useAsync(() => eventsApi.get(params.id), [params.id]);
  const agenda = useAsync(() => eventsApi.agenda(params.id, orgId), [params.id, orgId]);
  const mine = useAsync(() => eventsApi.mine(params.id), [params.id]);
  const feed = mine.data?.items.find((r) => r.orgId === orgId)?.calendarPath;
  if (event.loading || agenda.loading) return <Loading />;
  if (event.error) return <ErrorNotice error={event.error} />;
  if (agenda.error) return <ErrorNotice error={agenda.error} onRetry={agenda.reload} />;
  const e = event.data!;
  const download = async () => downloadText(await eventsApi.ics(e.id, orgId), `agenda-${e.id}.ics`, "text/calendar");
  return (
    <section>
      <PageTitle title={`${t("events.agenda")} · ${pick(e.title)}`}>
        {t("events.agenda")} · {pick(e.title)}
      </PageTitle>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => void download()}>
          {t("events.downloadIcs")}
        </button>
      </p>
      {feed && (
        <StatusMessage>
          {t("events.feedUrl")}: <code>{`${window.location.origin}${feed}`}</code>
        </StatusMessage>
      )}
      {agenda.data!.items.length === 0 && <Empty>{t("events.noMeetings")}</Empty>}
      <ul className="rows">
        {agenda.data!.items.map((m) => (
          <MeetingRow key={m.id} event={e} orgId={orgId} meeting={m} onChange={agenda.reload} />
        ))}
      </ul>
    </section>
  );
}
