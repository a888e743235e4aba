import { useEffect, useRef, useState, type FormEvent } from "react";
import { searchApi } from "../../api/endpoints";
import { navigate, useLocation } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { ErrorNotice, Loading, PageTitle, Pager } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { Facets, useFilterLabel } from "./Facets";
import { SearchHitCard } from "./SearchHitCard";
import { SaveSearch } from "./SaveSearch";
import { apiQuery, hasFilters, LIST_PARAMS, readState, SORTS, stateUrl, type ListParam, type SearchState } from "./searchState";

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 300;
const wide = () => typeof window.matchMedia !== "function" || window.matchMedia("(min-width: 50rem)").matches;

/** The chosen filters as removable chips, plus "clear all". */
function ActiveFilters({ state, onChange }: { state: SearchState; onChange(patch: Partial<SearchState>): void }) {
  const { t } = useI18n();
  const labelOf = useFilterLabel();
  if (!hasFilters(state)) return null;
  const remove = (param: ListParam, value: string) => onChange({ filters: { ...state.filters, [param]: state.filters[param].filter((v) => v !== value) } });
  const chips: { key: string; label: string; remove(): void }[] = LIST_PARAMS.flatMap((param) =>
    state.filters[param].map((value) => ({ key: `${param}:${value}`, label: labelOf(param, value), remove: () => remove(param, value) })),
  );
  if (state.trlMin) chips.push({ key: "trlMin", label: `TRL ≥ ${state.trlMin}`, remove: () => onChange({ trlMin: "" }) });
  if (state.trlMax) chips.push({ key: "trlMax", label: `TRL ≤ ${state.trlMax}`, remove: () => onChange({ trlMax: "" }) });
  const empty = Object.fromEntries(LIST_PARAMS.map((p) => [p, []])) as unknown as SearchState["filters"];
  return (
    <div className="active-filters" role="group" aria-label={t("search.activeFilters")}>
      <ul className="chips chips-removable">
        {chips.map((c) => (
          <li key={c.key}>
            <button type="button" onClick={c.remove} aria-label={t("search.removeFilter", { label: c.label })}>
              {c.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => onChange({ filters: empty, trlMin: "", trlMax: "" })}>
        {t("search.clearFilters")}
      </button>
    </div>
  );
}

/** Search across the directory: a debounced query box, facets with counts, highlighted results; all state in the URL. */
export function SearchPage() {
  const { t, number } = useI18n();
  const { query } = useLocation();
  const state = readState(query);
  const url = stateUrl(state);
  const [text, setText] = useState(state.q);
  const [filtersOpen, setFiltersOpen] = useState(wide);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  // Back/forward (or a link) changed the query: show it in the box.
  const urlQ = state.q;
  const typed = useRef(urlQ);
  useEffect(() => {
    if (urlQ !== typed.current) {
      typed.current = urlQ;
      setText(urlQ);
    }
  }, [urlQ]);

  // Typing searches after a pause; it replaces the history entry instead of adding one per keystroke.
  useEffect(() => {
    if (text.trim() === stateRef.current.q.trim()) return;
    const timer = window.setTimeout(() => {
      typed.current = text.trim();
      navigate(stateUrl({ ...stateRef.current, q: text, page: 1 }), { replace: true });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  // A new URL aborts the search still under way for the previous one.
  const result = useApi(["search", "search", url], (signal) => searchApi.search(apiQuery(state, PAGE_SIZE), signal));

  const change = (patch: Partial<SearchState>) => navigate(stateUrl({ ...state, q: text, page: 1, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    typed.current = text.trim();
    navigate(stateUrl({ ...state, q: text, page: 1 }));
  };
  const toPage = (page: number) => {
    navigate(stateUrl({ ...state, page }));
    resultsRef.current?.focus({ preventScroll: true });
  };

  const data = result.data;
  const unavailable = result.error?.code === "search_unavailable" || result.error?.status === 503;
  const countText = data ? (data.total === 1 ? t("search.countOne") : t("search.count", { count: number(data.total) })) : "";
  const selectedCount = LIST_PARAMS.reduce((n, p) => n + state.filters[p].length, 0) + (state.trlMin ? 1 : 0) + (state.trlMax ? 1 : 0);

  return (
    <section className="search-page">
      <PageTitle>{t("search.title")}</PageTitle>
      <form role="search" className="search-bar" onSubmit={submit}>
        <label htmlFor="search-q" className="sr-only">
          {t("search.label")}
        </label>
        <input id="search-q" type="search" value={text} placeholder={t("search.placeholder")} autoComplete="off" onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="btn btn-primary">
          {t("search.submit")}
        </button>
      </form>
      <div className="search-layout">
        <aside className="facets" aria-labelledby="facets-title">
          <details open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
            <summary>
              <h2 id="facets-title">
                {t("search.filters")}
                {selectedCount > 0 && <span className="count"> ({selectedCount})</span>}
              </h2>
            </summary>
            <Facets state={state} facets={data?.facets ?? {}} onChange={change} />
          </details>
        </aside>
        <div className="search-results">
          <div className="results-head">
            <h2 id="results-title" ref={resultsRef} tabIndex={-1} className="sr-only">
              {t("search.results")}
            </h2>
            <p className="results-count" role="status" aria-live="polite">
              {result.loading ? t("search.searching") : countText}
            </p>
            <label className="sort">
              <span>{t("search.sort")}</span>
              <select value={state.sort} onChange={(e) => change({ sort: e.target.value as SearchState["sort"] })}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`search.sort.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ActiveFilters state={state} onChange={change} />
          <SaveSearch key={url} state={state} text={text} />
          {data?.degraded && <p className="alert alert-warn">{t("search.degraded")}</p>}
          {result.error &&
            (unavailable ? (
              <div className="alert alert-warn" role="alert">
                <p>{t("search.unavailable")}</p>
                <button type="button" className="btn btn-small" onClick={result.reload}>
                  {t("common.retry")}
                </button>
              </div>
            ) : (
              <ErrorNotice error={result.error} onRetry={result.reload} />
            ))}
          {result.loading && !data && <Loading label={t("search.searching")} />}
          {data && !result.error && data.hits.length === 0 && !result.loading && <p className="empty">{t("search.none")}</p>}
          {data && !result.error && data.hits.length > 0 && (
            <ol className={result.loading ? "results is-stale" : "results"} aria-labelledby="results-title" aria-busy={result.loading}>
              {data.hits.map((hit) => (
                <li key={hit.id}>
                  <SearchHitCard hit={hit} />
                </li>
              ))}
            </ol>
          )}
          {data && !result.error && <Pager page={state.page} pageSize={PAGE_SIZE} total={Math.min(data.total, 250 * PAGE_SIZE)} onPage={toPage} />}
        </div>
      </div>
    </section>
  );
}
