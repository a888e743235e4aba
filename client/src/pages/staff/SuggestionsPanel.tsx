import { useState } from "react";
import { staffApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { Suggestion } from "../../api/types";
import { Link } from "../../app/router";
import { toApiError, useApi } from "../../app/useAsync";
import { translate } from "../../i18n";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField, useTermOptions, type Option } from "../../components/fields";
import { Empty, ErrorNotice, Loading, Pager, StatusMessage, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";

const PAGE_SIZE = 20;

/** The proposal both members receive: in English and Chinese, with each side's real name in each. */
export function proposalText(s: Suggestion): string {
  const en = translate("en", "staff.suggest.defaultMessage", { from: s.requester.name.en, to: s.candidate.name.en });
  const zh = translate("zh", "staff.suggest.defaultMessage", {
    from: s.requester.name.local || s.requester.name.en,
    to: s.candidate.name.local || s.candidate.name.en,
  });
  return `${en}\n\n${zh}`;
}

function SuggestionItem({ s, requester, onDone }: { s: Suggestion; requester: string; onDone(id: string, message: string): void }) {
  const { t, pick, lang, number } = useI18n();
  const label = useEnumLabel();
  const [proposing, setProposing] = useState(false);
  const candidate = pick(s.candidate.name);
  const [message, setMessage] = useState(() => proposalText(s));
  const [dismissing, setDismissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const form = useForm(
    () => staffApi.propose({ fromOrgId: s.requesterOrgId, toOrgId: s.candidate.orgId, requestId: s.requestId, suggestionId: s.id, message: message.trim() }),
    () => onDone(s.id, t("staff.suggest.proposed", { from: requester, to: candidate })),
  );
  const dismiss = async () => {
    setDismissing(true);
    setError(null);
    try {
      await staffApi.dismiss(s.id);
      onDone(s.id, t("staff.suggest.dismissed", { name: candidate }));
    } catch (err) {
      setError(toApiError(err));
      setDismissing(false);
    }
  };
  const candidateLink = s.candidate.entity === "org" ? `/orgs/${s.candidate.id}` : `/${s.candidate.entity}s/${s.candidate.id}`;
  return (
    <li className="suggestion">
      <div className="row-main">
        <p>
          <span className="sugg-rank">#{s.rank}</span> <Link to={candidateLink}>{candidate}</Link> {s.candidate.entity !== "org" && <span className="muted">· {label("kind", s.candidate.entity)}</span>}{" "}
          <span className="sugg-score" title={t("staff.suggest.score")}>
            {t("staff.suggest.scoreValue", { score: number(Math.round(s.score * 100) / 100) })}
          </span>
        </p>
        {s.reasons.length > 0 && (
          <ul className="reasons">
            {s.reasons.map((r, i) => (
              <li key={`${r.factor}-${i}`}>
                <strong>{label("factor", r.factor)}:</strong> {lang === "zh" ? r.zh : r.en}
              </li>
            ))}
          </ul>
        )}
        {error && <ErrorNotice error={error} />}
        {proposing && (
          <Form form={form} label={t("staff.suggest.proposeFormLabel", { name: candidate })}>
            <TextField name="message" label={t("staff.suggest.message")} hint={t("staff.suggest.messageHint")} required multiline rows={3} value={message} onChange={setMessage} />
            <div className="form-actions">
              <SubmitButton form={form}>{t("staff.suggest.send")}</SubmitButton>
              <button type="button" className="btn btn-ghost" onClick={() => setProposing(false)}>
                {t("common.cancel")}
              </button>
            </div>
          </Form>
        )}
      </div>
      {!proposing && (
        <div className="row-side">
          <button type="button" className="btn btn-primary btn-small" onClick={() => setProposing(true)} aria-label={t("staff.suggest.proposeFor", { name: candidate })}>
            {t("staff.suggest.propose")}
          </button>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => void dismiss()} disabled={dismissing} aria-label={t("staff.suggest.dismissFor", { name: candidate })}>
            {dismissing ? t("common.working") : t("staff.suggest.dismiss")}
          </button>
        </div>
      )}
    </li>
  );
}

/** The suggestions of one request, under the request's title and owner. */
function RequestGroup({ requestId, items, onDone }: { requestId: string; items: Suggestion[]; onDone(id: string, message: string): void }) {
  const { t, pick, term } = useI18n();
  const first = items[0];
  const requester = pick(first.requester.name);
  return (
    <li className="card suggestion-group">
      <h3>
        <Link to={`/requests/${requestId}`}>{first.request ? pick(first.request.title) : t("staff.suggest.request")}</Link>
      </h3>
      <p className="muted">
        {requester}
        {first.request && <> · {term("cooperationType", first.request.type)}</>}
      </p>
      <ul className="rows">
        {[...items].sort((a, b) => a.rank - b.rank).map((s) => (
          <SuggestionItem key={s.id} s={s} requester={requester} onDone={onDone} />
        ))}
      </ul>
    </li>
  );
}

interface Filters {
  q: string;
  type: string;
  country: string;
  minScore: string;
}
const NO_FILTERS: Filters = { q: "", type: "", country: "", minScore: "" };

const SCORE_FLOORS: Option[] = ["40", "50", "60", "70", "80"].map((n) => ({ value: n, label: `≥ ${n}` }));

/** One filter of the list: "any" or one of its options. */
function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: Option[]; onChange(value: string): void }) {
  const { t } = useI18n();
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("staff.suggest.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function SuggestionFilters({ value, onChange }: { value: Filters; onChange(f: Filters): void }) {
  const { t } = useI18n();
  const types = useTermOptions("cooperationType");
  const countries = useTermOptions("country");
  const [q, setQ] = useState(value.q);
  return (
    <form
      className="filters-row"
      role="search"
      aria-label={t("staff.suggest.filters")}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...value, q });
      }}
    >
      <label>
        <span>{t("staff.suggest.searchNames")}</span>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      <FilterSelect label={t("staff.suggest.type")} value={value.type} options={types} onChange={(type) => onChange({ ...value, q, type })} />
      <FilterSelect label={t("staff.suggest.country")} value={value.country} options={countries} onChange={(country) => onChange({ ...value, q, country })} />
      <FilterSelect label={t("staff.suggest.minScore")} value={value.minScore} options={SCORE_FLOORS} onChange={(minScore) => onChange({ ...value, q, minScore })} />
      <button type="submit" className="btn btn-small">
        {t("search.submit")}
      </button>
    </form>
  );
}

