/** Labelled inputs that show their own server error (by API field path) and describe it to assistive tech. */
import { useMemo, useState, type ReactNode } from "react";
import { VOCABULARIES, type VocabularyName } from "@parklink/shared";
import { useI18n } from "../i18n";
import { fieldId, useFormState } from "./form";

function useField(name: string, label: string, group = false) {
  const form = useFormState();
  form?.labels.set(name, label);
  const id = fieldId(name);
  const error = form?.fieldError(name, group);
  return { id, error, errorId: `${id}-error`, hintId: `${id}-hint` };
}

function describedBy(...ids: (string | false | undefined)[]) {
  const s = ids.filter(Boolean).join(" ");
  return s || undefined;
}

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

function FieldShell({ id, label, required, hint, hintId, error, errorId, children }: {
  id: string; label: string; required?: boolean; hint?: string; hintId: string; error?: string; errorId: string; children: ReactNode;
}) {
  return (
    <div className={error ? "field has-error" : "field"}>
      <label htmlFor={id}>
        {label}
        {required && <span className="req" aria-hidden="true"> *</span>}
      </label>
      {children}
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </div>
  );
}

export function TextField(props: BaseProps & {
  value: string;
  onChange(value: string): void;
  type?: "text" | "email" | "password" | "url" | "tel" | "number" | "date" | "search";
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  placeholder?: string;
  min?: number | string;
  max?: number | string;
  lang?: string;
}) {
  const { name, label, hint, required, value, onChange, type = "text", multiline, rows = 4, ...rest } = props;
  const f = useField(name, label);
  const common = {
    id: f.id,
    name,
    value,
    required,
    "aria-invalid": f.error ? true : undefined,
    "aria-describedby": describedBy(hint && f.hintId, f.error && f.errorId),
    autoComplete: rest.autoComplete,
    placeholder: rest.placeholder,
    lang: rest.lang,
  };
  return (
    <FieldShell {...f} label={label} required={required} hint={hint}>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} min={rest.min} max={rest.max} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: BaseProps & { value: string; onChange(value: string): void; options: Option[]; empty?: string }) {
  const { name, label, hint, required, value, onChange, options, empty } = props;
  const f = useField(name, label);
  return (
    <FieldShell {...f} label={label} required={required} hint={hint}>
      <select
        id={f.id}
        name={name}
        value={value}
        required={required}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy(hint && f.hintId, f.error && f.errorId)}
        onChange={(e) => onChange(e.target.value)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes (a fieldset), optionally with a filter box for long vocabularies. */
export function CheckList(props: BaseProps & { options: Option[]; value: readonly string[]; onChange(value: string[]): void; filterable?: boolean }) {
  const { name, label, hint, required, options, value, onChange, filterable } = props;
  const { t } = useI18n();
  const f = useField(name, label, true);
  const [filter, setFilter] = useState("");
  const shown = filter ? options.filter((o) => o.label.toLowerCase().includes(filter.toLowerCase()) || value.includes(o.value)) : options;
  const toggle = (v: string, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <fieldset id={f.id} className={f.error ? "field checklist has-error" : "field checklist"} aria-describedby={describedBy(hint && f.hintId, f.error && f.errorId)}>
      <legend>
        {label}
        {required && <span className="req" aria-hidden="true"> *</span>}
        {value.length > 0 && <span className="count"> ({value.length})</span>}
      </legend>
      {filterable && (
        <input type="search" className="checklist-filter" aria-label={t("common.filterList", { list: label })} placeholder={t("common.filter")} value={filter} onChange={(e) => setFilter(e.target.value)} />
      )}
      <div className={options.length > 12 ? "checks scroll" : "checks"}>
        {shown.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} /> {o.label}
          </label>
        ))}
      </div>
      {hint && <p className="hint" id={f.hintId}>{hint}</p>}
      {f.error && <p className="field-error" id={f.errorId}>{f.error}</p>}
    </fieldset>
  );
}

/** English text plus its local-language version (Chinese for Chinese members), as `name.en` / `name.local`. */
export function BilingualField({ name, label, value, onChange, required, multiline }: {
  name: string; label: string; value: { en: string; local?: string }; onChange(v: { en: string; local?: string }): void; required?: boolean; multiline?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="bilingual">
      <TextField name={`${name}.en`} label={`${label} — ${t("lang.english")}`} required={required && !value.local?.trim()} multiline={multiline} lang="en" value={value.en} onChange={(en) => onChange({ ...value, en })} />
      <TextField name={`${name}.local`} label={`${label} — ${t("lang.chinese")}`} multiline={multiline} lang="zh" value={value.local ?? ""} onChange={(local) => onChange({ ...value, local })} />
    </div>
  );
}

/** Options of a vocabulary, labelled in the current language and sorted by label. */
export function useTermOptions(vocab: VocabularyName, sort = true): Option[] {
  const { term, lang } = useI18n();
  return useMemo(() => {
    const options = VOCABULARIES[vocab].map((x) => ({ value: x.id as string, label: term(vocab, x.id) }));
    return sort ? options.sort((a, b) => a.label.localeCompare(b.label, lang === "zh" ? "zh-CN" : "en")) : options;
  }, [vocab, term, lang, sort]);
}
