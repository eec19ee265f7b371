/**
 * A `datetime-local` value ("2026-11-28T08:00") means wall-clock time in the
 * activation's time zone (La Réunion is not Paris). Converts it to an instant;
 * returns the raw string when it cannot be read, so zod reports it as invalid.
 */
export function zonedInputToDate(value: string, timeZone: string): Date | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at that moment, found by formatting the UTC guess in the zone.
  const offset = zoneOffsetMs(new Date(asUtc), timeZone);
  const first = asUtc - offset;
  // Second pass handles a DST change between the guess and the answer.
  return new Date(asUtc - zoneOffsetMs(new Date(first), timeZone));
}

export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The `datetime-local` value of an instant in a time zone. */
export function dateToZonedInput(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMs(instant, timeZone));
  return shifted.toISOString().slice(0, 16);
}
