import { useState } from "react";
import { authApi, mailApi } from "../../api/endpoints";
import type { ApiError } from "../../api/http";
import { toApiError, useApi } from "../../app/useAsync";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { Form, SubmitButton, useForm } from "../../components/form";
import { SelectField, TextField } from "../../components/fields";
import { ErrorNotice, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { setSession } from "../../api/http";
import { NotificationPreferencesForm } from "./NotificationPreferences";

function ProfileForm() {
  const { t, setLang } = useI18n();
  const { user } = useAuth();
  const [name, setName] = useState(user?.name ?? "");
  const [phone, setPhone] = useState(user?.phone ?? "");
  const [locale, setLocale] = useState<"en" | "zh">(user?.locale ?? "en");
  const [saved, setSaved] = useState(false);
  const form = useForm(
    () => authApi.updateMe({ name, phone: phone.trim() ? phone : null, locale }),
    (updated) => {
      setSaved(true);
      setLang(updated.locale);
    },
  );
  return (
    <section className="card" aria-labelledby="settings-profile">
      <h2 id="settings-profile">{t("settings.profile")}</h2>
      {saved && <StatusMessage>{t("common.saved")}</StatusMessage>}
      <Form form={form} label={t("settings.profile")}>
        <TextField name="name" label={t("auth.name")} autoComplete="name" required value={name} onChange={setName} />
        <TextField name="phone" type="tel" label={t("auth.phone")} hint={t("settings.phoneHint")} autoComplete="tel" value={phone} onChange={setPhone} />
        <SelectField
          name="locale"
          label={t("settings.language")}
          hint={t("settings.languageHint")}
          value={locale}
          onChange={(v) => setLocale(v as "en" | "zh")}
          options={[
            { value: "en", label: t("lang.english") },
            { value: "zh", label: t("lang.chinese") },
          ]}
        />
        <SubmitButton form={form}>{t("common.save")}</SubmitButton>
      </Form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [done, setDone] = useState(false);
  const form = useForm(
    () => authApi.changePassword(current, next),
    (session) => {
      // The server ends every other session and answers a fresh pair for this one.
      setSession(session);
      setCurrent("");
      setNext("");
      setDone(true);
    },
  );
  return (
    <section className="card" aria-labelledby="settings-password">
      <h2 id="settings-password">{t("settings.password")}</h2>
      <p className="muted">{t("settings.passwordIntro")}</p>
      {done && <StatusMessage>{t("settings.passwordDone")}</StatusMessage>}
      <Form form={form} label={t("settings.password")}>
        <TextField name="currentPassword" type="password" label={t("settings.currentPassword")} autoComplete="current-password" required value={current} onChange={setCurrent} />
        <TextField name="newPassword" type="password" label={t("settings.newPassword")} hint={t("auth.passwordRule")} autoComplete="new-password" required value={next} onChange={setNext} />
        <SubmitButton form={form}>{t("settings.changePassword")}</SubmitButton>
      </Form>
    </section>
  );
}

/** The digest has its own frequency choice (NotificationPreferences), where "never" switches it off. */
const MAIL_KINDS = ["introductions", "chat", "followUps", "events"] as const;

/** Which kinds of e-mail Parklink sends. */
function MailPreferencesForm() {
  const { t } = useI18n();
  const prefs = useApi(["home", "mailPreferences"], () => mailApi.preferences());
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const toggle = async (kind: (typeof MAIL_KINDS)[number], on: boolean) => {
    setSaved(false);
    setError(null);
    // Shown at once; the server's answer replaces it, and a refusal puts it back.
    const before = prefs.data;
    if (before) prefs.setData({ ...before, [kind]: on });
    try {
      prefs.setData(await mailApi.setPreferences({ [kind]: on }));
      setSaved(true);
    } catch (err) {
      if (before) prefs.setData(before);
      setError(toApiError(err));
    }
  };
  return (
    <section className="card" aria-labelledby="settings-mail">
      <h2 id="settings-mail">{t("settings.mail")}</h2>
      <p className="muted">{t("settings.mailIntro")}</p>
      {prefs.error && <ErrorNotice error={prefs.error} onRetry={prefs.reload} />}
      {error && <ErrorNotice error={error} />}
      {saved && <StatusMessage>{t("common.saved")}</StatusMessage>}
      {prefs.data && (
        <fieldset className="field checklist">
          <legend>{t("settings.mailKinds")}</legend>
          <div className="checks">
            {MAIL_KINDS.map((kind) => (
              <label key={kind} className="check">
                <input type="checkbox" checked={prefs.data![kind]} onChange={(e) => void toggle(kind, e.target.checked)} /> {t(`settings.mail.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}

/** Sign out everywhere else: other browsers and phones lose their session at once; this one carries on. */
function OtherSessions() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const form = useForm(
    () => authApi.endOtherSessions(),
    (session) => {
      setSession(session);
      setDone(true);
    },
  );
  return (
    <section className="card" aria-labelledby="settings-sessions">
      <h2 id="settings-sessions">{t("settings.sessions")}</h2>
      <p className="muted">{t("settings.sessionsIntro")}</p>
      {done && <StatusMessage>{t("settings.sessionsDone")}</StatusMessage>}
      <Form form={form} label={t("settings.sessions")}>
        <SubmitButton form={form} className="btn">
          {t("settings.endOthers")}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** Account settings: name, phone, language, password, e-mails; saved searches and their alerts are one link away. */
export function SettingsPage() {
  const { t } = useI18n();
  return (
    <div className="settings-page narrow">
      <PageTitle>{t("settings.title")}</PageTitle>
      <ProfileForm />
      <PasswordForm />
      <MailPreferencesForm />
      <NotificationPreferencesForm />
      <OtherSessions />
      <section className="card" aria-labelledby="settings-alerts">
        <h2 id="settings-alerts">{t("settings.alerts")}</h2>
        <p>
          <Link to="/my/searches">{t("saved.title")}</Link>
        </p>
      </section>
    </div>
  );
}
