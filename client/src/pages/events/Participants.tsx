import { useState } from "react";
import { useAsync } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { SelectField, TextField, useTermOptions } from "../../components/fields";
import { Empty, ErrorNotice, Loading, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { eventsApi, type EventView, type Participant } from "./api";
import { useSlotLabel } from "./parts";

function RequestForm({ event, orgId, participant, onSent }: { event: EventView; orgId: string; participant: Participant; onSent(): void }) {
  const { t, pick } = useI18n();
  const slotLabel = useSlotLabel(event);
  const [slot, setSlot] = useState(String(participant.freeSlots[0] ?? ""));
  const [message, setMessage] = useState("");
  const form = useForm(() => eventsApi.requestMeeting(event.id, { fromOrgId: orgId, toOrgId: participant.orgId, slot: Number(slot), message }), onSent);
  if (participant.freeSlots.length === 0) return <p className="hint">{t("events.noFreeSlot")}</p>;
  return (
    <Form form={form} label={t("events.requestWith", { name: pick(participant.name) })}>
      <SelectField name="slot" label={t("events.slot")} value={slot} onChange={setSlot} options={participant.freeSlots.map((s) => ({ value: String(s), label: slotLabel(s) }))} required />
      <TextField name="message" label={t("events.message")} value={message} onChange={setMessage} multiline rows={2} required />
      <SubmitButton form={form}>{t("events.send")}</SubmitButton>
    </Form>
  );
}

/** Other participants with match scores and reasons, filtered; a meeting request per row. */
export function Participants({ event, orgId }: { event: EventView; orgId: string }) {
  const { t, pick, term, lang } = useI18n();
  const kinds = useTermOptions("orgKind");
  const countries = useTermOptions("country");
  const regions = useTermOptions("region");
  const industries = useTermOptions("industry");
  const cooperations = useTermOptions("cooperationType");
  const [kind, setKind] = useState("");
  const [country, setCountry] = useState("");
  const [region, setRegion] = useState("");
  const [industry, setIndustry] = useState("");
  const [cooperation, setCooperation] = useState("");
  const [open, setOpen] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const filters = Object.fromEntries(Object.entries({ kind, country, region, industry, cooperation }).filter(([, v]) => v));
  const list = useAsync(() => eventsApi.participants(event.id, { orgId, ...filters }), [event.id, orgId, kind, country, region, industry, cooperation]);
  return (
    <section aria-labelledby="participants-h">
      <h2 id="participants-h">{t("events.participants")}</h2>
      <div className="filters" role="group" aria-label={t("events.filters")}>
        <SelectField name="kind" label={t("events.staff.kind")} value={kind} onChange={setKind} options={kinds} empty={t("events.anyKind")} />
        <SelectField name="country" label={t("events.country")} value={country} onChange={setCountry} options={countries} empty={t("events.any")} />
        <SelectField name="region" label={t("events.region")} value={region} onChange={setRegion} options={regions} empty={t("events.any")} />
        <SelectField name="industry" label={t("events.industry")} value={industry} onChange={setIndustry} options={industries} empty={t("events.any")} />
        <SelectField name="cooperation" label={t("events.cooperation")} value={cooperation} onChange={setCooperation} options={cooperations} empty={t("events.any")} />
      </div>
      {sent && <StatusMessage>{t("events.requestSent")}</StatusMessage>}
      {list.loading && <Loading />}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data?.items.length === 0 && <Empty>{t("events.noParticipants")}</Empty>}
      <ul className="rows">
        {list.data?.items.map((p) => (
          <li key={p.orgId} className="row participant">
            <div className="row-main">
              <strong>{pick(p.name)}</strong> {p.score !== undefined && <span className="pill pill-info">{t("events.score", { score: p.score })}</span>}
              <p className="muted">
                {term("orgKind", p.kind)} · {term("country", p.country)} · {p.industries.map((i) => term("industry", i)).join(", ")}
              </p>
              {p.reasons && p.reasons.length > 0 && (
                <ul className="reasons">
                  {p.reasons.slice(0, 3).map((r) => (
                    <li key={r.factor}>{lang === "zh" ? r.zh : r.en}</li>
                  ))}
                </ul>
              )}
              {p.looksFor && <p>{p.looksFor}</p>}
              {open === p.orgId ? (
                <RequestForm
                  event={event}
                  orgId={orgId}
                  participant={p}
                  onSent={() => {
                    setOpen(null);
                    setSent(p.orgId);
                    list.reload();
                  }}
                />
              ) : (
                <button type="button" className="btn btn-small" onClick={() => setOpen(p.orgId)} aria-label={t("events.requestWith", { name: pick(p.name) })}>
                  {t("events.requestMeeting")}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
