import { useState } from "react";
import { offersApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { OfferView, OrgView } from "../../api/types";
import { Link } from "../../app/router";
import { toApiError, useApi } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, Pill, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";

/** The organization's technology offers: post, edit, withdraw (and put back). */
export function OffersPanel({ org }: { org: OrgView }) {
  const { t, pick, date } = useI18n();
  const offers = useApi(["offers", "list", { orgId: org.id, includeExpired: "true", pageSize: 100 }], () => offersApi.list({ orgId: org.id, includeExpired: "true", pageSize: 100 }));
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState("");

  const setStatus = async (offer: OfferView, status: "active" | "withdrawn") => {
    setError(null);
    setDone("");
    try {
      const updated = await offersApi.update(offer.id, { status });
      offers.setData((page) => ({ ...page!, items: page!.items.map((o) => (o.id === updated.id ? updated : o)) }));
      setDone(t(status === "withdrawn" ? "offers.withdrawn" : "offers.reactivated", { title: pick(updated.title) }));
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <div>
      <div className="section-head">
        <h2>{t("manage.offers")}</h2>
        {org.status === "approved" && (
          <Link to={`/offers/new?orgId=${org.id}`} className="btn btn-primary btn-small">
            {t("offers.new")}
          </Link>
        )}
      </div>
      {org.status !== "approved" && <p className="hint">{t("offers.needsApproval")}</p>}
      {done && <StatusMessage>{done}</StatusMessage>}
      {error && <ErrorNotice error={error} />}
      {offers.error && <ErrorNotice error={offers.error} onRetry={offers.reload} />}
      {offers.loading && !offers.data && <Loading />}
      {offers.data && offers.data.items.length === 0 && <Empty>{t("offers.none")}</Empty>}
      {offers.data && offers.data.items.length > 0 && (
        <ul className="rows">
          {offers.data.items.map((offer) => (
            <li key={offer.id} className="row">
              <div className="row-main">
                <Link to={`/offers/${offer.id}`}>{pick(offer.title)}</Link>
                <p className="muted">
                  TRL {offer.trl} · {t("offers.expires", { date: date(offer.expiresAt) })}
                </p>
              </div>
              <div className="row-side">
                {offer.status === "withdrawn" ? (
                  <Pill tone="muted">{t("offers.statusWithdrawn")}</Pill>
                ) : offer.expired ? (
                  <Pill tone="warn">{t("offers.statusExpired")}</Pill>
                ) : (
                  <Pill tone="ok">{t("offers.statusActive")}</Pill>
                )}
                <Link to={`/offers/${offer.id}/edit`} className="btn btn-small">
                  {t("common.edit")}
                </Link>
                {offer.status === "active" ? (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => void setStatus(offer, "withdrawn")}>
                    {t("offers.withdraw")}
                  </button>
                ) : (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => void setStatus(offer, "active")}>
                    {t("offers.reactivate")}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
