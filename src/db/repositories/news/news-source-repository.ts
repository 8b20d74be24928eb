/**
 * News sources (portal feeds kept as data) and their polling state. Due sources are claimed with
 * FOR UPDATE SKIP LOCKED under a lease, so several schedulers never poll one feed at once. Implements the core
 * `NewsSourceStore` port.
 */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { FeedErrorCode, NewsSource, NewsSourceStore } from "../../../core/news/feeds/types.js";

const CLAIM = `
  UPDATE "NewsSource" s SET "leaseUntil" = $3::timestamptz
  FROM (
    SELECT "id" FROM "NewsSource"
    WHERE "pausedAt" IS NULL AND "nextPollAt" <= $1::timestamptz AND ("leaseUntil" IS NULL OR "leaseUntil" < $1::timestamptz)
    ORDER BY "nextPollAt" LIMIT $2 FOR UPDATE SKIP LOCKED
  ) due
  WHERE s."id" = due."id"
  RETURNING s."id"::text AS "id", s."orgId"::text AS "orgId", s."name", s."url", s."topicIds"::text[] AS "topicIds",
    s."autoPublish", s."pollMinutes", s."etag", s."lastModified", s."failureCount", s."baselinedAt"`;

export class PrismaNewsSourceStore implements NewsSourceStore {
  constructor(private readonly prisma: PrismaClient) {}

  async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<NewsSource[]> {
    return this.prisma.$queryRawUnsafe<NewsSource[]>(CLAIM, now, limit, leaseUntil);
  }

  async recordSuccess(id: string, r: { at: Date; nextPollAt: Date; etag?: string | null; lastModified?: string | null; baselined?: boolean }): Promise<void> {
    await this.prisma.newsSource.update({
      where: { id },
      data: {
        lastPolledAt: r.at,
        lastSuccessAt: r.at,
        nextPollAt: r.nextPollAt,
        leaseUntil: null,
        lastError: null,
        failureCount: 0,
        ...(r.etag !== undefined ? { etag: r.etag } : {}),
        ...(r.lastModified !== undefined ? { lastModified: r.lastModified } : {}),
        ...(r.baselined ? { baselinedAt: r.at } : {}),
      },
    });
  }

  async recordFailure(id: string, r: { at: Date; nextPollAt: Date; error: FeedErrorCode }): Promise<void> {
    await this.prisma.newsSource.update({
      where: { id },
      data: { lastPolledAt: r.at, lastError: r.error, lastErrorAt: r.at, failureCount: { increment: 1 }, nextPollAt: r.nextPollAt, leaseUntil: null },
    });
  }
}
