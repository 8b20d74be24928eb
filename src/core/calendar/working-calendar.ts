/**
 * An organisation's working calendar and the working-time arithmetic of feedback deadlines.
 *
 * Working time is the office sessions of working days: a weekday of the working week that is not a day off, or a
 * make-up working day. Every instant maps to a "working clock" W(t): the working milliseconds since the start of the
 * table, continuous, flat outside office hours. A per-day table of W at each midnight (a prefix sum) makes W(t) a
 * lookup and its inverse a binary search, so a deadline or a time-left costs microseconds, never a loop over minutes
 * or days. Outside the table's years the working week alone applies (whole weeks are skipped arithmetically).
 *
 * Counting rules (see the README, "Working calendar"):
 * - N working hours: counted from the moment of receipt if it is working time, otherwise from the next opening;
 *   the deadline may fall on a session's closing minute (11:30 or 17:00) but never inside a break.
 * - N working days: the ticket counts as received at the next working moment; that day is not counted (as the
 *   Civil Code 2015, art. 147, counts periods in days); the deadline is the close of the Nth working day after it.
 */
import { AppError } from "../shared/app-error.js";
import { dayNumberOf, isoWeekdayOf, MS_PER_DAY, parseLocalDate, toLocalDate } from "./civil-date.js";
import { CALENDAR_TEXT } from "./messages.vi.js";
import { fixedOffsetMs } from "./time-zone.js";
import type { CalendarDayEntry, IsoWeekday, LocalDate, OfficeSession, WorkingWeek } from "./types.js";

const MS_PER_MINUTE = 60_000;

/** What a calendar is built from: the working week, the year's days off and make-up days, and the years tabled. */
export interface WorkingCalendarInput {
  week: WorkingWeek;
  /** Days off and make-up working days (removed entries left out). */
  days: readonly CalendarDayEntry[];
  /** Years to table; entries outside them widen the table. Beyond it only the working week applies. */
  years: { from: number; to: number };
}

/** Working time between now and a deadline, for "còn 5 giờ làm việc" and "quá hạn 1 ngày làm việc". */
export interface WorkingTimeLeft {
  /** True once the deadline has passed (also outside office hours, when no working time has yet been lost). */
  overdue: boolean;
  /** Working minutes left before the deadline, or past it when overdue; never negative. */
  workingMinutes: number;
  /** Working minutes in one working day, to say long durations in days. */
  minutesPerDay: number;
}

/** Local date, time of day and weekday of an instant in the organisation's timezone. */
export interface LocalDateTime {
  date: LocalDate;
  /** Minutes after local midnight, fractional. */
  minuteOfDay: number;
  weekday: IsoWeekday;
}

/** An immutable working calendar; build one with {@link WorkingCalendar.build}. */
export class WorkingCalendar {
  /** Working minutes of each working day (every working day has the same sessions). */
  readonly minutesPerDay: number;
  readonly timezone: string;
  private readonly offsetMs: number;
  private readonly firstDay: number;
  /** cum[i]: working ms from the start of the table to the start of day firstDay + i; length days + 1. */
  private readonly cum: Float64Array;
  /** Working ms of each ISO weekday by the working week alone (index 1–7). */
  private readonly pattern: number[];
  private readonly weekMs: number;
  /** Working ms of every working day. */
  private readonly workingDayMs: number;
  private readonly sessionStarts: number[];
  private readonly sessionEnds: number[];
  /** Working ms of the day before each session starts. */
  private readonly sessionBefore: number[];
  private readonly entries: Map<number, CalendarDayEntry>;

  private constructor(input: WorkingCalendarInput) {
    const { week } = input;
    if (week.sessions.length === 0 || week.weekdays.length === 0) throw new AppError("calendar_invalid_sessions", CALENDAR_TEXT.noSessions);
    this.timezone = week.timezone;
    this.sessionStarts = week.sessions.map((s: OfficeSession) => s.start * MS_PER_MINUTE);
    this.sessionEnds = week.sessions.map((s: OfficeSession) => s.end * MS_PER_MINUTE);
    this.sessionBefore = [];
    let dayMs = 0;
    for (let i = 0; i < this.sessionStarts.length; i++) {
      this.sessionBefore.push(dayMs);
      dayMs += this.sessionEnds[i]! - this.sessionStarts[i]!;
    }
    this.workingDayMs = dayMs;
    this.minutesPerDay = dayMs / MS_PER_MINUTE;
    const weekdays = new Set(week.weekdays);
    this.pattern = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => (weekdays.has(d as IsoWeekday) ? dayMs : 0));
    this.weekMs = this.pattern.reduce((a, b) => a + b, 0);

