import type { PrismaClient } from "../../generated/prisma/client.js";
import type { InboundEventStore } from "../../core/channels/delivery.js";
import type { InboundMessage } from "../../core/channels/contract.js";

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

/**
 * Runs submitted items through `run` one batch at a time: an item submitted while the store is idle goes at once
 * (no added latency), items submitted while a batch is in flight go together in the next one. Under load this turns
 * many round trips (each a costly syscall pair on small VMs) into one.
 */
export class AdaptiveBatcher<I, O> {
  private queue: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private inFlight = 0;

  /**
   * @param run - handles a batch; returns one output per item, in order.
   * @param maxInFlight - batches running at once (more: lower latency under load, smaller batches).
   * @param maxBatch - items per batch.
   */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxInFlight = 1,
    private readonly maxBatch = 200,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.run(batch.map((b) => b.item))
        .then(
          (out) => batch.forEach((b, i) => b.resolve(out[i] as O)),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}

interface NewEvent {
  channel: string;
  platformId: string;
  kind: string;
  payload: InboundMessage;
}

/**
 * Accepted inbound events, unique per (channel, platformId). `record` is an INSERT … ON CONFLICT DO NOTHING, so a
 * redelivered webhook is a no-op without an exception; concurrent webhooks share one statement (adaptive batch).
 * Implements the core `InboundEventStore` port.
 */
/** How long the accepting process owns an event's handling before recovery may take it over. */
export const INBOUND_LEASE_MS = 2 * 60_000;

export class PrismaInboundEventStore implements InboundEventStore {
  private pending: PendingFinish[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly inserts = new AdaptiveBatcher<NewEvent, string | null>((events) => this.insertMany(events), 4);

  constructor(
    private readonly prisma: PrismaClient,
    private readonly opts: InboundEventStoreOptions = {},
  ) {}

  record(event: NewEvent): Promise<string | null> {
    return this.inserts.submit(event);
  }

  /** Inserts new events; the first of several equal keys gets the id, later ones (duplicates) get null. */
  private async insertMany(events: NewEvent[]): Promise<Array<string | null>> {
    const rows = await this.prisma.$queryRaw<Array<{ id: bigint; channel: string; platformId: string }>>`
      INSERT INTO "InboundEvent" ("channel", "platformId", "kind", "payload", "leaseUntil")
      SELECT *, now() + ${`${INBOUND_LEASE_MS} milliseconds`}::interval FROM unnest(${events.map((e) => e.channel)}::text[], ${events.map((e) => e.platformId)}::text[], ${events.map((e) => e.kind)}::text[],
                           ${events.map((e) => storableJson(e.payload))}::text[]::jsonb[])
      ON CONFLICT ("channel", "platformId") DO NOTHING
      RETURNING "id", "channel", "platformId"`;
    const ids = new Map(rows.map((r) => [`${r.channel}\u0000${r.platformId}`, String(r.id)]));
    return events.map((e) => {
      const key = `${e.channel}\u0000${e.platformId}`;
      const id = ids.get(key) ?? null;
      ids.delete(key);
      return id;
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
      await this.prisma.$executeRaw`
        UPDATE "InboundEvent" e
        SET "status" = v."status"::"InboundStatus", "identityId" = v."identityId"::uuid, "error" = v."error", "processedAt" = now(), "payload" = NULL
        FROM unnest(${batch.map((b) => b.id)}::text[], ${batch.map((b) => b.status)}::text[],
                    ${batch.map((b) => b.identityId)}::text[], ${batch.map((b) => b.error)}::text[])
             AS v("id", "status", "identityId", "error")
        WHERE e."id" = v."id"::bigint`;
      for (const b of batch) b.resolve();
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }

  async claimUnfinished(channel: string, now: Date, limit: number): Promise<Array<{ eventId: string; message: InboundMessage }>> {
    const rows = await this.prisma.$queryRaw<Array<{ id: bigint; payload: InboundMessage & { sentAt: string } }>>`
      UPDATE "InboundEvent" SET "leaseUntil" = ${new Date(now.getTime() + INBOUND_LEASE_MS)}
      WHERE "id" IN (
        SELECT "id" FROM "InboundEvent"
        WHERE "channel" = ${channel} AND "status" = 'received' AND "payload" IS NOT NULL AND "leaseUntil" < ${now}
        ORDER BY "id" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id", "payload"`;
    return rows
      .sort((a, b) => Number(a.id - b.id))
      .map((r) => ({ eventId: String(r.id), message: { ...r.payload, sentAt: new Date(r.payload.sentAt) } }));
  }
}

/** JSON for a jsonb column: PostgreSQL rejects the NUL character in jsonb text, so it is dropped from strings. */
function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? v.replaceAll("\u0000", "") : v));
}