/** The matcher's best candidates for opened requests: staff propose an introduction or dismiss. */
export function SuggestionsPanel() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const list = useApi(["staff", "suggestions", page, filters], () => staffApi.suggestions(page, { ...filters }));
  const [notice, setNotice] = useState<string | null>(null);
  const done = (id: string, message: string) => {
    setNotice(message);
    list.setData((prev) => (prev ? { ...prev, items: prev.items.filter((s) => s.id !== id), total: prev.total - 1 } : prev!));
  };
  const groups = new Map<string, Suggestion[]>();
  for (const s of list.data?.items ?? []) groups.set(s.requestId, [...(groups.get(s.requestId) ?? []), s]);
  return (
    <section aria-labelledby="staff-section-title">
      <h2 id="staff-section-title">{t("staff.suggest.title")}</h2>
      <p className="hint">{t("staff.suggest.explain")}</p>
      <SuggestionFilters
        value={filters}
        onChange={(f) => {
          setPage(1);
          setFilters(f);
        }}
      />
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && <Empty>{t("staff.suggest.none")}</Empty>}
      {groups.size > 0 && (
        <ul className="cards suggestion-groups">
          {[...groups].map(([requestId, items]) => (
            <RequestGroup key={requestId} requestId={requestId} items={items} onDone={done} />
          ))}
        </ul>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />}
    </section>
  );
}
