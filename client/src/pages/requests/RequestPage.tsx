import { useState, type ReactNode } from "react";
import { requestsApi } from "../../api/endpoints";
import type { RequestView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { Chips, Dl, ErrorNotice, Loading, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { ExpressInterest } from "../introductions/ExpressInterest";
import { Brochures } from "../../components/Brochures";
import { MatchList } from "./MatchList";
import { RequestActions } from "./RequestActions";
import { RequestForm } from "./RequestForm";
import { RequestIntroductions } from "./RequestIntroductions";
import { RequestStatePill } from "./RequestsPage";
import { ContentText } from "../../components/ContentText";

const DAY = 86_400_000;
const EXPIRING_DAYS = 14;

/** A range "a – b", "≥ a" or "≤ b" of optional bounds. */
function range(min: number | undefined, max: number | undefined, fmt: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return `${fmt(min)} – ${fmt(max)}`;
  if (min !== undefined) return `≥ ${fmt(min)}`;
  if (max !== undefined) return `≤ ${fmt(max)}`;
  return "";
}

function StateNote({ r }: { r: RequestView }) {
  const { t, date } = useI18n();
  const left = new Date(r.expiresAt).getTime() - Date.now();
  let text = "";
  if (r.state === "draft") text = t("requests.draftNote");
  else if (r.state === "expired") text = t("requests.expiredNote", { date: date(r.expiresAt) });
  else if (r.state === "closed") text = t("requests.closedNote");
  else if (left < EXPIRING_DAYS * DAY) text = t("requests.expiringSoon", { date: date(r.expiresAt) });
  return text ? <p className={r.state === "expired" || r.state === "open" || r.state === "matched" ? "alert alert-warn" : "alert alert-info"}>{text}</p> : null;
}

function RequestFacts({ r }: { r: RequestView }) {
  const { t, term, date, number } = useI18n();
  const usd = (n: number) => `US$ ${number(n)}`;
  const partner = (k: string) => (k === "offer" ? t("offers.kind") : term("orgKind", k));
  const rows: [string, ReactNode][] = [
    [t("requests.partnerKinds"), r.partnerKinds.map(partner).join(", ")],
    [t("requests.targetRegions"), r.targetRegions.map((id) => term("region", id)).join(", ")],
    [t("requests.targetCountries"), r.targetCountries.map((id) => term("country", id)).join(", ")],
    [t("requests.trlRange"), range(r.trlMin, r.trlMax, (n) => `TRL ${n}`)],
    [t("requests.ticketRange"), range(r.ticketMinUsd, r.ticketMaxUsd, usd)],
    r.state === "closed" || r.state === "expired"
      ? [t("requests.state"), t(r.state === "closed" ? "requests.closedNote" : "requests.expiredShort")]
      : [t("requests.expiresAt"), <time dateTime={r.expiresAt}>{date(r.expiresAt)}</time>],
    [t("requests.opened"), r.openedAt ? <time dateTime={r.openedAt}>{date(r.openedAt)}</time> : ""],
  ];
  return <Dl rows={rows} />;
}

/** A cooperation request: its content for everyone; edit, life-cycle moves and suggested partners for its organization. */
export function RequestPage({ params }: { params: Record<string, string> }) {
  const { t, pick, term, lang } = useI18n();
  const { user, orgs, isStaff } = useAuth();
  const request = useApi(["requests", "get", params.id, { viewer: user?.id }], () => requestsApi.get(params.id));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [introVersion, setIntroVersion] = useState(0);
  // Interest sent from the match list stays in view, whatever the list does after.
  const [sent, setSent] = useState<{ id: string; name: string } | null>(null);
  if (request.error) return <ErrorNotice error={request.error} onRetry={request.reload} />;
  if (!request.data) return <Loading />;
  const r = request.data;
  const owner = orgs.some((o) => o.id === r.orgId);
  const orgName = r.orgName ? pick(r.orgName) : "";
  const textLang = (text: { local?: string }) => (lang === "zh" && text.local ? "zh" : "en");
  const changed = (updated: RequestView) => {
    request.setData(updated);
    setSaved(false);
  };

  return (
    <article className="profile request-page">
      <PageTitle
        title={pick(r.title)}
        actions={
          owner &&
          r.state !== "closed" &&
          !editing && (
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              {t("common.edit")}
            </button>
          )
        }
      >
        <span lang={textLang(r.title)}>{pick(r.title)}</span>
      </PageTitle>
      <p className="subtitle">
        {t("requests.kind")} · {term("cooperationType", r.type)}
        {orgName && (
          <>
            {" · "}
            <Link to={`/orgs/${r.orgId}`}>{orgName}</Link>
          </>
        )}
        {r.orgCountry && <> · {term("country", r.orgCountry)}</>} <RequestStatePill state={r.state} />
      </p>
      {owner && <StateNote r={r} />}
      {saved && <StatusMessage>{t("common.saved")}</StatusMessage>}

      {editing ? (
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title">{t("requests.edit")}</h2>
          <RequestForm
            orgId={r.orgId}
            request={r}
            onSaved={(updated) => {
              request.setData(updated);
              setEditing(false);
              setSaved(true);
            }}
          />
          <button type="button" className="btn btn-ghost" onClick={() => setEditing(false)}>
            {t("common.cancel")}
          </button>
        </section>
      ) : (
        <div className="profile-grid">
          <div>
            <ContentText className="description" text={r.description} />
            <h2 className="small-heading">{t("org.industries")}</h2>
            <Chips items={r.industries.map((id) => term("industry", id))} label={t("org.industries")} />
            <h2 className="small-heading">{t("requests.details")}</h2>
            <RequestFacts r={r} />
          </div>
          <aside>
            {owner && <RequestActions request={r} onChanged={changed} />}
            {!owner && (r.state === "open" || r.state === "matched") && (
              <div className="card">
                <h2 className="small-heading">{t("requests.answer")}</h2>
                <ExpressInterest target={{ entity: "request", id: r.id }} targetOrgId={r.orgId} targetName={orgName || pick(r.title)} />
              </div>
            )}
            <Brochures kind="requests" id={r.id} editable={owner} />
          </aside>
        </div>
      )}

      {sent && (
        <StatusMessage>
          {t("interest.sent", { name: sent.name })} <Link to={`/introductions/${sent.id}`}>{t("interest.view")}</Link>
        </StatusMessage>
      )}
      {(owner || isStaff) && <RequestIntroductions request={r} version={introVersion} />}
      {(owner || isStaff) && (
        <MatchList
          key={`${r.id}:${r.state}`}
          request={r}
          canAct={owner && (r.state === "open" || r.state === "matched")}
          onSent={(intro, name) => {
            setSent({ id: intro.id, name });
            setIntroVersion((v) => v + 1);
          }}
        />
      )}
    </article>
  );
}
