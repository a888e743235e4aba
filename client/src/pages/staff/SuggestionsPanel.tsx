import { useState } from "react";
import { requestsApi, staffApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { Suggestion } from "../../api/types";
import { Link } from "../../app/router";
import { toApiError, useAsync } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { Empty, ErrorNotice, Loading, Pager, StatusMessage, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";

const PAGE_SIZE = 20;

function SuggestionItem({ s, requester, onDone }: { s: Suggestion; requester: string; onDone(id: string, message: string): void }) {
  const { t, pick, lang, number } = useI18n();
  const label = useEnumLabel();
  const [proposing, setProposing] = useState(false);
  const candidate = pick(s.candidate.name);
  const [message, setMessage] = useState(() => t("staff.suggest.defaultMessage", { from: requester, to: candidate }));
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
  const request = useAsync(() => requestsApi.get(requestId), [requestId]);
  const r = request.data;
  const requester = r?.orgName ? pick(r.orgName) : t("intro.unknownOrg");
  return (
    <li className="card suggestion-group">
      <h3>
        <Link to={`/requests/${requestId}`}>{r ? pick(r.title) : request.error ? t("staff.suggest.request") : t("common.loading")}</Link>
      </h3>
      {r && (
        <p className="muted">
          {requester} · {term("cooperationType", r.type)}
        </p>
      )}
      <ul className="rows">
        {[...items].sort((a, b) => a.rank - b.rank).map((s) => (
          <SuggestionItem key={s.id} s={s} requester={requester} onDone={onDone} />
        ))}
      </ul>
    </li>
  );
}

/** The matcher's best candidates for opened requests: staff propose an introduction or dismiss. */
export function SuggestionsPanel() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const list = useAsync(() => staffApi.suggestions(page), [page]);
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
