import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Identity, IdentityStore, PersonalDataView, TouchedIdentity } from "../../core/people/identity.js";
import { sqlStatement, type SqlRunner } from "../sql.js";
import { AdaptiveBatcher } from "./adaptive-batcher.js";
import { toDialogueState } from "./conversation-state-repository.js";

interface TouchRequest {
  channel: string;
  externalId: string;
  at: Date;
}

const CREATE = sqlStatement(`
  WITH c AS (INSERT INTO "Citizen" ("id", "lastInteractionAt") VALUES ($1::uuid, $2::timestamptz) RETURNING "id")
  INSERT INTO "ChannelIdentity" ("id", "citizenId", "channel", "externalId", "lastInteractionAt")
  SELECT $3::uuid, c."id", $4, $5, $2::timestamptz FROM c
  ON CONFLICT ("channel", "externalId") DO NOTHING
  RETURNING "id"::text AS "id", "citizenId"::text AS "citizenId", "channel", "externalId", "reachable"`);

const DELETE_CITIZEN = sqlStatement(`DELETE FROM "Citizen" WHERE "id" = $1::uuid`);

/**
 * The rule for touching senders, as SQL: the CTEs `locked` and `i` (the touched identities, with id, citizenId,
 * channel, externalId, reachable) over `source`, a CTE with one row per identity ("channel", "externalId", "at" as
 * timestamptz). Records the interaction and that the citizen is reachable again. Rows are locked in id order, so
 * two batches sharing identities wait for each other instead of deadlocking, with the lock an UPDATE of non-key
 * columns takes (FOR NO KEY UPDATE): FOR UPDATE would also wait for the key-share locks that writing outcomes
 * (InboundEvent.identityId, a foreign key) takes on the same rows, and deadlock with it (bench/webhook found that).
 * Used here and by the event store's insert, which touches senders in the same statement.
 */
export function touchIdentities(source: string): string {
  return `locked AS MATERIALIZED (
    SELECT c."id", src."at" FROM "ChannelIdentity" c
    JOIN ${source} src ON c."channel" = src."channel" AND c."externalId" = src."externalId"
    ORDER BY c."id" FOR NO KEY UPDATE OF c
  ), i AS (
    UPDATE "ChannelIdentity" c SET "lastInteractionAt" = locked."at", "reachable" = true, "unreachableReason" = NULL
    FROM locked WHERE c."id" = locked."id"
    RETURNING c."id", c."citizenId", c."channel", c."externalId", c."reachable"
  )`;
}

const TOUCH_MANY = sqlStatement(`
  WITH v AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS v("channel", "externalId", "at")
  ), latest AS (
    SELECT v."channel", v."externalId", max(v."at"::timestamptz) AS "at" FROM v GROUP BY v."channel", v."externalId"
  ), ${touchIdentities("latest")}
  SELECT i."id"::text AS "id", i."citizenId"::text AS "citizenId", i."channel", i."externalId", i."reachable",
         s."flow", s."step", s."data", s."version", s."expiresAt"
  FROM i LEFT JOIN "ConversationState" s ON s."identityId" = i."id"`);

/** An identity joined with its ConversationState row (all state columns null when none is stored). */
export type TouchRow = Identity & { flow: string | null; step: string | null; data: unknown; version: number | null; expiresAt: Date | null };

/**
 * Citizens and their channel identities in PostgreSQL. Implements the core `IdentityStore` port; returns plain
 * objects. `touch` runs on every inbound message, so its common case (a known citizen) is one statement on the
 * driver (src/db/sql.ts) that also reads the dialogue state, shared by concurrent messages (adaptive batch); the
 * rarer operations go through Prisma.
 */
