/**
 * The department desk over a real test database: the demo ward seeded, the ticket core on the organisation's real
 * working calendar with a clock the test moves, routing scripted per test, and staff of each role.
 */
import { AuditTrail } from "../../../src/core/audit/audit-trail.js";
import { FeedbackService } from "../../../src/core/feedback/feedback-service.js";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import type { StaffRole } from "../../../src/core/staff/roles.js";
import type { Database } from "../../../src/db/database.js";
import { createAuditStore } from "../../../src/db/repositories/audit-repository.js";
import { PrismaFeedbackDirectory } from "../../../src/db/repositories/feedback-directory-repository.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { PrismaTicketStore } from "../../../src/db/repositories/ticket-repository.js";
import { seedDemo } from "../../../src/db/seed/seed.js";
import { buildCalendarService } from "../../../src/wiring/calendar.js";
import { buildDesk } from "../../../src/wiring/desk.js";
import { ScriptedRouter, SETTINGS } from "../feedback/ticket-harness.js";
import { LocalFileStorage } from "../../../src/storage/local-file-storage.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A moment in Vietnam's time, e.g. vn("2026-12-07 09:00"). */
export const vn = (local: string) => new Date(`${local.replace(" ", "T")}:00+07:00`);

export async function deskOn(db: Database) {
  await seedDemo(db.prisma, {});
  const org = await db.prisma.organisation.findFirstOrThrow();
  const calendar = buildCalendarService(db);
  const clock = { now: vn("2026-12-07 09:00") }; // a Monday
  const router = new ScriptedRouter();
  const feedback = new FeedbackService({
    store: new PrismaTicketStore(db.prisma),
    directory: new PrismaFeedbackDirectory(db.prisma),
    router,
    workingTime: calendar.workingTimeOf(org.id),
    settings: SETTINGS,
    clock: () => clock.now,
  });
  const audit = new AuditTrail(createAuditStore(db.prisma));
  const uploads = mkdtempSync(path.join(tmpdir(), "motcua-desk-"));
  const files = new LocalFileStorage(uploads);
  const desk = buildDesk(db, { reminders: { acceptHours: 2, answerDays: 1 } }, { feedback, calendar, audit, files });
  const departments = new Map((await db.prisma.department.findMany()).map((d) => [d.code, d.id]));
  const categories = new Map((await db.prisma.feedbackCategory.findMany()).map((c) => [c.code, c.id]));
  const identities = new PrismaIdentityStore(db.prisma, db.sql);
  let people = 0;

  /** A staff member with a row in the database (timeline entries point at it) and the actor the console builds. */
  async function staff(roles: StaffRole[], departmentCodes: string[] = [], email?: string): Promise<StaffActor> {
    people++;
    const departmentIds = departmentCodes.map((c) => departments.get(c) as string);
    const row = await db.prisma.staffAccount.create({
      data: {
        orgId: org.id,
        email: email ?? `staff-${people}-${Date.now()}@example.invalid`,
        fullName: `Cán bộ ${people}`,
        passwordHash: "x",
        roles: { create: roles.flatMap((role): Array<{ role: StaffRole; departmentId: string | null }> => (role === "officer" ? departmentIds.map((departmentId) => ({ role, departmentId })) : [{ role, departmentId: null }])) },
      },
    });
    return { kind: "staff", id: row.id, orgId: org.id, email: row.email, fullName: row.fullName, roles, departmentIds };
  }

  /** A citizen on a channel, as the chat makes them. */
  async function citizen(channel = "telegram") {
    people++;
    return identities.touch(channel, `citizen-${people}-${Date.now()}`, clock.now);
  }

  /** Files a report routed (by the scripted router) to a department and category. */
  async function report(text: string, opts: { department?: string; category?: string; urgent?: boolean; address?: string; latitude?: number; longitude?: number; confidence?: number; at?: Date } = {}) {
    if (opts.at) clock.now = opts.at;
    const who = await citizen();
    router.next = { departmentCode: opts.department ?? "KTHTDT", categoryCode: opts.category ?? "ha-tang", confidence: opts.confidence ?? 0.9, urgent: opts.urgent ?? false };
    const out = await feedback.submit({ citizenId: who.citizenId, identityId: who.id, text, address: opts.address ?? null, latitude: opts.latitude ?? null, longitude: opts.longitude ?? null, isPublic: false, sourceKey: `test:${people}:${Date.now()}` });
    router.next = {};
    return { ...out, citizen: who };
  }

  return { org, calendar, clock, router, feedback, audit, desk, departments, categories, staff, citizen, report, files, uploads };
}

export type DeskHarness = Awaited<ReturnType<typeof deskOn>>;
