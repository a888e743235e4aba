/** Small pieces shared by the introduction list, its detail page and the staff board. */
import type { IntroductionStatus, IntroductionView } from "../../api/types";
import { Pill, useEnumLabel, type Tone } from "../../components/ui";
import { useI18n } from "../../i18n";

const TONE: Record<IntroductionStatus, Tone> = {
  suggested: "muted",
  proposed: "info",
  accepted: "info",
  introduced: "ok",
  meeting_held: "ok",
  agreement: "ok",
  declined: "bad",
  stalled: "warn",
  expired: "muted",
};

export function IntroStatusPill({ status }: { status: IntroductionStatus }) {
  const label = useEnumLabel();
  return <Pill tone={TONE[status]}>{label("status", status)}</Pill>;
}

/** Statuses in which both sides accepted: contacts and the chat are open. */
export const INTRODUCED: IntroductionStatus[] = ["introduced", "meeting_held", "agreement"];
export const isIntroduced = (i: IntroductionView) => Boolean(i.introducedAt) && INTRODUCED.includes(i.status);

/** True when the caller's organization still has to accept or decline. */
export function awaitsMyAnswer(i: IntroductionView): boolean {
  if (!i.mySide || !["proposed", "accepted"].includes(i.status)) return false;
  const mine = i[i.mySide];
  return !mine.acceptedAt && !mine.declinedAt;
}

export const otherSide = (i: IntroductionView) => (i.mySide === "to" ? i.from : i.to);
export const mySideOf = (i: IntroductionView) => (i.mySide ? i[i.mySide] : undefined);

/** Staff notes on an introduction, each with its time. */
export function StaffNotes({ notes }: { notes: NonNullable<IntroductionView["staffNotes"]> }) {
  const { dateTime } = useI18n();
  return (
    <ul className="notes">
      {notes.map((n, i) => (
        <li key={`${n.at}-${i}`}>
          <time className="muted" dateTime={n.at}>
            {dateTime(n.at)}
          </time>{" "}
          <span className="pre-text">{n.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** The partner's name as a member sees it ("A ↔ B" for staff). */
export function usePairName() {
  const { pick } = useI18n();
  return (i: IntroductionView) => {
    const name = (s: IntroductionView["from"]) => (s.orgName ? pick(s.orgName) : "—");
    return i.mySide ? name(otherSide(i)) : `${name(i.from)} ↔ ${name(i.to)}`;
  };
}

