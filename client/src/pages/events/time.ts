/** Wall-clock times in an event's time zone, for forms and lists. */

/** Minutes to add to UTC to get the wall clock of `timeZone` at `date`. */
function offsetMinutes(timeZone: string, date: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(date);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return Math.round((asUtc - date.getTime()) / 60_000);
}

/** "2026-12-10T09:00" read in `timeZone` → ISO instant with its offset, or "" when empty. */
export function zonedToIso(local: string, timeZone: string): string {
  if (!local) return "";
  const guess = new Date(`${local}:00Z`);
  if (Number.isNaN(guess.getTime())) return local;
  try {
    const offset = offsetMinutes(timeZone, new Date(guess.getTime() - offsetMinutes(timeZone, guess) * 60_000));
    return new Date(guess.getTime() - offset * 60_000).toISOString();
  } catch {
    // An unknown time zone: the form's check names the time zone field.
    return local;
  }
}

/** An instant as wall-clock time in `timeZone`, e.g. "10 Dec 2026, 09:20". */
export function zonedTime(iso: string, timeZone: string, lang: "en" | "zh", withDate = true): string {
  const options: Intl.DateTimeFormatOptions = withDate ? { timeZone, dateStyle: "medium", timeStyle: "short" } : { timeZone, timeStyle: "short" };
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", options).format(new Date(iso));
}
