import { useState } from "react";
import { EVENT_KIND_IDS, type CreateEventBody } from "@parklink/shared";
import { Link, navigate } from "../../app/router";
import { useAsync } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { BilingualField, SelectField, TextField } from "../../components/fields";
import { ErrorNotice, Loading, PageTitle } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { eventsApi } from "./api";
import { EventStatusPill } from "./parts";
import { zonedTime, zonedToIso } from "./time";

function EventForm() {
  const { t } = useI18n();
  const [title, setTitle] = useState<{ en: string; local?: string }>({ en: "" });
  const [description, setDescription] = useState<{ en: string; local?: string }>({ en: "" });
  const [kind, setKind] = useState<string>("linkage");
  const [venue, setVenue] = useState("");
  const [timeZone, setTimeZone] = useState("Asia/Shanghai");
  const [startsAt, setStartsAt] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [windows, setWindows] = useState([{ start: "", end: "" }]);
  const [slotMinutes, setSlotMinutes] = useState("20");
  const [tables, setTables] = useState("10");
  const [closes, setCloses] = useState("");
  const [capacity, setCapacity] = useState("100");
  const [policy, setPolicy] = useState("open");
  const [inviteOnly, setInviteOnly] = useState(false);
  const at = (local: string) => zonedToIso(local, timeZone);
  const form = useForm(
    () =>
      eventsApi.create({
        title: { en: title.en, ...(title.local ? { local: title.local } : {}) },
        description: { en: description.en || title.en, ...(description.local ? { local: description.local } : {}) },
        kind: kind as CreateEventBody["kind"],
        ...(venue ? { venue } : {}),
        timeZone,
        startsAt: at(startsAt),
        endsAt: at(endsAt),
        windows: windows.filter((w) => w.start || w.end).map((w) => ({ start: at(w.start), end: at(w.end) })),
        slotMinutes: Number(slotMinutes),
        tables: Number(tables),
        registrationClosesAt: at(closes),
        capacity: Number(capacity),
        meetingPolicy: policy as "open" | "matched",
        inviteOnly,
      }),
    (created) => navigate(`/staff/events/${created.id}`),
  );
  const setWindow = (i: number, key: "start" | "end", value: string) => setWindows(windows.map((w, j) => (j === i ? { ...w, [key]: value } : w)));
  return (
    <Form form={form} label={t("events.staff.new")}>
      <h2>{t("events.staff.new")}</h2>
      <BilingualField name="title" label={t("events.staff.name")} value={title} onChange={setTitle} required />
      <BilingualField name="description" label={t("events.staff.about")} value={description} onChange={setDescription} multiline />
      <SelectField name="kind" label={t("events.staff.kind")} value={kind} onChange={setKind} options={EVENT_KIND_IDS.map((k) => ({ value: k, label: t(`events.kind.${k}` as MessageKey) }))} />
      <TextField name="venue" label={t("events.staff.venue")} value={venue} onChange={setVenue} />
      <TextField name="timeZone" label={t("events.timeZone")} value={timeZone} onChange={setTimeZone} required />
      <TextField name="startsAt" label={t("events.staff.startsAt")} type={"datetime-local" as "text"} value={startsAt} onChange={setStartsAt} required />
      <TextField name="endsAt" label={t("events.staff.endsAt")} type={"datetime-local" as "text"} value={endsAt} onChange={setEndsAt} required />
      {windows.map((w, i) => (
        <div key={i} className="window-row">
          <TextField name={`windows.${i}.start`} label={t("events.staff.windowStart", { n: i + 1 })} type={"datetime-local" as "text"} value={w.start} onChange={(v) => setWindow(i, "start", v)} />
          <TextField name={`windows.${i}.end`} label={t("events.staff.windowEnd", { n: i + 1 })} type={"datetime-local" as "text"} value={w.end} onChange={(v) => setWindow(i, "end", v)} />
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => setWindows([...windows, { start: "", end: "" }])}>
        {t("events.staff.addWindow")}
      </button>
      <TextField name="slotMinutes" label={t("events.staff.slotMinutes")} type="number" value={slotMinutes} onChange={setSlotMinutes} />
      <TextField name="tables" label={t("events.staff.tables")} type="number" value={tables} onChange={setTables} />
      <TextField name="registrationClosesAt" label={t("events.staff.registrationClosesAt")} type={"datetime-local" as "text"} value={closes} onChange={setCloses} required />
      <TextField name="capacity" label={t("events.staff.capacity")} type="number" value={capacity} onChange={setCapacity} />
      <SelectField name="meetingPolicy" label={t("events.staff.meetingPolicy")} value={policy} onChange={setPolicy} options={[{ value: "open", label: t("events.staff.policy.open") }, { value: "matched", label: t("events.staff.policy.matched") }]} />
      <label className="check">
        <input type="checkbox" checked={inviteOnly} onChange={(e) => setInviteOnly(e.target.checked)} /> {t("events.staff.inviteOnly")}
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
