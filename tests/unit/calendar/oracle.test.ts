import { describe, expect, it } from "vitest";
import { defaultDaysOff } from "../../../src/core/calendar/public-holidays.js";
import { SWAP, wardCalendar } from "./fixtures.js";

// The calendar's prefix-sum arithmetic checked against the slowest possible reading of the rules: walking minute by
// minute through local time. Random instants (whole minutes) and amounts from a fixed seed, around Tết 2026, the
// swap of January 2026, the year end and Tết 2027.
const calendar = wardCalendar();
const MINUTE = 60_000;
const OFFSET = 7 * 60 * MINUTE;
const off = new Set([...defaultDaysOff(2025), ...defaultDaysOff(2026), ...defaultDaysOff(2027)].map((d) => d.date));
off.add(SWAP[0]!.date);
const makeUp = new Set([SWAP[1]!.date]);

const DAY = 86_400_000;
const workingDays = new Map<number, boolean>();
function localDate(t: number): string {
  return new Date(t + OFFSET).toISOString().slice(0, 10);
}
function workingDate(date: string, weekday: number): boolean {
  return makeUp.has(date) || (weekday >= 1 && weekday <= 5 && !off.has(date));
}
/** Is the minute starting at t working time? */
function working(t: number): boolean {
  const day = Math.floor((t + OFFSET) / DAY);
  let isWorking = workingDays.get(day);
  if (isWorking === undefined) {
    const d = new Date(day * DAY);
    isWorking = workingDate(d.toISOString().slice(0, 10), d.getUTCDay());
    workingDays.set(day, isWorking);
  }
  const minute = (t + OFFSET - day * DAY) / MINUTE;
  return isWorking && ((minute >= 450 && minute < 690) || (minute >= 810 && minute < 1020));
}
function oracleAddMinutes(from: number, minutes: number): number {
  let t = from;
  let left = minutes;
  while (left > 0) {
    if (working(t)) left -= 1;
    t += MINUTE;
  }
  return t;
}
function oracleBetween(from: number, to: number): number {
  let n = 0;
  for (let t = from; t < to; t += MINUTE) if (working(t)) n += 1;
  return n;
}
function oracleAddDays(from: number, days: number): number {
  let t = from;
  while (!working(t)) t += MINUTE;
  let day = Date.parse(`${localDate(t)}T00:00:00Z`);
  for (let counted = 0; counted < days; ) {
    day += DAY;
    const d = new Date(day);
    if (workingDate(d.toISOString().slice(0, 10), d.getUTCDay())) counted += 1;
  }
  return day + 17 * 60 * MINUTE - OFFSET;
}

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const windows = ["2025-12-20", "2026-01-01", "2026-02-05", "2026-04-20", "2026-12-24", "2027-01-28"].map((d) => Date.parse(`${d}T00:00:00+07:00`));

describe("working-time arithmetic agrees with a minute-by-minute walk", () => {
  const next = random(20260217);
  const cases = Array.from({ length: 240 }, () => {
    const start = windows[Math.floor(next() * windows.length)]! + Math.floor(next() * 20 * 24 * 60) * MINUTE;
    return { start, minutes: Math.floor(next() * 3_000), days: Math.floor(next() * 12), span: Math.floor(next() * 30 * 24 * 60) * MINUTE };
  });

  it("adding working minutes", () => {
    for (const c of cases) expect([c.start, calendar.addWorkingMinutes(new Date(c.start), c.minutes).getTime()]).toEqual([c.start, c.minutes === 0 ? c.start : oracleAddMinutes(c.start, c.minutes)]);
  });

  it("adding working days", () => {
    for (const c of cases) expect([c.start, calendar.addWorkingDays(new Date(c.start), c.days).getTime()]).toEqual([c.start, oracleAddDays(c.start, c.days)]);
  });

  it("working minutes between two instants", () => {
    for (const c of cases) {
      expect([c.start, calendar.workingMinutesBetween(new Date(c.start), new Date(c.start + c.span))]).toEqual([c.start, oracleBetween(c.start, c.start + c.span)]);
    }
  });

  it("working time and the next working moment", () => {
    for (const c of cases) {
      let t = c.start;
      while (!working(t)) t += MINUTE;
      expect([c.start, calendar.isWorkingTime(new Date(c.start)), calendar.nextWorkingMoment(new Date(c.start)).getTime()]).toEqual([c.start, working(c.start), t]);
    }
  });
});
