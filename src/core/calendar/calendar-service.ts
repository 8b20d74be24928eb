/**
 * The working calendar of each organisation, for the administrator's calendar page and for everything that counts
 * deadlines. It keeps one built {@link WorkingCalendar} per organisation in memory and rebuilds it when the stored
 * calendar version changed (any process's edit bumps it), so a deadline job on another replica sees an edit on its
 * next call. Years in range that were never generated get their computed defaults on first use.
 */
import { AppError } from "../shared/app-error.js";
import { isoWeekdayOf, parseLocalDate, yearOf } from "./civil-date.js";
import { CALENDAR_TEXT, WEEKDAY_NAMES } from "./messages.vi.js";
import { LUNAR_YEARS } from "./lunar.js";
import { formatOfficeSession, parseOfficeSessions, parseWeekdays } from "./office-hours.js";
import type { Change, CalendarStore, DayWriteResult, StoredWorkingWeek } from "./ports.js";
import { defaultDaysOff } from "./public-holidays.js";
import type { CalendarDayEntry, CalendarDayKind, CalendarDayRecord, LocalDate, OfficeSession, WorkingWeek } from "./types.js";
import { WorkingCalendar } from "./working-calendar.js";
import { adminRowsOf, planYear } from "./year-plan.js";

/** Years before and after the current one that a built calendar tables (beyond them only the week applies). */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 2;
const MAX_NAME_LENGTH = 120;

/** What a regeneration did, for the console's notice and the audit log. */
export interface YearGeneration {
  year: number;
  created: number;
  updated: number;
  removed: number;
  /** Administrator rows of the year left as they were. */
  keptAdminEdits: number;
}

/** An administrator's day, as typed in a form. */
export interface CalendarDayInput {
  date: string;
  kind: string;
  name: string;
}

/** Deadlines on one organisation's calendar (see {@link CalendarService.workingTimeOf}). */
export interface OrganisationWorkingTime {
  addWorkingHours(from: Date, hours: number): Promise<Date>;
  addWorkingDays(from: Date, days: number): Promise<Date>;
}

interface CachedCalendar {
  version: number;
  fromYear: number;
  calendar: Promise<WorkingCalendar>;
}

/** Calendar use cases over a {@link CalendarStore}; one instance per process. */
export class CalendarService {
  private readonly cache = new Map<string, CachedCalendar>();

