import { ORG_KINDS, type OrgKind } from "@parklink/shared";
import { Form, SubmitButton, type FormState } from "../../components/form";
import { BilingualField, CheckList, SelectField, TextField, useTermOptions } from "../../components/fields";
import { useI18n } from "../../i18n";
import { ContactsEditor } from "./ContactsEditor";
import { OrgKindFields } from "./OrgKindFields";
import type { OrgDraft } from "./orgDraft";

function KindChooser({ value, onChange }: { value: OrgKind; onChange(kind: OrgKind): void }) {
  const { t, term } = useI18n();
  return (
    <fieldset className="field kind-chooser">
      <legend>{t("org.kind")}</legend>
      <div className="kind-options">
        {ORG_KINDS.map((kind) => (
          <label key={kind} className={value === kind ? "kind-option selected" : "kind-option"}>
            <input type="radio" name="kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
            <strong>{term("orgKind", kind)}</strong>
            <span className="muted">{t(`org.kindHint.${kind}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The whole profile of an organization, in both languages; the kind is chosen once, when applying. */
export function OrgForm({ draft, onChange, form, submitLabel, chooseKind }: {
  draft: OrgDraft;
  onChange(d: OrgDraft): void;
  form: FormState;
  submitLabel: string;
  chooseKind?: boolean;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<OrgDraft>) => onChange({ ...draft, ...patch });
  const countries = useTermOptions("country");
  const industries = useTermOptions("industry");
  const cooperation = useTermOptions("cooperationType", false);
  const regions = useTermOptions("region", false);
  const languages = useTermOptions("language");
  return (
    <Form form={form} label={submitLabel}>
      {chooseKind && <KindChooser value={draft.kind} onChange={(kind) => set({ kind })} />}
      <section className="form-section" aria-labelledby="org-identity">
        <h2 id="org-identity">{t("org.identity")}</h2>
        <BilingualField name="name" label={t("org.name")} required value={draft.name} onChange={(name) => set({ name })} />
        <BilingualField name="description" label={t("org.description")} multiline value={draft.description} onChange={(description) => set({ description })} />
        <div className="grid-3">
          <SelectField name="country" label={t("org.country")} required empty={t("common.choose")} options={countries} value={draft.country} onChange={(country) => set({ country })} />
          <TextField name="city" label={t("org.city")} required value={draft.city} onChange={(city) => set({ city })} />
          <TextField name="website" type="url" label={t("org.website")} placeholder="https://" value={draft.website} onChange={(website) => set({ website })} />
        </div>
      </section>
      <section className="form-section" aria-labelledby="org-interests">
        <h2 id="org-interests">{t("org.interests")}</h2>
        <CheckList name="industries" label={t("org.industries")} required filterable options={industries} value={draft.industries} onChange={(industries) => set({ industries })} />
        <CheckList name="cooperationInterests" label={t("org.cooperation")} options={cooperation} value={draft.cooperationInterests} onChange={(cooperationInterests) => set({ cooperationInterests })} />
        <CheckList name="interestRegions" label={t("org.interestRegions")} options={regions} value={draft.interestRegions} onChange={(interestRegions) => set({ interestRegions })} />
        <CheckList name="languages" label={t("org.languages")} filterable options={languages} value={draft.languages} onChange={(languages) => set({ languages })} />
      </section>
      <OrgKindFields draft={draft} onChange={onChange} />
      <section className="form-section">
        <ContactsEditor value={draft.contacts} onChange={(contacts) => set({ contacts })} />
      </section>
      <div className="form-actions">
        <SubmitButton form={form}>{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
