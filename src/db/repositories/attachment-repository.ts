/** Attachments as a work queue: pending photos claimed with SKIP LOCKED under a lease (src/core/feedback/attachments.ts). */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { AttachmentQueue, PendingAttachment } from "../../core/feedback/attachments.js";
import type { StoredFile } from "../../core/feedback/ports.js";

/** A download that takes longer than this is taken over by another worker. */
const ATTACHMENT_LEASE_MS = 2 * 60_000;

export class PrismaAttachmentQueue implements AttachmentQueue {
  constructor(private readonly prisma: PrismaClient) {}

  async claimDue(now: Date, limit: number, channels: readonly string[]): Promise<PendingAttachment[]> {
    if (channels.length === 0) return [];
    const leaseUntil = new Date(now.getTime() + ATTACHMENT_LEASE_MS);
    const rows = await this.prisma.$queryRaw<Array<{ id: string; ticketId: string; channel: string; platformFileId: string | null; url: string | null; attempts: number }>>`
      WITH due AS (
        SELECT "id" FROM "Attachment"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
          AND "channel" = ANY(${[...channels]}::text[])
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "Attachment" a SET "leaseUntil" = ${leaseUntil}
      FROM due WHERE a."id" = due."id"
      RETURNING a."id"::text AS "id", a."ticketId"::text AS "ticketId", a."channel", a."platformFileId", a."url", a."attempts"`;
    return rows;
  }

  async markStored(id: string, file: StoredFile): Promise<void> {
    await this.prisma.attachment.update({
      where: { id },
      data: { status: "stored", storagePath: file.storagePath, mimeType: file.mimeType, sizeBytes: file.sizeBytes, leaseUntil: null, lastError: null, attempts: { increment: 1 } },
    });
  }

  async markRetry(id: string, error: string, nextAttemptAt: Date): Promise<void> {
    await this.prisma.attachment.update({ where: { id }, data: { lastError: error.slice(0, 100), nextAttemptAt, leaseUntil: null, attempts: { increment: 1 } } });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.prisma.attachment.update({ where: { id }, data: { status: "failed", lastError: error.slice(0, 100), leaseUntil: null, attempts: { increment: 1 } } });
  }
}
