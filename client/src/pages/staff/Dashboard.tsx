import { FUNNEL_EXITS, FUNNEL_STAGES, VOCABULARIES, type VocabularyName } from "@parklink/shared";
import { staffApi } from "../../api/endpoints";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { ErrorNotice, Loading, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";
import { BarChart, FunnelChart, Stat, type Datum } from "./charts";

/** Figures of the whole network: members, requests, the introduction funnel and how fast members answer. */
export function Dashboard() {
  const { t, term, number, dateTime } = useI18n();
  const label = useEnumLabel();
  const stats = useApi(["staff", "stats"], () => staffApi.stats());
  const heading = <h2 id="staff-section-title">{t("dashboard.title")}</h2>;
  if (stats.error)
    return (
      <section aria-labelledby="staff-section-title">
        {heading}
        <ErrorNotice error={stats.error} onRetry={stats.reload} />
      </section>
    );
  if (!stats.data) return <Loading />;
  const s = stats.data;

  const known = (vocab: VocabularyName, id: string) => VOCABULARIES[vocab].some((x) => x.id === id);
  const byTerm = (vocab: VocabularyName, counts: Record<string, number>): Datum[] =>
    Object.entries(counts).map(([key, value]) => ({ key, value, label: known(vocab, key) ? term(vocab, key) : key }));
  const stages: Datum[] = FUNNEL_STAGES.map((k) => ({ key: k, value: s.pipeline.reached[k], label: label("status", k) }));
  const rates = FUNNEL_STAGES.slice(1).map((to, i) => s.pipeline.conversion.find((c) => c.from === FUNNEL_STAGES[i] && c.to === to)?.rate ?? null);
  const hours = s.firstReply.medianHours;
  const median = hours === null ? "—" : hours < 1 ? t("dashboard.underHour") : hours < 48 ? t("dashboard.hours", { n: number(Math.round(hours * 10) / 10) }) : t("dashboard.days", { n: number(Math.round(hours / 2.4) / 10) });

  return (
    <section className="dashboard" aria-labelledby="staff-section-title">
      {heading}
      <p className="muted">
        {t("dashboard.generated", { date: dateTime(s.generatedAt) })}{" "}
        <button type="button" className="btn btn-small btn-ghost" onClick={stats.reload} disabled={stats.loading}>
          {t("dashboard.refresh")}
        </button>
      </p>
      <div className="stats dashboard-stats">
        <Stat label={t("dashboard.members")} value={number(s.members.total)} />
        <Stat label={t("dashboard.pending")} value={number(s.pending)} hint={s.pending ? undefined : t("dashboard.nonePending")} />
        <Stat label={t("dashboard.requests")} value={number(s.requests.total)} />
        <Stat label={t("dashboard.introductions")} value={number(s.pipeline.total)} />
        <Stat label={t("dashboard.outcomes")} value={number(s.outcomes.total)} />
        <Stat label={t("dashboard.medianReply")} value={median} hint={t("dashboard.medianReplyOf", { count: s.firstReply.count })} />
      </div>
      {s.pending > 0 && (
        <p>
          <Link to="/staff/vetting">{t("dashboard.reviewPending", { count: s.pending })}</Link>
        </p>
      )}
      <div className="dash-grid">
        <section aria-labelledby="dash-funnel">
          <h2 id="dash-funnel">{t("dashboard.funnel")}</h2>
          <FunnelChart title={t("dashboard.funnelCaption")} stages={stages} rates={rates} />
          <p className="muted">
            {t("dashboard.exits")}: {FUNNEL_EXITS.map((k) => `${label("status", k)} ${number(s.pipeline.exits[k])}`).join(" · ")}
          </p>
        </section>
        <section aria-labelledby="dash-requests">
          <h2 id="dash-requests">{t("dashboard.requestsByType")}</h2>
          <BarChart title={t("dashboard.requestsByTypeCaption")} data={byTerm("cooperationType", s.requests.byType)} />
          <BarChart title={t("dashboard.requestsByState")} data={Object.entries(s.requests.byState).map(([key, value]) => ({ key, value, label: label("reqState", key) }))} />
        </section>
        <section aria-labelledby="dash-regions">
          <h2 id="dash-regions">{t("dashboard.membersByRegion")}</h2>
          <BarChart title={t("dashboard.membersByRegionCaption")} data={byTerm("region", s.members.byRegion)} />
          <BarChart title={t("dashboard.membersByKind")} data={Object.entries(s.members.byKind).map(([key, value]) => ({ key, value, label: label("kind", key) }))} />
        </section>
        <section aria-labelledby="dash-countries">
          <h2 id="dash-countries">{t("dashboard.membersByCountry")}</h2>
          <BarChart title={t("dashboard.membersByCountryCaption")} data={byTerm("country", s.members.byCountry)} limit={12} />
          <BarChart title={t("dashboard.outcomesByKind")} data={Object.entries(s.outcomes.byKind).map(([key, value]) => ({ key, value, label: label("outcome", key) }))} />
        </section>
      </div>
    </section>
  );
}
