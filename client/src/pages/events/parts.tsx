import "./events.css";
import type { MessageKey } from "../../i18n";
import { useI18n } from "../../i18n";
import { Pill, type Tone } from "../../components/ui";
import type { EventView, MeetingView } from "./api";
import { zonedTime } from "./time";

const EVENT_TONE: Record<EventView["status"], Tone> = { draft: "muted", published: "ok", registration_closed: "info", running: "ok", finished: "muted", cancelled: "bad" };
const MEETING_TONE: Record<MeetingView["status"], Tone> = { requested: "info", proposed: "info", countered: "warn", accepted: "ok", declined: "bad", cancelled: "muted", held: "ok", no_show: "bad" };

export function EventStatusPill({ status }: { status: EventView["status"] }) {
  const { t } = useI18n();
  return <Pill tone={EVENT_TONE[status]}>{t(`events.status.${status}` as MessageKey)}</Pill>;
}

export function MeetingStatusPill({ status }: { status: MeetingView["status"] }) {
  const { t } = useI18n();
  return <Pill tone={MEETING_TONE[status]}>{t(`events.meetingStatus.${status}` as MessageKey)}</Pill>;
}

/** "Slot 3 · 10:40" in the event's time zone. */
export function useSlotLabel(event: EventView | undefined) {
  const { lang } = useI18n();
  return (index: number) => {
    const slot = event?.slots[index];
    return slot ? `${index + 1} · ${zonedTime(slot.start, event.timeZone, lang)}` : String(index + 1);
  };
}
