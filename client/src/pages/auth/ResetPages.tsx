import { useState } from "react";
import { authApi } from "../../api/endpoints";
import { ApiError } from "../../api/http";
import { Link, useLocation } from "../../app/router";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { PageTitle, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const form = useForm(() => authApi.requestReset(email), () => setSent(true));
  return (
    <section className="narrow card">
      <PageTitle>{t("reset.requestTitle")}</PageTitle>
      {sent ? (
        <StatusMessage>{t("reset.sent")}</StatusMessage>
      ) : (
        <>
          <p className="muted">{t("reset.requestIntro")}</p>
          <Form form={form} label={t("reset.requestTitle")}>
            <TextField name="email" type="email" label={t("auth.email")} autoComplete="email" required value={email} onChange={setEmail} />
            <SubmitButton form={form}>{t("reset.send")}</SubmitButton>
          </Form>
        </>
      )}
      <p className="muted">
        <Link to="/login">{t("auth.backToLogin")}</Link>
      </p>
    </section>
  );
}

/** Opened from the e-mailed link `/reset-password?token=…` (or with the code typed in). */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const [token, setToken] = useState(query.get("token") ?? "");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [done, setDone] = useState(false);
  const form = useForm(async () => {
    if (password !== repeat) {
      throw new ApiError(400, "validation_failed", t("reset.mismatch"), { issues: [{ field: "repeat", code: "password_mismatch", message: t("reset.mismatch") }] });
    }
    return authApi.confirmReset(token.trim(), password);
  }, () => setDone(true));
  return (
    <section className="narrow card">
      <PageTitle>{t("reset.confirmTitle")}</PageTitle>
      {done ? (
        <>
          <StatusMessage>{t("reset.done")}</StatusMessage>
          <p>
            <Link to="/login" className="btn btn-primary">
              {t("auth.login")}
            </Link>
          </p>
        </>
      ) : (
        <Form form={form} label={t("reset.confirmTitle")}>
          {!query.get("token") && <TextField name="token" label={t("reset.code")} required value={token} onChange={setToken} />}
          <TextField name="newPassword" type="password" label={t("reset.newPassword")} hint={t("auth.passwordRule")} autoComplete="new-password" required value={password} onChange={setPassword} />
          <TextField name="repeat" type="password" label={t("reset.repeat")} autoComplete="new-password" required value={repeat} onChange={setRepeat} />
          <SubmitButton form={form}>{t("reset.save")}</SubmitButton>
        </Form>
      )}
    </section>
  );
}
