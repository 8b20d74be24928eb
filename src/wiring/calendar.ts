import { CalendarService } from "../core/calendar/calendar-service.js";
import type { Database } from "../db/database.js";
import { createCalendarRepository } from "../db/repositories/calendar-repository.js";

/**
 * The process's one calendar service over the database: the console's calendar page and the deadline job take it
 * from here (src/http and src/jobs cannot reach the repository themselves). Make one per process and share it, so
 * its cached calendars are built once per calendar version.
 */
export function buildCalendarService(db: Database): CalendarService {
  return new CalendarService(createCalendarRepository(db.prisma));
}
