/**
 * Broadcasts in PostgreSQL (or PGlite): creation, the one-statement fan-out, cancellation, completion and the
 * figures the CLI and the editor's console show. Implements the core `BroadcastStore` port.
 */
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { OutboundMessage } from "../../../core/channels/contract.js";
import type { Audience, BroadcastHistoryQuery, BroadcastStore } from "../../../core/news/ports.js";
import type { Broadcast, BroadcastDraft, BroadcastProgress, ChannelReach, FanOutPlan } from "../../../core/news/types.js";
import { audienceCtes, audienceParams } from "./audience-sql.js";
import { readProgress, readProgressMany } from "./broadcast-progress.js";

type BroadcastRow = Prisma.BroadcastGetPayload<object>;

/** A stored row as the core's plain object. */
export function toBroadcast(r: BroadcastRow): Broadcast {
  return {
    id: r.id,
    orgId: r.orgId,
    kind: r.kind,
    status: r.status,
    title: r.title,
    body: r.body,
    link: r.link,
    imageUrl: r.imageUrl,
    topicIds: r.topicIds,
    procedureCode: r.procedureCode,
    urgent: r.urgent,
    newsItemId: r.newsItemId,
    createdVia: r.createdVia,
    createdById: r.createdById,
    scheduledAt: r.scheduledAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    cancelledAt: r.cancelledAt,
    recipients: r.recipients,
    createdAt: r.createdAt,
  };
}

export class PrismaBroadcastStore implements BroadcastStore {
  constructor(private readonly prisma: PrismaClient) {}

