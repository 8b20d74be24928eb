import { describe, expect, it } from "vitest";
import { planYear } from "../../../src/core/calendar/year-plan.js";
import type { CalendarDayEntry, CalendarDayRecord } from "../../../src/core/calendar/types.js";

const at = new Date("2026-01-05T00:00:00Z");
const row = (date: string, name: string, origin: "computed" | "admin", extra: Partial<CalendarDayRecord> = {}): CalendarDayRecord => ({
  date,
  kind: "day_off",
  name,
  origin,
  removedAt: null,
  updatedAt: at,
  updatedBy: null,
  ...extra,
});
const entry = (date: string, name: string): CalendarDayEntry => ({ date, kind: "day_off", name });

describe("planning a year's regeneration", () => {
  const defaults = [entry("2026-01-01", "Tết Dương lịch"), entry("2026-02-16", "Tết (29)"), entry("2026-04-27", "Nghỉ bù Giỗ Tổ")];

  it("inserts missing defaults, updates changed computed rows, removes computed rows no longer wanted", () => {
    const stored = [row("2026-01-01", "old name", "computed"), row("2026-03-02", "stale", "computed")];
    expect(planYear(2026, stored, defaults)).toEqual({
      year: 2026,
      scope: "computed",
      insert: [entry("2026-02-16", "Tết (29)"), entry("2026-04-27", "Nghỉ bù Giỗ Tổ")],
      update: [entry("2026-01-01", "Tết Dương lịch")],
      remove: ["2026-03-02"],
    });
  });

  it("leaves an administrator's edits, added days and removed-day markers alone", () => {
    const stored = [
      row("2026-01-01", "Tết Dương lịch (sửa)", "admin"),
      row("2026-02-16", "Tết (29)", "admin", { removedAt: at }),
      row("2026-03-07", "Làm bù", "admin", { kind: "working_day" }),
    ];
    expect(planYear(2026, stored, defaults)).toEqual({ year: 2026, scope: "computed", insert: [entry("2026-04-27", "Nghỉ bù Giỗ Tổ")], update: [], remove: [] });
  });

  it("changes nothing when the year already matches, and ignores rows of other years", () => {
    const stored = [...defaults.map((d) => row(d.date, d.name, "computed")), row("2027-01-01", "Tết Dương lịch", "computed")];
    expect(planYear(2026, stored, defaults)).toEqual({ year: 2026, scope: "computed", insert: [], update: [], remove: [] });
  });

  it("brings every row back to the defaults when asked to discard the administrator's edits", () => {
    const stored = [row("2026-01-01", "sửa", "admin"), row("2026-02-16", "Tết (29)", "admin", { removedAt: at }), row("2026-03-07", "Làm bù", "admin", { kind: "working_day" })];
    expect(planYear(2026, stored, defaults, true)).toEqual({
      year: 2026,
      scope: "all",
      insert: [entry("2026-04-27", "Nghỉ bù Giỗ Tổ")],
      update: [entry("2026-01-01", "Tết Dương lịch"), entry("2026-02-16", "Tết (29)")],
      remove: ["2026-03-07"],
    });
  });
});
