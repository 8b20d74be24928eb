import { describe, expect, it } from "vitest";
import { isQuiet, minuteOfDay, nextDigestAt, parseQuietHours, quietUntil } from "../../../src/core/news/local-time.js";

const TZ = "Asia/Ho_Chi_Minh"; // UTC+7, no daylight saving time

describe("quiet hours and the digest hour", () => {
  it("reads settings and refuses nonsense", () => {
    expect(parseQuietHours("21:00-07:00")).toEqual({ startMin: 1260, endMin: 420 });
    expect(parseQuietHours("22h-6h30")).toEqual({ startMin: 1320, endMin: 390 });
    expect(parseQuietHours("off")).toBeNull();
    for (const bad of ["", "25:00-07:00", "21:00", "21:00-21:00", "a-b", "21:00-07:00-08:00"]) expect(parseQuietHours(bad)).toBeUndefined();
  });

  it("spans midnight: 23:00 and 06:59 are quiet, 07:00 and 20:59 are not", () => {
    const q = { startMin: 1260, endMin: 420 };
    expect([1380, 419, 420, 1259, 1260].map((m) => isQuiet(q, m))).toEqual([true, true, false, false, true]);
    expect(isQuiet({ startMin: 720, endMin: 780 }, 750)).toBe(true);
  });

  it("says when quiet hours end in the organisation's zone", () => {
    const q = parseQuietHours("21:00-07:00") ?? null;
    expect(minuteOfDay(new Date("2026-05-04T15:30:00Z"), TZ)).toBe(22 * 60 + 30);
    expect(quietUntil(q, new Date("2026-05-04T15:30:00Z"), TZ)?.toISOString()).toBe("2026-05-05T00:00:00.000Z");
    expect(quietUntil(q, new Date("2026-05-04T20:00:00Z"), TZ)?.toISOString()).toBe("2026-05-05T00:00:00.000Z"); // 03:00
    expect(quietUntil(q, new Date("2026-05-04T03:00:00Z"), TZ)).toBeNull(); // 10:00
    expect(quietUntil(null, new Date("2026-05-04T15:30:00Z"), TZ)).toBeNull();
  });

  it("puts the digest today when its hour is ahead, else tomorrow", () => {
    expect(nextDigestAt(new Date("2026-05-04T03:00:00Z"), 18, TZ).toISOString()).toBe("2026-05-04T11:00:00.000Z");
    expect(nextDigestAt(new Date("2026-05-04T11:00:00Z"), 18, TZ).toISOString()).toBe("2026-05-04T11:00:00.000Z");
    expect(nextDigestAt(new Date("2026-05-04T11:00:01Z"), 18, TZ).toISOString()).toBe("2026-05-05T11:00:00.000Z");
  });
});
