/**
 * The staff e-mail outbox in the StaffEmail table. Implements the core `StaffEmailOutbox` port. A claim pushes the
 * rows' next attempt a few minutes ahead in the same statement that selects them (`FOR UPDATE SKIP LOCKED`), so a
 * sender that died leaves them to be claimed again then, and two senders never take the same row.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { QueuedEmail, StaffEmailOutbox } from "../../core/feedback/desk/staff-mail.js";

/** How long a claimed e-mail is left to its sender (far longer than one SMTP exchange). */
const CLAIM_MS = 5 * 60_000;

export class PrismaStaffEmailOutbox implements StaffEmailOutbox {
  constructor(private readonly prisma: PrismaClient) {}

  async claimDue(now: Date, limit: number): Promise<QueuedEmail[]> {
    const until = new Date(now.getTime() + CLAIM_MS);
    return this.prisma.$queryRaw<QueuedEmail[]>`
      WITH due AS (
        SELECT "id" FROM "StaffEmail" WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED
      )
      UPDATE "StaffEmail" e SET "nextAttemptAt" = ${until} FROM due WHERE e."id" = due."id"
      RETURNING e."id"::text AS "id", e."to", e."subject", e."text", e."attempts"`;
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.prisma.staffEmail.update({ where: { id: BigInt(id) }, data: { status: "sent", sentAt: at, attempts: { increment: 1 }, lastError: null } });
  }

  async markRetry(id: string, nextAttemptAt: Date, error: string): Promise<void> {
    await this.prisma.staffEmail.update({ where: { id: BigInt(id) }, data: { nextAttemptAt, lastError: error.slice(0, 200), attempts: { increment: 1 } } });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.prisma.staffEmail.update({ where: { id: BigInt(id) }, data: { status: "failed", lastError: error.slice(0, 200), attempts: { increment: 1 } } });
  }
}
