import { orgsApi, requestsApi } from "../../api/endpoints";
import type { OrgView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { ErrorNotice, Loading } from "../../components/ui";
import { useI18n } from "../../i18n";
import { RequestRow } from "../requests/RequestRow";
import { MyRequestRow } from "../requests/RequestsPage";
import { ScoreBar } from "../requests/ScoreBar";

function MyOpenRequests() {
  const { t } = useI18n();
  const mine = useApi(["requests", "list", { mine: "true", state: "open,matched", pageSize: 5 }], () => requestsApi.list({ mine: "true", state: "open,matched", pageSize: 5 }));
  return (
    <section className="card" aria-labelledby="home-mine">
      <div className="section-head">
        <h2 id="home-mine">{t("home.myOpen")}</h2>
        <Link to="/requests">{t("requests.mine")}</Link>
      </div>
      {mine.error && <ErrorNotice error={mine.error} onRetry={mine.reload} />}
      {mine.loading && !mine.data && <Loading />}
      {mine.data && mine.data.items.length === 0 && <p className="muted">{t("home.myOpenNone")}</p>}
      {mine.data && mine.data.items.length > 0 && (
        <ul className="rows">
          {mine.data.items.map((r) => (
            <MyRequestRow key={r.id} request={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Open requests of others that this organization fits (the matcher, seen from the other side). */
function OrgSuggestions({ org, titled }: { org: OrgView; titled: boolean }) {
  const { t, pick, term, lang } = useI18n();
  const suggestions = useApi(["orgs", "suggestions", org.id], () => orgsApi.suggestions(org.id));
  const headingId = `home-sugg-${org.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{titled ? t("home.suggestionsFor", { org: pick(org.name) }) : t("home.suggestions")}</h2>
      {suggestions.error && <ErrorNotice error={suggestions.error} onRetry={suggestions.reload} />}
      {suggestions.loading && !suggestions.data && <Loading />}
      {suggestions.data && suggestions.data.items.length === 0 && <p className="muted">{t("home.suggestionsNone")}</p>}
      {suggestions.data && suggestions.data.items.length > 0 && (
        <ul className="rows">
          {suggestions.data.items.slice(0, 5).map((s) => (
            <RequestRow
              key={s.request.id}
              id={s.request.id}
              title={pick(s.request.title)}
              meta={<>{term("cooperationType", s.request.type)} · {pick(s.request.orgName)} · {term("country", s.request.country)}</>}
              side={<ScoreBar score={s.score} small />}
            >
              {s.reasons[0] && <p className="small">{lang === "zh" ? s.reasons[0].zh : s.reasons[0].en}</p>}
            </RequestRow>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What a signed-in member sees first: their open requests and requests their organizations fit. */
export function HomeMember() {
  const { orgs } = useAuth();
  const approved = orgs.filter((o) => o.status === "approved").slice(0, 3);
  if (approved.length === 0) return null;
  return (
    <div className="grid-2 home-member">
      <MyOpenRequests />
      {approved.map((o) => (
        <OrgSuggestions key={o.id} org={o} titled={approved.length > 1} />
      ))}
    </div>
  );
}
