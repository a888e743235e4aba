import { useEffect, useState } from "react";
import { requestsApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { IntroductionView, MatchItem, RequestView } from "../../api/types";
import { Link } from "../../app/router";
import { toApiError } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";
import { ExpressInterest } from "../introductions/ExpressInterest";
import { ScoreBar } from "./ScoreBar";
import { OrgLogo } from "../../components/media";

const PATH: Record<MatchItem["entity"], string> = { org: "/orgs", offer: "/offers", request: "/requests" };
const PAGE_SIZE = 10;

/** How much each factor brought to the score: its fit (bar) and its points. */
function FactorTable({ factors }: { factors: MatchItem["factors"] }) {
  const { t, number } = useI18n();
  const label = useEnumLabel();
  const sorted = [...factors].sort((a, b) => b.contribution - a.contribution);
  return (
    <table className="factors">
      <tbody>
        {sorted.map((f) => (
          <tr key={f.name}>
            <th scope="row">{label("factor", f.name)}</th>
            <td className="factor-bar" aria-hidden="true">
              <span className="score-track">
                <span className="score-fill" style={{ width: `${Math.round(Math.max(0, Math.min(1, f.value)) * 100)}%` }} />
              </span>
            </td>
            <td className="factor-points">{t("matches.points", { points: number(Math.round(f.contribution * 10) / 10) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Match({ item, request, canAct, onSent }: { item: MatchItem; request: RequestView; canAct: boolean; onSent?(intro: IntroductionView, name: string): void }) {
  const { t, pick, term, lang } = useI18n();
  const label = useEnumLabel();
  const c = item.candidate;
  const name = pick(c.name);
  const headingId = `match-${c.entity}-${c.id}`;
  return (
    <article className="card match" aria-labelledby={headingId}>
      <div className="match-head">
        <div>
          <h3 id={headingId} className="match-name">
            <OrgLogo orgId={c.orgId} name={c.entity === "org" ? name : pick(c.orgName)} size={32} /> <span className={`kind-dot kind-${c.kind}`} aria-hidden="true" /> <Link to={`${PATH[c.entity]}/${c.id}`}>{name}</Link>
          </h3>
          <p className="muted small">
            {label("kind", c.entity === "org" ? c.kind : c.entity)}
            {c.entity !== "org" && (
              <>
                {" · "}
                <Link to={`/orgs/${c.orgId}`}>{pick(c.orgName)}</Link>
              </>
            )}
            {" · "}
            {term("country", c.country)} · {term("region", c.region)}
          </p>
        </div>
        <div className="match-score">
          <span className="match-score-label" aria-hidden="true">
            {t("matches.score")}
          </span>
          <ScoreBar score={item.score} />
        </div>
      </div>
      {item.reasons.length > 0 && (
        <ul className="reasons" aria-label={t("matches.why")}>
          {item.reasons.map((r, i) => (
            <li key={`${r.factor}-${i}`}>{lang === "zh" ? r.zh : r.en}</li>
          ))}
        </ul>
      )}
      <details className="more">
        <summary>{t("matches.factors")}</summary>
        <FactorTable factors={item.factors} />
      </details>
      {canAct && (
        <div className="match-actions">
          <ExpressInterest target={{ entity: c.entity, id: c.id }} targetOrgId={c.orgId} requestId={request.id} fromOrgId={request.orgId} targetName={name} compact onSent={(intro) => onSent?.(intro, name)} />
        </div>
      )}
    </article>
  );
}

/** The matcher's ranked, explained suggestions for a request (its organization and staff see them). */
export function MatchList({ request, canAct, onSent }: { request: RequestView; canAct: boolean; onSent?(intro: IntroductionView, name: string): void }) {
  const { t } = useI18n();
  const [items, setItems] = useState<MatchItem[]>([]);
  const [page, setPage] = useState(1);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    let alive = true;
    setLoading(true);
    setError(null);
    requestsApi.matches(request.id, page).then(
      (res) => {
        if (!alive) return;
        setItems((prev) => (page === 1 ? res.items : [...prev, ...res.items.filter((i) => !prev.some((p) => p.candidateId === i.candidateId))]));
        // The matcher ranks as many as asked for: a full page means there may be more.
        setMore(res.items.length === PAGE_SIZE);
        setLoading(false);
      },
      (err: unknown) => {
        if (!alive) return;
        setError(toApiError(err));
        setLoading(false);
      },
    );
    return () => {
      alive = false;
    };
  }, [request.id, page, nonce]);

  return (
    <section className="matches" aria-labelledby="matches-title">
      <h2 id="matches-title">{t("matches.title")}</h2>
      <p className="muted">
        {request.state === "draft" ? t("matches.draft") : request.state === "closed" || request.state === "expired" ? t("matches.closed") : t("matches.intro")}
      </p>
      {error && <ErrorNotice error={error} onRetry={() => setNonce((n) => n + 1)} />}
      {!error && !loading && items.length === 0 && <Empty>{t("matches.none")}</Empty>}
      {items.length > 0 && (
        <ol className="match-list">
          {items.map((item) => (
            <li key={item.candidateId}>
              <Match item={item} request={request} canAct={canAct} onSent={onSent} />
            </li>
          ))}
        </ol>
      )}
      {loading && <Loading />}
      {!loading && !error && more && (
        <button type="button" className="btn" onClick={() => setPage((p) => p + 1)}>
          {t("common.showMore")}
        </button>
      )}
    </section>
  );
}
