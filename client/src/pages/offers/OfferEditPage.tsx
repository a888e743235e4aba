import { useState } from "react";
import { offersApi, type Json } from "../../api/endpoints";
import type { CreateOfferBody, OfferView, UpdateOfferBody } from "../../api/types";
import { useAuth } from "../../app/auth";
import { navigate, useLocation } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
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

function OfferForm({ offer, orgId }: { offer?: OfferView; orgId: string }) {
  const { t } = useI18n();
  const [d, setD] = useState(() => fromOffer(offer));
  const set = (patch: Partial<Draft>) => setD({ ...d, ...patch });
  const fields = () => ({
    title: bilingualBody(d.title),
    summary: bilingualBody(d.summary),
    industries: d.industries,
    trl: d.trl ? Number(d.trl) : undefined,
    ipStatus: d.ipStatus,
    transferModes: d.transferModes,
    targetRegions: d.targetRegions,
    expiresAt: endOfDay(d.expiresAt),
  });
  // The server validates every field with the shared schema; the casts only bridge form strings to its id types.
  const form = useForm(
    () =>
      offer
        ? offersApi.update(offer.id, fields() as Json<UpdateOfferBody>)
        : offersApi.create({ orgId, ...fields() } as Json<CreateOfferBody>),
    (saved) => navigate(`/offers/${saved.id}`),
  );
  const trlOptions = Array.from({ length: 9 }, (_, i) => ({ value: String(i + 1), label: `TRL ${i + 1} — ${t(`trl.${i + 1}` as "trl.1")}` }));
  return (
    <Form form={form} label={offer ? t("offers.edit") : t("offers.new")}>
      <BilingualField name="title" label={t("offers.titleField")} required value={d.title} onChange={(title) => set({ title })} />
      <BilingualField name="summary" label={t("offers.summary")} required multiline value={d.summary} onChange={(summary) => set({ summary })} />
      <div className="grid-3">
        <SelectField name="trl" label={t("offers.trl")} required empty={t("common.choose")} options={trlOptions} value={d.trl} onChange={(trl) => set({ trl })} />
        <SelectField name="ipStatus" label={t("offers.ipStatus")} required empty={t("common.choose")} options={useTermOptions("ipStatus", false)} value={d.ipStatus} onChange={(ipStatus) => set({ ipStatus })} />
        <TextField name="expiresAt" type="date" label={t("offers.expiresAt")} required value={d.expiresAt} onChange={(expiresAt) => set({ expiresAt })} />
      </div>
      <CheckList name="transferModes" label={t("offers.transferModes")} required options={useTermOptions("transferMode", false)} value={d.transferModes} onChange={(transferModes) => set({ transferModes })} />
      <CheckList name="industries" label={t("org.industries")} required filterable options={useTermOptions("industry")} value={d.industries} onChange={(industries) => set({ industries })} />
      <CheckList name="targetRegions" label={t("offers.targetRegions")} options={useTermOptions("region", false)} value={d.targetRegions} onChange={(targetRegions) => set({ targetRegions })} />
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
