import { useState } from "react";
import type { SavedSearchAlerts, SearchFilters } from "@parklink/shared";
import { searchApi } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { Form, SubmitButton, useForm } from "../../components/form";
import { SelectField, TextField } from "../../components/fields";
import { StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { hasFilters, LIST_PARAMS, type SearchState } from "./searchState";

/** The filters of the search page as a saved search keeps them. */
export function savedFilters(state: SearchState): SearchFilters {
  const filters: Record<string, unknown> = {};
  for (const p of LIST_PARAMS) if (state.filters[p].length) filters[p] = state.filters[p];
  if (state.trlMin) filters.trlMin = Number(state.trlMin);
  if (state.trlMax) filters.trlMax = Number(state.trlMax);
  return filters as SearchFilters;
}

export function useAlertOptions() {
  const { t } = useI18n();
  return (["instant", "daily", "off"] as const).map((value) => ({ value, label: t(`saved.alerts.${value}`) }));
}

/** "Save this search": a name and how to be told of new results; members only. */
export function SaveSearch({ state, text }: { state: SearchState; text: string }) {
  const { t } = useI18n();
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [alerts, setAlerts] = useState<SavedSearchAlerts>("instant");
  const [saved, setSaved] = useState(false);
  const alertOptions = useAlertOptions();
  const form = useForm(
    () => searchApi.save({ name, q: text.trim(), filters: savedFilters(state), alerts }),
    () => {
      setSaved(true);
      setOpen(false);
    },
  );
  if (!user || (!text.trim() && !hasFilters(state))) return null;
  if (saved) {
    return (
      <StatusMessage>
        {t("saved.done")} <Link to="/my/searches">{t("saved.manage")}</Link>
      </StatusMessage>
    );
  }
  if (!open) {
    return (
      <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
        {t("saved.save")}
      </button>
    );
  }
  return (
    <Form form={form} className="form save-search" label={t("saved.save")}>
      <TextField name="name" label={t("saved.name")} required value={name} onChange={setName} />
      <SelectField name="alerts" label={t("saved.alerts")} value={alerts} onChange={(v) => setAlerts(v as SavedSearchAlerts)} options={alertOptions} />
      <div className="actions">
        <SubmitButton form={form}>{t("common.save")}</SubmitButton>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </Form>
  );
}
