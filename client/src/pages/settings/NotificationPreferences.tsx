import { useState } from "react";
import { DIGEST_FREQUENCIES, IN_APP_KINDS, notificationPreferencesBody, type NotificationPreferences, type NotificationPreferencesBody } from "@parklink/shared";
import { api, checkBody, type ApiError } from "../../api/http";
import { toApiError, useApi } from "../../app/useAsync";
import { ErrorNotice, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";

export const notificationPreferencesApi = {
  get: () => api<NotificationPreferences>("GET", "/notifications/preferences"),
  set: (body: NotificationPreferencesBody) => api<NotificationPreferences>("PATCH", "/notifications/preferences", { json: checkBody(notificationPreferencesBody, body) }),
};

/** In-app notifications per kind and the digest's frequency; each change is saved at once. */
export function NotificationPreferencesForm() {
  const { t } = useI18n();
  const prefs = useApi(["notifications", "preferences"], () => notificationPreferencesApi.get());
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (change: NotificationPreferencesBody, optimistic: NotificationPreferences) => {
    setSaved(false);
    setError(null);
    const before = prefs.data;
    prefs.setData(optimistic);
    try {
      prefs.setData(await notificationPreferencesApi.set(change));
      setSaved(true);
    } catch (err) {
      if (before) prefs.setData(before);
      setError(toApiError(err));
    }
  };
  const data = prefs.data;
  return (
    <section className="card" aria-labelledby="settings-notify">
      <h2 id="settings-notify">{t("settings.notify")}</h2>
      <p className="muted">{t("settings.notifyIntro")}</p>
      {prefs.error && <ErrorNotice error={prefs.error} onRetry={prefs.reload} />}
      {error && <ErrorNotice error={error} />}
      {saved && <StatusMessage>{t("common.saved")}</StatusMessage>}
      {data && (
        <>
          <fieldset className="field checklist">
            <legend>{t("settings.inAppKinds")}</legend>
            <div className="checks">
              {IN_APP_KINDS.map((kind) => (
                <label key={kind} className="check">
                  <input
                    type="checkbox"
                    checked={data.inApp[kind]}
                    onChange={(e) => void save({ inApp: { [kind]: e.target.checked } }, { ...data, inApp: { ...data.inApp, [kind]: e.target.checked } })}
                  />{" "}
                  {t(`settings.inApp.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="f-digest">{t("settings.digest")}</label>
            <select
              id="f-digest"
              value={data.digest}
              aria-describedby="f-digest-hint"
              onChange={(e) => {
                const digest = e.target.value as NotificationPreferences["digest"];
                void save({ digest }, { ...data, digest });
              }}
            >
              {DIGEST_FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`settings.digest.${f}`)}
                </option>
              ))}
            </select>
            <p className="hint" id="f-digest-hint">
              {t("settings.digestHint")}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
