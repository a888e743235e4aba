/**
 * Forms that show the server's answer: a submit runs an API call, a 400's
 * `details.issues[].field` lands next to the field of that name (the API path, e.g.
 * "name.en", "park.founded", "contacts.0.email"), and a summary with links to those
 * fields takes the focus so keyboard and screen-reader users hear what went wrong.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { ApiError } from "../api/http";
import { toApiError } from "../app/useAsync";
import { useI18n } from "../i18n";

export interface FormState {
  busy: boolean;
  error: ApiError | null;
  /** The error of a field (exact path, or the first one inside it for groups). */
  fieldError(name: string, group?: boolean): string | undefined;
  labels: Map<string, string>;
  submit(e?: FormEvent): Promise<void>;
  reset(): void;
}

export function useForm<T>(action: () => Promise<T>, onDone?: (result: T) => void): FormState {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const labels = useRef(new Map<string, string>()).current;
  const actionRef = useRef(action);
  actionRef.current = action;
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  const submit = useCallback(async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await actionRef.current();
      setBusy(false);
      doneRef.current?.(result);
    } catch (err) {
      setBusy(false);
      setError(toApiError(err));
    }
  }, []);

  const fieldError = (name: string, group = false) => {
    const issues = error?.issues ?? [];
    // A text wanted in either language is named as the pair ("title"): its first field shows it.
    const pair = name.endsWith(".en") ? issues.find((i) => i.field === name.slice(0, -3) && i.code === "one_language") : undefined;
    const exact = issues.find((i) => i.field === name) ?? pair;
    const found = exact || !group ? exact : issues.find((i) => i.field.startsWith(`${name}.`));
    return found && i18n.issue(found);
  };
  return { busy, error, fieldError, labels, submit, reset: () => setError(null) };
}

const FormContext = createContext<FormState | null>(null);
export const useFormState = () => useContext(FormContext);

/** A field id from its API path. */
export const fieldId = (name: string) => `f-${name.replace(/[^\w-]/g, "-")}`;

export function Form({ form, children, className, label }: { form: FormState; children: ReactNode; className?: string; label?: string }) {
  return (
    <FormContext.Provider value={form}>
      <form className={className ?? "form"} onSubmit={form.submit} noValidate aria-label={label}>
        <FormErrors form={form} />
        {children}
      </form>
    </FormContext.Provider>
  );
}

function FormErrors({ form }: { form: FormState }) {
  const { t, issue, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (form.error) ref.current?.focus();
  }, [form.error]);
  if (!form.error) return null;
  const issues = form.error.issues;
  return (
    <div ref={ref} className="alert alert-error" role="alert" tabIndex={-1}>
      <p>{issues.length ? t("form.fixFields") : messageOf(form.error, { t, lang })}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((i) => (
            <li key={i.field + i.code}>
              <a href={`#${fieldId(nearestField(form, i.field))}`}>{form.labels.get(nearestField(form, i.field)) ?? t("form.otherField")}</a>: {issue(i)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The registered field an issue belongs to ("industries.3" → "industries"). */
function nearestField(form: FormState, field: string): string {
  for (let path = field; path; path = path.slice(0, Math.max(0, path.lastIndexOf(".")))) {
    if (form.labels.has(path)) return path;
    if (form.labels.has(`${path}.en`)) return `${path}.en`;
    if (!path.includes(".")) break;
  }
  return field;
}

/** A friendly text for an error the user cannot fix field by field. */
export function messageOf(error: ApiError, { t, lang }: Pick<ReturnType<typeof useI18n>, "t" | "lang">): string {
  if (error.status === 0) return t("error.network");
  if (error.code === "search_unavailable") return t("search.unavailable");
  if (error.status === 401) return t("error.unauthorized");
  if (error.status === 403) return t("error.forbidden");
  if (error.status === 404) return t("error.notFound");
  if (error.status === 413) return t("error.tooLarge");
  if (error.status === 429) return t("error.tooMany");
  if (error.status >= 500) return t("error.server");
  if (error.status === 409) return lang === "zh" ? t("error.conflict") : error.message;
  // The server's own words are English: other languages get a general sentence.
  return lang === "zh" ? t("error.generic") : error.message;
}

export function SubmitButton({ form, children, className }: { form: FormState; children: ReactNode; className?: string }) {
  const { t } = useI18n();
  return (
    <button type="submit" className={className ?? "btn btn-primary"} disabled={form.busy} aria-busy={form.busy}>
      {form.busy ? t("common.working") : children}
    </button>
  );
}