  async create(d: BroadcastDraft, message: OutboundMessage): Promise<{ id: string; created: boolean }> {
    const data: Prisma.BroadcastUncheckedCreateInput = {
      orgId: d.orgId,
      kind: d.kind,
      title: d.title,
      body: d.body,
      link: d.link ?? null,
      imageUrl: d.imageUrl ?? null,
      topicIds: d.topicIds,
      procedureCode: d.procedureCode ?? null,
      urgent: d.urgent,
      newsItemId: d.newsItemId ?? null,
      dedupeKey: d.dedupeKey ?? null,
      createdVia: d.createdVia,
      createdById: d.createdById ?? null,
      message: message as unknown as Prisma.InputJsonObject,
      status: d.scheduledAt ? "scheduled" : "draft",
      scheduledAt: d.scheduledAt ?? null,
    };
    if (!d.dedupeKey) return { id: (await this.prisma.broadcast.create({ data, select: { id: true } })).id, created: true };
    // once-only broadcasts: the unique key decides, so two importers racing create one
    const rows = await this.prisma.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "Broadcast" ("id", "orgId", "kind", "title", "body", "link", "imageUrl", "topicIds", "procedureCode", "urgent",
        "newsItemId", "dedupeKey", "createdVia", "createdById", "message", "status", "scheduledAt")
      VALUES (gen_random_uuid(), ${d.orgId}::uuid, ${d.kind}::"BroadcastKind", ${d.title}, ${d.body}, ${data.link}, ${data.imageUrl},
        ${d.topicIds}::uuid[], ${data.procedureCode}, ${d.urgent}, ${data.newsItemId}::uuid, ${d.dedupeKey}, ${d.createdVia},
        ${data.createdById}::uuid, ${JSON.stringify(message)}::jsonb, ${data.status}::"BroadcastStatus", ${data.scheduledAt}::timestamptz)
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING "id"::text AS "id"`;
    if (rows[0]) return { id: rows[0].id, created: true };
    const existing = await this.prisma.broadcast.findUniqueOrThrow({ where: { dedupeKey: d.dedupeKey }, select: { id: true } });
    return { id: existing.id, created: false };
  }

  async imageNamesInUse(): Promise<Set<string>> {
    const rows = await this.prisma.$queryRaw<Array<{ name: string }>>`
      SELECT DISTINCT substring("imageUrl" from '[^/]+$') AS "name" FROM "Broadcast" WHERE "imageUrl" IS NOT NULL`;
    return new Set(rows.map((r) => r.name));
  }

  async get(id: string): Promise<Broadcast | null> {
    if (!isUuid(id)) return null;
    const row = await this.prisma.broadcast.findUnique({ where: { id } });
    return row ? toBroadcast(row) : null;
  }

  async quietSettings(): Promise<Array<string | null>> {
    const rows = await this.prisma.$queryRaw<Array<{ quietHours: string | null }>>`
      SELECT DISTINCT "quietHours" FROM "NewsSubscriber" WHERE "stoppedAt" IS NULL`;
    return rows.map((r) => r.quietHours);
  }

  /**
   * Starts the broadcast and creates every delivery in one transaction of two statements: the status change from
   * draft/scheduled to sending admits one caller (a racing one waits on the row lock, then finds it sending and
   * inserts nothing), and one INSERT … SELECT writes a row per recipient. A crash rolls both back, so a restart
   * fans out again from the start; the unique (broadcastId, identityId) index refuses a second row for a recipient
   * outright (the statement would fail, never skip silently). Rows go in recipient order, which keeps the index
   * inserts and the identity checks on neighbouring pages. Deliveries carry no payload; the broadcast's message is
   * theirs.
   */
  async fanOut(broadcastId: string, audience: Audience, plan: FanOutPlan): Promise<number | null> {
    const values = [
      ...audienceParams(audience, plan),
      broadcastId,
      plan.quiet.map((q) => q.setting),
      plan.quiet.map((q) => q.until.toISOString()),
      plan.priority,
    ];
    return this.prisma.$transaction(
      async (tx) => {
        // this transaction only: the planner's cost of 100,000 rows would start JIT compilation, which takes longer
        // than the statement it compiles; enough memory keeps the join and the sort off disk
        await tx.$queryRawUnsafe(`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
        const started = await tx.$executeRaw`
          UPDATE "Broadcast" SET "status" = 'sending', "startedAt" = ${plan.at}
          WHERE "id" = ${broadcastId}::uuid AND "status" IN ('draft', 'scheduled')`;
        if (started === 0) return null;
        const inserted = await tx.$executeRawUnsafe(FAN_OUT(audience), ...values);
        await tx.broadcast.update({
          where: { id: broadcastId },
          data: { recipients: inserted, ...(inserted === 0 ? { status: "done", finishedAt: plan.at } : {}) },
        });
        return inserted;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }

  async reach(audience: Audience, plan: FanOutPlan): Promise<ChannelReach[]> {
    const rows = await this.prisma.$queryRawUnsafe<ChannelReach[]>(
      `WITH quiet AS (SELECT * FROM unnest($8::text[], $9::text[]) AS q("setting", "until")),
       ${audienceCtes(audience)}
       SELECT a."channel",
         (count(*) FILTER (WHERE NOT a."held" AND NOT a."digest"))::int AS "now",
         (count(*) FILTER (WHERE NOT a."held" AND NOT a."digest" AND q."until" IS NOT NULL))::int AS "afterQuietHours",
         (count(*) FILTER (WHERE a."held"))::int AS "atNextMessage",
         (count(*) FILTER (WHERE a."digest" AND NOT a."held"))::int AS "inDigest"
       FROM audience a LEFT JOIN quiet q ON q."setting" IS NOT DISTINCT FROM a."quietHours"
       GROUP BY a."channel" ORDER BY a."channel"`,
      ...audienceParams(audience, plan),
      plan.quiet.map((q) => q.setting),
      plan.quiet.map((q) => q.until.toISOString()),
    );
    return plan.channels.map((channel) => rows.find((r) => r.channel === channel) ?? { channel, now: 0, afterQuietHours: 0, atNextMessage: 0, inDigest: 0 });
  }

