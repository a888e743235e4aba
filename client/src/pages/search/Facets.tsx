import { useState } from "react";
import { getTerm, type TermIdOf, type VocabularyName } from "@parklink/shared";
import { useEnumLabel } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { FACET_ORDER, FACET_PARAM, type ListParam, type SearchState } from "./searchState";

const VOCAB: Partial<Record<ListParam, VocabularyName>> = {
  country: "country",
  region: "region",
  industry: "industry",
  cooperation: "cooperationType",
};
const SHOWN = 8;

/** Labels of filter values in the chosen language: taxonomy terms, kinds, and stages of any kind. */
export function useFilterLabel() {
  const { term, lang } = useI18n();
  const label = useEnumLabel();
  return (param: ListParam, value: string): string => {
    const vocab = VOCAB[param];
    if (vocab) return term(vocab, value);
    if (param === "kind") return label("kind", value);
    // A stage is a park's development stage, an investor's stage, or a request's state.
    const stage = getTerm("parkStage", value as TermIdOf<"parkStage">) ?? getTerm("investmentStage", value as TermIdOf<"investmentStage">);
    return stage ? stage[lang] : label("reqState", value);
  };
}

function FacetGroup({ facet, counts, selected, onToggle }: {
  facet: (typeof FACET_ORDER)[number];
  counts: Record<string, number>;
  selected: string[];
  onToggle(param: ListParam, value: string, on: boolean): void;
}) {
  const { t, number } = useI18n();
  const labelOf = useFilterLabel();
  const [all, setAll] = useState(false);
  const param = FACET_PARAM[facet];
  const values = Object.entries(counts)
    .map(([value, count]) => ({ value, count, label: labelOf(param, value) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  for (const value of selected) {
    if (!values.some((v) => v.value === value)) values.push({ value, count: 0, label: labelOf(param, value) });
  }
  if (values.length === 0) return null;
  const shown = all ? values : values.filter((v, i) => i < SHOWN || selected.includes(v.value));
  const legendId = `facet-${facet}`;
  return (
    <fieldset className="facet" aria-labelledby={legendId}>
      <legend id={legendId}>{t(`facet.${facet}` as MessageKey)}</legend>
      <ul className="facet-values">
        {shown.map((v) => (
          <li key={v.value}>
            <label className="check facet-value">
              <input type="checkbox" checked={selected.includes(v.value)} onChange={(e) => onToggle(param, v.value, e.target.checked)} />
              <span className="facet-label">{v.label}</span>
              <span className="facet-count">
                <span className="sr-only">(</span>
                {number(v.count)}
                <span className="sr-only">)</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > SHOWN && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t("common.showLess") : t("common.showMore")}
        </button>
      )}
    </fieldset>
  );
}

const TRL_LEVELS = Array.from({ length: 9 }, (_, i) => String(i + 1));

/** One end of the TRL range: a labelled select of levels 1–9, or any. */
function TrlSelect({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  const { t } = useI18n();
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("search.any")}</option>
        {TRL_LEVELS.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

function TrlRange({ state, onChange }: { state: SearchState; onChange(patch: Partial<SearchState>): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="facet">
      <legend>{t("search.trl")}</legend>
      <div className="trl-range">
        <TrlSelect label={t("search.trlFrom")} value={state.trlMin} onChange={(trlMin) => onChange({ trlMin })} />
        <TrlSelect label={t("search.trlTo")} value={state.trlMax} onChange={(trlMax) => onChange({ trlMax })} />
      </div>
    </fieldset>
  );
}

/** The filters with their counts; every change becomes a new URL (page 1). */
export function Facets({ state, facets, onChange }: {
  state: SearchState;
  facets: Record<string, Record<string, number>>;
  onChange(patch: Partial<SearchState>): void;
}) {
  const toggle = (param: ListParam, value: string, on: boolean) => {
    const current = state.filters[param];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    onChange({ filters: { ...state.filters, [param]: next } });
  };
  return (
    <>
      {FACET_ORDER.map((facet) => (
        <FacetGroup key={facet} facet={facet} counts={facets[facet] ?? {}} selected={state.filters[FACET_PARAM[facet]]} onToggle={toggle} />
      ))}
      <TrlRange state={state} onChange={onChange} />
    </>
  );
}
