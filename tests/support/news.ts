/**
 * Builders for news tests and benchmarks: an organisation with topics, and subscribers created in bulk with one
 * SQL statement each (generate_series), so 100,000 of them take seconds.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "../../src/db/database.js";

export interface NewsOrg {
  orgId: string;
  topics: Record<string, string>;
}

/** An organisation with topics `codes` (code → id). */
export async function createNewsOrg(db: Database, codes: string[] = ["thong-bao", "van-ban-moi", "canh-bao-lua-dao"]): Promise<NewsOrg> {
  const org = await db.prisma.organisation.create({
    data: { code: `org-${randomUUID().slice(0, 8)}`, name: "Phường Thử", level: "xa", province: "Tỉnh Thử", timezone: "Asia/Ho_Chi_Minh" },
  });
  const topics: Record<string, string> = {};
  for (const [i, code] of codes.entries()) {
    topics[code] = (await db.prisma.topic.create({ data: { orgId: org.id, code, name: `Chủ đề ${code}`, position: i } })).id;
  }
  return { orgId: org.id, topics };
}

export interface SubscriberBatch {
  channel: string;
  count: number;
  /** External ids are `${prefix}${n}` for n = start … start + count - 1. */
  prefix: string;
  start?: number;
  /** Topic ids subscribed; empty with `all`: every topic. */
  topicIds?: string[];
  all?: boolean;
  mode?: "immediate" | "digest";
  quietHours?: string | null;
  procedureAlerts?: boolean;
  lastInteractionAt?: Date | null;
  reachable?: boolean;
}

/**
 * Creates `count` citizens, identities, subscriber rows and topic rows in four statements.
 *
 * @returns the external ids created, in order.
 */
export async function addSubscribers(db: Database, b: SubscriberBatch): Promise<string[]> {
  const start = b.start ?? 1;
  const end = start + b.count - 1;
  const tag = randomUUID();
  const last = b.lastInteractionAt === undefined ? new Date() : b.lastInteractionAt;
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "Citizen" ("id", "createdAt") SELECT md5($1 || n)::uuid, now() FROM generate_series($2::int, $3::int) n`,
    tag, start, end,
  );
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "ChannelIdentity" ("id", "citizenId", "channel", "externalId", "lastInteractionAt", "reachable")
     SELECT md5($1 || 'i' || n)::uuid, md5($1 || n)::uuid, $4, $5 || n, $6::timestamptz, $7 FROM generate_series($2::int, $3::int) n`,
    tag, start, end, b.channel, b.prefix, last, b.reachable ?? true,
  );
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "NewsSubscriber" ("identityId", "allTopics", "mode", "quietHours", "procedureAlerts", "updatedAt")
     SELECT md5($1 || 'i' || n)::uuid, $4, $5::"NewsMode", $6, $7, now() FROM generate_series($2::int, $3::int) n`,
    tag, start, end, b.all ?? false, b.mode ?? "immediate", b.quietHours === undefined ? "off" : b.quietHours, b.procedureAlerts ?? false,
  );
  for (const topicId of b.topicIds ?? []) {
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Subscription" ("id", "identityId", "topicId") SELECT gen_random_uuid(), md5($1 || 'i' || n)::uuid, $4::uuid FROM generate_series($2::int, $3::int) n`,
      tag, start, end, topicId,
    );
  }
  return Array.from({ length: b.count }, (_, i) => `${b.prefix}${start + i}`);
}

/** Deliveries of a broadcast by status. */
export async function statusCounts(db: Database, broadcastId: string): Promise<Record<string, number>> {
  const rows = await db.prisma.$queryRaw<Array<{ status: string; n: number }>>`
    SELECT "status"::text AS "status", count(*)::int AS "n" FROM "Delivery" WHERE "broadcastId" = ${broadcastId}::uuid GROUP BY 1`;
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
