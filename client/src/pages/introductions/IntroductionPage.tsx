import { useEffect, useState } from "react";
import { introductionsApi, staffApi } from "../../api/endpoints";
import type { IntroductionView } from "../../api/types";
import { useAuth } from "../../app/auth";
import { Link } from "../../app/router";
import { toApiError, useApi } from "../../app/useAsync";
import type { ApiError } from "../../api/http";
import { ErrorNotice, Loading, PageTitle, StatusMessage } from "../../components/ui";
import { useI18n } from "../../i18n";
import { Chat } from "./Chat";
import { OutcomePanel, PartnerContacts, Sides, Timeline } from "./IntroDetails";
import { awaitsMyAnswer, IntroStatusPill, isIntroduced, otherSide, StaffNotes, usePairName } from "./parts";
import { RespondForm } from "./RespondForm";

/** Staff see the pipeline notes and may join the conversation (the two sides see that they did). */
function StaffPanel({ intro, joined, onJoined }: { intro: IntroductionView; joined: boolean; onJoined(updated: IntroductionView): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const join = async () => {
    setBusy(true);
    setError(null);
    try {
      onJoined(await staffApi.joinChat(intro.id));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="intro-staff">
      <h2 id="intro-staff">{t("intro.staffPanel")}</h2>
      {intro.staffNotes?.length ? (
        <StaffNotes notes={intro.staffNotes} />
      ) : (
        <p className="muted">{t("pipeline.noNotes")}</p>
      )}
      <p>
        <Link to="/staff/pipeline">{t("intro.toBoard")}</Link>
      </p>
      {error && <ErrorNotice error={error} />}
      {isIntroduced(intro) && !joined && (
        <button type="button" className="btn" onClick={() => void join()} disabled={busy} aria-busy={busy}>
          {busy ? t("common.working") : t("pipeline.joinChat")}
        </button>
      )}
    </section>
  );
}

/** One introduction: both organizations, the message, every step, the answer, contacts, outcome and the chat. */
export function IntroductionPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { isStaff } = useAuth();
  const pairName = usePairName();
  const intro = useApi(["introductions", "get", params.id], () => introductionsApi.get(params.id));
  const [notice, setNotice] = useState<string | null>(null);
  // Opened at /introductions/:id/chat (a chat notification) or "#chat" (staff joining from the board).
  const wantsChat = params.view === "chat" || window.location.hash === "#chat";
  const [staffJoined, setStaffJoined] = useState(() => isStaff && wantsChat);
  const data = intro.data;

  // Opened from a "chat" link: bring the conversation into view once it is there.
  const showChat = Boolean(data && isIntroduced(data) && (data.mySide || staffJoined));
  useEffect(() => {
    if (showChat && wantsChat) document.getElementById("chat")?.scrollIntoView({ block: "start" });
  }, [showChat, wantsChat]);

  if (intro.error) return <ErrorNotice error={intro.error} onRetry={intro.reload} />;
  if (!data) return <Loading />;
  const i = data;
  const name = pairName(i);
  const update = (updated: IntroductionView, message?: string) => {
    intro.setData(updated);
    if (message) setNotice(message);
  };
  const answered = (updated: IntroductionView) =>
    update(updated, updated.status === "declined" ? t("intro.declinedDone") : updated.status === "introduced" ? t("intro.introducedDone") : t("intro.acceptedDone"));

  return (
    <article className="intro-page">
      <p className="breadcrumb">
        <Link to={isStaff && !i.mySide ? "/staff/pipeline" : "/introductions"}>{isStaff && !i.mySide ? t("pipeline.title") : t("intro.title")}</Link>
      </p>
      <PageTitle title={t("intro.pageTitle", { name })}>{t("intro.pageTitle", { name })}</PageTitle>
      <p className="subtitle">
        <IntroStatusPill status={i.status} /> {i.origin === "broker" ? t("intro.byBroker") : i.mySide === "from" ? t("intro.youAsked") : i.mySide ? t("intro.theyAsked") : t("intro.memberAsked")}
      </p>
      {notice && <StatusMessage>{notice}</StatusMessage>}
      <Sides intro={i} />
      {i.message && (
        <section aria-labelledby="intro-message">
          <h2 id="intro-message">{t("intro.message")}</h2>
          <blockquote className="intro-message pre-text">{i.message}</blockquote>
        </section>
      )}
      {awaitsMyAnswer(i) && (
        <section className="card card-accent" aria-labelledby="intro-answer">
          <h2 id="intro-answer">{t("intro.yourAnswer")}</h2>
          <RespondForm intro={i} partner={name} onAnswered={answered} />
        </section>
      )}
      {i.mySide && !awaitsMyAnswer(i) && ["proposed", "accepted"].includes(i.status) && <p className="hint">{t("intro.waitingForThem", { name })}</p>}
      <div className="profile-grid">
        <div>
          <Timeline intro={i} />
          {showChat && <Chat introductionId={i.id} partnerName={i.mySide ? name : undefined} />}
          {i.mySide && !isIntroduced(i) && !["declined", "expired"].includes(i.status) && <p className="hint">{t("chat.opensLater")}</p>}
        </div>
        <aside>
          {isIntroduced(i) && i.mySide && <PartnerContacts orgId={otherSide(i).orgId} />}
          {i.introducedAt && (i.mySide || isStaff) && <OutcomePanel intro={i} onChange={(u) => update(u, t("intro.outcomeSaved"))} />}
          {isStaff && (
            <StaffPanel
              intro={i}
              joined={staffJoined}
              onJoined={(u) => {
                setStaffJoined(true);
                update(u);
              }}
            />
          )}
        </aside>
      </div>
    </article>
  );
}
