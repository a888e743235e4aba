import type { ReactNode } from "react";
import { offersApi, orgsApi, requestsApi } from "../../api/endpoints";
import type { OrgView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { ContactList } from "../../components/contacts";
import { Chips, Dl, ErrorNotice, Loading, PageTitle } from "../../components/ui";
import { OrgLogo } from "../../components/media";
import { PhotoGallery } from "./MediaPanel";
import { useI18n } from "../../i18n";
import { ExpressInterest } from "../introductions/ExpressInterest";
import { OrgStatusPill } from "./MyOrgsPage";
import { ContentText } from "../../components/ContentText";

const usd = (n: number | undefined, fmt: (n: number) => string) => (n === undefined ? "" : `US$ ${fmt(n)}`);

/** The facts only one kind has: a park's founding and services, an investor's tickets… */
function KindFacts({ org }: { org: OrgView }) {
  const { t, term, number, pick } = useI18n();
  const list = (vocab: Parameters<typeof term>[0], ids: readonly string[] | undefined) => (ids ?? []).map((id) => term(vocab, id)).join(", ");
  const inv = (org.investor ?? {}) as { investorType?: string; stages?: string[]; ticketMinUsd?: number; ticketMaxUsd?: number };
  const home = useApi(["orgs", "get", org.enterprise?.homeParkId ?? "none"], () => (org.enterprise?.homeParkId ? orgsApi.get(org.enterprise.homeParkId) : Promise.resolve(null)));
  const rows: [string, ReactNode][] = [];
  if (org.park) {
    rows.push(
      [t("park.founded"), org.park.founded],
      [t("park.management"), term("managementType", org.park.management)],
      [t("park.stage"), term("parkStage", org.park.stage)],
      [t("park.investedBy"), org.park.investedBy],
      [t("park.area"), org.park.areaKm2 !== undefined ? `${number(org.park.areaKm2)} km²` : ""],
      [t("park.residents"), org.park.residentCompanies !== undefined ? number(org.park.residentCompanies) : ""],
      [t("park.services"), list("parkService", org.park.services)],
    );
  }
  if (org.enterprise) {
    rows.push(
      [t("enterprise.size"), term("companySize", org.enterprise.size)],
      [t("enterprise.homePark"), home.data ? <Link to={`/orgs/${home.data.id}`}>{pick(home.data.name)}</Link> : ""],
      [t("enterprise.products"), org.enterprise.products.join(", ")],
      [t("enterprise.seeks"), list("enterpriseSeek", org.enterprise.seeks)],
    );
  }
  if (org.investor) {
    rows.push(
      [t("investor.type"), inv.investorType ? term("investorType", inv.investorType) : ""],
      [t("investor.stages"), list("investmentStage", inv.stages)],
      [t("investor.ticket"), `${usd(inv.ticketMinUsd, number)} – ${usd(inv.ticketMaxUsd, number)}`],
    );
  }
  if (org.institution) rows.push([t("institution.type"), term("institutionType", org.institution.institutionType)]);
  return <Dl rows={rows} />;
}

function Contacts({ org }: { org: OrgView }) {
  const { t } = useI18n();
  if (!org.contacts) return null;
  return (
    <section className="card contacts-card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t("org.contacts")}</h2>
      {org.myRole ? null : <p className="hint">{t("org.contactsVisible")}</p>}
      {org.contacts.length === 0 ? (
        <p className="muted">{t("org.noContacts")}</p>
      ) : (
        <ContactList contacts={org.contacts} />
      )}
    </section>
  );
}

function Listings({ org }: { org: OrgView }) {
  const { t, pick, term } = useI18n();
  const offers = useApi(["offers", "list", { orgId: org.id, pageSize: 20 }], () => offersApi.list({ orgId: org.id, pageSize: 20 }));
  const requests = useApi(["requests", "list", { orgId: org.id, state: "open,matched", pageSize: 20 }], () => requestsApi.list({ orgId: org.id, state: "open,matched", pageSize: 20 }));
  return (
    <div className="grid-2">
      <section aria-labelledby="org-offers">
        <h2 id="org-offers">{t("org.offers")}</h2>
        {offers.data?.items.length ? (
          <ul className="link-list">
            {offers.data.items.map((o) => (
              <li key={o.id}>
                <Link to={`/offers/${o.id}`}>{pick(o.title)}</Link> <span className="muted">TRL {o.trl}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{offers.loading ? t("common.loading") : t("offers.none")}</p>
        )}
      </section>
      <section aria-labelledby="org-requests">
        <h2 id="org-requests">{t("org.requests")}</h2>
        {requests.data?.items.length ? (
          <ul className="link-list">
            {requests.data.items.map((r) => (
              <li key={r.id}>
                <Link to={`/requests/${r.id}`}>{pick(r.title)}</Link> <span className="muted">{term("cooperationType", r.type)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{requests.loading ? t("common.loading") : t("requests.noneOpen")}</p>
        )}
      </section>
    </div>
  );
}

export function OrgPage({ params }: { params: Record<string, string> }) {
  const { t, pick, term, lang } = useI18n();
  const { user } = useAuth();
  const org = useApi(["orgs", "get", params.id, { viewer: user?.id }], () => orgsApi.get(params.id));
  if (org.error) return <ErrorNotice error={org.error} onRetry={org.reload} />;
  if (!org.data) return <Loading />;
  const o = org.data;
  const other = lang === "zh" ? o.name.en : o.name.local;
  return (
    <article className="profile">
      <PageTitle title={pick(o.name)} actions={o.myRole && <Link to={`/my/orgs/${o.id}`} className="btn">{t("myOrgs.manage")}</Link>}>
        <OrgLogo orgId={o.id} name={pick(o.name)} size={48} /> <span className={`kind-dot kind-${o.kind}`} aria-hidden="true" /> {pick(o.name)}
      </PageTitle>
      <p className="subtitle">
        {other && other !== pick(o.name) && <span className="alt-name">{other} · </span>}
        {term("orgKind", o.kind)} · {o.city}, {term("country", o.country)} · {term("region", o.region)}
        {o.status !== "approved" && <> <OrgStatusPill status={o.status} /></>}
      </p>
      <div className="profile-grid">
        <div>
          <ContentText className="description" text={o.description} />
          <h2 className="small-heading">{t("org.industries")}</h2>
          <Chips items={o.industries.map((id) => term("industry", id))} label={t("org.industries")} />
          {o.cooperationInterests.length > 0 && (
            <>
              <h2 className="small-heading">{t("org.cooperation")}</h2>
              <Chips items={o.cooperationInterests.map((id) => term("cooperationType", id))} label={t("org.cooperation")} />
            </>
          )}
          <KindFacts org={o} />
          <Dl
            rows={[
              [t("org.interestRegions"), o.interestRegions.map((id) => term("region", id)).join(", ")],
              [t("org.languages"), o.languages.map((id) => term("language", id)).join(", ")],
              [t("org.website"), o.website ? <a href={o.website} rel="noopener noreferrer" target="_blank">{o.website}</a> : ""],
            ]}
          />
          <PhotoGallery org={o} />
        </div>
        <aside>
          {!o.myRole && o.status === "approved" && (
            <div className="card">
              <h2 className="small-heading">{t("interest.title")}</h2>
              <ExpressInterest target={{ entity: "org", id: o.id }} targetOrgId={o.id} targetName={pick(o.name)} />
            </div>
          )}
          <Contacts org={o} />
        </aside>
      </div>
      <Listings org={o} />
    </article>
  );
}
