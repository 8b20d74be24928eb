import { describe, expect, it } from "vitest";
import { formatLocalDateTime, formatWorkingDuration } from "../../../src/core/calendar/format.js";
import { defaultWorkingWeek, describeOfficeHours, parseOfficeSessions, parseWeekdays } from "../../../src/core/calendar/office-hours.js";
import { WorkingCalendar } from "../../../src/core/calendar/working-calendar.js";
import { AppError } from "../../../src/core/shared/app-error.js";
import { local, vn, wardCalendar } from "./fixtures.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
  return undefined;
};

describe("office sessions and working weekdays", () => {
  it("parses sessions, with an en dash or spaces as people type them", () => {
    expect(parseOfficeSessions(["07:30-11:30", "13:30 – 17:00"])).toEqual([{ start: 450, end: 690 }, { start: 810, end: 1020 }]);
  });

  it.each([[[]], [["7h30-11h30"]], [["11:30-07:30"]], [["07:30-11:30", "11:00-17:00"]], [["25:00-26:00"]], [["13:30-17:00", "07:30-11:30"]]])(
    "refuses sessions %j with a message saying what to type",
    (sessions) => {
      expect(codeOf(() => parseOfficeSessions(sessions))).toBe("calendar_invalid_sessions");
    },
  );

  it("checks weekdays", () => {
    expect(parseWeekdays([5, 1, 3, 1])).toEqual([1, 3, 5]);
    expect(codeOf(() => parseWeekdays([]))).toBe("calendar_invalid_weekdays");
    expect(codeOf(() => parseWeekdays([0, 1]))).toBe("calendar_invalid_weekdays");
  });

  it("says the office hours the way the bot tells citizens", () => {
    expect(describeOfficeHours(defaultWorkingWeek())).toBe("Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu");
    expect(describeOfficeHours({ weekdays: [1, 3, 6], sessions: [{ start: 480, end: 720 }] })).toBe("8h00–12h00, thứ Hai, thứ Tư, thứ Bảy");
  });
});

describe("a calendar with other office hours and another zone", () => {
  it("counts a Monday-to-Saturday single-session week", () => {
    const calendar = WorkingCalendar.build({
      week: { timezone: "Asia/Ho_Chi_Minh", weekdays: [1, 2, 3, 4, 5, 6], sessions: parseOfficeSessions(["08:00-12:00"]) },
      days: [],
      years: { from: 2026, to: 2026 },
    });
    expect(calendar.minutesPerDay).toBe(240);
    expect(local(calendar.addWorkingHours(vn("2026-03-07T11:00"), 2))).toBe("2026-03-09T09:00");
    expect(local(calendar.addWorkingDays(vn("2026-03-06T09:00"), 1))).toBe("2026-03-07T12:00");
  });

  it("works in any fixed-offset zone and refuses unknown zones and zones with daylight saving", () => {
    const week = (timezone: string) => ({ ...defaultWorkingWeek(), timezone });
    const utc = WorkingCalendar.build({ week: week("UTC"), days: [], years: { from: 2026, to: 2026 } });
    expect(utc.addWorkingHours(new Date("2026-03-02T07:30:00Z"), 1).toISOString()).toBe("2026-03-02T08:30:00.000Z");
    expect(codeOf(() => WorkingCalendar.build({ week: week("Asia/Nowhere"), days: [], years: { from: 2026, to: 2026 } }))).toBe("calendar_invalid_timezone");
    expect(codeOf(() => WorkingCalendar.build({ week: week("Europe/Berlin"), days: [], years: { from: 2026, to: 2026 } }))).toBe("calendar_invalid_timezone");
  });

  it("refuses bad amounts and bad dates with an AppError, not a wrong deadline", () => {
    const calendar = wardCalendar();
    const at = vn("2026-03-02T09:00");
    expect(codeOf(() => calendar.addWorkingHours(at, -1))).toBe("calendar_invalid_amount");
    expect(codeOf(() => calendar.addWorkingHours(at, Number.NaN))).toBe("calendar_invalid_amount");
    expect(codeOf(() => calendar.addWorkingDays(at, 1.5))).toBe("calendar_invalid_amount");
    expect(codeOf(() => calendar.isWorkingDay("2026-02-30"))).toBe("calendar_invalid_date");
    expect(codeOf(() => calendar.isWorkingDay("30/04/2026"))).toBe("calendar_invalid_date");
    expect(calendar.addWorkingHours(at, 0).getTime()).toBe(at.getTime());
  });
});

describe("Vietnamese wording of working time", () => {
  it.each([
    [0.4, "dưới 1 phút"],
    [45, "45 phút"],
    [120, "2 giờ"],
    [200, "3 giờ 20 phút"],
    [449, "7 giờ 29 phút"],
    [450, "1 ngày"],
    [450 * 2 + 190, "2 ngày 3 giờ"],
  ])("%s working minutes read %s", (minutes, text) => {
    expect(formatWorkingDuration(minutes, 450)).toBe(text);
  });

  it("writes a deadline with time, weekday and date", () => {
    const calendar = wardCalendar();
    expect(formatLocalDateTime(calendar.localDateTime(vn("2026-03-12T17:00")))).toBe("17:00 thứ Năm, 12/03/2026");
    expect(formatLocalDateTime(calendar.localDateTime(vn("2026-03-08T07:05")))).toBe("07:05 Chủ nhật, 08/03/2026");
  });
});
