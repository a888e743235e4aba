import { useState } from "react";
import { authApi } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { Link, navigate } from "../../app/router";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { PageTitle } from "../../components/ui";
import { useI18n } from "../../i18n";

export function RegisterPage() {
  const { t, lang } = useI18n();
  const { signedIn } = useAuth();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [phone, setPhone] = useState("");
  // Sign-up answers alike for new and taken e-mails (a confirmation link goes out); signing in
  // right after tells the new member in, and leaves someone else's address at "wrong password".
  const form = useForm(
    async () => {
      await authApi.register({ name, email, password, locale: lang, ...(phone.trim() ? { phone } : {}) });
      return authApi.login(email, password);
    },
    async (session) => {
      await signedIn(session);
      // A new member's next step is to apply with an organization.
      navigate("/orgs/new", { replace: true });
    },
  );
  return (
    <section className="narrow card">
      <PageTitle>{t("auth.registerTitle")}</PageTitle>
      <p className="muted">{t("auth.registerIntro")}</p>
      <Form form={form} label={t("auth.registerTitle")}>
        <TextField name="name" label={t("auth.name")} autoComplete="name" required value={name} onChange={setName} />
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="email" required value={email} onChange={setEmail} />
        <TextField name="password" type="password" label={t("auth.password")} hint={t("auth.passwordRule")} autoComplete="new-password" required value={password} onChange={setPassword} />
        <TextField name="phone" type="tel" label={t("auth.phone")} autoComplete="tel" value={phone} onChange={setPhone} />
        <SubmitButton form={form}>{t("auth.register")}</SubmitButton>
      </Form>
      <p className="muted">
        <Link to="/login">{t("auth.haveAccount")}</Link>
      </p>
    </section>
  );
}
