import { useState } from "react";
import { orgsApi } from "../../api/endpoints";
import type { OrgView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link, navigate, useLocation, withQuery } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { useForm } from "../../components/form";
import { ErrorNotice, Loading, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { MembersPanel } from "./MembersPanel";
import { OffersPanel } from "./OffersPanel";
import { MediaPanel } from "./MediaPanel";
import { VettingState } from "./MyOrgsPage";
import { OrgForm } from "./OrgForm";
import { draftFromOrg, updateBody } from "./orgDraft";

const TABS = ["profile", "members", "offers"] as const;
type Tab = (typeof TABS)[number];

function ProfileTab({ org, onSaved }: { org: OrgView; onSaved(org: OrgView): void }) {
  const { t } = useI18n();
  const { reloadOrgs } = useAuth();
  const [draft, setDraft] = useState(() => draftFromOrg(org));
  const [saved, setSaved] = useState(false);
  const form = useForm(
    () => {
      setSaved(false);
      return orgsApi.update(org.id, updateBody(draft));
    },
    (updated) => {
      setSaved(true);
      onSaved(updated);
      void reloadOrgs();
    },
  );
  return (
    <>
      {saved && <StatusMessage>{t("common.saved")}</StatusMessage>}
      <MediaPanel org={org} />
      <OrgForm draft={draft} onChange={setDraft} form={form} submitLabel={t("common.save")} />
    </>
  );
}

export function ManageOrgPage({ params }: { params: Record<string, string> }) {
  const { t, pick } = useI18n();
  const { query } = useLocation();
  const tab: Tab = (TABS as readonly string[]).includes(query.get("tab") ?? "") ? (query.get("tab") as Tab) : "profile";
  const org = useApi(["orgs", "get", params.id, { viewer: "member" }], () => orgsApi.get(params.id));
  if (org.error) return <ErrorNotice error={org.error} onRetry={org.reload} />;
  if (!org.data) return <Loading />;
  const o = org.data;
  const tabLabel = { profile: t("manage.profile"), members: t("manage.members"), offers: t("manage.offers") };
  return (
    <section>
      <PageTitle
        actions={
          <Link to={`/orgs/${o.id}`} className="btn">
            {t("myOrgs.publicProfile")}
          </Link>
        }
      >
        {pick(o.name)}
      </PageTitle>
      {query.get("created") && <StatusMessage>{t("apply.submitted")}</StatusMessage>}
      <VettingState org={o} />
      <div className="tabs" role="tablist" aria-label={t("manage.sections")}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls="tab-panel"
            className="tab"
            onClick={() => navigate(withQuery(`/my/orgs/${o.id}`, { tab: name }), { replace: true })}
          >
            {tabLabel[name]}
          </button>
        ))}
      </div>
      <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="card">
        {tab === "profile" && <ProfileTab org={o} onSaved={(updated) => org.setData(updated)} />}
        {tab === "members" && <MembersPanel org={o} />}
        {tab === "offers" && <OffersPanel org={o} />}
      </div>
    </section>
  );
}
