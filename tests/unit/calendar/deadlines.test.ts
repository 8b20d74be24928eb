import { describe, expect, it } from "vitest";
import { describeTimeLeft } from "../../../src/core/calendar/format.js";
import { local, vn, wardCalendar } from "./fixtures.js";

const calendar = wardCalendar();

// Counting rules (working-calendar.ts): N working hours count office time only, from receipt or the next opening;
// N working days end at the close of the Nth working day after the working day the ticket counts as received on.
describe("deadlines in working hours", () => {
  it.each([
    ["urgent, 4 h from Monday 09:00", "2026-03-02T09:00", 4, "2026-03-02T15:00"],
    ["normal, 8 h from Monday 09:00", "2026-03-02T09:00", 8, "2026-03-03T09:30"],
    ["ends on the morning's closing minute, not after lunch", "2026-03-02T07:30", 4, "2026-03-02T11:30"],
    ["a full day of sessions ends at 17:00 the same day", "2026-03-02T07:30", 7.5, "2026-03-02T17:00"],
    ["across a weekend", "2026-03-06T16:00", 4, "2026-03-09T10:30"],
    ["across a weekend, 8 h", "2026-03-06T16:00", 8, "2026-03-09T16:30"],
    ["across Tết 2026 (16–20 February off)", "2026-02-13T16:00", 8, "2026-02-23T16:30"],
    ["onto a make-up working Saturday", "2026-01-09T16:00", 4, "2026-01-10T10:30"],
    ["received in the evening counts from the next opening", "2026-03-02T18:00", 8, "2026-03-04T08:00"],
    ["received at lunch counts from 13:30", "2026-03-02T12:00", 4, "2026-03-03T08:00"],
    ["received on Saturday counts from Monday", "2026-03-07T09:00", 4, "2026-03-09T11:30"],
    ["received before opening counts from 07:30", "2026-03-02T05:10", 1, "2026-03-02T08:30"],
  ])("%s", (_case, from, hours, due) => {
    expect(local(calendar.addWorkingHours(vn(from), hours))).toBe(due);
  });
});

describe("deadlines in working days", () => {
  it.each([
    ["3 days from Friday morning: Mon, Tue, Wed", "2026-03-06T10:00", 3, "2026-03-11T17:00"],
    ["received late Monday: the receipt day is not counted", "2026-03-02T16:55", 1, "2026-03-03T17:00"],
    ["received after closing counts from the next working day", "2026-03-02T17:30", 1, "2026-03-04T17:00"],
    ["received on Sunday night: counts as received Monday", "2026-03-01T22:00", 1, "2026-03-03T17:00"],
    ["received before Monday's opening: same as Sunday night", "2026-03-02T06:00", 1, "2026-03-03T17:00"],
    ["across Tết 2026", "2026-02-13T10:00", 3, "2026-02-25T17:00"],
    ["the day before Tết", "2026-02-12T10:00", 1, "2026-02-13T17:00"],
    ["onto a make-up working Saturday", "2026-01-09T10:00", 1, "2026-01-10T17:00"],
    ["over a swapped Friday and Tết Dương lịch", "2025-12-31T10:00", 1, "2026-01-05T17:00"],
    ["into the next year, over 1 January (a Friday)", "2026-12-31T10:00", 2, "2027-01-05T17:00"],
    ["10 days, across Giỗ Tổ, 30/4 and 1/5 2026", "2026-04-20T09:00", 10, "2026-05-07T17:00"],
  ])("%s", (_case, from, days, due) => {
    expect(local(calendar.addWorkingDays(vn(from), days))).toBe(due);
  });
});

describe("time left in working hours", () => {
  it.each([
    ["same morning", "2026-03-02T09:10", "2026-03-02T13:30", "còn 2 giờ 20 phút làm việc"],
    ["over a weekend", "2026-03-06T16:00", "2026-03-09T10:00", "còn 3 giờ 30 phút làm việc"],
    ["over Tết", "2026-02-13T16:00", "2026-02-23T12:00", "còn 5 giờ làm việc"],
    ["several days", "2026-03-02T07:30", "2026-03-04T11:30", "còn 2 ngày 4 giờ làm việc"],
    ["a working day late", "2026-03-04T09:30", "2026-03-03T09:30", "quá hạn 1 ngày làm việc"],
    ["late by an evening only", "2026-03-06T18:00", "2026-03-06T17:00", "vừa quá hạn"],
    ["at the deadline", "2026-03-06T17:00", "2026-03-06T17:00", "đến hạn"],
  ])("%s", (_case, now, due, text) => {
    expect(describeTimeLeft(calendar.timeLeft(vn(now), vn(due)))).toBe(text);
  });
});

describe("working days and working time", () => {
  it("knows Tết, weekends and the make-up Saturday", () => {
    expect(["2026-02-16", "2026-02-20", "2026-03-07", "2026-01-02"].map((d) => calendar.isWorkingDay(d))).toEqual([false, false, false, false]);
    expect(["2026-02-23", "2026-01-10", "2026-03-06"].map((d) => calendar.isWorkingDay(d))).toEqual([true, true, true]);
    expect(calendar.entryOn("2026-02-17")?.name).toBe("Tết Nguyên đán (mùng 1)");
  });

  it("tells working time from breaks, with half-open sessions", () => {
    expect(["2026-03-02T07:30", "2026-03-02T11:29", "2026-03-02T16:59"].map((t) => calendar.isWorkingTime(vn(t)))).toEqual([true, true, true]);
    expect(["2026-03-02T07:29", "2026-03-02T11:30", "2026-03-02T17:00", "2026-02-17T09:00"].map((t) => calendar.isWorkingTime(vn(t)))).toEqual([false, false, false, false]);
  });

  it("gives the next working moment", () => {
    expect(local(calendar.nextWorkingMoment(vn("2026-03-02T09:15")))).toBe("2026-03-02T09:15");
    expect(local(calendar.nextWorkingMoment(vn("2026-03-02T11:30")))).toBe("2026-03-02T13:30");
    expect(local(calendar.nextWorkingMoment(vn("2026-03-06T17:00")))).toBe("2026-03-09T07:30");
    expect(local(calendar.nextWorkingMoment(vn("2026-02-14T10:00")))).toBe("2026-02-23T07:30");
  });

  it("counts working minutes between instants, negative backwards", () => {
    expect(calendar.workingMinutesBetween(vn("2026-03-06T16:00"), vn("2026-03-09T08:00"))).toBe(90);
    expect(calendar.workingMinutesBetween(vn("2026-03-09T08:00"), vn("2026-03-06T16:00"))).toBe(-90);
    expect(calendar.workingMinutesBetween(vn("2026-02-13T17:00"), vn("2026-02-23T07:30"))).toBe(0);
  });

  it("follows the working week alone beyond the tabled years (no holidays known there)", () => {
    expect(local(calendar.addWorkingDays(vn("2031-03-06T10:00"), 3))).toBe("2031-03-11T17:00");
    expect(local(calendar.addWorkingDays(vn("2020-03-06T10:00"), 3))).toBe("2020-03-11T17:00");
    expect(local(calendar.addWorkingHours(vn("2024-12-31T16:00"), 8))).toBe("2025-01-02T16:30");
    expect(calendar.workingMinutesBetween(vn("2020-01-06T07:30"), vn("2020-01-13T07:30"))).toBe(5 * 450);
  });
});
