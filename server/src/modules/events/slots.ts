/** A meeting slot: its index across the whole event and its time range. */
export interface Slot {
  index: number;
  start: Date;
  end: Date;
}

/** Slots cut from the meeting windows in time order; a window's leftover shorter than a slot is unused. */
export function slotsOf(windows: readonly { start: Date; end: Date }[], slotMinutes: number): Slot[] {
  const length = slotMinutes * 60_000;
  const slots: Slot[] = [];
  const ordered = [...windows].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const w of ordered) {
    for (let t = w.start.getTime(); t + length <= w.end.getTime(); t += length) {
      slots.push({ index: slots.length, start: new Date(t), end: new Date(t + length) });
    }
  }
  return slots;
}
