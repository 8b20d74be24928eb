import type { EventSender, InboundEventStore, RecordedEvent } from "../../core/channels/delivery.js";
import type { InboundMessage } from "../../core/channels/contract.js";
import { sqlStatement, type SqlRunner } from "../sql.js";
import { AdaptiveBatcher } from "./adaptive-batcher.js";
import { toTouched, touchIdentities, type TouchRow } from "./identity-repository.js";

interface PendingFinish {
  id: string;
  status: string;
  identityId: string | null;
  error: string | null;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface InboundEventStoreOptions {
  /**
   * Outcomes of handled events are written together, at most this long after the first of a batch (default 10 ms):
   * one statement for many events instead of one per event. The ack path (`record`) is never batched.
   */
  finishBatchMs?: number;
  /** A batch is written at once when it reaches this size (default 200). */
  finishBatchSize?: number;
}

interface NewEvent {
  channel: string;
  platformId: string;
  kind: string;
  payload: InboundMessage;
  sender?: EventSender;
}

/** How long the accepting process owns an event's handling before recovery may take it over. */
export const INBOUND_LEASE_MS = 2 * 60_000;

/**
 * Stores new events and, for those naming a sender, touches the sender's identity (the rule of
 * PrismaIdentityStore.touch, shared as `touchIdentities`) and reads it with its dialogue state: one round trip where
 * the handler would need a second one. Duplicates (ON CONFLICT) touch nobody. Each identity is touched once per
 * batch, with its latest message time. Events are inserted in key order, so two batches sharing some (a
 * redelivery) wait for each other instead of deadlocking.
 */
const INSERT_EVENTS = sqlStatement(`
  WITH v AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $6::text[], $7::text[])
      AS v("channel", "platformId", "kind", "payload", "externalId", "at")
  ), e AS (
    INSERT INTO "InboundEvent" ("channel", "platformId", "kind", "payload", "leaseUntil")
    SELECT v."channel", v."platformId", v."kind", v."payload"::jsonb, now() + $5::interval FROM v
    ORDER BY v."channel", v."platformId"
    ON CONFLICT ("channel", "platformId") DO NOTHING
    RETURNING "id", "channel", "platformId"
  ), senders AS (
    SELECT v."channel", v."externalId", max(v."at"::timestamptz) AS "at"
    FROM e JOIN v ON v."channel" = e."channel" AND v."platformId" = e."platformId"
    WHERE v."externalId" IS NOT NULL
    GROUP BY v."channel", v."externalId"
  ), ${touchIdentities("senders")}
  SELECT e."id"::text AS "eventId", e."channel" AS "eventChannel", e."platformId",
         i."id"::text AS "id", i."citizenId"::text AS "citizenId", i."channel", i."externalId", i."reachable",
         s."flow", s."step", s."data", s."version", s."expiresAt"
  FROM e
  JOIN v ON v."channel" = e."channel" AND v."platformId" = e."platformId"
  LEFT JOIN i ON i."channel" = v."channel" AND i."externalId" = v."externalId"
  LEFT JOIN "ConversationState" s ON s."identityId" = i."id"`);

type InsertedRow = Partial<TouchRow> & { eventId: string; eventChannel: string; platformId: string };

const FINISH_EVENTS = sqlStatement(`
  UPDATE "InboundEvent" e
  SET "status" = v."status"::"InboundStatus", "identityId" = v."identityId"::uuid, "error" = v."error", "processedAt" = now(), "payload" = NULL
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v("id", "status", "identityId", "error")
  WHERE e."id" = v."id"::bigint`);

const CLAIM_UNFINISHED = sqlStatement(`
  UPDATE "InboundEvent" SET "leaseUntil" = $4::timestamptz
  WHERE "id" IN (
    SELECT "id" FROM "InboundEvent"
    WHERE "channel" = $1 AND "status" = 'received' AND "payload" IS NOT NULL AND "leaseUntil" < $2::timestamptz
    ORDER BY "id" LIMIT $3::int
    FOR UPDATE SKIP LOCKED)
  RETURNING "id"::text AS "id", "payload"`);

/**
 * Accepted inbound events, unique per (channel, platformId). `record` is an INSERT … ON CONFLICT DO NOTHING, so a
 * redelivered webhook is a no-op without an exception; concurrent webhooks share one statement (adaptive batch),
 * which also touches the senders' identities and reads their dialogue state, and the outcomes of handled events
 * share one too. Plain SQL on the driver (src/db/sql.ts): every message runs these.
 * Implements the core `InboundEventStore` port.
 */
export class PgInboundEventStore implements InboundEventStore {
  private pending: PendingFinish[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly inserts = new AdaptiveBatcher<NewEvent, RecordedEvent | null>((events) => this.insertMany(events), 4);

  constructor(
    private readonly sql: SqlRunner,
    private readonly opts: InboundEventStoreOptions = {},
  ) {}

  record(event: NewEvent): Promise<RecordedEvent | null> {
    return this.inserts.submit(event);
  }

  /** Inserts new events; the first of several equal keys gets the event, later ones (duplicates) get null. */
  private async insertMany(events: NewEvent[]): Promise<Array<RecordedEvent | null>> {
    const rows = await this.sql.rows<InsertedRow>(INSERT_EVENTS, [
      events.map((e) => e.channel),
      events.map((e) => e.platformId),
      events.map((e) => e.kind),
      events.map((e) => storableJson(e.payload)),
      `${INBOUND_LEASE_MS} milliseconds`,
      events.map((e) => e.sender?.externalId ?? null),
      events.map((e) => e.sender?.at.toISOString() ?? null),
    ]);
    const inserted = new Map(rows.map((r) => [`${r.eventChannel}\u0000${r.platformId}`, r]));
    return events.map((e) => {
      const key = `${e.channel}\u0000${e.platformId}`;
      const row = inserted.get(key);
      if (!row) return null;
      inserted.delete(key);
      if (!e.sender) return { id: row.eventId };
      return { id: row.eventId, sender: row.id ? toTouched(row as TouchRow) : null };
    });
  }

  /** Resolves once the outcome is written (with its batch). */
  finish(id: string, outcome: { status: "processed" | "failed" | "ignored"; identityId?: string; error?: string }): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ id, status: outcome.status, identityId: outcome.identityId ?? null, error: outcome.error?.slice(0, 200) ?? null, resolve, reject });
      if (this.pending.length >= (this.opts.finishBatchSize ?? 200)) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.opts.finishBatchMs ?? 10);
    });
  }

  private async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      await this.sql.count(FINISH_EVENTS, [batch.map((b) => b.id), batch.map((b) => b.status), batch.map((b) => b.identityId), batch.map((b) => b.error)]);
      for (const b of batch) b.resolve();
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }

  async claimUnfinished(channel: string, now: Date, limit: number): Promise<Array<{ eventId: string; message: InboundMessage }>> {
    const rows = await this.sql.rows<{ id: string; payload: unknown }>(CLAIM_UNFINISHED, [channel, now, limit, new Date(now.getTime() + INBOUND_LEASE_MS)]);
    return rows
      .map((r) => ({ id: BigInt(r.id), payload: (typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload) as InboundMessage & { sentAt: string } }))
      .sort((a, b) => Number(a.id - b.id))
      .map((r) => ({ eventId: String(r.id), message: { ...r.payload, sentAt: new Date(r.payload.sentAt) } }));
  }
}

/**
 * JSON for a jsonb column: PostgreSQL rejects the NUL character in jsonb text, so it is dropped from strings. The
 * replacer runs only when the plain text shows an escaped NUL: a replacer function costs a call per value.
 */
function storableJson(value: unknown): string {
  const text = JSON.stringify(value);
  return text.includes("\\u0000") ? JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? v.replaceAll("\u0000", "") : v)) : text;
}
