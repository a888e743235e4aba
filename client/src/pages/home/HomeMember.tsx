import { orgsApi, requestsApi } from "../../api/endpoints";
import type { OrgView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { useAsync } from "../../app/useAsync";
import { ErrorNotice, Loading } from "../../components/ui";
import { useI18n } from "../../i18n";
import { RequestStatePill } from "../requests/RequestsPage";
import { ScoreBar } from "../requests/ScoreBar";

function MyOpenRequests() {
  const { t, pick, term, date } = useI18n();
  const mine = useAsync(() => requestsApi.list({ mine: "true", state: "open,matched", pageSize: 5 }), []);
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
            <li key={r.id} className="row">
              <div className="row-main">
                <Link to={`/requests/${r.id}`}>{pick(r.title)}</Link>
                <p className="muted">
                  {term("cooperationType", r.type)} · {t("requests.expires", { date: date(r.expiresAt) })}
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

/** Open requests of others that this organization fits (the matcher, seen from the other side). */
function OrgSuggestions({ org, titled }: { org: OrgView; titled: boolean }) {
  const { t, pick, term, lang } = useI18n();
  const suggestions = useAsync(() => orgsApi.suggestions(org.id), [org.id]);
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
            <li key={s.request.id} className="row">
              <div className="row-main">
                <Link to={`/requests/${s.request.id}`}>{pick(s.request.title)}</Link>
                <p className="muted">
                  {term("cooperationType", s.request.type)} · {pick(s.request.orgName)} · {term("country", s.request.country)}
                </p>
                {s.reasons[0] && <p className="small">{lang === "zh" ? s.reasons[0].zh : s.reasons[0].en}</p>}
              </div>
              <div className="row-side">
                <ScoreBar score={s.score} small />
              </div>
            </li>
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
