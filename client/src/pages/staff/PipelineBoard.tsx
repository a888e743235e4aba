import { useMemo, useState } from "react";
import { staffApi } from "../../api/endpoints";
import type { IntroductionView } from "../../api/types";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { ErrorNotice, Loading, StatusMessage, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";
import { PipelineCard } from "./PipelineCard";

const COLUMNS: IntroductionView["status"][] = ["proposed", "accepted", "introduced", "meeting_held", "agreement", "stalled", "declined", "expired"];

/** Every introduction as a card in the column of its stage. */
export function PipelineBoard() {
  const { t, number } = useI18n();
  const label = useEnumLabel();
  const board = useApi(["staff", "pipeline"], () => staffApi.pipeline());
  const suggestions = useApi(["staff", "suggestions"], () => staffApi.suggestions(1));
  const [filter, setFilter] = useState("");
  const [notice, setNotice] = useState<string | null>(null);

  const columns = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const names = (i: IntroductionView) => [i.from.orgName, i.to.orgName].flatMap((n) => (n ? [n.en, n.local ?? ""] : [])).join(" ").toLowerCase();
    const items = (board.data?.items ?? []).filter((i) => !q || names(i).includes(q));
    return COLUMNS.map((status) => ({ status, items: items.filter((i) => i.status === status) }));
  }, [board.data, filter]);

  const changed = (updated: IntroductionView, message: string) => {
    board.setData((prev) => (prev ? { ...prev, items: prev.items.map((i) => (i.id === updated.id ? updated : i)) } : prev!));
    setNotice(message);
  };

  return (
    <section aria-labelledby="staff-section-title">
      <h2 id="staff-section-title">{t("pipeline.title")}</h2>
      <div className="board-toolbar">
        <label htmlFor="board-filter">{t("pipeline.filter")}</label>
        <input id="board-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t("pipeline.filterPlaceholder")} />
        <button type="button" className="btn btn-small btn-ghost" onClick={board.reload} disabled={board.loading}>
          {t("dashboard.refresh")}
        </button>
      </div>
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {board.error && <ErrorNotice error={board.error} onRetry={board.reload} />}
      {board.loading && !board.data && <Loading />}
      {board.data && (
        <>
          {board.data.total > board.data.items.length && <p className="hint">{t("pipeline.showingRecent", { shown: board.data.items.length, total: board.data.total })}</p>}
          <div className="board" role="list" aria-label={t("pipeline.columns")}>
            <section className="board-column board-column-suggested" role="listitem" aria-labelledby="col-suggested">
              <h3 id="col-suggested">
                {label("status", "suggested")} <span className="count">{suggestions.data ? number(suggestions.data.total) : "…"}</span>
              </h3>
              <p className="small muted">{t("pipeline.suggestedExplain")}</p>
              <Link to="/staff/suggestions" className="btn btn-small">
                {t("pipeline.reviewSuggestions")}
              </Link>
            </section>
            {columns.map((col) => (
              <section key={col.status} className={`board-column board-column-${col.status}`} role="listitem" aria-labelledby={`col-${col.status}`}>
                <h3 id={`col-${col.status}`}>
                  {label("status", col.status)} <span className="count">{number(col.items.length)}</span>
                </h3>
                {col.items.length === 0 ? (
                  <p className="small muted">{t("pipeline.emptyColumn")}</p>
                ) : (
                  <ul className="board-cards" aria-label={t("pipeline.cardsIn", { status: label("status", col.status) })}>
                    {col.items.map((i) => (
                      <PipelineCard key={i.id} intro={i} onChange={changed} />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
          {board.data.items.length === 0 && <p className="muted">{t("pipeline.none")}</p>}
        </>
      )}
    </section>
  );
}
