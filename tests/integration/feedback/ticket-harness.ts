/** A FeedbackService over a real test database with the demo ward seeded, and a clock the test moves. */
import { FeedbackService } from "../../../src/core/feedback/feedback-service.js";
import type { FeedbackRouter, RoutingDecision } from "../../../src/core/feedback/routing-decision.js";
import type { CitizenPrompts, FeedbackSettings } from "../../../src/core/feedback/ticket-change.js";
import { weekdaysOnlyWorkingTime } from "../../../src/core/feedback/working-time.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaFeedbackDirectory } from "../../../src/db/repositories/feedback-directory-repository.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { PrismaTicketStore } from "../../../src/db/repositories/ticket-repository.js";
import { seedDemo } from "../../../src/db/seed/seed.js";

/** Routes by a word list so each test says exactly what routing decided. */
export class ScriptedRouter implements FeedbackRouter {
  next: Partial<RoutingDecision> = {};
  route(): RoutingDecision {
    return { departmentCode: "KTHTDT", categoryCode: "ha-tang", confidence: 0.9, by: "classifier", urgent: false, ...this.next };
  }
}

export const SETTINGS: FeedbackSettings = { triageBelow: 0.6, reopenWithinDays: 7, duplicateRadiusMeters: 100, duplicateWithinDays: 30 };

export async function feedbackOn(db: Database) {
  await seedDemo(db.prisma, {});
  const router = new ScriptedRouter();
  const clock = { now: new Date("2026-12-07T02:00:00Z") }; // Monday 09:00 in Vietnam
  const prompted: Array<{ identityId: string; code: string }> = [];
  const prompts: CitizenPrompts = { expectInfo: async (identityId, code) => void prompted.push({ identityId, code }) };
  const store = new PrismaTicketStore(db.prisma);
  const service = new FeedbackService({ store, directory: new PrismaFeedbackDirectory(db.prisma), router, workingTime: weekdaysOnlyWorkingTime, settings: SETTINGS, clock: () => clock.now, prompts });
  const identities = new PrismaIdentityStore(db.prisma, db.sql);
  const departments = new Map((await db.prisma.department.findMany()).map((d) => [d.code, d.id]));
  const staff = await db.prisma.staffAccount.create({ data: { orgId: (await db.prisma.organisation.findFirstOrThrow()).id, email: `officer-${Math.random()}@example.invalid`, fullName: "Cán bộ thử", passwordHash: "x" } });
  return { service, router, clock, prompted, store, identities, departments, officer: { kind: "staff" as const, staffId: staff.id } };
}
