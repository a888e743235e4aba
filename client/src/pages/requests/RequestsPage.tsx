import { requestsApi } from "../../api/endpoints";
import type { RequestView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle, Pill, useEnumLabel, type Tone } from "../../components/ui";
import { useI18n } from "../../i18n";
import { RequestRow } from "./RequestRow";

const TONE: Record<RequestView["state"], Tone> = { draft: "muted", open: "ok", matched: "info", closed: "muted", expired: "warn" };

export function RequestStatePill({ state }: { state: RequestView["state"] }) {
  const label = useEnumLabel();
  return <Pill tone={TONE[state]}>{label("reqState", state)}</Pill>;
}

/** One of my organizations' requests in a list: type, (the organization,) expiry and its state. */
export function MyRequestRow({ request: r, showOrg = false }: { request: RequestView; showOrg?: boolean }) {
  const { t, pick, term, date } = useI18n();
  return (
    <RequestRow
      id={r.id}
      title={pick(r.title)}
      meta={
        <>
          {term("cooperationType", r.type)} · {showOrg && <>{pick(r.orgName)} · </>}
          {t("requests.expires", { date: date(r.expiresAt) })}
        </>
      }
      side={<RequestStatePill state={r.state} />}
    />
  );
}

/** My organizations' cooperation requests, in every state. */
export function RequestsPage() {
  const { t } = useI18n();
  const { orgs } = useAuth();
  const requests = useApi(["requests", "list", { mine: "true", pageSize: 100 }], () => requestsApi.list({ mine: "true", pageSize: 100 }));
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
            <MyRequestRow key={r.id} request={r} showOrg />
          ))}
        </ul>
      )}
    </section>
  );
}
