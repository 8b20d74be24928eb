/**
 * Wall-clock rules for news in the organisation's time zone: quiet hours (nothing but urgent news at night) and the
 * hour of the daily digest. Pure functions over `Intl` (no I/O). Vietnam has no daylight saving time; in a zone
 * that has it, a computed instant can be off by the shift on the night of a change, never by more.
 */

/** A daily span of wall-clock time, in minutes after midnight; `start > end` means it spans midnight. */
export interface QuietHours {
  startMin: number;
  endMin: number;
}

const HHMM = /^([01]?\d|2[0-3])[:hH]([0-5]\d)?$/u;

/** "21:00", "21h", "7h30" → minutes after midnight, or null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const m = HHMM.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2] ?? 0);
}

/**
 * Reads a quiet-hours setting: "HH:MM-HH:MM" (e.g. "21:00-07:00"), or "off" for none.
 *
 * @returns the span, null for "off", or undefined when the text is not a valid setting.
 */
export function parseQuietHours(text: string): QuietHours | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === "off") return null;
  const [a, b, ...rest] = t.split("-");
  if (a === undefined || b === undefined || rest.length > 0) return undefined;
  const startMin = parseTimeOfDay(a);
  const endMin = parseTimeOfDay(b);
  if (startMin === null || endMin === null || startMin === endMin) return undefined;
  return { startMin, endMin };
}

/** The setting as stored: "21:00-07:00". */
export function formatQuietHours(q: QuietHours): string {
  return `${formatTimeOfDay(q.startMin)}-${formatTimeOfDay(q.endMin)}`;
}

/** Minutes after midnight → "07:00". */
export function formatTimeOfDay(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes after local midnight of `at` in `timeZone` (seconds ignored). */
export function minuteOfDay(at: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return hour * 60 + minute;
}

/** The next instant at or after `at` whose local time is `targetMin` (at the minute's start). */
export function nextLocalTime(at: Date, targetMin: number, timeZone: string): Date {
  const startOfMinute = Math.floor(at.getTime() / 60_000) * 60_000;
  const now = minuteOfDay(at, timeZone);
  let delta = (targetMin - now + 1440) % 1440;
  if (delta === 0 && startOfMinute < at.getTime()) delta = 1440;
  return new Date(startOfMinute + delta * 60_000);
}

/** Whether local time `min` falls inside the quiet span (start included, end excluded). */
export function isQuiet(q: QuietHours, min: number): boolean {
  return q.startMin < q.endMin ? min >= q.startMin && min < q.endMin : min >= q.startMin || min < q.endMin;
}

/**
 * When a non-urgent message may go out: `at` itself outside quiet hours, otherwise the end of the quiet span.
 *
 * @param q - the subscriber's quiet hours (null: none).
 * @param at - when the message would be sent.
 * @param timeZone - the organisation's zone, e.g. "Asia/Ho_Chi_Minh".
 * @returns null when `at` is not quiet, else the instant quiet hours end.
 */
export function quietUntil(q: QuietHours | null, at: Date, timeZone: string): Date | null {
  if (!q || !isQuiet(q, minuteOfDay(at, timeZone))) return null;
  return nextLocalTime(at, q.endMin, timeZone);
}

/**
 * When the next daily digest goes out: today at `hour` if that is still ahead, otherwise tomorrow.
 *
 * @param hour - local hour of the digest, 0–23.
 */
export function nextDigestAt(at: Date, hour: number, timeZone: string): Date {
  return nextLocalTime(at, hour * 60, timeZone);
}
