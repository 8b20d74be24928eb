/**
 * The administrator's side of the working calendar: a year's days off and make-up working days, added, edited and
 * removed one by one or generated from the law's holidays (Tết and Giỗ Tổ from the lunar calendar). Wraps
 * {@link CalendarService} with the permission check (`config.calendar`) and the audit log (before/after of the day).
 */
import type { AuditTrail, AuditValue } from "../audit/audit-trail.js";
import type { Actor } from "../staff/actor.js";
import { assertAllowed } from "../staff/permissions.js";
import type { CalendarDayInput, CalendarService, YearGeneration } from "./calendar-service.js";
import type { CalendarDayRecord, WorkingWeek } from "./types.js";

/** One year as the calendar page shows it. */
export interface CalendarYear {
  year: number;
  week: WorkingWeek;
  /** Rows in date order; removed ones are flagged by `removedAt`. */
  days: CalendarDayRecord[];
}

const dayView = (d: CalendarDayRecord | null): AuditValue => (d ? { date: d.date, kind: d.kind, name: d.name, removed: d.removedAt !== null } : null);
const actorIdOf = (actor: Actor) => (actor.kind === "staff" ? actor.id : null);

export class CalendarAdmin {
  constructor(private readonly deps: { calendar: CalendarService; audit: AuditTrail }) {}

  /**
   * One year's working week and days.
   *
   * @throws AppError `calendar_year_out_of_range` outside the lunar table's years.
   */
  async year(actor: Actor, orgId: string, year: number): Promise<CalendarYear> {
    assertAllowed(actor, "config.calendar");
    const days = await this.deps.calendar.listYear(orgId, year);
    return { year, week: await this.deps.calendar.workingWeek(orgId), days };
  }

  /** Stores the computed holidays of a year; administrator rows are kept. */
  async generate(actor: Actor, orgId: string, year: number): Promise<YearGeneration> {
    assertAllowed(actor, "config.calendar");
    await this.deps.calendar.listYear(orgId, year);
    const result = await this.deps.calendar.generateYear(orgId, year);
    await this.deps.audit.record({ actor, action: "calendar.generate", entityType: "calendar_year", entityId: String(year), detail: { ...result } });
    return result;
  }

  /** Adds a day off or a make-up working day (409 when the date has one). */
  async addDay(actor: Actor, orgId: string, input: CalendarDayInput): Promise<CalendarDayRecord | null> {
    assertAllowed(actor, "config.calendar");
    const change = await this.deps.calendar.addDay(orgId, input, actorIdOf(actor));
    await this.deps.audit.record({ actor, action: "calendar.day_add", entityType: "calendar_day", entityId: input.date, before: dayView(change.before), after: dayView(change.after) });
    return change.after;
  }

  /** Changes a day's kind or name (404 when the date has none). */
  async editDay(actor: Actor, orgId: string, input: CalendarDayInput): Promise<CalendarDayRecord | null> {
    assertAllowed(actor, "config.calendar");
    const change = await this.deps.calendar.editDay(orgId, input, actorIdOf(actor));
    await this.deps.audit.record({ actor, action: "calendar.day_edit", entityType: "calendar_day", entityId: input.date, before: dayView(change.before), after: dayView(change.after) });
    return change.after;
  }

  /** Removes a day: the date then follows the working week (404 when the date has none). */
  async removeDay(actor: Actor, orgId: string, date: string): Promise<void> {
    assertAllowed(actor, "config.calendar");
    const change = await this.deps.calendar.removeDay(orgId, date, actorIdOf(actor));
    await this.deps.audit.record({ actor, action: "calendar.day_remove", entityType: "calendar_day", entityId: date, before: dayView(change.before), after: dayView(change.after) });
  }
}
