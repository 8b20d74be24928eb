/**
 * Shared shapes of the working calendar. A local date is an ISO string "YYYY-MM-DD" in the organisation's timezone
 * (what people write and what a PostgreSQL `date` column holds); instants are `Date` objects (absolute time).
 */

/** A calendar date in the organisation's timezone, "YYYY-MM-DD". */
export type LocalDate = string;

/** ISO weekday: 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy), 7 = Sunday (Chủ nhật). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * What a date is, overriding the working week: `day_off` (public holiday, compensatory day off, any day the office
 * is closed) or `working_day` (a make-up working day, "ngày làm bù": a weekly rest day on which the office works).
 */
export type CalendarDayKind = "day_off" | "working_day";

/** Whether a calendar entry came from the computed defaults or from an administrator (who always wins). */
export type CalendarDayOrigin = "computed" | "admin";

/** One date of an organisation's calendar that differs from (or names a date of) the working week. */
export interface CalendarDayEntry {
  date: LocalDate;
  kind: CalendarDayKind;
  /** Vietnamese name shown to staff, e.g. "Tết Nguyên đán (mùng 1)", "Nghỉ bù Quốc khánh", "Làm bù cho 2/1". */
  name: string;
}

/** A stored calendar entry. A removed entry is a tombstone: it keeps regeneration from bringing a default back. */
export interface CalendarDayRecord extends CalendarDayEntry {
  origin: CalendarDayOrigin;
  /** Set when an administrator removed the day; the date then follows the working week. */
  removedAt: Date | null;
  updatedAt: Date;
  /** Staff account that made the last administrator edit (null for computed rows). */
  updatedBy: string | null;
}

/** One office session, in minutes after local midnight, half-open: [start, end). */
export interface OfficeSession {
  start: number;
  end: number;
}

/** How an organisation works week by week: the data behind every working-time computation. */
export interface WorkingWeek {
  /** IANA timezone; must have a fixed UTC offset (all of Vietnam: Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
  timezone: string;
  /** Working weekdays, ISO numbering (default Monday to Friday). */
  weekdays: IsoWeekday[];
  /** Office sessions of every working day, in order, not overlapping (default 07:30–11:30 and 13:30–17:00). */
  sessions: OfficeSession[];
}
