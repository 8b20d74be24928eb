/**
 * Broadcast deliveries as send workers see them: claims with FOR UPDATE SKIP LOCKED under a lease (a row is owned
 * by one worker until its outcome is stored or the lease expires), outcomes stored as soon as the platform answers
 * (concurrent outcomes share one UPDATE), and release of unsent claims on shutdown. Implements `NewsDeliveryStore`.
 */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { OutboundMessage } from "../../../core/channels/contract.js";
import type { NewsDeliveryStore } from "../../../core/news/ports.js";
import type { ClaimedDelivery, DeliveryOutcome } from "../../../core/news/types.js";
import { AdaptiveBatcher } from "../adaptive-batcher.js";

interface ClaimRow extends Omit<ClaimedDelivery, "message"> {
  message: unknown;
}

/** What every claim returns: the row, its recipient, its broadcast's message and the subscriber's quiet hours. */
const CLAIMED = `
  UPDATE "Delivery" d SET "status" = 'sending', "leaseUntil" = $2::timestamptz
  FROM due, "ChannelIdentity" i, "Broadcast" b
  WHERE d."id" = due."id" AND i."id" = d."identityId" AND b."id" = d."broadcastId"
  RETURNING d."id"::text AS "id", d."identityId"::text AS "identityId", i."channel", i."externalId", i."lastInteractionAt",
    i."reachable", d."purpose"::text AS "purpose", d."broadcastId"::text AS "broadcastId", b."urgent",
    (SELECT ns."quietHours" FROM "NewsSubscriber" ns WHERE ns."identityId" = d."identityId") AS "quietHours",
    b."title", b."link", b."imageUrl", COALESCE(d."payload", b."message") AS "message", d."attempts"`;

/**
 * Due rows in index order (purpose, status, priority desc, nextAttemptAt): LIMIT stops the scan early however many
 * rows a broadcast has. Rows whose claimer's lease expired come first (a crashed worker's batch resumes).
 */
const CLAIM_SINGLE = `
  WITH expired AS (
    SELECT d."id" FROM "Delivery" d JOIN "ChannelIdentity" i ON i."id" = d."identityId"
    WHERE d."purpose" = 'broadcast' AND d."status" = 'sending' AND d."leaseUntil" < $1::timestamptz AND i."channel" = ANY($3::text[])
    LIMIT $4 FOR UPDATE OF d SKIP LOCKED
  ), retry AS (
    SELECT d."id" FROM "Delivery" d JOIN "ChannelIdentity" i ON i."id" = d."identityId"
    WHERE d."purpose" = 'broadcast' AND d."status" = 'retry' AND d."nextAttemptAt" <= $1::timestamptz AND i."channel" = ANY($3::text[])
    ORDER BY d."priority" DESC, d."nextAttemptAt"
    LIMIT $4 FOR UPDATE OF d SKIP LOCKED
  ), fresh AS (
    SELECT d."id" FROM "Delivery" d JOIN "ChannelIdentity" i ON i."id" = d."identityId"
    WHERE d."purpose" = 'broadcast' AND d."status" = 'pending' AND d."nextAttemptAt" <= $1::timestamptz AND i."channel" = ANY($3::text[])
    ORDER BY d."priority" DESC, d."nextAttemptAt"
    LIMIT $4 FOR UPDATE OF d SKIP LOCKED
  ), due AS (
    SELECT "id" FROM expired UNION SELECT "id" FROM retry UNION SELECT "id" FROM fresh
  )${CLAIMED}`;

/**
 * All due digest rows of a few identities. An identity is taken by one claimer at a time (a transaction-level
 * advisory lock, tried, never waited for), so its digest is never split across two workers.
 */
const CLAIM_DIGESTS = `
  WITH candidates AS (
    SELECT DISTINCT d."identityId" FROM "Delivery" d JOIN "ChannelIdentity" i ON i."id" = d."identityId"
    WHERE d."purpose" = 'digest' AND i."channel" = ANY($3::text[])
      AND ((d."status" IN ('pending', 'retry') AND d."nextAttemptAt" <= $1::timestamptz) OR (d."status" = 'sending' AND d."leaseUntil" < $1::timestamptz))
    LIMIT $4
  ), mine AS MATERIALIZED (
    SELECT "identityId" FROM candidates WHERE pg_try_advisory_xact_lock(727073, hashtext("identityId"::text))
  ), due AS (
    SELECT d."id" FROM "Delivery" d JOIN mine m ON m."identityId" = d."identityId"
    WHERE d."purpose" = 'digest'
      AND ((d."status" IN ('pending', 'retry') AND d."nextAttemptAt" <= $1::timestamptz) OR (d."status" = 'sending' AND d."leaseUntil" < $1::timestamptz))
    FOR UPDATE OF d SKIP LOCKED
  )${CLAIMED}`;

