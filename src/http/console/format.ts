/**
 * Dates, times and numbers as Vietnamese staff read them ("14:05, 04/12/2026", "2.642"), in the organisation's
 * time zone whatever the server's. Intl does the work; formatters are cached per time zone.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormat = new Intl.NumberFormat("vi-VN");

function cached(map: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = map.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("vi-VN", { ...options, timeZone });
    map.set(timeZone, f);
  }
  return f;
}

/** "14:05, 04/12/2026" in `timeZone`. */
export function formatDateTime(date: Date, timeZone: string): string {
  const parts = cached(dateTimeFormats, timeZone, { hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric", hourCycle: "h23" }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("hour")}:${get("minute")}, ${get("day")}/${get("month")}/${get("year")}`;
}

/** "04/12/2026" in `timeZone`. */
export function formatDate(date: Date, timeZone: string): string {
  const parts = cached(dateFormats, timeZone, { day: "2-digit", month: "2-digit", year: "numeric" }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")}`;
}

/** "2.642", "0,93". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** The calendar day of `date` in `timeZone`, as YYYY-MM-DD (for date inputs and day boundaries). */
export function isoDay(date: Date, timeZone: string): string {
  const [d, m, y] = formatDate(date, timeZone).split("/");
  return `${y}-${m}-${d}`;
}

/**
 * The instant a calendar day starts in `timeZone` (e.g. the "from" of a filter typed as a date). Fixed-offset
 * arithmetic via Intl: Vietnam has no daylight saving, and the offset is read for that very day anyway.
 */
export function startOfDay(day: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(utcMidnight.getTime())) return null;
  const offsetMin = zoneOffsetMinutes(utcMidnight, timeZone);
  return new Date(utcMidnight.getTime() - offsetMin * 60_000);
}

/**
 * The instant of a wall-clock time typed in `timeZone` ("2026-12-05T08:00", as a datetime-local input sends it),
 * or null when it is not one.
 */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const asUtc = new Date(`${m[1]}T${m[2]}:${m[3]}:00Z`);
  if (Number.isNaN(asUtc.getTime()) || asUtc.toISOString().slice(0, 16) !== value) return null;
  return new Date(asUtc.getTime() - zoneOffsetMinutes(asUtc, timeZone) * 60_000);
}

/** `date` as a datetime-local input shows it in `timeZone`: "2026-12-05T08:00". */
export function localDateTimeValue(date: Date, timeZone: string): string {
  // whole minutes: the offset is read at minute precision
  const minute = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
  const shifted = new Date(minute.getTime() + zoneOffsetMinutes(minute, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - at.getTime()) / 60_000);
}