  async dueScheduled(now: Date, limit: number): Promise<string[]> {
    const rows = await this.prisma.broadcast.findMany({
      where: { status: "scheduled", scheduledAt: { lte: now } },
      orderBy: { scheduledAt: "asc" },
      take: limit,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  async cancel(id: string, at: Date, byStaffId?: string): Promise<Broadcast | null> {
    if (!isUuid(id)) return null;
    return this.prisma.$transaction(async (tx) => {
      const changed = await tx.broadcast.updateMany({
        where: { id, status: { in: ["draft", "scheduled", "sending"] } },
        data: { status: "cancelled", cancelledAt: at, cancelledById: byStaffId ?? null, finishedAt: at },
      });
      if (changed.count > 0) {
        await tx.delivery.updateMany({
          where: { broadcastId: id, status: { in: ["pending", "retry", "held"] } },
          data: { status: "cancelled", leaseUntil: null },
        });
      }
      const row = await tx.broadcast.findUnique({ where: { id } });
      return row ? toBroadcast(row) : null;
    });
  }

  async finishCompleted(at: Date, ids?: readonly string[]): Promise<number> {
    const only = ids ? [...ids] : null;
    return this.prisma.$executeRaw`
      UPDATE "Broadcast" b SET "status" = 'done', "finishedAt" = ${at}
      WHERE b."status" = 'sending' AND (${only}::uuid[] IS NULL OR b."id" = ANY(${only}::uuid[]))
        AND NOT EXISTS (
          SELECT 1 FROM "Delivery" d WHERE d."broadcastId" = b."id" AND d."status" IN ('pending', 'retry', 'sending'))`;
  }

  async progress(id: string, now: Date): Promise<BroadcastProgress | null> {
    const b = await this.get(id);
    return b ? readProgress(this.prisma, b, now) : null;
  }

  async history(q: BroadcastHistoryQuery, now: Date): Promise<BroadcastProgress[]> {
    const rows = await this.prisma.broadcast.findMany({
      where: {
        orgId: q.orgId,
        ...(q.kinds?.length ? { kind: { in: [...q.kinds] } } : {}),
        ...(q.statuses?.length ? { status: { in: [...q.statuses] } } : {}),
        ...(q.from || q.to ? { createdAt: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {}),
        ...(q.before ? { OR: [{ createdAt: { lt: q.before.createdAt } }, { createdAt: q.before.createdAt, id: { lt: q.before.id } }] } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: q.limit,
    });
    return readProgressMany(this.prisma, rows.map(toBroadcast), now);
  }
}

/** The fan-out's INSERT … SELECT: $1–$7 the audience, $8 the broadcast, $9/$10 quiet settings and their ends, $11 priority. */
function FAN_OUT(audience: Audience): string {
  return `
    WITH quiet AS (SELECT * FROM unnest($9::text[], $10::text[]) AS q("setting", "until")),
    ${audienceCtes(audience)}
    INSERT INTO "Delivery" ("identityId", "purpose", "status", "nextAttemptAt", "broadcastId", "lastError", "priority")
    SELECT a."identityId",
      (CASE WHEN a."digest" THEN 'digest' ELSE 'broadcast' END)::"DeliveryPurpose",
      (CASE WHEN a."held" THEN 'held' ELSE 'pending' END)::"DeliveryStatus",
      GREATEST($1::timestamptz, CASE WHEN a."digest" THEN $4::timestamptz ELSE $1::timestamptz END, COALESCE(q."until"::timestamptz, $1::timestamptz)),
      $8::uuid,
      CASE WHEN a."held" THEN 'outside_window' WHEN a."digest" THEN 'digest' WHEN q."until" IS NOT NULL THEN 'quiet_hours' END,
      $11::int
    FROM audience a
    LEFT JOIN quiet q ON q."setting" IS NOT DISTINCT FROM a."quietHours"
    ORDER BY a."identityId"`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Whether `id` can be a uuid (anything else is an unknown id, not a database error). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
