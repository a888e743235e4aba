import { TextField } from "../../components/fields";
import { useI18n } from "../../i18n";
import { emptyContact, type ContactDraft } from "./orgDraft";

/** The organization's contact people (private: shown to staff and introduced partners only). */
export function ContactsEditor({ value, onChange }: { value: ContactDraft[]; onChange(v: ContactDraft[]): void }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<ContactDraft>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="field contacts">
      <legend>{t("org.contacts")}</legend>
      <p className="hint">{t("org.contactsHint")}</p>
      {value.map((c, i) => (
        <div className="contact-row" key={i}>
          <TextField name={`contacts.${i}.name`} label={t("org.contactName")} value={c.name} onChange={(name) => set(i, { name })} />
          <TextField name={`contacts.${i}.title`} label={t("org.contactTitle")} value={c.title} onChange={(title) => set(i, { title })} />
          <TextField name={`contacts.${i}.email`} type="email" label={t("auth.email")} value={c.email} onChange={(email) => set(i, { email })} />
          <TextField name={`contacts.${i}.phone`} type="tel" label={t("auth.phone")} value={c.phone} onChange={(phone) => set(i, { phone })} />
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t("org.removeContact")}
          </button>
        </div>
      ))}
      {value.length < 10 && (
        <button type="button" className="btn btn-small" onClick={() => onChange([...value, emptyContact()])}>
          {t("org.addContact")}
        </button>
      )}
    </fieldset>
  );
}
