import { useState, type FormEvent } from "react";
import { OUTCOME_TYPE_IDS } from "@parklink/shared";
import { introductionsApi, staffApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import type { AdvanceBody, IntroductionView, OutcomeBody } from "../../api/types";
import { Link, navigate } from "../../app/router";
import { toApiError } from "../../app/useAsync";
import { ErrorNotice, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";
import { StaffNotes } from "../introductions/parts";

/** Where staff may move an introduction from each status (the server checks the same). */
const NEXT: Partial<Record<IntroductionView["status"], AdvanceBody["status"][]>> = {
  introduced: ["meeting_held", "agreement", "stalled"],
  meeting_held: ["agreement", "stalled"],
  stalled: ["meeting_held", "agreement"],
  accepted: ["stalled"],
  proposed: ["stalled"],
};

/** One introduction on the board: the pair, and (opened) advance, notes, outcome and joining the chat. */
export function PipelineCard({ intro, onChange }: { intro: IntroductionView; onChange(updated: IntroductionView, message: string): void }) {
  const { t, pick, date } = useI18n();
  const label = useEnumLabel();
  const [note, setNote] = useState("");
  const [stepNote, setStepNote] = useState("");
  const [kind, setKind] = useState<OutcomeBody["kind"] | "">("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const name = (s: IntroductionView["from"]) => (s.orgName ? pick(s.orgName) : t("intro.unknownOrg"));
  const pair = `${name(intro.from)} ↔ ${name(intro.to)}`;

  const run = async (what: string, action: () => Promise<IntroductionView>, message: string, after?: (u: IntroductionView) => void) => {
    setBusy(what);
    setError(null);
    try {
      const updated = await action();
      onChange(updated, message);
      after?.(updated);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };
  const addNote = (e: FormEvent) => {
    e.preventDefault();
    if (note.trim()) void run("note", () => staffApi.note(intro.id, note.trim()), t("pipeline.noteAdded", { pair }), () => setNote(""));
  };
  const advance = (status: AdvanceBody["status"]) =>
    void run(status, () => staffApi.advance(intro.id, { status, ...(stepNote.trim() ? { note: stepNote.trim() } : {}) }), t("pipeline.moved", { pair, status: label("status", status) }), () => setStepNote(""));
  const saveOutcome = (e: FormEvent) => {
    e.preventDefault();
    if (kind) void run("outcome", () => introductionsApi.outcome(intro.id, { kind }), t("pipeline.outcomeSaved", { pair }));
  };
  const join = () => void run("join", () => staffApi.joinChat(intro.id), t("pipeline.joined", { pair }), () => navigate(`/introductions/${intro.id}#chat`));

  const next = NEXT[intro.status] ?? [];
  const fid = (x: string) => `pc-${intro.id}-${x}`;
  return (
    <li className="board-card">
      <p className="board-card-title">
        <Link to={`/introductions/${intro.id}`}>{pair}</Link>
      </p>
      <p className="muted small">
        {intro.origin === "broker" ? t("intro.byBroker") : t("intro.memberAsked")} · {t("pipeline.updated", { date: date(intro.updatedAt) })}
      </p>
      {intro.outcome && <p className="small">{label("outcome", intro.outcome.kind)}</p>}
      {intro.staffNotes && intro.staffNotes.length > 0 && <p className="small muted">{t("pipeline.notesCount", { count: intro.staffNotes.length })}</p>}
      <details className="board-card-more">
        <summary>{t("pipeline.manage")}</summary>
        {error && <ErrorNotice error={error} />}
        {next.length > 0 && (
          <div className="board-step">
            <label htmlFor={fid("step")}>{t("pipeline.stepNote")}</label>
            <input id={fid("step")} value={stepNote} onChange={(e) => setStepNote(e.target.value)} maxLength={1000} />
            <div className="form-actions" role="group" aria-label={t("pipeline.moveTo")}>
              {next.map((s) => (
                <button key={s} type="button" className="btn btn-small" disabled={busy !== null} aria-busy={busy === s} onClick={() => advance(s)}>
                  {t("pipeline.moveToStatus", { status: label("status", s) })}
                </button>
              ))}
            </div>
          </div>
        )}
        {intro.staffNotes && intro.staffNotes.length > 0 && <StaffNotes notes={intro.staffNotes} />}
        <form onSubmit={addNote} className="board-note">
          <label htmlFor={fid("note")}>{t("pipeline.note")}</label>
          <textarea id={fid("note")} rows={2} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" className="btn btn-small" disabled={busy !== null || !note.trim()} aria-busy={busy === "note"}>
            {t("pipeline.addNote")}
          </button>
        </form>
        {intro.introducedAt && (
          <form onSubmit={saveOutcome} className="board-outcome">
            <label htmlFor={fid("outcome")}>{t("intro.outcomeKind")}</label>
            <select id={fid("outcome")} value={kind} onChange={(e) => setKind(e.target.value as OutcomeBody["kind"] | "")}>
              <option value="">{t("common.choose")}</option>
              {OUTCOME_TYPE_IDS.map((id) => (
                <option key={id} value={id}>
                  {label("outcome", id)}
                </option>
              ))}
            </select>
            <button type="submit" className="btn btn-small" disabled={busy !== null || !kind} aria-busy={busy === "outcome"}>
              {t("intro.outcomeSave")}
            </button>
          </form>
        )}
        {intro.introducedAt && (
          <p>
            <button type="button" className="btn btn-small" onClick={join} disabled={busy !== null} aria-busy={busy === "join"}>
              {t("pipeline.joinChat")}
            </button>
          </p>
        )}
      </details>
    </li>
  );
}
