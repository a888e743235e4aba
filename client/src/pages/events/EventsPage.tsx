import { Link } from "../../app/router";
import { useAsync } from "../../app/useAsync";
import { useAuth } from "../../app/auth";
import { Empty, ErrorNotice, Loading, PageTitle } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { eventsApi } from "./api";
import { EventStatusPill } from "./parts";
import { zonedTime } from "./time";

export function EventsPage() {
  const { t, pick, lang } = useI18n();
  const { isStaff } = useAuth();
  const list = useAsync(() => eventsApi.list(), []);
  return (
    <section>
      <PageTitle actions={isStaff ? <Link className="btn btn-small" to="/staff/events">{t("events.staff.title")}</Link> : undefined}>{t("events.title")}</PageTitle>
      <p className="lead">{t("events.explain")}</p>
      {list.loading && <Loading />}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data && list.data.items.length === 0 && <Empty>{t("events.none")}</Empty>}
      <ul className="rows">
        {list.data?.items.map((e) => (
          <li key={e.id} className="row">
            <div className="row-main">
              <Link to={`/events/${e.id}`}>{pick(e.title)}</Link> <EventStatusPill status={e.status} />
              <p className="muted">
                {t(`events.kind.${e.kind}` as MessageKey)} · {zonedTime(e.startsAt, e.timeZone, lang)} ({e.timeZone}) · {e.venue ?? e.onlineUrl} · {t("events.registered", { count: e.registered })}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
