import { useState } from "react";
import { introductionsApi } from "../../api/endpoints";
import type { IntroductionView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link, useLocation } from "../../app/router";
import { Form, SubmitButton, useForm } from "../../components/form";
import { SelectField, TextField } from "../../components/fields";
import { StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";

interface Props {
  target: { entity: "org" | "offer" | "request"; id: string };
  /** The organization behind the target (one cannot be introduced to oneself). */
  targetOrgId: string;
  /** The request this answers, when expressing interest from its match list. */
  requestId?: string;
  /** Act for this organization (the request's owner) instead of letting the user choose. */
  fromOrgId?: string;
  targetName: string;
  compact?: boolean;
  /** Told once the request for an introduction is sent (the page shows it in context). */
  onSent?(intro: IntroductionView): void;
}

/** "Express interest": asks the other side for an introduction (they accept or decline). */
export function ExpressInterest({ target, targetOrgId, requestId, fromOrgId, targetName, compact, onSent }: Props) {
  const { t, pick } = useI18n();
  const { user, orgs } = useAuth();
  const { href } = useLocation();
  const eligible = orgs.filter((o) => o.status === "approved" && o.id !== targetOrgId);
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(fromOrgId ?? eligible[0]?.id ?? "");
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState<IntroductionView | null>(null);
  const form = useForm(
    () => introductionsApi.expressInterest({ fromOrgId: from, target, ...(requestId ? { requestId } : {}), message: message.trim() || t("interest.defaultMessage", { name: targetName }) }),
    (intro) => {
      setSent(intro);
      onSent?.(intro);
    },
  );

  if (!user) {
    return (
      <p className="muted">
        <Link to={`/login?next=${encodeURIComponent(href)}`}>{t("interest.loginFirst")}</Link>
      </p>
    );
  }
  if (sent) {
    return (
      <StatusMessage>
        {t("interest.sent", { name: targetName })} <Link to={`/introductions/${sent.id}`}>{t("interest.view")}</Link>
      </StatusMessage>
    );
  }
  if (!fromOrgId && eligible.length === 0) {
    if (orgs.some((o) => o.id === targetOrgId)) return null;
    return <p className="hint">{t("interest.needsApproval")}</p>;
  }
  if (!open) {
    return (
      <button type="button" className={compact ? "btn btn-primary btn-small" : "btn btn-primary"} aria-label={t("interest.buttonFor", { name: targetName })} onClick={() => setOpen(true)}>
        {t("interest.button")}
      </button>
    );
  }
  return (
    <div className="interest-form">
      <Form form={form} label={t("interest.formLabel", { name: targetName })}>
        {!fromOrgId && eligible.length > 1 && (
          <SelectField name="fromOrgId" label={t("interest.from")} options={eligible.map((o) => ({ value: o.id, label: pick(o.name) }))} value={from} onChange={setFrom} />
        )}
        <TextField name="message" label={t("interest.message")} multiline rows={3} placeholder={t("interest.defaultMessage", { name: targetName })} value={message} onChange={setMessage} />
        <div className="form-actions">
          <SubmitButton form={form}>{t("interest.send")}</SubmitButton>
          <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
            {t("common.cancel")}
          </button>
        </div>
      </Form>
    </div>
  );
}