const RECORD = `
  UPDATE "Delivery" d SET
    "status" = v."status"::"DeliveryStatus",
    "attempts" = d."attempts" + CASE WHEN v."attempted" THEN 1 ELSE 0 END,
    "sentAt" = COALESCE(v."sentAt"::timestamptz, d."sentAt"),
    "platformMessageId" = COALESCE(v."platformMessageId", d."platformMessageId"),
    "nextAttemptAt" = COALESCE(v."nextAttemptAt"::timestamptz, d."nextAttemptAt"),
    "lastError" = v."lastError",
    "leaseUntil" = NULL
  FROM unnest($1::bigint[], $2::text[], $3::boolean[], $4::text[], $5::text[], $6::text[], $7::text[])
    AS v("id", "status", "attempted", "sentAt", "platformMessageId", "nextAttemptAt", "lastError")
  WHERE d."id" = v."id"`;

export class PrismaNewsDeliveryStore implements NewsDeliveryStore {
  private readonly outcomes = new AdaptiveBatcher<DeliveryOutcome, void>((items) => this.write(items), 2, 500);

  constructor(private readonly prisma: PrismaClient) {}

  async claim(now: Date, limit: number, channels: readonly string[], leaseUntil: Date): Promise<ClaimedDelivery[]> {
    return this.run(CLAIM_SINGLE, now, leaseUntil, channels, limit);
  }

  async claimDigests(now: Date, maxRecipients: number, channels: readonly string[], leaseUntil: Date): Promise<ClaimedDelivery[]> {
    return this.run(CLAIM_DIGESTS, now, leaseUntil, channels, maxRecipients);
  }

  async record(outcomes: readonly DeliveryOutcome[]): Promise<void> {
    await Promise.all(outcomes.map((o) => this.outcomes.submit(o)));
  }

  async cancelledAmong(broadcastIds: readonly string[]): Promise<Set<string>> {
    if (broadcastIds.length === 0) return new Set();
    const rows = await this.prisma.broadcast.findMany({ where: { id: { in: [...broadcastIds] }, status: "cancelled" }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  async release(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.prisma.$executeRaw`
      UPDATE "Delivery" SET "status" = CASE WHEN "attempts" > 0 THEN 'retry'::"DeliveryStatus" ELSE 'pending'::"DeliveryStatus" END, "leaseUntil" = NULL
      WHERE "id" = ANY(${ids.map((id) => BigInt(id))}::bigint[]) AND "status" = 'sending'`;
  }

  private async run(sql: string, now: Date, leaseUntil: Date, channels: readonly string[], limit: number): Promise<ClaimedDelivery[]> {
    if (channels.length === 0) return [];
    const rows = await this.prisma.$queryRawUnsafe<ClaimRow[]>(sql, now, leaseUntil, [...channels], limit);
    return rows
      .map((r) => ({ ...r, message: r.message as OutboundMessage, lastInteractionAt: r.lastInteractionAt ? new Date(r.lastInteractionAt) : null }))
      .sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  }

  private async write(items: DeliveryOutcome[]): Promise<void[]> {
    const col = <T>(pick: (o: DeliveryOutcome) => T) => items.map(pick);
    await this.prisma.$executeRawUnsafe(
      RECORD,
      col((o) => BigInt(o.id)),
      col((o) => o.status),
      col((o) => o.status !== "pending" && o.status !== "cancelled" && !(o.status === "held" && !o.attempted)),
      col((o) => (o.status === "sent" ? o.at.toISOString() : null)),
      col((o) => (o.status === "sent" ? (o.platformMessageId ?? null) : null)),
      col((o) => (o.status === "retry" || o.status === "pending" ? o.nextAttemptAt.toISOString() : null)),
      col((o) => ("lastError" in o ? o.lastError.slice(0, 200) : null)),
    );
    return items.map(() => undefined);
  }
}
