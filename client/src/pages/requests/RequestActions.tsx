import { useState } from "react";
import { requestsApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { RequestView } from "../../api/types";
import { toApiError } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { ErrorNotice, StatusMessage } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { dateInput, endOfDay } from "../offers/OfferEditPage";

const DAY = 86_400_000;
type Move = "open" | "matched" | "closed";

/** The moves the server allows from each state (expired ones come back by renewal). */
const MOVES: Record<RequestView["state"], Move[]> = {
  draft: ["open", "closed"],
  open: ["matched", "closed"],
  matched: ["open", "closed"],
  expired: ["closed"],
  closed: [],
};

function moveLabel(state: RequestView["state"], to: Move): MessageKey {
  if (to === "open") return state === "draft" ? "requests.publish" : "requests.reopen";
  return to === "matched" ? "requests.markMatched" : "requests.close";
}

/** Renewing moves the expiry date forward (by default 90 days past today or the current date, whichever is later). */
function RenewForm({ request, onDone }: { request: RequestView; onDone(r: RequestView): void }) {
  const { t } = useI18n();
  const from = Math.max(Date.now(), new Date(request.expiresAt).getTime());
  const [until, setUntil] = useState(() => dateInput(from + 90 * DAY));
  const form = useForm(() => requestsApi.update(request.id, { expiresAt: endOfDay(until) }), onDone);
  return (
    <Form form={form} className="form renew-form" label={t("requests.renew")}>
      <TextField name="expiresAt" type="date" label={t("requests.renewUntil")} hint={t("requests.renewHint")} min={dateInput(Date.now() + DAY)} required value={until} onChange={setUntil} />
      <SubmitButton form={form} className="btn btn-small">
        {t("requests.renew")}
      </SubmitButton>
    </Form>
  );
}

/** What the request's own organization can do with it: publish, mark matched, reopen, renew, close. */
export function RequestActions({ request, onChanged }: { request: RequestView; onChanged(r: RequestView): void }) {
  const { t, date } = useI18n();
  const [busy, setBusy] = useState<Move | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState("");

  const move = async (to: Move) => {
    if (to === "closed" && !window.confirm(t("requests.closeConfirm"))) return;
    setBusy(to);
    setError(null);
    setDone("");
    try {
      const updated = await requestsApi.transition(request.id, to);
      onChanged(updated);
      setDone(t(`requests.changed.${to}` as MessageKey));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };
  const renewed = (r: RequestView) => {
    onChanged(r);
    setError(null);
    setDone(t("requests.renewed", { date: date(r.expiresAt) }));
  };

  const moves = MOVES[request.state];
  const canRenew = request.state !== "closed" && request.state !== "draft";
  // Renewal is up front when the request has expired or closes soon, otherwise one click away.
  const urgent = request.state === "expired" || new Date(request.expiresAt).getTime() - Date.now() < 14 * DAY;
  return (
    <section className="card request-actions" aria-labelledby="request-actions-title">
      <h2 id="request-actions-title" className="small-heading">
        {t("requests.manage")}
      </h2>
      {done && <StatusMessage>{done}</StatusMessage>}
      {error && <ErrorNotice error={error} />}
      {moves.length > 0 && (
        <div className="button-row">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === "closed" ? "btn btn-small btn-danger" : to === "open" && request.state === "draft" ? "btn btn-small btn-primary" : "btn btn-small"}
              disabled={busy !== null}
              aria-busy={busy === to}
              onClick={() => void move(to)}
            >
              {busy === to ? t("common.working") : t(moveLabel(request.state, to))}
            </button>
          ))}
        </div>
      )}
      {canRenew && urgent && <RenewForm key={request.expiresAt} request={request} onDone={renewed} />}
      {canRenew && !urgent && (
        <details className="more">
          <summary>{t("requests.renew")}</summary>
          <RenewForm key={request.expiresAt} request={request} onDone={renewed} />
        </details>
      )}
      {request.state === "closed" && <p className="muted">{t("requests.closedNote")}</p>}
    </section>
  );
}
