import { useMemo } from "react";
import { z } from "zod";
import { COOPERATION_TYPES, createRequestBody, PARTNER_KIND_IDS, updateRequestBody } from "@parklink/shared";
import { requestsApi, type Json } from "../../api/endpoints";
import type { CreateRequestBody, RequestView, UpdateRequestBody } from "../../api/types";
import { Form, SubmitButton } from "../../components/form";
import { useSchemaForm } from "../../components/schemaForm";
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

const num = (s: string, empty: null | undefined) => (s.trim() === "" ? empty : Number(s));

/** The API body of a draft: a new request's, or the changes of an edit (cleared ranges are null). */
function toBody(d: Draft, orgId: string, editing: boolean): unknown {
  const common = {
    title: bilingualBody(d.title),
    description: bilingualBody(d.description),
    industries: d.industries,
    targetRegions: d.targetRegions,
    targetCountries: d.targetCountries,
    partnerKinds: d.partnerKinds,
    expiresAt: endOfDay(d.expiresAt),
  };
  const empty = editing ? null : undefined;
  const ranges = { trlMin: num(d.trlMin, empty), trlMax: num(d.trlMax, empty), ticketMinUsd: num(d.ticketMinUsd, empty), ticketMaxUsd: num(d.ticketMaxUsd, empty) };
  // Form strings, not yet the schema's ids and numbers: the shared schema checks them next.
  if (editing) return { ...common, ...ranges };
  return { orgId, type: d.type, ...common, ...ranges, state: d.publish ? "open" : "draft" };
}

/** Posts a cooperation request (new) or edits one; `onSaved` gets the stored request. */
export function RequestForm({ orgId, request, onSaved }: { orgId: string; request?: RequestView; onSaved(r: RequestView): void }) {
  const { t, term } = useI18n();
  // The draft becomes the API body and is checked by the same schema the server uses.
  const schema = useMemo(() => z.custom<Draft>().transform((d) => toBody(d, orgId, Boolean(request))).pipe(request ? updateRequestBody : createRequestBody), [orgId, request]);
  const { form, values, bind } = useSchemaForm(
    schema,
    fromRequest(request),
    (draft) => {
      const body = toBody(draft, orgId, Boolean(request));
      return request ? requestsApi.update(request.id, body as Json<UpdateRequestBody>) : requestsApi.create(body as Json<CreateRequestBody>);
    },
    onSaved,
  );
  const d = values.watch();
  const cooperation = useTermOptions("cooperationType", false);
  const regions = useTermOptions("region", false);
  const countries = useTermOptions("country");
  const industries = useTermOptions("industry");
  // Choosing a type suggests who answers it (the taxonomy knows), unless the user already chose.
  const chooseType = (type: string) => {
    values.setValue("type", type);
    if (!values.getValues("partnerKinds").length) values.setValue("partnerKinds", cooperationKinds(type));
  };
  const trl = Array.from({ length: 9 }, (_, i) => ({ value: String(i + 1), label: `TRL ${i + 1}` }));
  const partnerKindOptions = PARTNER_KIND_IDS.map((k) => ({ value: k, label: k === "offer" ? t("offers.kind") : term("orgKind", k) }));
  return (
    <Form form={form} label={request ? t("requests.edit") : t("requests.new")}>
      {!request && (
        <SelectField name="type" label={t("requests.type")} required empty={t("common.choose")} options={cooperation} value={d.type} onChange={chooseType} />
      )}
      <BilingualField name="title" label={t("requests.titleField")} required {...bind("title")} />
      <BilingualField name="description" label={t("requests.description")} required multiline {...bind("description")} />
      <CheckList name="partnerKinds" label={t("requests.partnerKinds")} required options={partnerKindOptions} {...bind("partnerKinds")} />
      <CheckList name="industries" label={t("org.industries")} required filterable options={industries} {...bind("industries")} />
      <CheckList name="targetRegions" label={t("requests.targetRegions")} options={regions} {...bind("targetRegions")} />
      <CheckList name="targetCountries" label={t("requests.targetCountries")} filterable options={countries} {...bind("targetCountries")} />
      <details className="more" open={Boolean(d.trlMin || d.trlMax || d.ticketMinUsd || d.ticketMaxUsd)}>
        <summary>{t("requests.ranges")}</summary>
        <div className="grid-2">
          <SelectField name="trlMin" label={t("requests.trlMin")} empty="—" options={trl} {...bind("trlMin")} />
          <SelectField name="trlMax" label={t("requests.trlMax")} empty="—" options={trl} {...bind("trlMax")} />
          <TextField name="ticketMinUsd" type="number" label={t("requests.ticketMin")} {...bind("ticketMinUsd")} />
          <TextField name="ticketMaxUsd" type="number" label={t("requests.ticketMax")} {...bind("ticketMaxUsd")} />
        </div>
      </details>
      <div className="grid-2">
        <TextField name="expiresAt" type="date" label={t("requests.expiresAt")} required {...bind("expiresAt")} />
        {!request && (
          <label className="check inline-check">
            <input type="checkbox" checked={d.publish} onChange={(e) => values.setValue("publish", e.target.checked)} /> {t("requests.publishNow")}
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
