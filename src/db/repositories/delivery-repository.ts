import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { OutboundMessage } from "../../core/channels/contract.js";
import type { DeliveryQueue, DeliveryState, QueuedDelivery } from "../../core/channels/delivery.js";

/**
 * Replies that could not be sent at once, in the Delivery table. Workers claim due rows with
 * `FOR UPDATE SKIP LOCKED`, so replicas never send the same one twice. Replies and ticket updates (queued with the
 * ticket change that caused them) are claimed here; broadcasts have their own sender. Implements the core
 * `DeliveryQueue` port.
 */
/** How long a worker owns a claimed delivery; far longer than one send (10 s timeout) plus rate-limit waits. */
export const DELIVERY_LEASE_MS = 5 * 60_000;

export class PrismaDeliveryQueue implements DeliveryQueue {
  constructor(private readonly prisma: PrismaClient) {}

  async enqueue(d: Parameters<DeliveryQueue["enqueue"]>[0]): Promise<void> {
    await this.prisma.delivery.create({
      data: {
        identityId: d.identityId,
        purpose: "reply",
        payload: d.payload as unknown as Prisma.InputJsonObject,
        status: d.status,
        attempts: d.attempts,
        nextAttemptAt: d.nextAttemptAt,
        lastError: d.lastError,
        inboundEventId: d.inboundEventId === undefined ? null : BigInt(d.inboundEventId),
      },
    });
  }

  /**
   * Claims due rows: status becomes sending under a lease. A row whose lease expired in sending (its worker died
   * mid-send) is claimed again, so nothing stays stuck; at worst a citizen gets that reply twice, never zero times.
   */
  async claimDue(now: Date, limit: number, channels: readonly string[], externalIds?: readonly string[]): Promise<QueuedDelivery[]> {
    const users = externalIds ? [...externalIds] : null;
    const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_MS);
    const rows = await this.prisma.$queryRaw<Array<{ id: bigint; identityId: string; channel: string; externalId: string; payload: unknown; attempts: number }>>`
      WITH due AS (
        SELECT "id" FROM "Delivery"
        WHERE "purpose" IN ('reply', 'ticket_update')
          AND (("status" IN ('retry', 'pending') AND "nextAttemptAt" <= ${now}) OR ("status" = 'sending' AND "leaseUntil" < ${now}))
          AND "identityId" IN (SELECT "id" FROM "ChannelIdentity" WHERE "channel" = ANY(${[...channels]}::text[])
            AND (${users}::text[] IS NULL OR "externalId" = ANY(${users}::text[])))
        ORDER BY "nextAttemptAt", "id"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "Delivery" d SET "status" = 'sending', "leaseUntil" = ${leaseUntil}
      FROM due, "ChannelIdentity" i
      WHERE d."id" = due."id" AND i."id" = d."identityId"
      RETURNING d."id", d."identityId"::text AS "identityId", i."channel", i."externalId", d."payload", d."attempts"`;
    return rows
      .map((r) => ({ id: String(r.id), identityId: r.identityId, channel: r.channel, externalId: r.externalId, payload: r.payload as OutboundMessage, attempts: r.attempts }))
      .sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  }

  async markSent(id: string, at: Date, platformMessageId?: string): Promise<void> {
    await this.prisma.delivery.update({ where: { id: BigInt(id) }, data: { status: "sent", sentAt: at, platformMessageId: platformMessageId ?? null, attempts: { increment: 1 } } });
  }

  async markFailed(id: string, o: { status: DeliveryState; lastError: string; nextAttemptAt?: Date }): Promise<void> {
    await this.prisma.delivery.update({
      where: { id: BigInt(id) },
      data: { status: o.status, lastError: o.lastError.slice(0, 200), attempts: { increment: 1 }, ...(o.nextAttemptAt ? { nextAttemptAt: o.nextAttemptAt } : {}) },
    });
  }
}
