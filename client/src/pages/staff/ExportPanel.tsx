import { useState } from "react";
import { EXPORT_ENTITIES, type ExportEntity } from "@parklink/shared";
import { staffApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import { toApiError } from "../../app/useAsync";
import { ErrorNotice, StatusMessage } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { downloadText } from "./download";

type Format = "csv" | "json";
const NAME: Record<ExportEntity, MessageKey> = { orgs: "export.orgs", requests: "export.requests", introductions: "export.introductions" };
const HINT: Record<ExportEntity, MessageKey> = { orgs: "export.orgsHint", requests: "export.requestsHint", introductions: "export.introductionsHint" };

/** Downloads of the main collections as CSV (for spreadsheets; imports read the same columns) or JSON. */
export function ExportPanel() {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const download = async (entity: ExportEntity, format: Format) => {
    setBusy(`${entity}.${format}`);
    setError(null);
    setDone(null);
    try {
      const text = await staffApi.exportData(entity, format);
      const day = new Date().toISOString().slice(0, 10);
      downloadText(text, `parklink-${entity}-${day}.${format}`, format === "csv" ? "text/csv" : "application/json");
      setDone(t("export.done", { name: t(NAME[entity]), format: format.toUpperCase() }));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="staff-section-title">
      <h2 id="staff-section-title">{t("export.title")}</h2>
      <p className="hint">{t("export.explain")}</p>
      {error && <ErrorNotice error={error} />}
      {done && <StatusMessage>{done}</StatusMessage>}
      <ul className="cards export-list">
        {EXPORT_ENTITIES.map((entity) => (
          <li key={entity} className="card">
            <h3>{t(NAME[entity])}</h3>
            <p className="muted">{t(HINT[entity])}</p>
            <div className="form-actions">
              {(["csv", "json"] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="btn btn-small"
                  disabled={busy !== null}
                  aria-busy={busy === `${entity}.${format}`}
                  aria-label={t("export.downloadAs", { name: t(NAME[entity]), format: format.toUpperCase() })}
                  onClick={() => void download(entity, format)}
                >
                  {busy === `${entity}.${format}` ? t("common.working") : format.toUpperCase()}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
