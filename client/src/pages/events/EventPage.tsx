import { useState } from "react";
import { orgsApi } from "../../api/endpoints";
import { Link } from "../../app/router";
import { useAsync } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { CheckList, SelectField, TextField } from "../../components/fields";
import { Dl, Empty, ErrorNotice, Loading, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { eventsApi, type EventView, type RegistrationView } from "./api";
import { EventStatusPill } from "./parts";
import { Participants } from "./Participants";
import { MeetingRequests } from "./MeetingRequests";
import { zonedTime } from "./time";

function RegisterForm({ event, onDone }: { event: EventView; onDone(reg: RegistrationView): void }) {
  const { t, pick } = useI18n();
  const orgs = useAsync(() => orgsApi.mine(), []);
  const approved = (orgs.data?.items ?? []).filter((o) => o.status === "approved");
  const [orgId, setOrgId] = useState("");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [title, setTitle] = useState("");
  const [looksFor, setLooksFor] = useState("");
  const [offers, setOffers] = useState("");
  const [availability, setAvailability] = useState<string[]>(event.slots.map((s) => String(s.index)));
  const [wants, setWants] = useState("6");
  const chosen = orgId || approved[0]?.id || "";
  const form = useForm(
    () =>
      eventsApi.register(event.id, {
        orgId: chosen,
        people: [{ name, ...(email ? { email } : {}), ...(title ? { title } : {}) }],
        looksFor,
        offers,
        availability: availability.map(Number).sort((a, b) => a - b),
        wantsMeetings: Number(wants),
      }),
    onDone,
  );
  if (orgs.loading) return <Loading />;
  if (approved.length === 0) return <p className="hint">{t("events.noOrg")}</p>;
  return (
    <Form form={form} label={t("events.registerTitle")}>
      <h2>{t("events.registerTitle")}</h2>
      <SelectField name="orgId" label={t("events.organization")} value={chosen} onChange={setOrgId} options={approved.map((o) => ({ value: o.id, label: pick(o.name) }))} required />
      <TextField name="people.0.name" label={t("events.personName")} value={name} onChange={setName} required />
      <TextField name="people.0.email" label={t("events.personEmail")} type="email" value={email} onChange={setEmail} />
      <TextField name="people.0.title" label={t("events.personTitle")} value={title} onChange={setTitle} />
      <TextField name="looksFor" label={t("events.looksFor")} value={looksFor} onChange={setLooksFor} multiline rows={2} />
      <TextField name="offers" label={t("events.offers")} value={offers} onChange={setOffers} multiline rows={2} />
      {event.slots.length > 0 && (
        <CheckList
          name="availability"
          label={t("events.availability")}
          value={availability}
          onChange={setAvailability}
          options={event.slots.map((s) => ({ value: String(s.index), label: zonedTime(s.start, event.timeZone, "en") }))}
        />
      )}
      <TextField name="wantsMeetings" label={t("events.wantsMeetings")} type="number" min={0} max={100} value={wants} onChange={setWants} />
      <SubmitButton form={form}>{t("events.register")}</SubmitButton>
    </Form>
  );
}

export function EventPage({ params }: { params: Record<string, string> }) {
  const { t, pick, lang } = useI18n();
  const event = useAsync(() => eventsApi.get(params.id), [params.id]);
  const mine = useAsync(() => eventsApi.mine(params.id), [params.id]);
  if (event.loading) return <Loading />;
  if (event.error) return <ErrorNotice error={event.error} onRetry={event.reload} />;
  const e = event.data!;
  const regs = mine.data?.items ?? [];
  const approved = regs.find((r) => r.status === "approved");
  return (
    <section>
      <PageTitle title={pick(e.title)}>
        {pick(e.title)} <EventStatusPill status={e.status} />
      </PageTitle>
      <p>{pick(e.description)}</p>
      <Dl
        rows={[
          [t("events.staff.kind"), t(`events.kind.${e.kind}` as MessageKey)],
          [t("events.when"), `${zonedTime(e.startsAt, e.timeZone, lang)} – ${zonedTime(e.endsAt, e.timeZone, lang)}`],
          [t("events.timeZone"), e.timeZone],
          [t("events.where"), e.venue ?? e.onlineUrl],
          [t("events.slots"), t("events.slotsSummary", { count: e.slots.length, minutes: e.slotMinutes, tables: e.tables })],
          [t("events.registrationCloses"), zonedTime(e.registrationClosesAt, e.timeZone, lang)],
          [t("events.capacity"), `${e.registered} / ${e.capacity}`],
          ["", e.inviteOnly ? t("events.inviteOnly") : ""],
          ["", e.meetingPolicy === "matched" ? t("events.matchedOnly") : ""],
        ]}
      />
      {regs.map((r) => (
        <StatusMessage key={r.id}>
          {t("events.registeredAs", { name: pick(r.orgName), status: t(`events.regStatus.${r.status}` as MessageKey) })}{" "}
          {r.status === "approved" && <Link to={`/events/${e.id}/agenda?orgId=${r.orgId}`}>{t("events.agenda")}</Link>}
        </StatusMessage>
      ))}
      {e.status === "published" && regs.length === 0 && !mine.loading && <RegisterForm event={e} onDone={() => mine.reload()} />}
      {approved && (
        <>
          <MeetingRequests event={e} orgId={approved.orgId} />
          <Participants event={e} orgId={approved.orgId} />
        </>
      )}
      {!approved && regs.length > 0 && <Empty>{t("events.regStatus.pending")}</Empty>}
    </section>
  );
}
