import { useState } from "react";
import { authApi } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { Link, navigate, useLocation } from "../../app/router";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { PageTitle } from "../../components/ui";
import { useI18n } from "../../i18n";

/** Where to go after signing in: a local path only (never another site). */
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const { t } = useI18n();
  const { signedIn } = useAuth();
  const { query } = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useForm(
    () => authApi.login(email, password),
    async (session) => {
      await signedIn(session);
      navigate(safeNext(query.get("next")), { replace: true });
    },
  );
  return (
    <section className="narrow card">
      <PageTitle>{t("auth.loginTitle")}</PageTitle>
      <Form form={form} label={t("auth.loginTitle")}>
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="username" required value={email} onChange={setEmail} />
        <TextField name="password" type="password" label={t("auth.password")} autoComplete="current-password" required value={password} onChange={setPassword} />
        <SubmitButton form={form}>{t("auth.login")}</SubmitButton>
      </Form>
      <p className="muted">
        <Link to="/forgot-password">{t("auth.forgot")}</Link> · <Link to="/register">{t("auth.noAccount")}</Link>
      </p>
    </section>
  );
}
