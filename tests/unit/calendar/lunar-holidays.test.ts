import { describe, expect, it } from "vitest";
import { toLocalDate } from "../../../src/core/calendar/civil-date.js";
import { lunarNewYear, solarDayOfLunar } from "../../../src/core/calendar/lunar.js";
import { defaultDaysOff } from "../../../src/core/calendar/public-holidays.js";
import { AppError } from "../../../src/core/shared/app-error.js";

// Vietnam's lunar calendar is computed for UTC+7. 1985 and 2007 are the years a Chinese (UTC+8) calendar gets
// wrong (20 February 1985, 18 February 2007), so they catch a library or a port built on the wrong meridian.
describe("lunar dates (Vietnamese calendar, UTC+7)", () => {
  it.each([
    [1985, "1985-01-21"],
    [2007, "2007-02-17"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
  ])("Tết %i is %s", (year, date) => {
    expect(toLocalDate(lunarNewYear(year))).toBe(date);
  });

  it.each([
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("Giỗ Tổ Hùng Vương (10/3 âm lịch) %i is %s", (year, date) => {
    expect(toLocalDate(solarDayOfLunar(10, 3, year))).toBe(date);
  });

  it.each([1199, 2200, 2026.5, Number.NaN])("refuses year %s, outside what the library converts, instead of answering day 0", (year) => {
    expect(() => lunarNewYear(year)).toThrow(AppError);
  });
});

const dates = (year: number, options = {}) => defaultDaysOff(year, options).map((d) => `${d.date} ${d.name}`);

describe("default days off of a year", () => {
  it("2026: the 11 holidays of art. 112, Tết from the eve to mùng 4, Giỗ Tổ on a Sunday with its day off on Monday", () => {
    expect(dates(2026)).toEqual([
      "2026-01-01 Tết Dương lịch",
      "2026-02-16 Tết Nguyên đán (29 tháng Chạp)",
      "2026-02-17 Tết Nguyên đán (mùng 1)",
      "2026-02-18 Tết Nguyên đán (mùng 2)",
      "2026-02-19 Tết Nguyên đán (mùng 3)",
      "2026-02-20 Tết Nguyên đán (mùng 4)",
      "2026-04-26 Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương",
      "2026-04-30 Ngày Chiến thắng (30/4)",
      "2026-05-01 Ngày Quốc tế Lao động (1/5)",
      "2026-09-01 Quốc khánh (ngày nghỉ liền kề)",
      "2026-09-02 Quốc khánh (2/9)",
    ]);
    expect(defaultDaysOff(2026).every((d) => d.kind === "day_off")).toBe(true);
  });

  it("names the eve by its lunar day: 30 tháng Chạp in 2024, 29 in 2026", () => {
    expect(dates(2024)[1]).toBe("2024-02-09 Tết Nguyên đán (30 tháng Chạp)");
    expect(dates(2026)[1]).toBe("2026-02-16 Tết Nguyên đán (29 tháng Chạp)");
  });

  it("2027: Tết days on the weekend give compensatory days after mùng 4, 1/5 on a Saturday gives Monday", () => {
    const list = dates(2027);
    expect(list.filter((d) => d.includes("Tết Nguyên đán"))).toEqual([
      "2027-02-05 Tết Nguyên đán (29 tháng Chạp)",
      "2027-02-06 Tết Nguyên đán (mùng 1)",
      "2027-02-07 Tết Nguyên đán (mùng 2)",
      "2027-02-08 Tết Nguyên đán (mùng 3)",
      "2027-02-09 Tết Nguyên đán (mùng 4)",
      "2027-02-10 Nghỉ bù Tết Nguyên đán",
      "2027-02-11 Nghỉ bù Tết Nguyên đán",
    ]);
    expect(list).toContain("2027-05-03 Nghỉ bù Ngày Quốc tế Lao động");
  });

  it("2028: 1/1 on a Saturday, 30/4 on a Sunday next to 1/5 (compensation skips the holiday), 2/9 on a Saturday", () => {
    const list = dates(2028);
    expect(list).toContain("2028-01-03 Nghỉ bù Tết Dương lịch");
    expect(list).toContain("2028-05-02 Nghỉ bù Ngày Chiến thắng");
    expect(list.filter((d) => d.startsWith("2028-09"))).toEqual([
      "2028-09-01 Quốc khánh (ngày nghỉ liền kề)",
      "2028-09-02 Quốc khánh (2/9)",
      "2028-09-04 Nghỉ bù Quốc khánh",
    ]);
  });

  // The announced schedules: 2021 2–3/9, 2022 1–2/9, 2023 1–2/9 (+4/9 for the Saturday), 2024 2–3/9, 2025 1–2/9.
  it.each([
    [2021, ["2021-09-02", "2021-09-03"]],
    [2022, ["2022-09-01", "2022-09-02"]],
    [2023, ["2023-09-01", "2023-09-02", "2023-09-04"]],
    [2024, ["2024-09-02", "2024-09-03"]],
    [2025, ["2025-09-01", "2025-09-02"]],
  ])("Quốc khánh %i: the adjacent day matches the announced schedule", (year, expected) => {
    expect(defaultDaysOff(year).filter((d) => d.date.slice(5, 7) === "09").map((d) => d.date)).toEqual(expected);
  });

  it("a holiday falling on another holiday (Giỗ Tổ on 30/4 or 1/5) gets its own day off, never a shared date", () => {
    // Find years, within the library's range, where 10/3 âm lịch is 30/4 or 1/5; each must still give 11 + n days.
    const clashing = [];
    for (let year = 1900; year <= 2199 && clashing.length < 2; year++) {
      const gioTo = toLocalDate(solarDayOfLunar(10, 3, year)).slice(5);
      if (gioTo === "04-30" || gioTo === "05-01") clashing.push(year);
    }
    expect(clashing.length).toBeGreaterThan(0);
    for (const year of clashing) {
      const days = defaultDaysOff(year);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      expect(days.some((d) => d.name === "Nghỉ bù Giỗ Tổ Hùng Vương" || d.name === "Nghỉ bù Ngày Chiến thắng" || d.name === "Nghỉ bù Ngày Quốc tế Lao động")).toBe(true);
    }
  });

  it("takes the organisation's working week: working Saturdays means no compensatory day for a Saturday holiday", () => {
    expect(dates(2027, { weekdays: [1, 2, 3, 4, 5, 6] })).not.toContain("2027-05-03 Nghỉ bù Ngày Quốc tế Lao động");
    expect(dates(2027, { weekdays: [1, 2, 3, 4, 5, 6] }).filter((d) => d.startsWith("2027-02-1"))).toEqual([
      "2027-02-10 Nghỉ bù Tết Nguyên đán",
    ]);
  });

  it("moves Tết's five days when the year's schedule puts more of them before mùng 1", () => {
    expect(dates(2026, { tetDaysBeforeNewYear: 0 }).filter((d) => d.includes("Tết Nguyên"))[0]).toBe("2026-02-17 Tết Nguyên đán (mùng 1)");
    expect(dates(2026, { tetDaysBeforeNewYear: 2 }).filter((d) => d.includes("Tết Nguyên"))).toEqual([
      "2026-02-15 Tết Nguyên đán (28 tháng Chạp)",
      "2026-02-16 Tết Nguyên đán (29 tháng Chạp)",
      "2026-02-17 Tết Nguyên đán (mùng 1)",
      "2026-02-18 Tết Nguyên đán (mùng 2)",
      "2026-02-19 Tết Nguyên đán (mùng 3)",
      "2026-02-20 Nghỉ bù Tết Nguyên đán",
    ]);
    expect(() => defaultDaysOff(2026, { tetDaysBeforeNewYear: 5 })).toThrow(AppError);
  });
});
