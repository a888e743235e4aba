import { useState } from "react";
import { staffApi } from "../../api/endpoints";
import type { OrgView, VettingDecision } from "../../api/types";
import { Link } from "../../app/router";
import { useApi } from "../../app/useAsync";
import { Form, SubmitButton, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { Chips, Dl, Empty, ErrorNotice, Loading, Pager, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";

const PAGE_SIZE = 20;

function Application({ org, onDecided }: { org: OrgView; onDecided(org: OrgView, decision: VettingDecision["decision"]): void }) {
  const { t, pick, term, date } = useI18n();
  const [decision, setDecision] = useState<VettingDecision["decision"]>("approve");
  const [reason, setReason] = useState("");
  const form = useForm(
    () => staffApi.decide(org.id, { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    (updated) => onDecided(updated, decision),
  );
  const submitted = org.vetting?.find((v) => v.decision === "submitted")?.at ?? org.createdAt;
  const headingId = `vet-${org.id}`;
  return (
    <li className="card vetting-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link to={`/orgs/${org.id}`}>{pick(org.name)}</Link>
        </h3>
        <p className="muted">
          {term("orgKind", org.kind)} · {org.city}, {term("country", org.country)} · {t("vetting.submitted", { date: date(submitted) })}
        </p>
        {pick(org.description) && <p className="description clamp">{pick(org.description)}</p>}
        <Chips items={org.industries.map((id) => term("industry", id))} label={t("vetting.industries")} />
        <Dl
          rows={[
            [t("vetting.website"), org.website ? <a href={org.website} target="_blank" rel="noopener noreferrer">{org.website}</a> : ""],
            [t("vetting.contacts"), org.contacts?.map((c) => `${c.name} <${c.email}>`).join(", ")],
          ]}
        />
        <Form form={form} label={t("vetting.decisionFor", { name: pick(org.name) })} className="form vetting-form">
          <fieldset className="field inline-choices">
            <legend>{t("vetting.decision")}</legend>
            <label className="check">
              <input type="radio" name={`decision-${org.id}`} checked={decision === "approve"} onChange={() => setDecision("approve")} /> {t("vetting.approve")}
            </label>
            <label className="check">
              <input type="radio" name={`decision-${org.id}`} checked={decision === "reject"} onChange={() => setDecision("reject")} /> {t("vetting.reject")}
            </label>
          </fieldset>
          <TextField
            name="reason"
            label={decision === "reject" ? t("vetting.reasonRequired") : t("vetting.note")}
            hint={decision === "reject" ? t("vetting.reasonHint") : undefined}
            required={decision === "reject"}
            multiline
            rows={2}
            value={reason}
            onChange={setReason}
          />
          <div className="form-actions">
            <SubmitButton form={form} className={decision === "reject" ? "btn btn-danger" : "btn btn-primary"}>
              {decision === "reject" ? t("vetting.confirmReject") : t("vetting.confirmApprove")}
            </SubmitButton>
          </div>
        </Form>
      </article>
    </li>
  );
}

/** Applications waiting for a decision: only established parks and related institutions join. */
export function VettingQueue() {
  const { t, pick } = useI18n();
  const [page, setPage] = useState(1);
  const queue = useApi(["staff", "vetting", page], () => staffApi.vetting(page));
  const [done, setDone] = useState<string | null>(null);
  const decided = (org: OrgView, decision: VettingDecision["decision"]) => {
    setDone(t(decision === "approve" ? "vetting.approvedDone" : "vetting.rejectedDone", { name: pick(org.name) }));
    queue.setData((prev) => (prev ? { ...prev, items: prev.items.filter((o) => o.id !== org.id), total: prev.total - 1 } : prev!));
  };
  return (
    <section aria-labelledby="staff-section-title">
      <h2 id="staff-section-title">{t("vetting.queue")}</h2>
      {done && <StatusMessage>{done}</StatusMessage>}
      {queue.error && <ErrorNotice error={queue.error} onRetry={queue.reload} />}
      {queue.loading && !queue.data && <Loading />}
      {queue.data && queue.data.items.length === 0 && <Empty>{t("vetting.empty")}</Empty>}
      {queue.data && queue.data.items.length > 0 && (
        <>
          <p className="muted">{t("vetting.count", { count: queue.data.total })}</p>
          <ul className="cards suggestion-groups">
            {queue.data.items.map((o) => (
              <Application key={o.id} org={o} onDecided={decided} />
            ))}
          </ul>
          <Pager page={page} pageSize={PAGE_SIZE} total={queue.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
