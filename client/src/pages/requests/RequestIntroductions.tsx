import { introductionsApi } from "../../api/endpoints";
import type { RequestView } from "../../api/types";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { ErrorNotice } from "../../components/ui";
import { useI18n } from "../../i18n";
import { IntroStatusPill, usePairName } from "../introductions/parts";

/** The introductions that answer a request, with their state: interest expressed from its match list stays in view. */
export function RequestIntroductions({ request, version }: { request: RequestView; version: number }) {
  const { t, date } = useI18n();
  const pairName = usePairName();
  const list = useApi(["introductions", "list", { requestId: request.id }, version], () => introductionsApi.list({ requestId: request.id, orgId: request.orgId, pageSize: 50 }));
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="request-intros">
      <h2 id="request-intros">{t("requests.introductions", { count: items.length })}</h2>
      <ul className="rows">
        {items.map((i) => (
          <li key={i.id} className="row">
            <div className="row-main">
              <Link to={`/introductions/${i.id}`}>{pairName(i)}</Link>
              <p className="muted">{date(i.createdAt)}</p>
            </div>
            <div className="row-side">
              <IntroStatusPill status={i.status} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
