import { useState } from "react";
import { accountApi } from "../../api/account";
import type { ApiError } from "../../api/http";
import { refreshSession } from "../../api/http";
import { useAuth } from "../../app/auth";
import { Link, useLocation } from "../../app/router";
import { toApiError } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { ErrorNotice, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";

/** Shown above every page while the signed-in account's e-mail is unconfirmed. */
export function ConfirmEmailBanner() {
  const { t } = useI18n();
  const { user } = useAuth();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!user || user.emailConfirmed) return null;
  const resend = async () => {
    setError(null);
    try {
      await accountApi.resendConfirmation();
      setSent(true);
    } catch (err) {
      setError(toApiError(err));
    }
  };
  return (
    <div className="alert alert-warn" role="status">
      <p>{t("confirm.banner")}</p>
      {sent ? (
        <p>{t("confirm.resent")}</p>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => void resend()}>
          {t("confirm.resend")}
        </button>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

/** Opened from the e-mailed link `/confirm-email?token=…` (or with the code typed in). */
export function ConfirmEmailPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const { user } = useAuth();
  const [token, setToken] = useState(query.get("token") ?? "");
  const [done, setDone] = useState(false);
  const form = useForm(
    () => accountApi.confirmEmail(token.trim()),
    async () => {
      // The banner goes once the user is read again; the rotated refresh token is stored before the page says done.
      if (user) await refreshSession();
      setDone(true);
    },
  );
  return (
    <section className="narrow card">
      <PageTitle>{t("confirm.title")}</PageTitle>
      {done ? (
        <>
          <StatusMessage>{t("confirm.done")}</StatusMessage>
          <p>
            <Link to={user ? "/" : "/login"} className="btn btn-primary">
              {user ? t("app.home") : t("auth.login")}
            </Link>
          </p>
        </>
      ) : (
        <Form form={form} label={t("confirm.title")}>
          <TextField name="token" label={t("confirm.code")} required value={token} onChange={setToken} />
          <SubmitButton form={form}>{t("confirm.submit")}</SubmitButton>
        </Form>
      )}
    </section>
  );
}
