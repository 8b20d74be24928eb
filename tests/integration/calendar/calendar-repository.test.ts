import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CalendarService } from "../../../src/core/calendar/calendar-service.js";
import { defaultDaysOff } from "../../../src/core/calendar/public-holidays.js";
import { AppError } from "../../../src/core/shared/app-error.js";
import type { Database } from "../../../src/db/database.js";
import { createCalendarRepository } from "../../../src/db/repositories/calendar-repository.js";
import { seedDemo } from "../../../src/db/seed/seed.js";
import { backendName, openTestDb } from "../../support/db.js";

const now = new Date("2026-03-02T03:00:00Z");
const vn = (local: string) => new Date(`${local}:00+07:00`);
const local = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

async function rejection(promise: Promise<unknown>): Promise<{ code: string; httpStatus: number } | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, httpStatus: error.httpStatus };
    throw error;
  }
  return undefined;
}

describe(`calendar repository and service (${backendName})`, () => {
  let db: Database;
  let orgId: string;
  let service: CalendarService;
  /** A second service over the same database: what another replica of the service sees. */
  let otherProcess: CalendarService;

  beforeAll(async () => {
    db = await openTestDb();
    orgId = (await db.prisma.organisation.create({ data: { code: "phuong-thu", name: "Phường Thử", level: "xa", province: "Tỉnh Thử" } })).id;
    service = new CalendarService(createCalendarRepository(db.prisma), () => now);
    otherProcess = new CalendarService(createCalendarRepository(db.prisma), () => now);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("generates a year's defaults once: a second run writes nothing and keeps the version", async () => {
    const first = await service.generateYear(orgId, 2026);
    expect(first).toEqual({ year: 2026, created: defaultDaysOff(2026).length, updated: 0, removed: 0, keptAdminEdits: 0 });
    const version = (await db.prisma.organisation.findUniqueOrThrow({ where: { id: orgId } })).calendarVersion;
    expect(await service.generateYear(orgId, 2026)).toEqual({ year: 2026, created: 0, updated: 0, removed: 0, keptAdminEdits: 0 });
    expect((await db.prisma.organisation.findUniqueOrThrow({ where: { id: orgId } })).calendarVersion).toBe(version);
    const year = await service.listYear(orgId, 2026);
    expect(year.map((d) => [d.date, d.name, d.origin])).toEqual(defaultDaysOff(2026).map((d) => [d.date, d.name, "computed"]));
  });

  it("fills the tabled years on first use and counts deadlines across Tết from the database", async () => {
    const calendar = await service.calendarFor(orgId);
    const years = await db.prisma.calendarDay.groupBy({ by: ["origin"], where: { orgId }, _count: { _all: true } });
    expect(years).toEqual([{ origin: "computed", _count: { _all: [2025, 2026, 2027, 2028].reduce((n, y) => n + defaultDaysOff(y).length, 0) } }]);
    expect(local(calendar.addWorkingDays(vn("2026-02-13T10:00"), 3))).toBe("2026-02-25T17:00");
    expect(await service.calendarFor(orgId)).toBe(calendar);
    const workingTime = service.workingTimeOf(orgId);
    expect(local(await workingTime.addWorkingHours(vn("2026-02-13T16:00"), 8))).toBe("2026-02-23T16:30");
    expect(local(await workingTime.addWorkingDays(vn("2026-02-13T10:00"), 3))).toBe("2026-02-25T17:00");
  });

  it("keeps an administrator's edits, additions and removals through regeneration, and returns before/after", async () => {
    const actor = "8d0c1f8e-0000-4000-8000-000000000001";
    const edit = await service.editDay(orgId, { date: "2026-02-16", kind: "day_off", name: "  Tết Nguyên đán   (29 Tết) " }, actor);
    expect(edit.before).toMatchObject({ date: "2026-02-16", name: "Tết Nguyên đán (29 tháng Chạp)", origin: "computed" });
    expect(edit.after).toMatchObject({ date: "2026-02-16", name: "Tết Nguyên đán (29 Tết)", origin: "admin", updatedBy: actor });

    const added = await service.addDay(orgId, { date: "2026-02-28", kind: "working_day", name: "Làm bù cho 13/2" }, actor);
    expect(added.before).toBeNull();
    expect(added.after).toMatchObject({ date: "2026-02-28", kind: "working_day", origin: "admin", removedAt: null });
    await service.addDay(orgId, { date: "2026-02-13", kind: "day_off", name: "Nghỉ hoán đổi" }, actor);

    const removed = await service.removeDay(orgId, "2026-04-27", actor);
    expect(removed.before?.removedAt).toBeNull();
    expect(removed.after?.removedAt).toBeInstanceOf(Date);

    const regenerated = await service.generateYear(orgId, 2026);
    expect(regenerated).toEqual({ year: 2026, created: 0, updated: 0, removed: 0, keptAdminEdits: 4 });
    const year = new Map((await service.listYear(orgId, 2026)).map((d) => [d.date, d]));
    expect(year.get("2026-02-16")?.name).toBe("Tết Nguyên đán (29 Tết)");
    expect(year.get("2026-04-27")?.removedAt).toBeInstanceOf(Date);
    expect(year.get("2026-02-28")?.kind).toBe("working_day");

    // Friday 13/2 now off, Saturday 28/2 worked, Monday 27/4 worked again.
    const calendar = await service.calendarFor(orgId);
    expect(local(calendar.addWorkingDays(vn("2026-02-12T10:00"), 1))).toBe("2026-02-23T17:00");
    expect(calendar.isWorkingDay("2026-02-28")).toBe(true);
    expect(calendar.isWorkingDay("2026-04-27")).toBe(true);
  });

  it("lets another process see an edit on its next call (the version check), without rebuilding otherwise", async () => {
    const before = await otherProcess.calendarFor(orgId);
    expect(await otherProcess.calendarFor(orgId)).toBe(before);
    expect(before.isWorkingDay("2026-03-06")).toBe(true);
    await service.addDay(orgId, { date: "2026-03-06", kind: "day_off", name: "Nghỉ đột xuất" }, null);
    const after = await otherProcess.calendarFor(orgId);
    expect(after).not.toBe(before);
    expect(after.isWorkingDay("2026-03-06")).toBe(false);
  });

  it("brings a removed default back when added again, and resets a year on request", async () => {
    const readded = await service.addDay(orgId, { date: "2026-04-27", kind: "day_off", name: "Nghỉ bù Giỗ Tổ Hùng Vương" }, null);
    expect(readded.before?.removedAt).toBeInstanceOf(Date);
    expect(readded.after?.removedAt).toBeNull();
    const reset = await service.generateYear(orgId, 2026, { discardAdminEdits: true });
    expect(reset.removed).toBe(3); // 13/2, 28/2 and 6/3, the administrator's own days
    const year = await service.listYear(orgId, 2026);
    expect(year.map((d) => [d.date, d.name, d.origin, d.removedAt])).toEqual(defaultDaysOff(2026).map((d) => [d.date, d.name, "computed", null]));
  });

  it("refuses bad edits with clear errors and changes nothing", async () => {
    const version = (await db.prisma.organisation.findUniqueOrThrow({ where: { id: orgId } })).calendarVersion;
    expect(await rejection(service.addDay(orgId, { date: "2026-01-01", kind: "day_off", name: "Trùng" }, null))).toEqual({ code: "calendar_day_exists", httpStatus: 409 });
    expect(await rejection(service.editDay(orgId, { date: "2026-03-03", kind: "day_off", name: "Không có" }, null))).toEqual({ code: "calendar_day_not_found", httpStatus: 404 });
    expect(await rejection(service.removeDay(orgId, "2026-03-03", null))).toEqual({ code: "calendar_day_not_found", httpStatus: 404 });
    expect(await rejection(service.addDay(orgId, { date: "2026-03-04", kind: "working_day", name: "Làm bù" }, null))).toMatchObject({ code: "calendar_make_up_on_working_day" });
    expect(await rejection(service.addDay(orgId, { date: "2026-02-31", kind: "day_off", name: "x" }, null))).toMatchObject({ code: "calendar_invalid_date" });
    expect(await rejection(service.addDay(orgId, { date: "2026-03-04", kind: "holiday", name: "x" }, null))).toMatchObject({ code: "calendar_invalid_kind" });
    expect(await rejection(service.addDay(orgId, { date: "2026-03-04", kind: "day_off", name: " " }, null))).toMatchObject({ code: "calendar_invalid_name" });
    expect(await rejection(service.addDay(orgId, { date: "2026-03-04", kind: "day_off", name: "x".repeat(121) }, null))).toMatchObject({ code: "calendar_invalid_name" });
    expect(await rejection(service.listYear(orgId, 99_999))).toMatchObject({ code: "calendar_year_out_of_range" });
    expect(await rejection(service.generateYear(orgId, 1000))).toMatchObject({ code: "calendar_year_out_of_range" });
    for (const unknown of ["2b1f7a52-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expect(await rejection(service.calendarFor(unknown))).toEqual({ code: "org_not_found", httpStatus: 404 });
      expect(await rejection(service.addDay(unknown, { date: "2026-03-04", kind: "day_off", name: "x" }, null))).toEqual({ code: "org_not_found", httpStatus: 404 });
    }
    expect((await db.prisma.organisation.findUniqueOrThrow({ where: { id: orgId } })).calendarVersion).toBe(version);
  });

  it("gives one of two simultaneous additions of a date a conflict, never two rows", async () => {
    const results = await Promise.allSettled([
      service.addDay(orgId, { date: "2026-03-13", kind: "day_off", name: "A" }, null),
      otherProcess.addDay(orgId, { date: "2026-03-13", kind: "day_off", name: "B" }, null),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "calendar_day_exists" } });
    expect(await db.prisma.calendarDay.count({ where: { orgId, date: new Date("2026-03-13T00:00:00Z") } })).toBe(1);
  });

  it("stores a new working week, refuses a bad one, and regenerates compensatory days when the weekdays change", async () => {
    expect(await rejection(service.updateWorkingWeek(orgId, { weekdays: [1, 2, 3, 4, 5], sessions: ["13:30-17:00", "07:30-11:30"] }))).toMatchObject({ code: "calendar_invalid_sessions" });
    const change = await service.updateWorkingWeek(orgId, { weekdays: [1, 2, 3, 4, 5, 6], sessions: ["07:00 - 11:00", "13:00-17:00"] });
    expect(change.before).toEqual({ timezone: "Asia/Ho_Chi_Minh", weekdays: [1, 2, 3, 4, 5], sessions: ["07:30-11:30", "13:30-17:00"] });
    expect(change.after).toEqual({ timezone: "Asia/Ho_Chi_Minh", weekdays: [1, 2, 3, 4, 5, 6], sessions: ["07:00-11:00", "13:00-17:00"] });
    // 1/5/2027 is a Saturday: a working day now, so no compensatory Monday.
    expect(change.regenerated.find((r) => r.year === 2027)?.removed).toBeGreaterThan(0);
    const dates = (await service.listYear(orgId, 2027)).map((d) => d.date);
    expect(dates).toContain("2027-05-01");
    expect(dates).not.toContain("2027-05-03");
    const calendar = await otherProcess.calendarFor(orgId);
    expect(calendar.minutesPerDay).toBe(480);
    expect(local(calendar.addWorkingHours(vn("2026-03-07T10:00"), 2))).toBe("2026-03-07T14:00");
  });

  it("seeds the demo ward with the computed defaults of this year and next, idempotently", async () => {
    const first = await seedDemo(db.prisma, { email: "admin@example.vn", password: "correct horse battery" }, now);
    expect(first.created.calendarDay).toBe(defaultDaysOff(2026).length + defaultDaysOff(2027).length);
    const second = await seedDemo(db.prisma, {}, now);
    expect(second.created.calendarDay).toBe(0);
    const demo = await new CalendarService(createCalendarRepository(db.prisma), () => now).listYear(first.orgId, 2027);
    expect(demo.map((d) => d.date)).toEqual(defaultDaysOff(2027).map((d) => d.date));
  });
});
