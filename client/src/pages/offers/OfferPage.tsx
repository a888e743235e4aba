import { offersApi } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { Chips, Dl, ErrorNotice, Loading, PageTitle, Pill } from "../../components/ui";
import { useI18n } from "../../i18n";
import { ExpressInterest } from "../introductions/ExpressInterest";
import { Brochures } from "../../components/Brochures";
import { ContentText } from "../../components/ContentText";

/** TRL 1–9 as a row of steps, the reached ones filled. */
export function TrlMeter({ trl }: { trl: number }) {
  const { t } = useI18n();
  return (
    <div className="trl" role="img" aria-label={t("offers.trlOf", { trl })}>
      {Array.from({ length: 9 }, (_, i) => (
        <span key={i} className={i < trl ? "trl-step on" : "trl-step"} />
      ))}
      <span className="trl-label">TRL {trl}</span>
    </div>
  );
}

export function OfferPage({ params }: { params: Record<string, string> }) {
  const { t, pick, term, date } = useI18n();
  const { orgs } = useAuth();
  const offer = useApi(["offers", "get", params.id], () => offersApi.get(params.id));
  if (offer.error) return <ErrorNotice error={offer.error} onRetry={offer.reload} />;
  if (!offer.data) return <Loading />;
  const o = offer.data;
  const mine = orgs.some((org) => org.id === o.orgId);
  return (
    <article className="profile">
      <PageTitle actions={mine && <Link to={`/offers/${o.id}/edit`} className="btn">{t("common.edit")}</Link>}>{pick(o.title)}</PageTitle>
      <p className="subtitle">
        {t("offers.kind")} · <Link to={`/orgs/${o.orgId}`}>{pick(o.orgName)}</Link>
        {o.status === "withdrawn" && <> <Pill tone="muted">{t("offers.statusWithdrawn")}</Pill></>}
        {o.expired && <> <Pill tone="warn">{t("offers.statusExpired")}</Pill></>}
      </p>
      <div className="profile-grid">
        <div>
          <ContentText className="description" text={o.summary} />
          <TrlMeter trl={o.trl} />
          <Chips items={o.industries.map((id) => term("industry", id))} label={t("org.industries")} />
          <Dl
            rows={[
              [t("offers.ipStatus"), term("ipStatus", o.ipStatus)],
              [t("offers.transferModes"), o.transferModes.map((id) => term("transferMode", id)).join(", ")],
              [t("offers.targetRegions"), o.targetRegions.map((id) => term("region", id)).join(", ")],
              [t("offers.expiresAt"), date(o.expiresAt)],
            ]}
          />
        </div>
        <aside>
          {!mine && o.status === "active" && !o.expired && (
            <div className="card">
              <h2 className="small-heading">{t("interest.title")}</h2>
              <ExpressInterest target={{ entity: "offer", id: o.id }} targetOrgId={o.orgId} targetName={pick(o.title)} />
            </div>
          )}
          <Brochures kind="offers" id={o.id} editable={mine} />
        </aside>
      </div>
    </article>
  );
}
