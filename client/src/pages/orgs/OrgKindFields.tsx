import { orgsApi } from "../../api/endpoints";
import { useApi } from "../../app/useAsync";
import { CheckList, SelectField, TextField, useTermOptions } from "../../components/fields";
import { useI18n } from "../../i18n";
import type { OrgDraft } from "./orgDraft";

type Props = { draft: OrgDraft; onChange(d: OrgDraft): void };

function ParkFields({ draft, onChange }: Props) {
  const { t } = useI18n();
  const p = draft.park;
  const set = (patch: Partial<OrgDraft["park"]>) => onChange({ ...draft, park: { ...p, ...patch } });
  return (
    <div className="grid-2">
      <TextField name="park.founded" type="number" label={t("park.founded")} required value={p.founded} onChange={(founded) => set({ founded })} />
      <SelectField name="park.management" label={t("park.management")} required empty={t("common.choose")} options={useTermOptions("managementType", false)} value={p.management} onChange={(management) => set({ management })} />
      <SelectField name="park.stage" label={t("park.stage")} required empty={t("common.choose")} options={useTermOptions("parkStage", false)} value={p.stage} onChange={(stage) => set({ stage })} />
      <TextField name="park.investedBy" label={t("park.investedBy")} value={p.investedBy} onChange={(investedBy) => set({ investedBy })} />
      <TextField name="park.areaKm2" type="number" label={t("park.area")} value={p.areaKm2} onChange={(areaKm2) => set({ areaKm2 })} />
      <TextField name="park.residentCompanies" type="number" label={t("park.residents")} value={p.residentCompanies} onChange={(residentCompanies) => set({ residentCompanies })} />
      <div className="span-2">
        <CheckList name="park.services" label={t("park.services")} options={useTermOptions("parkService")} value={p.services} onChange={(services) => set({ services })} />
      </div>
    </div>
  );
}

function EnterpriseFields({ draft, onChange }: Props) {
  const { t, pick } = useI18n();
  const e = draft.enterprise;
  const set = (patch: Partial<OrgDraft["enterprise"]>) => onChange({ ...draft, enterprise: { ...e, ...patch } });
  const parks = useApi(["orgs", "list", { kind: "park", pageSize: 100 }], () => orgsApi.list({ kind: "park", pageSize: 100 }));
  const parkOptions = (parks.data?.items ?? []).map((o) => ({ value: o.id, label: pick(o.name) }));
  return (
    <div className="grid-2">
      <SelectField name="enterprise.size" label={t("enterprise.size")} required empty={t("common.choose")} options={useTermOptions("companySize", false)} value={e.size} onChange={(size) => set({ size })} />
      <SelectField name="enterprise.homeParkId" label={t("enterprise.homePark")} empty={t("enterprise.noHomePark")} options={parkOptions} value={e.homeParkId} onChange={(homeParkId) => set({ homeParkId })} />
      <div className="span-2">
        <TextField name="enterprise.products" label={t("enterprise.products")} hint={t("enterprise.productsHint")} value={e.products} onChange={(products) => set({ products })} />
      </div>
      <div className="span-2">
        <CheckList name="enterprise.seeks" label={t("enterprise.seeks")} options={useTermOptions("enterpriseSeek", false)} value={e.seeks} onChange={(seeks) => set({ seeks })} />
      </div>
    </div>
  );
}

function InvestorFields({ draft, onChange }: Props) {
  const { t } = useI18n();
  const v = draft.investor;
  const set = (patch: Partial<OrgDraft["investor"]>) => onChange({ ...draft, investor: { ...v, ...patch } });
  return (
    <div className="grid-2">
      <SelectField name="investor.investorType" label={t("investor.type")} required empty={t("common.choose")} options={useTermOptions("investorType", false)} value={v.investorType} onChange={(investorType) => set({ investorType })} />
      <div />
      <TextField name="investor.ticketMinUsd" type="number" label={t("investor.ticketMin")} required value={v.ticketMinUsd} onChange={(ticketMinUsd) => set({ ticketMinUsd })} />
      <TextField name="investor.ticketMaxUsd" type="number" label={t("investor.ticketMax")} required value={v.ticketMaxUsd} onChange={(ticketMaxUsd) => set({ ticketMaxUsd })} />
      <div className="span-2">
        <CheckList name="investor.stages" label={t("investor.stages")} required options={useTermOptions("investmentStage", false)} value={v.stages} onChange={(stages) => set({ stages })} />
      </div>
    </div>
  );
}

function InstitutionFields({ draft, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="grid-2">
      <SelectField
        name="institution.institutionType"
        label={t("institution.type")}
        required
        empty={t("common.choose")}
        options={useTermOptions("institutionType", false)}
        value={draft.institution.institutionType}
        onChange={(institutionType) => onChange({ ...draft, institution: { institutionType } })}
      />
    </div>
  );
}

/** The part of the form that depends on the organization's kind. */
export function OrgKindFields(props: Props) {
  const { t, term } = useI18n();
  const Fields = { park: ParkFields, enterprise: EnterpriseFields, investor: InvestorFields, institution: InstitutionFields }[props.draft.kind];
  return (
    <section className="form-section" aria-labelledby="kind-fields-title">
      <h2 id="kind-fields-title">{t("org.kindDetails", { kind: term("orgKind", props.draft.kind) })}</h2>
      <Fields {...props} />
    </section>
  );
}
