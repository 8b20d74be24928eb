/**
 * The organisation's working week as data: which weekdays the office works and its sessions. Sessions are stored as
 * "HH:MM-HH:MM" strings (readable in the database and in forms) and parsed here, with every rule checked once.
 */
import { AppError } from "../shared/app-error.js";
import type { IsoWeekday, OfficeSession, WorkingWeek } from "./types.js";
import { CALENDAR_TEXT } from "./messages.vi.js";

/** Monday to Friday, the 40-hour week of state bodies (Decision 188/1999/QĐ-TTg). */
export const DEFAULT_WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];

/** The usual office hours of a ward: 07:30–11:30 and 13:30–17:00 (set locally; editable per organisation). */
export const DEFAULT_SESSIONS_TEXT = ["07:30-11:30", "13:30-17:00"];

/** Vietnam's one timezone (UTC+7, no daylight saving). */
export const DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh";

const SESSION = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * Parses and checks office sessions: each "HH:MM-HH:MM" with start before end, in order, not overlapping, at least
 * one. Throws AppError `calendar_invalid_sessions` naming the first bad entry.
 */
export function parseOfficeSessions(texts: readonly string[]): OfficeSession[] {
  if (texts.length === 0) throw new AppError("calendar_invalid_sessions", CALENDAR_TEXT.noSessions);
  const sessions: OfficeSession[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    const m = SESSION.exec(text);
    const session = m ? { start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) } : undefined;
    if (!session || session.end > 24 * 60 || session.start >= session.end) {
      throw new AppError("calendar_invalid_sessions", CALENDAR_TEXT.badSession(text.slice(0, 40)));
    }
    const previous = sessions.at(-1);
    if (previous && session.start < previous.end) throw new AppError("calendar_invalid_sessions", CALENDAR_TEXT.overlappingSessions(text));
    sessions.push(session);
  }
  return sessions;
}

/** "HH:MM-HH:MM" of a session, as stored. */
export function formatOfficeSession(session: OfficeSession): string {
  return `${clock(session.start)}-${clock(session.end)}`;
}

/** "07:30" for 450 minutes after midnight. */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/**
 * Checks working weekdays: ISO numbers 1–7, at least one; returns them sorted without repeats. Throws AppError
 * `calendar_invalid_weekdays` otherwise.
 */
export function parseWeekdays(days: readonly number[]): IsoWeekday[] {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  if (unique.length === 0 || unique.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new AppError("calendar_invalid_weekdays", CALENDAR_TEXT.badWeekdays);
  }
  return unique as IsoWeekday[];
}

/** The default working week: Monday to Friday, 07:30–11:30 and 13:30–17:00, Asia/Ho_Chi_Minh. */
export function defaultWorkingWeek(): WorkingWeek {
  return { timezone: DEFAULT_TIMEZONE, weekdays: [...DEFAULT_WEEKDAYS], sessions: parseOfficeSessions(DEFAULT_SESSIONS_TEXT) };
}

/**
 * The office hours as the bot says them, e.g. "Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu": offered
 * to the administrator as the default wording, and used when the organisation has no wording of its own.
 */
export function describeOfficeHours(week: Pick<WorkingWeek, "weekdays" | "sessions">): string {
  const times = week.sessions.map((s) => `${CALENDAR_TEXT.partOfDay(s.start, week.sessions.length)}${hm(s.start)}–${hm(s.end)}`);
  const text = `${times.join(", ")}, ${CALENDAR_TEXT.weekdayRange(week.weekdays)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hm(minutes: number): string {
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}`;
}
