import { useState, type FormEvent } from "react";
import { COOPERATION_TYPES } from "@parklink/shared";
import { offersApi, orgsApi, requestsApi } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { Link, navigate, withQuery } from "../../app/router";
import { useApi, useAsync } from "../../app/useAsync";
import { PageTitle } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { HomeMember } from "./HomeMember";

const STAT_KINDS = ["park", "enterprise", "investor", "institution", "offer", "request"] as const;
type StatKind = (typeof STAT_KINDS)[number];

/** Totals of the public directory; a count that fails to load is left out. */
async function loadStats(): Promise<Partial<Record<StatKind, number>>> {
  const one = { pageSize: 1 };
  const calls: Record<StatKind, Promise<{ total: number }>> = {
    park: orgsApi.list({ ...one, kind: "park" }),
    enterprise: orgsApi.list({ ...one, kind: "enterprise" }),
    investor: orgsApi.list({ ...one, kind: "investor" }),
    institution: orgsApi.list({ ...one, kind: "institution" }),
    offer: offersApi.list(one),
    request: requestsApi.list(one),
  };
  const settled = await Promise.allSettled(STAT_KINDS.map((k) => calls[k]));
  const out: Partial<Record<StatKind, number>> = {};
  settled.forEach((r, i) => {
    if (r.status === "fulfilled") out[STAT_KINDS[i]] = r.value.total;
  });
  return out;
}

function HeroSearch() {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(withQuery("/search", { q: q.trim() }));
  };
  return (
    <form role="search" className="hero-search" onSubmit={submit} aria-label={t("home.searchLabel")}>
      <label htmlFor="home-q" className="sr-only">
        {t("search.label")}
      </label>
      <input id="home-q" type="search" value={q} placeholder={t("search.placeholder")} onChange={(e) => setQ(e.target.value)} />
      <button type="submit" className="btn btn-primary">
        {t("search.submit")}
      </button>
    </form>
  );
}

function CallsToAction() {
  const { t } = useI18n();
  const { user, orgs } = useAuth();
  if (!user) {
    return (
      <div className="cta">
        <Link to="/register" className="btn btn-primary">
          {t("home.ctaRegister")}
        </Link>
        <Link to="/login" className="btn">
          {t("auth.login")}
        </Link>
      </div>
    );
  }
  const approved = orgs.some((o) => o.status === "approved");
  const pending = orgs.some((o) => o.status === "pending");
  return (
    <div className="cta">
      {approved && (
        <Link to="/requests/new" className="btn btn-primary">
          {t("home.ctaPost")}
        </Link>
      )}
      {!approved && pending && (
        <p className="hint">
          {t("home.ctaPending")} <Link to="/my/orgs">{t("nav.myOrgs")}</Link>
        </p>
      )}
      {!approved && !pending && (
        <Link to="/orgs/new" className="btn btn-primary">
          {t("home.ctaApply")}
        </Link>
      )}
    </div>
  );
}

function Stats() {
  const { t, number } = useI18n();
  const stats = useAsync(loadStats, []);
  const shown = STAT_KINDS.filter((k) => stats.data?.[k] !== undefined);
  if (!stats.data || shown.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="home-stats">
      <h2 id="home-stats" className="sr-only">
        {t("home.stats")}
      </h2>
      <ul className="stats">
        {shown.map((k) => (
          <li key={k}>
            <Link to={withQuery("/search", { kind: k })} className="stat">
              <span className="stat-value">{number(stats.data?.[k] ?? 0)}</span>
              <span className="stat-label">{t(`home.stat.${k}` as MessageKey)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function HowItWorks() {
  const { t } = useI18n();
  const steps: MessageKey[] = ["home.step1", "home.step2", "home.step3", "home.step4"];
  return (
    <section className="home-section" aria-labelledby="home-how">
      <h2 id="home-how">{t("home.how")}</h2>
      <ol className="steps">
        {steps.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    </section>
  );
}

function WaysToCooperate() {
  const { t, term } = useI18n();
  return (
    <section className="home-section" aria-labelledby="home-ways">
      <h2 id="home-ways">{t("home.ways")}</h2>
      <ul className="chips chips-links">
        {COOPERATION_TYPES.map((c) => (
          <li key={c.id}>
            <Link to={withQuery("/search", { cooperation: c.id })}>{term("cooperationType", c.id)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LatestRequests() {
  const { t, pick, term, date } = useI18n();
  const latest = useApi(["requests", "list", { pageSize: 6 }], () => requestsApi.list({ pageSize: 6 }));
  if (latest.error || !latest.data?.items.length) return null;
  return (
    <section className="home-section" aria-labelledby="home-latest">
      <div className="section-head">
        <h2 id="home-latest">{t("home.latest")}</h2>
        <Link to={withQuery("/search", { kind: "request" })}>{t("home.allSearch")}</Link>
      </div>
      <ul className="cards">
        {latest.data.items.map((r) => (
          <li key={r.id} className="card request-card">
            <p className="eyebrow">{term("cooperationType", r.type)}</p>
            <h3>
              <Link to={`/requests/${r.id}`}>{pick(r.title)}</Link>
            </h3>
            <p className="muted">
              {r.orgName ? pick(r.orgName) : ""}
              {r.orgCountry ? ` · ${term("country", r.orgCountry)}` : ""}
            </p>
            <p className="muted small">{t("requests.expires", { date: date(r.expiresAt) })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The landing page: what Parklink is, a search box, the community in numbers, and for members their own work. */
export function HomePage() {
  const { t } = useI18n();
  const { user } = useAuth();
  return (
    <div className="home">
      <section className="hero">
        <PageTitle title={t("home.title")}>{user ? t("home.welcome", { name: user.name }) : t("home.title")}</PageTitle>
        <p className="lead">{t("home.lead")}</p>
        <HeroSearch />
        <CallsToAction />
      </section>
      {user && <HomeMember />}
      <Stats />
      <HowItWorks />
      <WaysToCooperate />
      <LatestRequests />
    </div>
  );
}
