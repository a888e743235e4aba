import { useState } from "react";
import type { ApiError } from "../../api/http";
import { toApiError, useAsync } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { downloadText } from "../staff/download";
import { eventsApi, type EventStats, type EventView, type ScheduleReport } from "./api";
import { EventStatusPill, MeetingStatusPill, useSlotLabel } from "./parts";

const ACTIONS: Partial<Record<EventView["status"], [EventView["status"], MessageKey][]>> = {
  draft: [["published", "events.staff.publish"], ["cancelled", "events.staff.cancel"]],
  published: [["registration_closed", "events.staff.closeRegistration"], ["running", "events.staff.run"], ["cancelled", "events.staff.cancel"]],
  registration_closed: [["published", "events.staff.publish"], ["running", "events.staff.run"], ["cancelled", "events.staff.cancel"]],
  running: [["finished", "events.staff.finish"], ["cancelled", "events.staff.cancel"]],
};
const pct = (x: number) => `${Math.round(x * 100)} %`;

function Figures({ stats }: { stats: EventStats }) {
  const { t, term } = useI18n();
  const table = (title: string, rows: EventStats["byKind"], label: (k: string) => string) => (
    <table className="data">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">{t("events.staff.registrations")}</th>
          <th scope="col">{t("events.staff.requested")}</th>
          <th scope="col">{t("events.staff.accepted")}</th>
          <th scope="col">{t("events.staff.held")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{label(r.key)}</th>
            <td>{r.registrations}</td>
            <td>{r.requested}</td>
            <td>{r.accepted}</td>
            <td>{r.held}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="figures-h">
      <h2 id="figures-h">{t("events.staff.figures")}</h2>
      <p>{t("events.staff.noShowRate", { rate: pct(stats.noShowRate) })}</p>
      {table(t("events.staff.byCountry"), stats.byCountry, (k) => term("country", k))}
      {table(t("events.staff.byKind"), stats.byKind, (k) => term("orgKind", k))}
    </section>
  );
}

/** Staff console of one event: life cycle, registrations, the planner, the plan, figures and exports. */
export function StaffEventPage({ params }: { params: Record<string, string> }) {
  const { t, pick } = useI18n();
  const event = useAsync(() => eventsApi.get(params.id), [params.id]);
  const regs = useAsync(() => eventsApi.registrations(params.id), [params.id]);
  const plan = useAsync(() => eventsApi.plan(params.id), [params.id]);
  const stats = useAsync(() => eventsApi.stats(params.id), [params.id]);
  const slotLabel = useSlotLabel(event.data);
  const [minMeetings, setMinMeetings] = useState("2");
  const [report, setReport] = useState<ScheduleReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = (work: () => Promise<unknown>) => () => {
    setError(null);
    work().then(
      () => {
        event.reload();
        regs.reload();
        plan.reload();
        stats.reload();
      },
      (err: unknown) => setError(toApiError(err)),
    );
  };
  if (event.loading) return <Loading />;
  if (event.error) return <ErrorNotice error={event.error} />;
  const e = event.data!;
  const csv = (file: "participants.csv" | "schedule.csv") => run(async () => downloadText(`\uFEFF${(await eventsApi.exportCsv(e.id, file)).replace(/^\uFEFF/, "")}`, `event-${e.id}-${file}`, "text/csv"));
  return (
    <section>
      <PageTitle title={pick(e.title)}>
        {pick(e.title)} <EventStatusPill status={e.status} />
      </PageTitle>
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        {(ACTIONS[e.status] ?? []).map(([to, label]) => (
          <button key={to} type="button" className={to === "cancelled" ? "btn btn-small btn-danger" : "btn btn-small"} onClick={run(() => eventsApi.setStatus(e.id, to))}>
            {t(label)}
          </button>
        ))}
        <button type="button" className="btn btn-small" onClick={csv("participants.csv")}>
          {t("events.staff.exportParticipants")}
        </button>
        <button type="button" className="btn btn-small" onClick={csv("schedule.csv")}>
          {t("events.staff.exportSchedule")}
        </button>
      </div>

      <section aria-labelledby="regs-h">
        <h2 id="regs-h">{t("events.staff.registrations")}</h2>
        {regs.data?.items.length === 0 && <Empty>{t("events.noParticipants")}</Empty>}
        <ul className="rows">
          {regs.data?.items.map((r) => (
            <li key={r.id} className="row">
              <div className="row-main">
                <strong>{pick(r.orgName)}</strong> · {t(`events.regStatus.${r.status}` as MessageKey)} · {r.people.map((p) => p.name).join(", ")}
                {r.checkedInAt && <> · {t("events.staff.checkedIn")}</>}
                <div className="actions">
                  {r.status === "pending" && (
                    <>
                      <button type="button" className="btn btn-small" onClick={run(() => eventsApi.decide(e.id, r.id, "approve"))}>{t("events.staff.approve")}</button>
                      <button type="button" className="btn btn-small" onClick={run(() => eventsApi.decide(e.id, r.id, "reject"))}>{t("events.staff.reject")}</button>
                    </>
                  )}
                  {r.status === "approved" && !r.checkedInAt && (
                    <button type="button" className="btn btn-small" onClick={run(() => eventsApi.checkIn(e.id, r.id))}>{t("events.staff.checkIn")}</button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="planner-h">
        <h2 id="planner-h">{t("events.staff.scheduler")}</h2>
        <label>
          {t("events.staff.minMeetings")} <input type="number" min={0} max={50} value={minMeetings} onChange={(ev) => setMinMeetings(ev.target.value)} />
        </label>{" "}
        <button type="button" className="btn btn-primary" onClick={run(async () => setReport(await eventsApi.schedule(e.id, Number(minMeetings))))}>
          {t("events.staff.runScheduler")}
        </button>
        {report && (
          <StatusMessage>
            {t("events.staff.report", { proposed: report.proposed, kept: report.kept, score: report.totalScore, min: report.minMeetings, share: pct(report.reachedShare), gini: report.gini.toFixed(2) })}{" "}
            {t("events.staff.baseline", { score: report.baseline.totalScore, min: report.baseline.minMeetings, share: pct(report.baseline.reachedShare), gini: report.baseline.gini.toFixed(2) })}
          </StatusMessage>
        )}
        <h3>{t("events.staff.plan")}</h3>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("events.slot")}</th>
              <th scope="col">#</th>
              <th scope="col">{t("events.participants")}</th>
              <th scope="col" />
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {plan.data?.items.map((m) => (
              <tr key={m.id}>
                <td>{slotLabel(m.slot)}</td>
                <td>{m.table ?? ""}</td>
                <td>
                  {pick(m.from.name)} – {pick(m.to.name)} {m.score !== undefined && `(${m.score})`}
                </td>
                <td>
                  <MeetingStatusPill status={m.status} />
                </td>
                <td>
                  <button type="button" className="btn btn-small" onClick={run(() => eventsApi.move(e.id, m.id, { locked: !m.locked }))}>
                    {m.locked ? t("events.staff.unlock") : t("events.staff.lock")}
                  </button>{" "}
                  <label>
                    {t("events.staff.moveTo")}{" "}
                    <select value={m.slot} onChange={(ev) => run(() => eventsApi.move(e.id, m.id, { slot: Number(ev.target.value) }))()}>
                      {e.slots.map((s) => (
                        <option key={s.index} value={s.index}>
                          {slotLabel(s.index)}
                        </option>
                      ))}
                    </select>
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {stats.data && <Figures stats={stats.data} />}
    </section>
  );
}
