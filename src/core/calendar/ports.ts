/**
 * What the calendar service needs from storage. Implemented over Prisma in src/db/repositories/calendar-repository.ts
 * and in memory by the unit tests. Rows come back as plain objects; the store bumps the organisation's calendar
 * version in the same transaction as every write, which is how every process's cache notices an edit.
 */
import type { CalendarDayEntry, CalendarDayRecord, LocalDate } from "./types.js";

/** The working week as stored: sessions as "HH:MM-HH:MM" texts, weekdays as ISO numbers. */
export interface StoredWorkingWeek {
  timezone: string;
  weekdays: number[];
  sessions: string[];
}

/** A before/after pair for the audit log (null where the thing did not exist). */
export interface Change<T> {
  before: T | null;
  after: T | null;
}

/** Outcome of a single-day write: `conflict` when the date already has an active day, `missing` when it has none. */
export type DayWriteResult = ({ status: "ok" } & Change<CalendarDayRecord>) | { status: "conflict" } | { status: "missing" };

/**
 * How to bring one year's computed rows in line with the defaults. `scope: "computed"` touches computed rows only
 * (the store re-checks it in SQL, so an administrator's edit made meanwhile is never overwritten); `scope: "all"`
 * also replaces administrator rows and removed-day markers of the year (a deliberate "reset to defaults").
 */
export interface YearPlan {
  year: number;
  scope: "computed" | "all";
  insert: CalendarDayEntry[];
  update: CalendarDayEntry[];
  remove: LocalDate[];
}

/** Rows a plan actually changed. */
export interface YearPlanResult {
  created: number;
  updated: number;
  removed: number;
}

/** Persistent calendar of organisations. */
export interface CalendarStore {
  /** The organisation's working week and calendar version, or null when there is no such organisation. */
  workingWeek(orgId: string): Promise<(StoredWorkingWeek & { version: number }) | null>;
  /** Replaces the working week; null when there is no such organisation. */
  saveWorkingWeek(orgId: string, week: Omit<StoredWorkingWeek, "timezone">): Promise<Change<StoredWorkingWeek> | null>;
  /** Every row dated in years [fromYear, toYear], removed-day markers included, in date order. */
  listDays(orgId: string, fromYear: number, toYear: number): Promise<CalendarDayRecord[]>;
  /** Applies a plan in one transaction. */
  applyYearPlan(orgId: string, plan: YearPlan): Promise<YearPlanResult>;
  /** Adds an administrator's day on a date with no active day (a removed-day marker is replaced). */
  addDay(orgId: string, entry: CalendarDayEntry, actorId: string | null): Promise<DayWriteResult>;
  /** Changes an active day's kind and name; it becomes an administrator's day. */
  editDay(orgId: string, entry: CalendarDayEntry, actorId: string | null): Promise<DayWriteResult>;
  /** Marks an active day removed (kept as a marker so regeneration does not bring it back). */
  removeDay(orgId: string, date: LocalDate, actorId: string | null): Promise<DayWriteResult>;
}
