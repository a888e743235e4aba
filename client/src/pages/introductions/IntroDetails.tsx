/** The parts of an introduction's page: its two sides, the timeline, the partner's contacts and the outcome. */
import { useState } from "react";
import { OUTCOME_TYPE_IDS } from "@parklink/shared";
import { introductionsApi, orgsApi } from "../../api/endpoints";
import type { IntroductionView, OutcomeBody } from "../../api/types";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { ContactList } from "../../components/contacts";
import { Form, SubmitButton, useForm } from "../../components/form";
import { SelectField, TextField } from "../../components/fields";
import { ErrorNotice, Loading, Pill, useEnumLabel } from "../../components/ui";
import { useI18n } from "../../i18n";

type Side = IntroductionView["from"];

function SideCard({ side, role, mine }: { side: Side; role: "from" | "to"; mine: boolean }) {
  const { t, pick, dateTime } = useI18n();
  const label = useEnumLabel();
  return (
    <div className="card intro-side">
      <h3 className="small-heading">
        {role === "from" ? t("intro.sideFrom") : t("intro.sideTo")}
        {mine && <> · {t("intro.yourSide")}</>}
      </h3>
      <p>
        <Link to={`/orgs/${side.orgId}`}>{side.orgName ? pick(side.orgName) : t("intro.unknownOrg")}</Link>
      </p>
      {side.acceptedAt ? (
        <p>
          <Pill tone="ok">{t("intro.accepted")}</Pill> <span className="muted">{dateTime(side.acceptedAt)}</span>
        </p>
      ) : side.declinedAt ? (
        <p>
          <Pill tone="bad">{t("intro.declined")}</Pill> <span className="muted">{dateTime(side.declinedAt)}</span>
          {side.declineReason && <span className="muted"> · {label("reason", side.declineReason)}</span>}
        </p>
      ) : (
        <p>
          <Pill tone="muted">{t("intro.awaiting")}</Pill>
        </p>
      )}
    </div>
  );
}

export function Sides({ intro }: { intro: IntroductionView }) {
  const { t } = useI18n();
  return (
    <section aria-label={t("intro.sides")}>
      <div className="grid-2 intro-sides">
        <SideCard side={intro.from} role="from" mine={intro.mySide === "from"} />
        <SideCard side={intro.to} role="to" mine={intro.mySide === "to"} />
      </div>
    </section>
  );
}

/** Every step with its time, oldest first. */
export function Timeline({ intro }: { intro: IntroductionView }) {
  const { t, dateTime } = useI18n();
  const label = useEnumLabel();
  return (
    <section aria-labelledby="intro-timeline">
      <h2 id="intro-timeline">{t("intro.timeline")}</h2>
      <ol className="timeline">
        {intro.history.map((h, i) => (
          <li key={`${h.at}-${i}`} className={`timeline-step step-${h.status}`}>
            <strong>{label("status", h.status)}</strong> <time dateTime={h.at}>{dateTime(h.at)}</time>
            {h.note && <p className="muted">{OUTCOME_TYPE_IDS.includes(h.note as OutcomeBody["kind"]) ? label("outcome", h.note) : h.note}</p>}
          </li>
        ))}
        {intro.expiresAt && ["proposed", "accepted"].includes(intro.status) && (
          <li className="timeline-step step-pending">
            <span className="muted">{t("intro.expiresOn", { date: dateTime(intro.expiresAt) })}</span>
          </li>
        )}
      </ol>
    </section>
  );
}

/** The partner's contacts, visible once both sides accepted. */
export function PartnerContacts({ orgId }: { orgId: string }) {
  const { t, pick } = useI18n();
  const org = useApi(["orgs", "get", orgId, { viewer: "partner" }], () => orgsApi.get(orgId));
  return (
    <section className="card contacts-card" aria-labelledby="intro-contacts">
      <h2 id="intro-contacts">{t("intro.contacts")}</h2>
      {org.error && <ErrorNotice error={org.error} onRetry={org.reload} />}
      {!org.data && !org.error && <Loading />}
      {org.data && (
        <>
          <p className="muted">{pick(org.data.name)}</p>
          {!org.data.contacts?.length ? (
            <p className="muted">{t("intro.noContacts")}</p>
          ) : (
            <ContactList contacts={org.data.contacts} />
          )}
        </>
      )}
    </section>
  );
}

/** The recorded outcome, or a form to record it (either side, or staff). */
export function OutcomePanel({ intro, onChange }: { intro: IntroductionView; onChange(updated: IntroductionView): void }) {
  const { t, dateTime } = useI18n();
  const label = useEnumLabel();
  const [editing, setEditing] = useState(false);
  const [kind, setKind] = useState<OutcomeBody["kind"] | "">("");
  const [note, setNote] = useState("");
  const form = useForm(
    () => introductionsApi.outcome(intro.id, { kind: kind as OutcomeBody["kind"], ...(note.trim() ? { note: note.trim() } : {}) }),
    (updated) => {
      setEditing(false);
      onChange(updated);
    },
  );
  const o = intro.outcome;
  return (
    <section className="card" aria-labelledby="intro-outcome">
      <h2 id="intro-outcome">{t("intro.outcome")}</h2>
      {o && !editing && (
        <>
          <p>
            <Pill tone="ok">{label("outcome", o.kind)}</Pill> <span className="muted">{dateTime(o.recordedAt)}</span>
          </p>
          {o.note && <p className="pre-text">{o.note}</p>}
        </>
      )}
      {!o && !editing && <p className="muted">{t("intro.outcomePrompt")}</p>}
      {!editing ? (
        <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
          {o ? t("intro.outcomeChange") : t("intro.outcomeRecord")}
        </button>
      ) : (
        <Form form={form} label={t("intro.outcome")}>
          <SelectField
            name="kind"
            label={t("intro.outcomeKind")}
            required
            empty={t("common.choose")}
            options={OUTCOME_TYPE_IDS.map((id) => ({ value: id, label: label("outcome", id) }))}
            value={kind}
            onChange={(v) => setKind(v as OutcomeBody["kind"] | "")}
          />
          <TextField name="note" label={t("intro.outcomeNote")} multiline rows={3} value={note} onChange={setNote} />
          <div className="form-actions">
            <SubmitButton form={form}>{t("intro.outcomeSave")}</SubmitButton>
            <button type="button" className="btn btn-ghost" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </Form>
      )}
    </section>
  );
}
