/**
 * Prisma implementation of the core {@link CalendarStore}: organisations' working weeks and calendar days, as plain
 * objects. Every write bumps `Organisation.calendarVersion` in its own transaction (only when a row changed), which
 * is what the calendar service's per-process cache compares. Single-day writes are conditional updates on the row's
 * state (active or removed), so two administrators acting at once get a conflict instead of a lost edit.
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { CalendarStore, DayWriteResult, StoredWorkingWeek, YearPlan, YearPlanResult } from "../../core/calendar/ports.js";
import type { CalendarDayEntry, CalendarDayRecord, LocalDate } from "../../core/calendar/types.js";

type Tx = Prisma.TransactionClient;
type DayRow = Prisma.CalendarDayGetPayload<object>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** A "YYYY-MM-DD" as the Date Prisma writes to a `date` column (UTC midnight). */
function toDbDate(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function toRecord(row: DayRow): CalendarDayRecord {
  return {
    date: row.date.toISOString().slice(0, 10),
    kind: row.kind,
    name: row.name,
    origin: row.origin,
    removedAt: row.removedAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedById,
  };
}

/** Creates the store over a Prisma client (PostgreSQL or PGlite). */
export function createCalendarRepository(prisma: PrismaClient): CalendarStore {
  const bump = (tx: Tx, orgId: string) => tx.organisation.update({ where: { id: orgId }, data: { calendarVersion: { increment: 1 } } });
  const key = (orgId: string, date: LocalDate) => ({ orgId_date: { orgId, date: toDbDate(date) } });

  /** Runs a single-day write; a unique violation (a concurrent add of the same date) is a conflict. */
  async function dayWrite(orgId: string, write: (tx: Tx) => Promise<DayWriteResult>): Promise<DayWriteResult> {
    if (!UUID.test(orgId)) return { status: "missing" };
    try {
      return await prisma.$transaction(async (tx) => {
        const result = await write(tx);
        if (result.status === "ok") await bump(tx, orgId);
        return result;
      });
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") return { status: "conflict" };
      throw error;
    }
  }

  /** Updates the row only while it is still active (or still removed), returning before/after. */
  async function guardedUpdate(tx: Tx, before: DayRow, wasRemoved: boolean, data: Prisma.CalendarDayUpdateManyMutationInput): Promise<DayWriteResult | undefined> {
    const { count } = await tx.calendarDay.updateMany({ where: { id: before.id, removedAt: wasRemoved ? { not: null } : null }, data });
    if (count === 0) return undefined;
    const after = await tx.calendarDay.findUniqueOrThrow({ where: { id: before.id } });
    return { status: "ok", before: toRecord(before), after: toRecord(after) };
  }

  return {
    async workingWeek(orgId) {
      if (!UUID.test(orgId)) return null;
      const org = await prisma.organisation.findUnique({
        where: { id: orgId },
        select: { timezone: true, workingWeekdays: true, officeSessions: true, calendarVersion: true },
      });
      return org && { timezone: org.timezone, weekdays: org.workingWeekdays, sessions: org.officeSessions, version: org.calendarVersion };
    },

    async saveWorkingWeek(orgId, week) {
      if (!UUID.test(orgId)) return null;
      return prisma.$transaction(async (tx) => {
        const select = { timezone: true, workingWeekdays: true, officeSessions: true } as const;
        const before = await tx.organisation.findUnique({ where: { id: orgId }, select });
        if (!before) return null;
        const after = await tx.organisation.update({
          where: { id: orgId },
          data: { workingWeekdays: week.weekdays, officeSessions: week.sessions, calendarVersion: { increment: 1 } },
          select,
        });
        const plain = (o: typeof before): StoredWorkingWeek => ({ timezone: o.timezone, weekdays: o.workingWeekdays, sessions: o.officeSessions });
        return { before: plain(before), after: plain(after) };
      });
    },

    async listDays(orgId, fromYear, toYear) {
      if (!UUID.test(orgId)) return [];
      const rows = await prisma.calendarDay.findMany({
        where: { orgId, date: { gte: toDbDate(`${fromYear}-01-01`), lte: toDbDate(`${toYear}-12-31`) } },
        orderBy: { date: "asc" },
      });
      return rows.map(toRecord);
    },

    async applyYearPlan(orgId: string, plan: YearPlan): Promise<YearPlanResult> {
      const guard = plan.scope === "computed" ? { origin: "computed" as const } : {};
      return prisma.$transaction(async (tx) => {
        const removed = plan.remove.length
          ? (await tx.calendarDay.deleteMany({ where: { orgId, date: { in: plan.remove.map(toDbDate) }, ...guard } })).count
          : 0;
        let updated = 0;
        for (const entry of plan.update) {
          const data = { kind: entry.kind, name: entry.name, origin: "computed" as const, removedAt: null, updatedById: null };
          updated += (await tx.calendarDay.updateMany({ where: { orgId, date: toDbDate(entry.date), ...guard }, data })).count;
        }
        // skipDuplicates: a replica generating the same year, or an administrator adding the day meanwhile, wins.
        const created = plan.insert.length
          ? (await tx.calendarDay.createMany({ data: plan.insert.map((e) => computedRow(orgId, e)), skipDuplicates: true })).count
          : 0;
        if (removed + updated + created > 0) await bump(tx, orgId);
        return { created, updated, removed };
      }, { timeout: 30_000, maxWait: 30_000 });
    },

    addDay(orgId, entry, actorId) {
      return dayWrite(orgId, async (tx) => {
        const before = await tx.calendarDay.findUnique({ where: key(orgId, entry.date) });
        const data = { kind: entry.kind, name: entry.name, origin: "admin" as const, removedAt: null, updatedById: actorId };
        if (!before) {
          const after = await tx.calendarDay.create({ data: { orgId, date: toDbDate(entry.date), ...data } });
          return { status: "ok", before: null, after: toRecord(after) };
        }
        if (!before.removedAt) return { status: "conflict" };
        return (await guardedUpdate(tx, before, true, data)) ?? { status: "conflict" };
      });
    },

    editDay(orgId, entry, actorId) {
      return dayWrite(orgId, async (tx) => {
        const before = await tx.calendarDay.findUnique({ where: key(orgId, entry.date) });
        if (!before || before.removedAt) return { status: "missing" };
        const data = { kind: entry.kind, name: entry.name, origin: "admin" as const, updatedById: actorId };
        return (await guardedUpdate(tx, before, false, data)) ?? { status: "missing" };
      });
    },

    removeDay(orgId, date, actorId) {
      return dayWrite(orgId, async (tx) => {
        const before = await tx.calendarDay.findUnique({ where: key(orgId, date) });
        if (!before || before.removedAt) return { status: "missing" };
        const data = { origin: "admin" as const, removedAt: new Date(), updatedById: actorId };
        return (await guardedUpdate(tx, before, false, data)) ?? { status: "missing" };
      });
    },
  };
}

function computedRow(orgId: string, entry: CalendarDayEntry): Prisma.CalendarDayCreateManyInput {
  return { orgId, date: toDbDate(entry.date), kind: entry.kind, name: entry.name, origin: "computed" };
}
