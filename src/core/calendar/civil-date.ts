/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so that table lookups and "the next day" are integer
 * arithmetic. Dates here carry no timezone: the working calendar places them in the organisation's zone.
 */
import { AppError } from "../shared/app-error.js";
import type { IsoWeekday, LocalDate } from "./types.js";
import { CALENDAR_TEXT } from "./messages.vi.js";

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of year/month/day (month 1–12). */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * Parses "YYYY-MM-DD" to a day number; throws AppError `calendar_invalid_date` for anything else, including dates
 * that do not exist (2026-02-30).
 */
export function parseLocalDate(text: string): number {
  const m = ISO_DATE.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const n = dayNumberOf(year, month, day);
    if (toLocalDate(n) === text) return n;
  }
  throw new AppError("calendar_invalid_date", CALENDAR_TEXT.invalidDate(text.slice(0, 40)));
}

/** The "YYYY-MM-DD" of a day number. */
export function toLocalDate(dayNumber: number): LocalDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of a day number. */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of a day number (1 = Monday … 7 = Sunday); 1970-01-01 was a Thursday. */
export function isoWeekdayOf(dayNumber: number): IsoWeekday {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1 as IsoWeekday;
}

/** The year of a "YYYY-MM-DD" without parsing the rest. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export { MS_PER_DAY };