  constructor(
    private readonly store: CalendarStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The organisation's working calendar, built at most once per calendar version. */
  async calendarFor(orgId: string): Promise<WorkingCalendar> {
    const stored = await this.requireWeek(orgId);
    const fromYear = this.now().getUTCFullYear() - YEARS_BEFORE;
    const cached = this.cache.get(orgId);
    if (cached && cached.version === stored.version && cached.fromYear === fromYear) return cached.calendar;
    const built = this.build(orgId, stored, fromYear);
    const entry: CachedCalendar = { version: stored.version, fromYear, calendar: built.then((b) => b.calendar) };
    this.cache.set(orgId, entry);
    // Filling missing years bumps the version: cache under the version the calendar was read at.
    built.then(
      (b) => void (entry.version = b.version),
      () => this.cache.get(orgId) === entry && this.cache.delete(orgId),
    );
    return entry.calendar;
  }

  /**
   * Deadline arithmetic of one organisation as async calls, each on its current calendar: the shape of the feedback
   * core's `WorkingTime` port, so the wiring can pass it there as it is.
   */
  workingTimeOf(orgId: string): OrganisationWorkingTime {
    return {
      addWorkingHours: async (from, hours) => (await this.calendarFor(orgId)).addWorkingHours(from, hours),
      addWorkingDays: async (from, days) => (await this.calendarFor(orgId)).addWorkingDays(from, days),
    };
  }

  /** The working week as the console shows and edits it. */
  async workingWeek(orgId: string): Promise<WorkingWeek> {
    return toWorkingWeek(await this.requireWeek(orgId));
  }

  /** Rows of one year in date order, removed days included (flagged by `removedAt`). */
  async listYear(orgId: string, year: number): Promise<CalendarDayRecord[]> {
    if (!Number.isInteger(year) || year < LUNAR_YEARS.from || year > LUNAR_YEARS.to) {
      throw new AppError("calendar_year_out_of_range", CALENDAR_TEXT.yearOutOfRange(year, LUNAR_YEARS.from, LUNAR_YEARS.to));
    }
    await this.requireWeek(orgId);
    return this.store.listDays(orgId, year, year);
  }

  /** The computed defaults of a year for this organisation's week, without storing them (a preview). */
  async defaultsFor(orgId: string, year: number): Promise<CalendarDayEntry[]> {
    return defaultDaysOff(year, { weekdays: (await this.workingWeek(orgId)).weekdays });
  }

  /**
   * Stores the computed defaults of `year`, idempotently. Administrator rows are kept unless `discardAdminEdits`
   * (the console's "reset this year to the defaults").
   */
  async generateYear(orgId: string, year: number, options: { discardAdminEdits?: boolean } = {}): Promise<YearGeneration> {
    const defaults = await this.defaultsFor(orgId, year);
    const stored = await this.store.listDays(orgId, year, year);
    const discard = options.discardAdminEdits ?? false;
    const result = await this.store.applyYearPlan(orgId, planYear(year, stored, defaults, discard));
    return { year, ...result, keptAdminEdits: discard ? 0 : adminRowsOf(year, stored) };
  }

  /** Adds a day off or a make-up working day; 409 when the date already has one. */
  async addDay(orgId: string, input: CalendarDayInput, actorId: string | null): Promise<Change<CalendarDayRecord>> {
    const entry = await this.checkEntry(orgId, input);
    return expectWritten(await this.store.addDay(orgId, entry, actorId), entry.date);
  }

  /** Changes the kind or name of a day in the calendar; 404 when the date has none. */
  async editDay(orgId: string, input: CalendarDayInput, actorId: string | null): Promise<Change<CalendarDayRecord>> {
    const entry = await this.checkEntry(orgId, input);
    return expectWritten(await this.store.editDay(orgId, entry, actorId), entry.date);
  }

  /** Removes a day from the calendar (the date then follows the working week); 404 when the date has none. */
  async removeDay(orgId: string, date: string, actorId: string | null): Promise<Change<CalendarDayRecord>> {
    parseLocalDate(date);
    await this.requireWeek(orgId);
    return expectWritten(await this.store.removeDay(orgId, date, actorId), date);
  }

  /**
   * Replaces the working weekdays and office sessions ("07:30-11:30"). When the weekdays change, the computed
   * compensatory days of the tabled years are regenerated (administrator rows stay as they are).
   */
  async updateWorkingWeek(orgId: string, input: { weekdays: readonly number[]; sessions: readonly string[] }): Promise<Change<StoredWorkingWeek> & { regenerated: YearGeneration[] }> {
    const weekdays = parseWeekdays(input.weekdays);
    const sessions = parseOfficeSessions(input.sessions).map(formatOfficeSession);
    const change = await this.store.saveWorkingWeek(orgId, { weekdays, sessions });
    if (!change) throw notFound();
    const regenerated: YearGeneration[] = [];
    if (change.before?.weekdays.join() !== weekdays.join()) {
      const thisYear = this.now().getUTCFullYear();
      for (let year = thisYear - YEARS_BEFORE; year <= thisYear + YEARS_AFTER; year++) {
        if ((await this.store.listDays(orgId, year, year)).length > 0) regenerated.push(await this.generateYear(orgId, year));
      }
    }
    return { ...change, regenerated };
  }

  /** Reads (after filling years never generated) and builds; the version is read before the days it covers. */
  private async build(orgId: string, stored: StoredWorkingWeek & { version: number }, fromYear: number): Promise<{ calendar: WorkingCalendar; version: number }> {
    const toYear = fromYear + YEARS_BEFORE + YEARS_AFTER;
    let week = stored;
    let days = await this.store.listDays(orgId, fromYear, toYear);
    const present = new Set(days.map((d) => yearOf(d.date)));
    const missing = [...Array(toYear - fromYear + 1).keys()].map((i) => fromYear + i).filter((y) => !present.has(y));
    if (missing.length > 0) {
      for (const year of missing) await this.generateYear(orgId, year);
      week = await this.requireWeek(orgId);
      days = await this.store.listDays(orgId, fromYear, toYear);
    }
    const calendar = WorkingCalendar.build({
      week: toWorkingWeek(week),
      days: days.filter((d) => d.removedAt === null),
      years: { from: fromYear, to: toYear },
    });
    return { calendar, version: week.version };
  }

  private async requireWeek(orgId: string): Promise<StoredWorkingWeek & { version: number }> {
    const week = await this.store.workingWeek(orgId);
    if (!week) throw notFound();
    return week;
  }

  private async checkEntry(orgId: string, input: CalendarDayInput): Promise<CalendarDayEntry> {
    const day = parseLocalDate(input.date);
    const kind = input.kind as CalendarDayKind;
    if (kind !== "day_off" && kind !== "working_day") throw new AppError("calendar_invalid_kind", CALENDAR_TEXT.badKind);
    const name = input.name.replace(/\s+/gu, " ").trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) throw new AppError("calendar_invalid_name", CALENDAR_TEXT.badName);
    const weekday = isoWeekdayOf(day);
    const week = await this.workingWeek(orgId);
    if (kind === "working_day" && week.weekdays.includes(weekday)) {
      throw new AppError("calendar_make_up_on_working_day", CALENDAR_TEXT.makeUpOnWorkingDay(input.date, WEEKDAY_NAMES[weekday]));
    }
    return { date: input.date as LocalDate, kind, name };
  }
}

function toWorkingWeek(stored: StoredWorkingWeek): WorkingWeek {
  const sessions: OfficeSession[] = parseOfficeSessions(stored.sessions);
  return { timezone: stored.timezone, weekdays: parseWeekdays(stored.weekdays), sessions };
}

function expectWritten(result: DayWriteResult, date: string): Change<CalendarDayRecord> {
  if (result.status === "conflict") throw new AppError("calendar_day_exists", CALENDAR_TEXT.dayExists(date), 409);
  if (result.status === "missing") throw new AppError("calendar_day_not_found", CALENDAR_TEXT.dayNotFound(date), 404);
  return { before: result.before, after: result.after };
}

function notFound(): AppError {
  return new AppError("org_not_found", CALENDAR_TEXT.organisationNotFound, 404);
}
