import { requestsApi } from "../../api/endpoints";
import type { RequestView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { useAsync } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle, Pill, useEnumLabel, type Tone } from "../../components/ui";
import { useI18n } from "../../i18n";

const TONE: Record<RequestView["state"], Tone> = { draft: "muted", open: "ok", matched: "info", closed: "muted", expired: "warn" };

export function RequestStatePill({ state }: { state: RequestView["state"] }) {
  const label = useEnumLabel();
  return <Pill tone={TONE[state]}>{label("reqState", state)}</Pill>;
}

/** My organizations' cooperation requests, in every state. */
export function RequestsPage() {
  const { t, pick, term, date } = useI18n();
  const { orgs } = useAuth();
  const requests = useAsync(() => requestsApi.list({ mine: "true", pageSize: 100 }), []);
  const canPost = orgs.some((o) => o.status === "approved");
  return (
    <section>
      <PageTitle
        actions={
          canPost && (
            <Link to="/requests/new" className="btn btn-primary">
              {t("requests.new")}
            </Link>
          )
        }
      >
        {t("requests.mine")}
      </PageTitle>
      {!canPost && <p className="hint">{t("requests.needsApproval")}</p>}
      {requests.error && <ErrorNotice error={requests.error} onRetry={requests.reload} />}
      {requests.loading && !requests.data && <Loading />}
      {requests.data && requests.data.items.length === 0 && <Empty>{t("requests.none")}</Empty>}
      {requests.data && requests.data.items.length > 0 && (
        <ul className="rows">
          {requests.data.items.map((r) => (
            <li key={r.id} className="row">
              <div className="row-main">
                <Link to={`/requests/${r.id}`}>{pick(r.title)}</Link>
                <p className="muted">
                  {term("cooperationType", r.type)} · {pick(r.orgName)} · {t("requests.expires", { date: date(r.expiresAt) })}
                </p>
              </div>
              <div className="row-side">
                <RequestStatePill state={r.state} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
