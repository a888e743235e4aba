import { useState } from "react";
import { links, type SavedSearchAlerts, type SavedSearchView } from "@parklink/shared";
import { searchApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import { Link } from "../../app/router";
import { toApiError, useApi } from "../../app/useAsync";
import { Empty, ErrorNotice, Loading, PageTitle } from "../../components/ui";
import { useI18n } from "../../i18n";
import { useAlertOptions } from "./SaveSearch";

function SavedRow({ saved, onChange, onDelete }: { saved: SavedSearchView; onChange(s: SavedSearchView): void; onDelete(): void }) {
  const { t, date } = useI18n();
  const alertOptions = useAlertOptions();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const selectId = `alerts-${saved.id}`;
  return (
    <li className="row">
      <div className="row-main">
        <Link to={links.search(saved.q, saved.filters)}>{saved.name}</Link>
        <p className="muted">{t("saved.since", { date: date(saved.createdAt) })}</p>
        {error && <ErrorNotice error={error} />}
      </div>
      <div className="row-side">
        <label htmlFor={selectId}>{t("saved.alerts")}</label>
        <select
          id={selectId}
          value={saved.alerts}
          disabled={busy}
          onChange={(e) => void run(async () => onChange(await searchApi.updateSaved(saved.id, { alerts: e.target.value as SavedSearchAlerts })))}
        >
          {alertOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-small" disabled={busy} aria-label={t("saved.deleteNamed", { name: saved.name })} onClick={() => void run(async () => {
          await searchApi.deleteSaved(saved.id);
          onDelete();
        })}>
          {t("saved.delete")}
        </button>
      </div>
    </li>
  );
}

/** My saved searches: open one, change its alerts, delete it. */
export function SavedSearchesPage() {
  const { t } = useI18n();
  const list = useApi(["search", "saved"], () => searchApi.saved());
  return (
    <section>
      <PageTitle>{t("saved.title")}</PageTitle>
      <p className="muted">{t("saved.intro")}</p>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data?.length === 0 && (
        <Empty>
          {t("saved.none")} <Link to="/search">{t("saved.toSearch")}</Link>
        </Empty>
      )}
      {list.data && list.data.length > 0 && (
        <ul className="rows">
          {list.data.map((s) => (
            <SavedRow
              key={s.id}
              saved={s}
              onChange={(u) => list.setData((prev) => (prev ?? []).map((x) => (x.id === u.id ? u : x)))}
              onDelete={() => list.setData((prev) => (prev ?? []).filter((x) => x.id !== s.id))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
