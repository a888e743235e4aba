import { useEffect } from "react";
import type { OrgView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { AvatarCard } from "../../components/AvatarCard";
import { Link } from "../../app/router";
import { Empty, PageTitle, Pill, useEnumLabel, type Tone } from "../../components/ui";
import { useI18n } from "../../i18n";

const TONE: Record<OrgView["status"], Tone> = { pending: "warn", approved: "ok", rejected: "bad" };

export function OrgStatusPill({ status }: { status: OrgView["status"] }) {
  const label = useEnumLabel();
  return <Pill tone={TONE[status]}>{label("orgStatus", status)}</Pill>;
}

/** Where the application stands: the status, what it means, and the decisions so far (with reasons). */
export function VettingState({ org }: { org: OrgView }) {
  const { t, dateTime } = useI18n();
  const label = useEnumLabel();
  return (
    <section className={`vetting vetting-${org.status}`} aria-labelledby="vetting-title">
      <h2 id="vetting-title">
        {t("vetting.state")} <OrgStatusPill status={org.status} />
      </h2>
      <p>{t(`vetting.explain.${org.status}`)}</p>
      {org.vetting && org.vetting.length > 0 && (
        <ol className="timeline">
          {org.vetting.map((v, i) => (
            <li key={i}>
              <strong>{label("orgStatus", v.decision)}</strong> · <time dateTime={v.at}>{dateTime(v.at)}</time>
              {v.reason && <p className="reason">{v.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function MyOrgsPage() {
  const { t, pick, term } = useI18n();
  const { orgs, reloadOrgs } = useAuth();
  useEffect(() => {
    void reloadOrgs();
  }, [reloadOrgs]);
  return (
    <section>
      <PageTitle
        actions={
          <>
            <Link to="/invitations" className="btn">
              {t("invitations.title")}
            </Link>{" "}
            <Link to="/orgs/new" className="btn btn-primary">
              {t("apply.title")}
            </Link>
          </>
        }
      >
        {t("myOrgs.title")}
      </PageTitle>
      <AvatarCard />
      {orgs.length === 0 ? (
        <Empty>{t("myOrgs.none")}</Empty>
      ) : (
        <ul className="cards">
          {orgs.map((org) => (
            <li key={org.id} className="card org-card">
              <div className="card-head">
                <span className={`kind-dot kind-${org.kind}`} aria-hidden="true" />
                <h2>
                  <Link to={`/my/orgs/${org.id}`}>{pick(org.name)}</Link>
                </h2>
                <OrgStatusPill status={org.status} />
              </div>
              <p className="muted">
                {term("orgKind", org.kind)} · {org.city}, {term("country", org.country)}
              </p>
              <p className="card-links">
                <Link to={`/my/orgs/${org.id}`}>{t("myOrgs.manage")}</Link>
                <Link to={`/orgs/${org.id}`}>{t("myOrgs.publicProfile")}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
