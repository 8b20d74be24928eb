/**
 * Vietnam's lunar calendar (âm lịch), computed for UTC+7, through @dqcai/vn-lunar. Chinese-calendar libraries
 * (UTC+8) put Tết a day or a month off in some years (1985, 2007); tests/unit/calendar/lunar.test.ts pins those.
 *
 * Two traps of the library are handled here: it answers out-of-range years (outside 1200–2199) with day 0 instead
 * of an error, and it does not check month lengths (30 tháng Chạp in a 29-day month silently becomes mùng 1 Tết),
 * so the eve of Tết is taken as the solar day before mùng 1, never as "lunar day 30".
 */
import { getLunarDate, getSolarDate } from "@dqcai/vn-lunar";
import { AppError } from "../shared/app-error.js";
import { dayNumberOf } from "./civil-date.js";
import { CALENDAR_TEXT } from "./messages.vi.js";

/** Years the library converts (and so the years whose holidays can be computed). */
export const LUNAR_YEARS = { from: 1200, to: 2199 } as const;

/** A date of the Vietnamese lunar calendar. */
export interface LunarDay {
  day: number;
  month: number;
  year: number;
  /** True in a leap month (tháng nhuận). */
  leap: boolean;
}

/**
 * The solar day number of a lunar date (a regular month unless `leap`). Throws AppError
 * `calendar_year_out_of_range` outside {@link LUNAR_YEARS}.
 */
export function solarDayOfLunar(day: number, month: number, year: number, leap = false): number {
  assertLunarYear(year);
  const solar = getSolarDate(day, month, year, leap);
  if (solar.year === 0) throw new AppError("calendar_year_out_of_range", CALENDAR_TEXT.yearOutOfRange(year, LUNAR_YEARS.from, LUNAR_YEARS.to));
  return dayNumberOf(solar.year, solar.month, solar.day);
}

/** The lunar date of a solar year/month/day. */
export function lunarDayOf(year: number, month: number, day: number): LunarDay {
  assertLunarYear(year);
  const lunar = getLunarDate(day, month, year);
  return { day: lunar.day, month: lunar.month, year: lunar.year, leap: lunar.leap };
}

/** Mùng 1 Tết (first day of the first lunar month) falling in solar year `year`, as a day number. */
export function lunarNewYear(year: number): number {
  return solarDayOfLunar(1, 1, year);
}

function assertLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEARS.from || year > LUNAR_YEARS.to) {
    throw new AppError("calendar_year_out_of_range", CALENDAR_TEXT.yearOutOfRange(year, LUNAR_YEARS.from, LUNAR_YEARS.to));
  }
}
