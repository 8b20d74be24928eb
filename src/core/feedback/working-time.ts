/**
 * Stand-in for the organisation's working calendar until src/core/calendar is wired: Monday to Friday, office
 * hours 7:30–11:30 and 13:30–17:00 in Vietnam's time (7.5 working hours a day), no holidays. It only exists so
 * deadlines are set before the calendar lands; main.ts wires the real one when it is there.
 */
import type { WorkingTime } from "./ports.js";

const VN_OFFSET_MS = 7 * 3600_000;
const MIN = 60_000;
/** Office periods in minutes after local midnight. */
const PERIODS: Array<[number, number]> = [
  [7 * 60 + 30, 11 * 60 + 30],
  [13 * 60 + 30, 17 * 60],
];

function isWeekday(localMidnight: Date): boolean {
  const d = localMidnight.getUTCDay();
  return d !== 0 && d !== 6;
}

/** Weekdays and office hours only, no holidays (see the module note). */
export const weekdaysOnlyWorkingTime: WorkingTime = {
  async addWorkingHours(from: Date, hours: number): Promise<Date> {
    let left = Math.round(hours * 60);
    let local = new Date(from.getTime() + VN_OFFSET_MS);
    for (let guard = 0; guard < 3660; guard++) {
      const midnight = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
      const minute = Math.floor((local.getTime() - midnight.getTime()) / MIN);
      if (isWeekday(midnight)) {
        for (const [start, end] of PERIODS) {
          const begin = Math.max(start, minute);
          if (begin >= end) continue;
          if (left <= end - begin) return new Date(midnight.getTime() + (begin + left) * MIN - VN_OFFSET_MS);
          left -= end - begin;
        }
      }
      local = new Date(midnight.getTime() + 24 * 3600_000);
    }
    throw new Error("working time out of range");
  },
  async addWorkingDays(from: Date, days: number): Promise<Date> {
    // "within N working days": the end of the N-th working day after the day of receipt
    let local = new Date(from.getTime() + VN_OFFSET_MS);
    let midnight = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
    let counted = 0;
    while (counted < days) {
      midnight = new Date(midnight.getTime() + 24 * 3600_000);
      if (isWeekday(midnight)) counted++;
    }
    local = new Date(midnight.getTime() + 17 * 60 * MIN);
    return new Date(local.getTime() - VN_OFFSET_MS);
  },
};
