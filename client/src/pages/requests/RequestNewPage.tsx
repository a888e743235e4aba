import { useState } from "react";
import { useAuth } from "../../app/auth";
import { navigate, useLocation } from "../../app/router";
import { SelectField } from "../../components/fields";
import { Empty, PageTitle } from "../../components/ui";
import { useI18n } from "../../i18n";
import { RequestForm } from "./RequestForm";

export function RequestNewPage() {
  const { t, pick } = useI18n();
  const { orgs } = useAuth();
  const { query } = useLocation();
  const approved = orgs.filter((o) => o.status === "approved");
  const [orgId, setOrgId] = useState(query.get("orgId") ?? approved[0]?.id ?? "");
  return (
    <section>
      <PageTitle>{t("requests.new")}</PageTitle>
      <p className="lead">{t("requests.newIntro")}</p>
      {approved.length === 0 ? (
        <Empty>{t("requests.needsApproval")}</Empty>
      ) : (
        <div className="card">
          {approved.length > 1 && (
            <SelectField name="orgId" label={t("requests.forOrg")} options={approved.map((o) => ({ value: o.id, label: pick(o.name) }))} value={orgId} onChange={setOrgId} />
          )}
          <RequestForm orgId={orgId} onSaved={(r) => navigate(`/requests/${r.id}`)} />
        </div>
      )}
    </section>
  );
}
