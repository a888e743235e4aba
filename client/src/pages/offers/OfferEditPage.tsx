import { useMemo, useState } from "react";
import { z } from "zod";
import { createOfferBody, updateOfferBody } from "@parklink/shared";
import { offersApi, type Json } from "../../api/endpoints";
import type { CreateOfferBody, OfferView, UpdateOfferBody } from "../../api/types";
import { useAuth } from "../../app/auth";
import { navigate, useLocation } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { Form, SubmitButton } from "../../components/form";
import { useSchemaForm } from "../../components/schemaForm";
import { BilingualField, CheckList, SelectField, TextField, useTermOptions } from "../../components/fields";
import { ErrorNotice, Loading, PageTitle } from "../../components/ui";
import { useI18n } from "../../i18n";
import { bilingualBody } from "../orgs/orgDraft";

const DAY = 86_400_000;
/** yyyy-mm-dd of a date `days` from now, for date inputs. */
export const dateInput = (iso: string | Date | number) => new Date(iso).toISOString().slice(0, 10);
export const inDays = (days: number) => dateInput(Date.now() + days * DAY);
/** A date input's value as the API's timestamp (end of that day, UTC). */
export const endOfDay = (value: string) => (value ? `${value}T23:59:59.000Z` : "");

interface Draft {
  title: { en: string; local?: string };
  summary: { en: string; local?: string };
  industries: string[];
  trl: string;
  ipStatus: string;
  transferModes: string[];
  targetRegions: string[];
  expiresAt: string;
}

const fromOffer = (o?: OfferView): Draft => ({
  title: { en: o?.title.en ?? "", local: o?.title.local ?? "" },
  summary: { en: o?.summary.en ?? "", local: o?.summary.local ?? "" },
  industries: o?.industries ?? [],
  trl: o ? String(o.trl) : "",
  ipStatus: o?.ipStatus ?? "",
  transferModes: o?.transferModes ?? [],
  targetRegions: o?.targetRegions ?? [],
  expiresAt: o ? dateInput(o.expiresAt) : inDays(180),
});

/** The API body of a draft (form strings, not yet the schema's ids and numbers: the shared schema checks them). */
const toBody = (d: Draft, orgId: string | undefined): unknown => ({
  ...(orgId ? { orgId } : {}),
  title: bilingualBody(d.title),
  summary: bilingualBody(d.summary),
  industries: d.industries,
  trl: d.trl ? Number(d.trl) : undefined,
  ipStatus: d.ipStatus,
  transferModes: d.transferModes,
  targetRegions: d.targetRegions,
  expiresAt: endOfDay(d.expiresAt),
});

function OfferForm({ offer, orgId }: { offer?: OfferView; orgId: string }) {
  const { t } = useI18n();
  const owner = offer ? undefined : orgId;
  const schema = useMemo(() => z.custom<Draft>().transform((d) => toBody(d, owner)).pipe(offer ? updateOfferBody : createOfferBody), [offer, owner]);
  const { form, bind } = useSchemaForm(
    schema,
    fromOffer(offer),
    (d) => (offer ? offersApi.update(offer.id, toBody(d, undefined) as Json<UpdateOfferBody>) : offersApi.create(toBody(d, orgId) as Json<CreateOfferBody>)),
    (saved) => navigate(`/offers/${saved.id}`),
  );
  const trlOptions = Array.from({ length: 9 }, (_, i) => ({ value: String(i + 1), label: `TRL ${i + 1} — ${t(`trl.${i + 1}` as "trl.1")}` }));
  return (
    <Form form={form} label={offer ? t("offers.edit") : t("offers.new")}>
      <BilingualField name="title" label={t("offers.titleField")} required {...bind("title")} />
      <BilingualField name="summary" label={t("offers.summary")} required multiline {...bind("summary")} />
      <div className="grid-3">
        <SelectField name="trl" label={t("offers.trl")} required empty={t("common.choose")} options={trlOptions} {...bind("trl")} />
        <SelectField name="ipStatus" label={t("offers.ipStatus")} required empty={t("common.choose")} options={useTermOptions("ipStatus", false)} {...bind("ipStatus")} />
        <TextField name="expiresAt" type="date" label={t("offers.expiresAt")} required {...bind("expiresAt")} />
      </div>
      <CheckList name="transferModes" label={t("offers.transferModes")} required options={useTermOptions("transferMode", false)} {...bind("transferModes")} />
      <CheckList name="industries" label={t("org.industries")} required filterable options={useTermOptions("industry")} {...bind("industries")} />
      <CheckList name="targetRegions" label={t("offers.targetRegions")} options={useTermOptions("region", false)} {...bind("targetRegions")} />
      <div className="form-actions">
        <SubmitButton form={form}>{offer ? t("common.save") : t("offers.publish")}</SubmitButton>
      </div>
    </Form>
  );
}

/** `/offers/new?orgId=…` posts an offer; `/offers/:id/edit` edits one. */
export function OfferEditPage({ params }: { params: { id?: string } }) {
  const { t, pick } = useI18n();
  const { query } = useLocation();
  const { orgs } = useAuth();
  // The cache keeps no "undefined": a new offer reads as null.
  const offer = useApi(["offers", "get", params.id], () => (params.id ? offersApi.get(params.id) : Promise.resolve(null)));
  const [orgId, setOrgId] = useState(query.get("orgId") ?? orgs.find((o) => o.status === "approved")?.id ?? "");
  if (offer.error) return <ErrorNotice error={offer.error} onRetry={offer.reload} />;
  if (offer.loading) return <Loading />;
  return (
    <section>
      <PageTitle>{params.id ? t("offers.edit") : t("offers.new")}</PageTitle>
      <div className="card">
        {!params.id && (
          <SelectField
            name="orgId"
            label={t("offers.owner")}
            options={orgs.filter((o) => o.status === "approved").map((o) => ({ value: o.id, label: pick(o.name) }))}
            value={orgId}
            onChange={setOrgId}
          />
        )}
        <OfferForm offer={offer.data ?? undefined} orgId={orgId} />
      </div>
    </section>
  );
}
