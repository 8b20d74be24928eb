/**
 * Deliveries held because the citizen is outside the platform's reply window (Zalo: 7 days since the last
 * interaction). They wait as `Delivery` rows with status `held` and are claimed at the citizen's next interaction.
 * Implements the Zalo bot's `HeldMessageStore` port, and its `NumberedChoiceMemory` (sent messages with choices are
 * kept as `sent` deliveries so a numbered answer "2" resolves on any replica).
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { Choice, OutboundMessage, Recipient } from "../../core/channels/contract.js";

type HeldPurpose = "ticket_update" | "reply" | "broadcast" | "digest";

/** Creates the repository over a Prisma client (PostgreSQL or PGlite). */
export function createHeldDeliveryRepository(prisma: PrismaClient) {
  return {
    /** Stores a message as held. Broadcast deliveries are unique per (broadcast, identity): a repeat is a no-op. */
    async hold(m: { identityId: string; purpose: HeldPurpose; payload: OutboundMessage; ticketId?: string; broadcastId?: string; lastError?: string }): Promise<void> {
      const data: Prisma.DeliveryUncheckedCreateInput = {
        identityId: m.identityId,
        purpose: m.purpose,
        payload: m.payload as unknown as Prisma.InputJsonValue,
        status: "held",
        lastError: m.lastError ?? "outside_window",
        ...(m.ticketId ? { ticketId: m.ticketId } : {}),
        ...(m.broadcastId ? { broadcastId: m.broadcastId } : {}),
      };
      if (m.broadcastId) {
        await prisma.delivery.upsert({ where: { broadcastId_identityId: { broadcastId: m.broadcastId, identityId: m.identityId } }, create: data, update: {} });
      } else {
        await prisma.delivery.create({ data });
      }
    },

    /**
     * Claims every held delivery of the recipient, oldest first, marking them `sending` under a lease in one
     * statement (SKIP LOCKED: two webhooks of the same citizen never claim the same row). Notifications left in
     * sending by a process that died are claimed again once their lease expired (replies: by the delivery worker).
     * A broadcast delivery carries no payload of its own: its broadcast's message is returned.
     */
    async claimHeld(to: Recipient): Promise<Array<{ id: string; purpose: HeldPurpose; payload: OutboundMessage; identityId: string }>> {
      const rows = await prisma.$queryRaw<Array<{ id: bigint; purpose: HeldPurpose; payload: unknown; createdAt: Date; identityId: string }>>`
        UPDATE "Delivery" d SET "status" = 'sending', "attempts" = d."attempts" + 1, "leaseUntil" = now() + interval '5 minutes'
        WHERE d."id" IN (
          SELECT h."id" FROM "Delivery" h JOIN "ChannelIdentity" i ON i."id" = h."identityId"
          WHERE i."channel" = ${to.channel} AND i."externalId" = ${to.externalUserId}
            AND (h."status" = 'held' OR (h."status" = 'sending' AND h."leaseUntil" < now() AND h."purpose" <> 'reply'))
          ORDER BY h."createdAt", h."id"
          FOR UPDATE OF h SKIP LOCKED)
        RETURNING d."id", d."purpose"::text AS "purpose", d."identityId"::text AS "identityId",
          COALESCE(d."payload", (SELECT b."message" FROM "Broadcast" b WHERE b."id" = d."broadcastId")) AS "payload", d."createdAt"`;
      // RETURNING has no order: sort oldest first
      return [...rows]
        .sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || Number(BigInt(a.id) - BigInt(b.id)))
        .map((r) => ({ id: String(r.id), purpose: r.purpose, payload: r.payload as OutboundMessage, identityId: r.identityId }));
    },

    async markSent(ids: string[], at: Date, platformMessageId?: string): Promise<void> {
      await prisma.delivery.updateMany({
        where: { id: { in: ids.map((id) => BigInt(id)) } },
        data: { status: "sent", sentAt: at, lastError: null, ...(platformMessageId ? { platformMessageId } : {}) },
      });
    },

    /**
     * Back to held (no `nextAttemptAt`: still outside the window), or — for a reply — to retry at `nextAttemptAt`.
     * Notifications and digests always go back to held: the delivery worker only retries replies, and the next
     * interaction delivers held ones, so a notification never strands in retry.
     */
    async release(ids: string[], outcome: { lastError: string; nextAttemptAt?: Date }): Promise<void> {
      const retryAt = outcome.nextAttemptAt ?? null;
      await prisma.$executeRaw`
        UPDATE "Delivery" SET "lastError" = ${outcome.lastError}, "leaseUntil" = NULL,
          "status" = CASE WHEN ${retryAt}::timestamptz IS NOT NULL AND "purpose" = 'reply' THEN 'retry'::"DeliveryStatus" ELSE 'held'::"DeliveryStatus" END,
          "nextAttemptAt" = COALESCE(${retryAt}::timestamptz, "nextAttemptAt")
        WHERE "id" = ANY(${ids.map((id) => BigInt(id))}::bigint[])`;
    },

    /**
     * Records a message with choices as it is sent (status sent, before the platform confirms it: the citizen can
     * answer as soon as they see it), so a numbered answer can be resolved by any replica. Unknown recipients give null.
     */
    async remember(to: Recipient, message: OutboundMessage, at: Date): Promise<string | null> {
      const identity = await prisma.channelIdentity.findUnique({ where: { channel_externalId: { channel: to.channel, externalId: to.externalUserId } }, select: { id: true } });
      if (!identity) return null;
      const row = await prisma.delivery.create({
        data: { identityId: identity.id, purpose: "reply", payload: message as unknown as Prisma.InputJsonValue, status: "sent", attempts: 1, sentAt: at },
        select: { id: true },
      });
      return String(row.id);
    },

    /** The platform's answer to that send: its message id, or a failure (the row stops counting as shown). */
    async settle(handle: string, outcome: { platformMessageId?: string } | { failed: string }): Promise<void> {
      const id = BigInt(handle);
      if ("failed" in outcome) await prisma.delivery.update({ where: { id }, data: { status: "failed", sentAt: null, lastError: outcome.failed } });
      else if (outcome.platformMessageId) await prisma.delivery.update({ where: { id }, data: { platformMessageId: outcome.platformMessageId } });
    },

    /** Choices of the latest sent message with choices since `since`, or null. */
    async recall(to: Recipient, since: Date): Promise<Choice[] | null> {
      const rows = await prisma.$queryRaw<Array<{ choices: unknown }>>`
        SELECT d."payload"->'choices' AS "choices" FROM "Delivery" d JOIN "ChannelIdentity" i ON i."id" = d."identityId"
        WHERE i."channel" = ${to.channel} AND i."externalId" = ${to.externalUserId} AND d."status" = 'sent'
          AND d."sentAt" >= ${since} AND jsonb_typeof(d."payload"->'choices') = 'array'
        ORDER BY d."sentAt" DESC, d."id" DESC LIMIT 1`;
      const choices = rows[0]?.choices;
      return Array.isArray(choices) ? (choices as Choice[]) : null;
    },

    /** Held deliveries of an identity (for tests and the console). */
    async countHeld(identityId: string): Promise<number> {
      return prisma.delivery.count({ where: { identityId, status: "held" } });
    },
  };
}

export type HeldDeliveryRepository = ReturnType<typeof createHeldDeliveryRepository>;
