import { z } from "zod";
import { createEventBody, EVENT_KIND_IDS, type CreateEventBody } from "@parklink/shared";
import { Link, navigate } from "../../app/router";
import { useAsync } from "../../app/useAsync";
import { Form, SubmitButton } from "../../components/form";
import { useSchemaForm } from "../../components/schemaForm";
import { BilingualField, SelectField, TextField } from "../../components/fields";
import { ErrorNotice, Loading, PageTitle } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { eventsApi } from "./api";
import { EventStatusPill } from "./parts";
import { zonedTime, zonedToIso } from "./time";

interface EventDraft {
  title: { en: string; local?: string };
  description: { en: string; local?: string };
  kind: string;
  venue: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  windows: { start: string; end: string }[];
  slotMinutes: string;
  tables: string;
  registrationClosesAt: string;
  capacity: string;
  meetingPolicy: string;
  inviteOnly: boolean;
}

const NEW_EVENT: EventDraft = {
  title: { en: "" },
  description: { en: "" },
  kind: "linkage",
  venue: "",
  timeZone: "Asia/Shanghai",
  startsAt: "",
  endsAt: "",
  windows: [{ start: "", end: "" }],
  slotMinutes: "20",
  tables: "10",
  registrationClosesAt: "",
  capacity: "100",
  meetingPolicy: "open",
  inviteOnly: false,
};

/** The API body of a draft: local times of the event's zone as instants (the shared schema checks the rest). */
function toBody(d: EventDraft): unknown {
  const at = (local: string) => zonedToIso(local, d.timeZone);
  return {
    title: { en: d.title.en, ...(d.title.local ? { local: d.title.local } : {}) },
    description: { en: d.description.en || d.title.en, ...(d.description.local ? { local: d.description.local } : {}) },
    kind: d.kind,
    ...(d.venue ? { venue: d.venue } : {}),
    timeZone: d.timeZone,
    startsAt: at(d.startsAt),
    endsAt: at(d.endsAt),
    windows: d.windows.filter((w) => w.start || w.end).map((w) => ({ start: at(w.start), end: at(w.end) })),
    slotMinutes: Number(d.slotMinutes),
    tables: Number(d.tables),
    registrationClosesAt: at(d.registrationClosesAt),
    capacity: Number(d.capacity),
    meetingPolicy: d.meetingPolicy,
    inviteOnly: d.inviteOnly,
  };
}

const eventSchema = z.custom<EventDraft>().transform(toBody).pipe(createEventBody);

function EventForm() {
  const { t } = useI18n();
  const { form, values, bind } = useSchemaForm(
    eventSchema,
    NEW_EVENT,
    (d) => eventsApi.create(toBody(d) as CreateEventBody),
    (created) => navigate(`/staff/events/${created.id}`),
  );
  const windows = values.watch("windows");
  const inviteOnly = values.watch("inviteOnly");
  const datetime = "datetime-local" as "text";
  return (
    <Form form={form} label={t("events.staff.new")}>
      <h2>{t("events.staff.new")}</h2>
      <BilingualField name="title" label={t("events.staff.name")} {...bind("title")} required />
      <BilingualField name="description" label={t("events.staff.about")} {...bind("description")} multiline />
      <SelectField name="kind" label={t("events.staff.kind")} {...bind("kind")} options={EVENT_KIND_IDS.map((k) => ({ value: k, label: t(`events.kind.${k}` as MessageKey) }))} />
      <TextField name="venue" label={t("events.staff.venue")} {...bind("venue")} />
      <TextField name="timeZone" label={t("events.timeZone")} {...bind("timeZone")} required />
      <TextField name="startsAt" label={t("events.staff.startsAt")} type={datetime} {...bind("startsAt")} required />
      <TextField name="endsAt" label={t("events.staff.endsAt")} type={datetime} {...bind("endsAt")} required />
      {windows.map((_, i) => (
        <div key={i} className="window-row">
          <TextField name={`windows.${i}.start`} label={t("events.staff.windowStart", { n: i + 1 })} type={datetime} {...bind(`windows.${i}.start`)} />
          <TextField name={`windows.${i}.end`} label={t("events.staff.windowEnd", { n: i + 1 })} type={datetime} {...bind(`windows.${i}.end`)} />
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => values.setValue("windows", [...windows, { start: "", end: "" }])}>
        {t("events.staff.addWindow")}
      </button>
      <TextField name="slotMinutes" label={t("events.staff.slotMinutes")} type="number" {...bind("slotMinutes")} />
      <TextField name="tables" label={t("events.staff.tables")} type="number" {...bind("tables")} />
      <TextField name="registrationClosesAt" label={t("events.staff.registrationClosesAt")} type={datetime} {...bind("registrationClosesAt")} required />
      <TextField name="capacity" label={t("events.staff.capacity")} type="number" {...bind("capacity")} />
      <SelectField name="meetingPolicy" label={t("events.staff.meetingPolicy")} {...bind("meetingPolicy")} options={[{ value: "open", label: t("events.staff.policy.open") }, { value: "matched", label: t("events.staff.policy.matched") }]} />
      <label className="check">
        <input type="checkbox" checked={inviteOnly} onChange={(e) => values.setValue("inviteOnly", e.target.checked)} /> {t("events.staff.inviteOnly")}
      </label>
      <SubmitButton form={form}>{t("events.staff.create")}</SubmitButton>
    </Form>
  );
}

/** Staff: every event (drafts too) and the form for a new one. */
export function StaffEventsPage() {
  const { t, pick, lang } = useI18n();
  const list = useAsync(() => eventsApi.list(), []);
  return (
    <section>
      <PageTitle>{t("events.staff.title")}</PageTitle>
      {list.loading && <Loading />}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      <ul className="rows">
        {list.data?.items.map((e) => (
          <li key={e.id} className="row">
            <div className="row-main">
              <Link to={`/staff/events/${e.id}`}>{pick(e.title)}</Link> <EventStatusPill status={e.status} />
              <p className="muted">
                {zonedTime(e.startsAt, e.timeZone, lang)} · {t("events.registered", { count: e.registered })}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <EventForm />
    </section>
  );
}