    this.entries = new Map(input.days.map((e) => [parseLocalDate(e.date), e]));
    const entryDays = [...this.entries.keys()];
    const first = Math.min(dayNumberOf(input.years.from, 1, 1), ...entryDays);
    const last = Math.max(dayNumberOf(input.years.to, 12, 31), ...entryDays);
    this.firstDay = first;
    this.offsetMs = fixedOffsetMs(week.timezone, new Date(first * MS_PER_DAY).getUTCFullYear(), new Date(last * MS_PER_DAY).getUTCFullYear());
    this.cum = new Float64Array(last - first + 2);
    for (let day = first; day <= last; day++) {
      this.cum[day - first + 1] = this.cum[day - first]! + this.plannedDayMs(day);
    }
  }

  /** Builds the calendar and its per-day table; throws AppError for a bad timezone, date or empty week. */
  static build(input: WorkingCalendarInput): WorkingCalendar {
    return new WorkingCalendar(input);
  }

  /** True when `date` ("YYYY-MM-DD") is a working day: a working weekday not off, or a make-up working day. */
  isWorkingDay(date: LocalDate): boolean {
    return this.dayMs(parseLocalDate(date)) > 0;
  }

  /** The day off or make-up working day on `date`, if the calendar has one. */
  entryOn(date: LocalDate): CalendarDayEntry | undefined {
    return this.entries.get(parseLocalDate(date));
  }

  /** True when `at` falls inside an office session of a working day. */
  isWorkingTime(at: Date): boolean {
    const { day, msOfDay } = this.split(at.getTime());
    return this.dayMs(day) > 0 && this.sessionStarts.some((start, i) => msOfDay >= start && msOfDay < this.sessionEnds[i]!);
  }

  /** `at` itself during working time, otherwise the next opening of an office session. */
  nextWorkingMoment(at: Date): Date {
    return new Date(this.instantAt(this.clock(at.getTime()) + 1) - 1);
  }

  /** The instant `hours` working hours after `from` (see the counting rules above). */
  addWorkingHours(from: Date, hours: number): Date {
    return this.addWorkingMinutes(from, checkAmount(hours, "giờ") * 60);
  }

  /** The instant `minutes` working minutes after `from`. */
  addWorkingMinutes(from: Date, minutes: number): Date {
    const amount = checkAmount(minutes, "phút");
    if (amount === 0) return new Date(from.getTime());
    return new Date(this.instantAt(this.clock(from.getTime()) + Math.round(amount * MS_PER_MINUTE)));
  }

  /** The close of the Nth working day after the working day on which `from` counts as received. */
  addWorkingDays(from: Date, days: number): Date {
    const n = checkAmount(days, "ngày");
    if (!Number.isInteger(n)) throw new AppError("calendar_invalid_amount", CALENDAR_TEXT.badCount("ngày"));
    const received = this.split(this.nextWorkingMoment(from).getTime()).day;
    return new Date(this.instantAt(this.cumAt(received + 1) + n * this.workingDayMs));
  }

  /** Working minutes from `from` to `to` (negative when `to` is earlier). */
  workingMinutesBetween(from: Date, to: Date): number {
    return (this.clock(to.getTime()) - this.clock(from.getTime())) / MS_PER_MINUTE;
  }

  /** Working time left until `due` at `now`, or how far past it. */
  timeLeft(now: Date, due: Date): WorkingTimeLeft {
    const minutes = this.workingMinutesBetween(now, due);
    return { overdue: now.getTime() > due.getTime(), workingMinutes: Math.abs(minutes), minutesPerDay: this.minutesPerDay };
  }

  /** The local date, time of day and weekday of `at` in the organisation's timezone. */
  localDateTime(at: Date): LocalDateTime {
    const { day, msOfDay } = this.split(at.getTime());
    return { date: toLocalDate(day), minuteOfDay: msOfDay / MS_PER_MINUTE, weekday: isoWeekdayOf(day) };
  }

  /** Working ms of one day, read from the table (the working week's beyond it). */
  private dayMs(day: number): number {
    const i = day - this.firstDay;
    if (i >= 0 && i < this.cum.length - 1) return this.cum[i + 1]! - this.cum[i]!;
    return this.pattern[isoWeekdayOf(day)]!;
  }

  /** Working ms of one day from its calendar entry or, without one, from the working week (builds the table). */
  private plannedDayMs(day: number): number {
    const entry = this.entries.get(day);
    if (entry) return entry.kind === "working_day" ? this.workingDayMs : 0;
    return this.pattern[isoWeekdayOf(day)]!;
  }

  private split(utcMs: number): { day: number; msOfDay: number } {
    const local = utcMs + this.offsetMs;
    const day = Math.floor(local / MS_PER_DAY);
    return { day, msOfDay: local - day * MS_PER_DAY };
  }

  /** W(t): working ms from the start of the table to `utcMs`. */
  private clock(utcMs: number): number {
    const { day, msOfDay } = this.split(utcMs);
    const base = this.cumAt(day);
    if (this.dayMs(day) === 0) return base;
    let worked = 0;
    for (let i = 0; i < this.sessionStarts.length; i++) {
      const start = this.sessionStarts[i]!;
      if (msOfDay <= start) break;
      worked += Math.min(msOfDay, this.sessionEnds[i]!) - start;
    }
    return base + worked;
  }

  /** W at the start of `day`, for any day (the working week alone outside the table). */
  private cumAt(day: number): number {
    const i = day - this.firstDay;
    const lastIndex = this.cum.length - 1;
    if (i >= 0 && i <= lastIndex) return this.cum[i]!;
    if (i > lastIndex) return this.cum[lastIndex]! + this.weeklyMs(this.firstDay + lastIndex, day);
    return -this.weeklyMs(day, this.firstDay);
  }

  /** Working ms in days [from, to) by the working week alone. */
  private weeklyMs(from: number, to: number): number {
    const weeks = Math.floor((to - from) / 7);
    let total = weeks * this.weekMs;
    for (let day = from + weeks * 7; day < to; day++) total += this.pattern[isoWeekdayOf(day)]!;
    return total;
  }

  /** The earliest instant (UTC ms) at which W reaches `target`. */
  private instantAt(target: number): number {
    const day = this.dayReaching(target);
    const remaining = target - this.cumAt(day);
    let i = 0;
    while (i < this.sessionStarts.length - 1 && remaining > this.sessionBefore[i + 1]!) i++;
    const msOfDay = this.sessionStarts[i]! + remaining - this.sessionBefore[i]!;
    return day * MS_PER_DAY + msOfDay - this.offsetMs;
  }

  /** The day d with cumAt(d) < target ≤ cumAt(d + 1). */
  private dayReaching(target: number): number {
    const cum = this.cum;
    const lastIndex = cum.length - 1;
    if (target > cum[0]! && target <= cum[lastIndex]!) {
      let lo = 0;
      let hi = lastIndex - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cum[mid]! < target) lo = mid;
        else hi = mid - 1;
      }
      return this.firstDay + lo;
    }
    if (target > cum[lastIndex]!) {
      let day = this.firstDay + lastIndex;
      let rest = target - cum[lastIndex]!;
      const weeks = Math.max(0, Math.ceil(rest / this.weekMs) - 1);
      day += weeks * 7;
      rest -= weeks * this.weekMs;
      while (rest > this.pattern[isoWeekdayOf(day)]!) rest -= this.pattern[isoWeekdayOf(day++)]!;
      return day;
    }
    // Before the table: step back whole weeks, then days, until W at the day's start is below the target.
    let day = this.firstDay;
    const weeks = Math.floor((cum[0]! - target) / this.weekMs);
    day -= weeks * 7;
    let start = cum[0]! - weeks * this.weekMs;
    while (start >= target) start -= this.pattern[isoWeekdayOf(--day)]!;
    return day;
  }
}

function checkAmount(value: number, unit: string): number {
  if (!Number.isFinite(value) || value < 0) throw new AppError("calendar_invalid_amount", CALENDAR_TEXT.badCount(unit));
  return value;
}