export class PrismaIdentityStore implements IdentityStore {
  private readonly touches = new AdaptiveBatcher<TouchRequest, TouchedIdentity | undefined>((items) => this.updateMany(items), 2);

  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlRunner,
  ) {}

  /** Finds or creates the identity and its citizen; records the interaction and that the citizen is reachable. */
  async touch(channel: string, externalId: string, at: Date): Promise<TouchedIdentity> {
    const known = await this.touches.submit({ channel, externalId, at });
    if (known) return known;
    const created = await this.create(channel, externalId, at);
    if (created) return created;
    // two first messages of one citizen raced; the other created the identity
    const raced = await this.touches.submit({ channel, externalId, at });
    if (!raced) throw new Error("channel identity vanished while being created");
    return raced;
  }

  /** Creates the citizen and the identity in one statement; undefined when the identity already existed. */
  private async create(channel: string, externalId: string, at: Date): Promise<TouchedIdentity | undefined> {
    const citizenId = randomUUID();
    const [row] = await this.sql.rows<Identity>(CREATE, [citizenId, at, randomUUID(), channel, externalId]);
    if (row) return { ...row, dialogue: null };
    await this.sql.count(DELETE_CITIZEN, [citizenId]);
    return undefined;
  }

  /** Records the interaction of known identities and reads their dialogue state; unknown ones give undefined. */
  private async updateMany(items: TouchRequest[]): Promise<Array<TouchedIdentity | undefined>> {
    const rows = await this.sql.rows<TouchRow>(TOUCH_MANY, [items.map((i) => i.channel), items.map((i) => i.externalId), items.map((i) => i.at.toISOString())]);
    const byKey = new Map(rows.map((r) => [`${r.channel}\u0000${r.externalId}`, toTouched(r)]));
    return items.map((i) => byKey.get(`${i.channel}\u0000${i.externalId}`));
  }

  /**
   * Marks the identity unreachable and pauses its subscriptions (a 403 or an unfollow). With `asOf`, an identity
   * whose last interaction is later is left alone: its citizen came back after the event that said so.
   */
  async markUnreachable(channel: string, externalId: string, reason: string, asOf?: Date): Promise<void> {
    const now = new Date();
    const identity = { channel, externalId, ...(asOf ? { OR: [{ lastInteractionAt: null }, { lastInteractionAt: { lte: asOf } }] } : {}) };
    await this.prisma.$transaction([
      this.prisma.channelIdentity.updateMany({ where: identity, data: { reachable: false, unreachableReason: reason.slice(0, 60) } }),
      this.prisma.subscription.updateMany({ where: { identity, pausedAt: null }, data: { pausedAt: now } }),
    ]);
  }

  /** Everything held about the identity's citizen, or null for an unknown identity. */
  async personalData(identityId: string): Promise<PersonalDataView | null> {
    const row = await this.prisma.channelIdentity.findUnique({
      where: { id: identityId },
      include: {
        citizen: { include: { consents: { orderBy: { grantedAt: "asc" } }, _count: { select: { tickets: true } } } },
        subscriptions: { include: { topic: { select: { name: true } } } },
        newsSubscriber: true,
        _count: { select: { procedureInterests: true } },
      },
    });
    if (!row) return null;
    const c = row.citizen;
    const news = row.newsSubscriber;
    return {
      channel: row.channel,
      firstSeenAt: row.createdAt,
      lastInteractionAt: row.lastInteractionAt,
      fullName: c.fullName,
      phone: c.phone,
      address: c.address,
      erasedAt: c.erasedAt,
      consents: c.consents.map((k) => ({ purpose: k.purpose, grantedAt: k.grantedAt, withdrawnAt: k.withdrawnAt })),
      subscriptions: row.subscriptions.map((s) => ({ topicName: s.topic.name, active: s.active && s.pausedAt === null })),
      allTopics: news !== null && news.stoppedAt === null && news.allTopics,
      procedureAlerts: news !== null && news.stoppedAt === null && news.procedureAlerts,
      proceduresAsked: row._count.procedureInterests,
      ticketCount: c._count.tickets,
    };
  }

  /**
   * Erases personal fields, withdraws consents, removes every news setting (topics, "every topic", procedure
   * alerts and the procedures asked about) and cancels news not yet sent, on every identity of the citizen, in one
   * transaction. Ticket updates still go out: the tickets stay as public-service records. Idempotent.
   */
  async erase(identityId: string, at: Date): Promise<void> {
    const identity = await this.prisma.channelIdentity.findUnique({ where: { id: identityId }, select: { citizenId: true } });
    if (!identity) return;
    const citizenId = identity.citizenId;
    const ofCitizen = { identity: { citizenId } };
    await this.prisma.$transaction([
      this.prisma.citizen.update({ where: { id: citizenId }, data: { fullName: null, phone: null, address: null, erasedAt: at } }),
      this.prisma.consentRecord.updateMany({ where: { citizenId, withdrawnAt: null }, data: { withdrawnAt: at } }),
      this.prisma.subscription.deleteMany({ where: ofCitizen }),
      this.prisma.newsSubscriber.deleteMany({ where: ofCitizen }),
      this.prisma.procedureInterest.deleteMany({ where: ofCitizen }),
      this.prisma.delivery.updateMany({
        where: { ...ofCitizen, broadcastId: { not: null }, status: { in: ["pending", "retry", "held"] } },
        data: { status: "cancelled", lastError: "erased" },
      }),
    ]);
  }
}

/** A touched identity from its row joined with the dialogue state. */
export function toTouched(row: TouchRow): TouchedIdentity {
  const identity: Identity = { id: row.id, citizenId: row.citizenId, channel: row.channel, externalId: row.externalId, reachable: row.reachable };
  if (row.flow === null || row.step === null || row.version === null || row.expiresAt === null) return { ...identity, dialogue: null };
  return { ...identity, dialogue: toDialogueState({ flow: row.flow, step: row.step, data: row.data, version: row.version, expiresAt: row.expiresAt }) };
}
