/**
 * Working time and deadlines in Vietnamese words, for the console ("còn 3 giờ 20 phút làm việc") and for the
 * citizen's chat ("hạn trả lời: 17:00 thứ Năm, 12/03/2026").
 */
import { clock } from "./office-hours.js";
import { DURATION_TEXT, WEEKDAY_NAMES } from "./messages.vi.js";
import type { LocalDateTime, WorkingTimeLeft } from "./working-calendar.js";

/**
 * A working duration in words: "45 phút", "3 giờ 20 phút" below one working day; from one working day on, days and
 * whole hours ("2 ngày 3 giờ"), where minutes would only be noise. Rounded down, so time left is never overstated.
 */
export function formatWorkingDuration(minutes: number, minutesPerDay: number): string {
  const whole = Math.floor(Math.max(0, minutes));
  if (whole < 1) return DURATION_TEXT.lessThanAMinute;
  const parts: string[] = [];
  let rest = whole;
  if (minutesPerDay > 0 && rest >= minutesPerDay) {
    const days = Math.floor(rest / minutesPerDay);
    parts.push(DURATION_TEXT.days(days));
    const hours = Math.floor((rest - days * minutesPerDay) / 60);
    if (hours > 0) parts.push(DURATION_TEXT.hours(hours));
    return parts.join(" ");
  }
  const hours = Math.floor(rest / 60);
  rest -= hours * 60;
  if (hours > 0) parts.push(DURATION_TEXT.hours(hours));
  if (rest > 0) parts.push(DURATION_TEXT.minutes(rest));
  return parts.join(" ");
}

/** "còn 5 giờ làm việc", "quá hạn 1 ngày làm việc", or "đến hạn" when less than a minute is left. */
export function describeTimeLeft(left: WorkingTimeLeft): string {
  if (left.workingMinutes < 1) return left.overdue ? DURATION_TEXT.justOverdue : DURATION_TEXT.dueNow;
  const duration = formatWorkingDuration(left.workingMinutes, left.minutesPerDay);
  return left.overdue ? DURATION_TEXT.overdue(duration) : DURATION_TEXT.left(duration);
}

/** "17:00 thứ Năm, 12/03/2026" for a local date-time (see WorkingCalendar.localDateTime). */
export function formatLocalDateTime(local: LocalDateTime): string {
  const [year, month, day] = local.date.split("-");
  return DURATION_TEXT.dateTime(clock(Math.floor(local.minuteOfDay)), WEEKDAY_NAMES[local.weekday], `${day}/${month}/${year}`);
}
