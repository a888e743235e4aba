import { useState } from "react";
import { COOPERATION_TYPES, PARTNER_KIND_IDS } from "@parklink/shared";
import { requestsApi, type Json } from "../../api/endpoints";
import type { CreateRequestBody, RequestView, UpdateRequestBody } from "../../api/types";
import { Form, SubmitButton, useForm } from "../../components/form";
import { BilingualField, CheckList, SelectField, TextField, useTermOptions } from "../../components/fields";
import { useI18n } from "../../i18n";
import { dateInput, endOfDay, inDays } from "../offers/OfferEditPage";
import { bilingualBody } from "../orgs/orgDraft";

interface Draft {
  type: string;
  title: { en: string; local?: string };
  description: { en: string; local?: string };
  industries: string[];
  targetRegions: string[];
  targetCountries: string[];
  partnerKinds: string[];
  trlMin: string;
  trlMax: string;
  ticketMinUsd: string;
  ticketMaxUsd: string;
  expiresAt: string;
  publish: boolean;
}

const str = (n: number | undefined) => (n === undefined ? "" : String(n));
const fromRequest = (r?: RequestView): Draft => ({
  type: r?.type ?? "",
  title: { en: r?.title.en ?? "", local: r?.title.local ?? "" },
  description: { en: r?.description.en ?? "", local: r?.description.local ?? "" },
  industries: r?.industries ?? [],
  targetRegions: r?.targetRegions ?? [],
  targetCountries: r?.targetCountries ?? [],
  partnerKinds: r?.partnerKinds ?? [],
  trlMin: str(r?.trlMin),
  trlMax: str(r?.trlMax),
  ticketMinUsd: str(r?.ticketMinUsd),
  ticketMaxUsd: str(r?.ticketMaxUsd),
  expiresAt: r ? dateInput(r.expiresAt) : inDays(90),
  publish: true,
});

/** Posts a cooperation request (new) or edits one; `onSaved` gets the stored request. */
export function RequestForm({ orgId, request, onSaved }: { orgId: string; request?: RequestView; onSaved(r: RequestView): void }) {
  const { t, term } = useI18n();
  const [d, setD] = useState(() => fromRequest(request));
  const set = (patch: Partial<Draft>) => setD({ ...d, ...patch });
  const cooperation = useTermOptions("cooperationType", false);
  const regions = useTermOptions("region", false);
  const countries = useTermOptions("country");
  const industries = useTermOptions("industry");
  // Choosing a type suggests who answers it (the taxonomy knows), unless the user already chose.
  const chooseType = (type: string) => {
    const kinds = cooperationKinds(type);
    set({ type, partnerKinds: d.partnerKinds.length ? d.partnerKinds : kinds });
  };
  const num = (s: string, empty: null | undefined) => (s.trim() === "" ? empty : Number(s));
  const form = useForm(() => {
    const common = {
      title: bilingualBody(d.title),
      description: bilingualBody(d.description),
      industries: d.industries,
      targetRegions: d.targetRegions,
      targetCountries: d.targetCountries,
      partnerKinds: d.partnerKinds,
      expiresAt: endOfDay(d.expiresAt),
    };
    // The server validates with the shared schema; the casts bridge form strings to its id types.
    if (request) {
      const ranges = { trlMin: num(d.trlMin, null), trlMax: num(d.trlMax, null), ticketMinUsd: num(d.ticketMinUsd, null), ticketMaxUsd: num(d.ticketMaxUsd, null) };
      return requestsApi.update(request.id, { ...common, ...ranges } as Json<UpdateRequestBody>);
    }
    const ranges = { trlMin: num(d.trlMin, undefined), trlMax: num(d.trlMax, undefined), ticketMinUsd: num(d.ticketMinUsd, undefined), ticketMaxUsd: num(d.ticketMaxUsd, undefined) };
    return requestsApi.create({ orgId, type: d.type, ...common, ...ranges, state: d.publish ? "open" : "draft" } as Json<CreateRequestBody>);
  }, onSaved);
  const trl = Array.from({ length: 9 }, (_, i) => ({ value: String(i + 1), label: `TRL ${i + 1}` }));
  const partnerKindOptions = PARTNER_KIND_IDS.map((k) => ({ value: k, label: k === "offer" ? t("offers.kind") : term("orgKind", k) }));
  return (
    <Form form={form} label={request ? t("requests.edit") : t("requests.new")}>
      {!request && (
        <SelectField name="type" label={t("requests.type")} required empty={t("common.choose")} options={cooperation} value={d.type} onChange={chooseType} />
      )}
      <BilingualField name="title" label={t("requests.titleField")} required value={d.title} onChange={(title) => set({ title })} />
      <BilingualField name="description" label={t("requests.description")} required multiline value={d.description} onChange={(description) => set({ description })} />
      <CheckList name="partnerKinds" label={t("requests.partnerKinds")} required options={partnerKindOptions} value={d.partnerKinds} onChange={(partnerKinds) => set({ partnerKinds })} />
      <CheckList name="industries" label={t("org.industries")} required filterable options={industries} value={d.industries} onChange={(industries) => set({ industries })} />
      <CheckList name="targetRegions" label={t("requests.targetRegions")} options={regions} value={d.targetRegions} onChange={(targetRegions) => set({ targetRegions })} />
      <CheckList name="targetCountries" label={t("requests.targetCountries")} filterable options={countries} value={d.targetCountries} onChange={(targetCountries) => set({ targetCountries })} />
      <details className="more" open={Boolean(d.trlMin || d.trlMax || d.ticketMinUsd || d.ticketMaxUsd)}>
        <summary>{t("requests.ranges")}</summary>
        <div className="grid-2">
          <SelectField name="trlMin" label={t("requests.trlMin")} empty="—" options={trl} value={d.trlMin} onChange={(trlMin) => set({ trlMin })} />
          <SelectField name="trlMax" label={t("requests.trlMax")} empty="—" options={trl} value={d.trlMax} onChange={(trlMax) => set({ trlMax })} />
          <TextField name="ticketMinUsd" type="number" label={t("requests.ticketMin")} value={d.ticketMinUsd} onChange={(ticketMinUsd) => set({ ticketMinUsd })} />
          <TextField name="ticketMaxUsd" type="number" label={t("requests.ticketMax")} value={d.ticketMaxUsd} onChange={(ticketMaxUsd) => set({ ticketMaxUsd })} />
        </div>
      </details>
      <div className="grid-2">
        <TextField name="expiresAt" type="date" label={t("requests.expiresAt")} required value={d.expiresAt} onChange={(expiresAt) => set({ expiresAt })} />
        {!request && (
          <label className="check inline-check">
            <input type="checkbox" checked={d.publish} onChange={(e) => set({ publish: e.target.checked })} /> {t("requests.publishNow")}
          </label>
        )}
      </div>
      <div className="form-actions">
        <SubmitButton form={form}>{request ? t("common.save") : t("requests.post")}</SubmitButton>
      </div>
    </Form>
  );
}

function cooperationKinds(type: string): string[] {
  const found = COOPERATION_TYPES.find((c) => c.id === type);
  return found ? [...found.partnerKinds] : [];
}
