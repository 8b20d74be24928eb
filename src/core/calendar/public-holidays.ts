/**
 * Computed default days off of a year: the public holidays of the Labour Code 2019, art. 112, with the lunar ones
 * from Vietnam's lunar calendar, plus a compensatory day off (nghỉ bù) for each holiday that falls on a weekly rest
 * day. The government announces each year's actual schedule for civil servants (which Tết days, which day next to
 * 2/9, swaps with a Saturday), so these are defaults an administrator corrects, never the last word.
 */
import { AppError } from "../shared/app-error.js";
import { civilOf, dayNumberOf, isoWeekdayOf, toLocalDate } from "./civil-date.js";
import { lunarDayOf, lunarNewYear, solarDayOfLunar } from "./lunar.js";
import { CALENDAR_TEXT, HOLIDAY_NAMES } from "./messages.vi.js";
import { DEFAULT_WEEKDAYS } from "./office-hours.js";
import type { CalendarDayEntry, IsoWeekday } from "./types.js";

/** Tết Âm lịch is 5 days off (art. 112). */
const TET_DAYS = 5;

/** Choices the law leaves to each year's announcement, with documented defaults. */
export interface HolidayOptions {
  /** Weekly working days; a holiday on any other day gets a compensatory day off. Default Monday–Friday. */
  weekdays?: readonly IsoWeekday[];
  /**
   * How many of Tết's 5 days come before mùng 1. Default 1: the eve (29 or 30 tháng Chạp) and mùng 1–4, the
   * split of recent years' schedules. 0 gives mùng 1–5; 2 gives 28 tháng Chạp to mùng 3.
   */
  tetDaysBeforeNewYear?: number;
}

interface Holiday {
  day: number;
  name: string;
}

/**
 * The default days off of `year`, in date order: every public holiday (also those on a weekend, so the calendar
 * names them) and one compensatory day off per holiday that falls on a weekly rest day or on another holiday, on
 * the next working day not already off. Throws AppError `calendar_year_out_of_range` outside the lunar library's
 * years.
 */
export function defaultDaysOff(year: number, options: HolidayOptions = {}): CalendarDayEntry[] {
  const weekdays = new Set(options.weekdays ?? DEFAULT_WEEKDAYS);
  const holidays = publicHolidays(year, options.tetDaysBeforeNewYear ?? 1);
  const off = new Set(holidays.map((h) => h.day));
  const placed = new Set<number>();
  const entries: Holiday[] = [];
  for (const holiday of holidays) {
    const clash = placed.has(holiday.day);
    if (!clash) entries.push(holiday);
    placed.add(holiday.day);
    if (clash || !weekdays.has(isoWeekdayOf(holiday.day))) {
      let day = holiday.day + 1;
      while (!weekdays.has(isoWeekdayOf(day)) || off.has(day)) day += 1;
      off.add(day);
      entries.push({ day, name: HOLIDAY_NAMES.compensatory(holiday.name) });
    }
  }
  return entries
    .sort((a, b) => a.day - b.day)
    .map((h) => ({ date: toLocalDate(h.day), kind: "day_off" as const, name: h.name }));
}

/** The 11 public holidays of art. 112 in `year`, in date order (two may share a date: Giỗ Tổ can meet 30/4). */
function publicHolidays(year: number, tetDaysBefore: number): Holiday[] {
  if (!Number.isInteger(tetDaysBefore) || tetDaysBefore < 0 || tetDaysBefore > TET_DAYS - 1) {
    throw new AppError("calendar_invalid_options", CALENDAR_TEXT.badCount("ngày Tết trước mùng 1"));
  }
  const list: Holiday[] = [{ day: dayNumberOf(year, 1, 1), name: HOLIDAY_NAMES.newYear }];
  const tet = lunarNewYear(year);
  for (let i = -tetDaysBefore; i < TET_DAYS - tetDaysBefore; i++) {
    const { year: y, month: m, day: d } = civilOf(tet + i);
    list.push({ day: tet + i, name: HOLIDAY_NAMES.tet(lunarDayOf(y, m, d).day, i < 0) });
  }
  list.push({ day: solarDayOfLunar(10, 3, year), name: HOLIDAY_NAMES.hungKings });
  list.push({ day: dayNumberOf(year, 4, 30), name: HOLIDAY_NAMES.reunification });
  list.push({ day: dayNumberOf(year, 5, 1), name: HOLIDAY_NAMES.labour });
  const national = dayNumberOf(year, 9, 2);
  list.push({ day: national, name: HOLIDAY_NAMES.national });
  list.push({ day: national + nationalDayNeighbour(national), name: HOLIDAY_NAMES.nationalAdjacent });
  return list.sort((a, b) => a.day - b.day);
}

/**
 * Which day next to 2/9 is the second day of Quốc khánh: the day before, except when 2/9 is a Monday or a Thursday,
 * where the day after joins the holiday to a weekend. This reproduces the announced schedules of 2021 (Thu: 3/9),
 * 2022 (Fri: 1/9), 2023 (Sat: 1/9), 2024 (Mon: 3/9) and 2025 (Tue: 1/9).
 */
function nationalDayNeighbour(national: number): -1 | 1 {
  const weekday = isoWeekdayOf(national);
  return weekday === 1 || weekday === 4 ? 1 : -1;
}
