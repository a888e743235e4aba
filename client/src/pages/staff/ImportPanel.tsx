import { useId, useState, type ChangeEvent } from "react";
import { CSV_LIST_SEPARATOR, IMPORT_ORG_COLUMNS, type ImportIssue } from "@parklink/shared";
import { staffApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { ImportReport } from "../../api/types";
import { toApiError } from "../../app/useAsync";
import { ErrorNotice, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { downloadText } from "./download";

function IssuesTable({ issues, caption }: { issues: ImportIssue[]; caption: string }) {
  const { t } = useI18n();
  const sorted = [...issues].sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table import-issues">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.line")}</th>
            <th scope="col">{t("import.column")}</th>
            <th scope="col">{t("import.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((i, n) => (
            <tr key={`${i.line}-${i.field}-${n}`}>
              <td>{i.line}</td>
              <td>
                <code>{i.field}</code>
              </td>
              <td>{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Headers the CSV could not be read with (a 400 invalid_csv may name them). */
const headerIssues = (error: ApiError): ImportIssue[] => {
  const errors = (error.details as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? errors.filter((e): e is ImportIssue => typeof e?.field === "string" && typeof e?.message === "string") : [];
};

/** Organizations from a CSV: template, paste or upload, a dry run naming every bad row, then the import. */
export function ImportPanel() {
  const { t, number } = useI18n();
  const uid = useId();
  const [csv, setCsv] = useState("");
  const [busy, setBusy] = useState<"template" | "check" | "import" | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checked, setChecked] = useState<string | null>(null);

  const run = async <T,>(what: "template" | "check" | "import", work: () => Promise<T>, done: (r: T) => void) => {
    setBusy(what);
    setError(null);
    try {
      done(await work());
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };
  const template = () => run("template", () => staffApi.importTemplate(), (text) => downloadText(text, "parklink-orgs-import-template.csv", "text/csv"));
  const check = () =>
    run("check", () => staffApi.importOrgs(csv, true), (r) => {
      setReport(r);
      setChecked(csv);
    });
  const doImport = () =>
    run("import", () => staffApi.importOrgs(csv, false), (r) => {
      setReport(r);
      setChecked(null);
    });
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setReport(null);
    setChecked(null);
  };
  const canImport = report?.dryRun && checked === csv && report.valid > 0;

  return (
    <section aria-labelledby="staff-section-title">
      <h2 id="staff-section-title">{t("import.title")}</h2>
      <p className="hint">{t("import.explain", { sep: CSV_LIST_SEPARATOR })}</p>
      <p>
        <button type="button" className="btn" onClick={() => void template()} disabled={busy !== null} aria-busy={busy === "template"}>
          {t("import.template")}
        </button>
      </p>
      <details className="import-columns">
        <summary>{t("import.columns", { count: IMPORT_ORG_COLUMNS.length })}</summary>
        <p className="plain-text">
          <code>{IMPORT_ORG_COLUMNS.join(", ")}</code>
        </p>
      </details>
      <div className="field">
        <label htmlFor={`${uid}-file`}>{t("import.upload")}</label>
        <input id={`${uid}-file`} type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-csv`}>{t("import.paste")}</label>
        <textarea id={`${uid}-csv`} className="mono" rows={10} spellCheck={false} value={csv} onChange={(e) => setCsv(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" onClick={() => void check()} disabled={busy !== null || !csv.trim()} aria-busy={busy === "check"}>
          {busy === "check" ? t("common.working") : t("import.check")}
        </button>
        <button type="button" className="btn" onClick={() => void doImport()} disabled={busy !== null || !canImport} aria-busy={busy === "import"}>
          {busy === "import" ? t("common.working") : t("import.run", { count: report?.valid ?? 0 })}
        </button>
      </div>
      {report?.dryRun && checked !== null && checked !== csv && <p className="hint">{t("import.changed")}</p>}
      {error && <ErrorNotice error={error} />}
      {error && headerIssues(error).length > 0 && <IssuesTable issues={headerIssues(error)} caption={t("import.headerProblems")} />}
      <div aria-live="polite">
        {report && (
          <div className="import-report">
            {report.dryRun ? (
              <p className={report.invalid ? "alert alert-warn" : "alert alert-ok"} role="status">
                {t("import.checked", { valid: number(report.valid), invalid: number(report.invalid) })} {report.invalid > 0 && report.valid > 0 && t("import.skipNote")}
              </p>
            ) : (
              <StatusMessage>{t("import.done", { imported: number(report.imported), invalid: number(report.invalid) })}</StatusMessage>
            )}
            {report.errors.length > 0 && <IssuesTable issues={report.errors} caption={t("import.problems", { count: report.errors.length })} />}
          </div>
        )}
      </div>
    </section>
  );
}
