import { useState } from "react";
import { orgsApi } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { navigate } from "../../app/router";
import { useForm } from "../../components/form";
import { PageTitle } from "../../components/ui";
import { useI18n } from "../../i18n";
import { OrgForm } from "./OrgForm";
import { createBody, emptyOrgDraft } from "./orgDraft";

/** Applying for membership = creating an organization; it stays pending until CISIP staff vet it. */
export function ApplyPage() {
  const { t } = useI18n();
  const { reloadOrgs } = useAuth();
  const [draft, setDraft] = useState(emptyOrgDraft("park"));
  const form = useForm(
    () => orgsApi.create(createBody(draft)),
    async (org) => {
      await reloadOrgs();
      navigate(`/my/orgs/${org.id}?created=1`);
    },
  );
  return (
    <section>
      <PageTitle>{t("apply.title")}</PageTitle>
      <p className="lead">{t("apply.intro")}</p>
      <div className="card">
        <OrgForm draft={draft} onChange={setDraft} form={form} submitLabel={t("apply.submit")} chooseKind />
      </div>
    </section>
  );
}
