import { defaultWorkingWeek } from "../../../src/core/calendar/office-hours.js";
import { defaultDaysOff } from "../../../src/core/calendar/public-holidays.js";
import type { CalendarDayEntry } from "../../../src/core/calendar/types.js";
import { WorkingCalendar } from "../../../src/core/calendar/working-calendar.js";

/**
 * A swap like those the government announces each year (a Friday off, worked back on a Saturday), written for the
 * tests: Friday 2 January 2026 off, Saturday 10 January 2026 a make-up working day.
 */
export const SWAP: CalendarDayEntry[] = [
  { date: "2026-01-02", kind: "day_off", name: "Nghỉ hoán đổi (làm bù thứ Bảy 10/1)" },
  { date: "2026-01-10", kind: "working_day", name: "Làm bù cho thứ Sáu 2/1" },
];

/** The default days off of 2025–2027 (Mon–Fri, 07:30–11:30 and 13:30–17:00, UTC+7) plus {@link SWAP}. */
export function wardCalendar(): WorkingCalendar {
  const days = [...defaultDaysOff(2025), ...defaultDaysOff(2026), ...defaultDaysOff(2027)].filter((d) => !SWAP.some((s) => s.date === d.date));
  return WorkingCalendar.build({ week: defaultWorkingWeek(), days: [...days, ...SWAP], years: { from: 2025, to: 2027 } });
}

/** An instant from a Vietnam local time, "2026-03-06T16:00". */
export const vn = (local: string): Date => new Date(`${local}:00+07:00`);

/** The Vietnam local time of an instant, "2026-03-09T10:30". */
export const local = (at: Date): string => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
