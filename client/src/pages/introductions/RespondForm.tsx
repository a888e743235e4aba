import { useRef, useState, type FormEvent } from "react";
import { DECLINE_REASON_IDS } from "@parklink/shared";
import { introductionsApi } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import type { IntroductionView, RespondBody } from "../../api/types";
import { fieldId, Form, messageOf, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";

type Reason = (typeof DECLINE_REASON_IDS)[number];

/** Accept, or decline with a structured reason (and a note, required for "other"). */
export function RespondForm({ intro, partner, onAnswered }: { intro: IntroductionView; partner: string; onAnswered(updated: IntroductionView): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const label = useEnumLabel();
  const [mode, setMode] = useState<"choose" | "decline">("choose");
  const [reason, setReason] = useState<Reason | "">("");
  const [note, setNote] = useState("");
  const body = useRef<RespondBody>({ decision: "accept" });
  const form = useForm(() => {
    // "Other" needs a note saying which (a rule of this form; the shared schema checks the reason).
    if (body.current.reason === "other" && !body.current.note) {
      throw new ApiError(400, "validation_failed", "note: is required", { issues: [{ field: "note", code: "required", message: "is required" }] });
    }
    return introductionsApi.respond(intro.id, body.current);
  }, onAnswered);
  form.labels.set("reason", t("intro.declineReason"));
  const reasonError = form.fieldError("reason");

  const accept = () => {
    body.current = { decision: "accept" };
    void form.submit();
  };
  const decline = async (e?: FormEvent) => {
    e?.preventDefault();
    body.current = { decision: "decline", ...(reason ? { reason } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    await form.submit();
  };

  if (mode === "choose") {
    return (
      <div className="respond">
        <p>{t("intro.answerPrompt", { name: partner })}</p>
        {form.error && <p className="field-error" role="alert">{messageOf(form.error, i18n)}</p>}
        <div className="form-actions">
          <button type="button" className="btn btn-primary" disabled={form.busy} aria-busy={form.busy} onClick={accept}>
            {form.busy ? t("common.working") : t("intro.accept")}
          </button>
          <button type="button" className="btn" disabled={form.busy} onClick={() => setMode("decline")}>
            {t("intro.decline")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="respond">
      <Form form={{ ...form, submit: decline }} label={t("intro.declineFormLabel", { name: partner })}>
        <fieldset className={reasonError ? "field has-error" : "field"} aria-describedby={reasonError ? `${fieldId("reason")}-error` : undefined}>
          <legend>
            {t("intro.declineReason")}
            <span className="req" aria-hidden="true"> *</span>
          </legend>
          {DECLINE_REASON_IDS.map((r, i) => (
            <label key={r} className="check">
              <input type="radio" id={i === 0 ? fieldId("reason") : undefined} name={`${intro.id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} /> {label("reason", r)}
            </label>
          ))}
          {reasonError && (
            <p className="field-error" id={`${fieldId("reason")}-error`}>
              {reasonError}
            </p>
          )}
        </fieldset>
        <TextField name="note" label={reason === "other" ? t("intro.declineNoteRequired") : t("intro.declineNote")} required={reason === "other"} multiline rows={2} value={note} onChange={setNote} />
        <div className="form-actions">
          <SubmitButton form={form} className="btn btn-danger">
            {t("intro.confirmDecline")}
          </SubmitButton>
          <button type="button" className="btn btn-ghost" onClick={() => setMode("choose")}>
            {t("common.cancel")}
          </button>
        </div>
      </Form>
    </div>
  );
}
