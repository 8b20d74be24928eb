/**
 * How a deadline stands at a moment, on the organisation's working calendar: how much working time is left (or
 * how late it is), worded as the console shows it, and whether it is close enough to be flagged. The queue, the
 * ticket page and the deadline job share these rules, so "sắp đến hạn" means the same thing everywhere.
 */
import { describeTimeLeft, formatLocalDateTime } from "../../calendar/format.js";
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import type { DeadlineKind } from "../deadlines.js";

/** How long before a deadline the department is reminded (and the queue flags it as due soon). */
export interface ReminderLeads {
  /** Working hours before an accept deadline. */
  acceptHours: number;
  /** Working days before an answer deadline. */
  answerDays: number;
}

/** Demo defaults: 2 working hours before an 8-hour accept deadline, 1 working day before an answer deadline. */
export const DEFAULT_REMINDER_LEADS: ReminderLeads = { acceptHours: 2, answerDays: 1 };

/** A deadline at `now`. */
export interface DeadlineState {
  kind: DeadlineKind;
  dueAt: Date;
  /** "17:00 thứ Năm, 12/03/2026" in the organisation's time. */
  dueText: string;
  overdue: boolean;
  /** Not overdue, but within the reminder lead. */
  soon: boolean;
  /** "còn 3 giờ 20 phút làm việc", "quá hạn 1 ngày làm việc". */
  leftText: string;
}

/** Working minutes of a kind's reminder lead on this calendar. */
export function leadMinutes(calendar: WorkingCalendar, kind: DeadlineKind, leads: ReminderLeads): number {
  return kind === "accept" ? leads.acceptHours * 60 : leads.answerDays * calendar.minutesPerDay;
}

/**
 * Where a deadline stands at `now`.
 *
 * @param calendar - the organisation's working calendar.
 * @param kind - accept or answer.
 * @param dueAt - the stored deadline.
 * @param now - the moment to measure from.
 * @param leads - how early "due soon" starts.
 */
export function deadlineState(calendar: WorkingCalendar, kind: DeadlineKind, dueAt: Date, now: Date, leads: ReminderLeads): DeadlineState {
  const left = calendar.timeLeft(now, dueAt);
  return {
    kind,
    dueAt,
    dueText: formatLocalDateTime(calendar.localDateTime(dueAt)),
    overdue: left.overdue,
    soon: !left.overdue && left.workingMinutes <= leadMinutes(calendar, kind, leads),
    leftText: describeTimeLeft(left),
  };
}

/**
 * The latest instant a deadline may fall at to be within its reminder lead at `now`: deadlines up to this one get
 * a reminder. Working time is monotonic, so the deadline job compares stored timestamps against it in SQL.
 */
export function remindUpTo(calendar: WorkingCalendar, kind: DeadlineKind, now: Date, leads: ReminderLeads): Date {
  return calendar.addWorkingMinutes(now, leadMinutes(calendar, kind, leads));
}
