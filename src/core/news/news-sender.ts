/**
 * Sends broadcast deliveries under each platform's limits, shared by any number of worker processes:
 * - rows are claimed with FOR UPDATE SKIP LOCKED under a lease (the store), so no two workers send the same one,
 *   and a worker that dies leaves rows that are claimed again once the lease expires;
 * - send slots come from a budget shared by all processes (Telegram: TELEGRAM_GLOBAL_RATE per second; Zalo:
 *   ZALO_RATE_PER_MINUTE), reserved per batch, and each send waits for its slot; Telegram's adapter adds the
 *   one-message-per-second-per-chat pacing;
 * - a Zalo citizen outside the 7-day window is held for their next message, a non-urgent message in the citizen's
 *   quiet hours waits until they end, digest rows of one citizen go out as one message;
 * - each outcome is stored as soon as the platform answered, so a crash repeats at most the sends in flight.
 */
import { ChannelError, type ChannelAdapter, type OutboundMessage } from "../channels/contract.js";
import { canSendNow } from "../channels/interaction-window.js";
import { splitText, TEXT_LIMITS } from "../channels/render.js";
import type { IdentityStore } from "../people/identity.js";
import { resolveQuietHours } from "./broadcast-service.js";
import { broadcastOutbound, composeDigest } from "./compose.js";
import { quietUntil, type QuietHours } from "./local-time.js";
import type { NewsDeliveryStore, SendBudget } from "./ports.js";
import { failureOutcome } from "./send-outcome.js";
import type { ClaimedDelivery, DeliveryOutcome } from "./types.js";

/** The log calls the sender makes (pino's Logger fits): ids, counts and error kinds only. */
export interface NewsLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface NewsSenderOptions {
  store: NewsDeliveryStore;
  budget: SendBudget;
  /** Adapter per channel; only deliveries to these channels are claimed. */
  adapters: ReadonlyMap<string, ChannelAdapter>;
  identities: Pick<IdentityStore, "markUnreachable">;
  /** Sends per second per channel, across all workers (Telegram 25, Zalo e.g. 600/60). */
  rates: Readonly<Record<string, number>>;
  timeZone: string;
  defaultQuietHours: QuietHours | null;
  logger: NewsLogger;
  /** The time outcomes and leases are stamped with (tests move it); pacing always runs on the process's timer. */
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Seconds of sending claimed at once (default 2): short enough that a restart repeats little. */
  batchSeconds?: number;
  /** Sends awaiting the platform's answer at once (default 16). */
  maxInFlight?: number;
  /** How long a claim is owned (default 60 s); expired claims are taken by any worker. */
  leaseMs?: number;
}

/** How often a batch being sent checks whether its broadcasts were cancelled. */
const CANCEL_CHECK_MS = 1000;

/** One message to one citizen: a broadcast delivery, or several digest deliveries bundled. */
interface SendUnit {
  rows: ClaimedDelivery[];
  channel: string;
  externalId: string;
  messages: OutboundMessage[];
  parts: number;
  /** When to send, on performance.now()'s scale. */
  at: number;
}

/** Counts of one claimed batch. */
export interface SenderBatch {
  claimed: number;
  /** Held for the window, put off to the end of quiet hours, or cancelled without a send. */
  settledWithoutSend: number;
  /** Units started (each one message, possibly several deliveries). */
  started: number;
}

export class NewsSender {
  private readonly clock: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly inFlight = new Set<Promise<void>>();
  /** Per recipient, the last send started: the next one waits for its answer, so messages arrive in order. */
  private readonly lastTo = new Map<string, Promise<void>>();
  private readonly channels: string[];
  private stopping = false;
  /** Broadcasts touched since the last call of {@link takeTouchedBroadcasts}. */
  private touched = new Set<string>();

  constructor(private readonly opts: NewsSenderOptions) {
    this.clock = opts.clock ?? (() => new Date());
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.channels = [...opts.adapters.keys()].filter((c) => (opts.rates[c] ?? 0) > 0);
  }

  /** Claims one batch and sends it, each at its slot; returns once the last send started (not finished). */
  async runOnce(): Promise<SenderBatch> {
    if (this.channels.length === 0 || this.stopping) return { claimed: 0, settledWithoutSend: 0, started: 0 };
    const now = this.clock();
    const leaseMs = this.opts.leaseMs ?? 60_000;
    const lease = new Date(now.getTime() + leaseMs);
    const perSecond = this.channels.reduce((sum, c) => sum + (this.opts.rates[c] ?? 0), 0);
    const limit = Math.min(200, Math.max(5, Math.ceil(perSecond * (this.opts.batchSeconds ?? 2))));
    const single = await this.opts.store.claim(now, limit, this.channels, lease);
    const digests = await this.opts.store.claimDigests(now, Math.max(1, Math.floor(limit / 4)), this.channels, lease);
    const claimed = [...single, ...digests];
    if (claimed.length === 0) return { claimed: 0, settledWithoutSend: 0, started: 0 };
    for (const row of claimed) this.touched.add(row.broadcastId);

    const cancelled = await this.opts.store.cancelledAmong([...new Set(claimed.map((r) => r.broadcastId))]);
    const { ready, settled } = this.triage([...single.map((r) => [r]), ...groupByIdentity(digests)], cancelled, now);
    if (settled.length > 0) await this.opts.store.record(settled);
    const scheduled = await this.schedule(ready);
    const lastSlot = Math.max(0, ...scheduled.map((u) => u.at));
    if (lastSlot > performance.now() + leaseMs - 15_000) {
      // the shared budget is booked far ahead (a long 429 pause): give the rows back rather than outlive the lease
      await this.opts.store.release(scheduled.flatMap((u) => u.rows.map((r) => r.id)));
      return { claimed: claimed.length, settledWithoutSend: settled.length, started: 0 };
    }
    let started = 0;
    let checkedAt = performance.now();
    let cancelledLate = new Set<string>();
    for (let i = 0; i < scheduled.length; i++) {
      const unit = scheduled[i] as SendUnit;
      const wait = unit.at - performance.now();
      if (wait > 0) await this.sleep(wait);
      while (this.inFlight.size >= (this.opts.maxInFlight ?? 16)) await Promise.race(this.inFlight);
      if (this.stopping) {
        await this.opts.store.release(scheduled.slice(i).flatMap((u) => u.rows.map((r) => r.id)));
        break;
      }
      // a batch lasts seconds: a broadcast cancelled meanwhile stops within a second
      if (performance.now() - checkedAt >= CANCEL_CHECK_MS) {
        checkedAt = performance.now();
        cancelledLate = await this.opts.store.cancelledAmong([...new Set(scheduled.slice(i).flatMap((u) => u.rows.map((r) => r.broadcastId)))]);
      }
      if (unit.rows.some((r) => cancelledLate.has(r.broadcastId))) {
        await this.opts.store.record(unit.rows.map((r) => ({ id: r.id, status: "cancelled" as const })));
        continue;
      }
      this.launch(unit);
      started++;
    }
    return { claimed: claimed.length, settledWithoutSend: settled.length, started };
  }

  /** Broadcasts this sender worked on since the last call (to check whether they are complete). */
  takeTouchedBroadcasts(): string[] {
    const ids = [...this.touched];
    this.touched = new Set();
    return ids;
  }

  /** Stops starting sends; claimed rows not yet started are given back. */
  stop(): void {
    this.stopping = true;
  }

  /** Resolves when every started send has its outcome stored. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Splits claimed units into those to send now and outcomes decided without a send. */
  private triage(groups: ClaimedDelivery[][], cancelled: Set<string>, now: Date): { ready: ClaimedDelivery[][]; settled: DeliveryOutcome[] } {
    const ready: ClaimedDelivery[][] = [];
    const settled: DeliveryOutcome[] = [];
    for (const rows of groups) {
      const live = rows.filter((r) => !cancelled.has(r.broadcastId));
      for (const r of rows) if (cancelled.has(r.broadcastId)) settled.push({ id: r.id, status: "cancelled" });
      const first = live[0];
      if (!first) continue;
      if (!first.reachable) {
        for (const r of live) settled.push({ id: r.id, status: "blocked", lastError: "paused: citizen unreachable" });
        continue;
      }
      if (!canSendNow(first.channel, first.lastInteractionAt, now)) {
        for (const r of live) settled.push({ id: r.id, status: "held", lastError: "outside_window", attempted: false });
        continue;
      }
      const urgent = live.some((r) => r.urgent);
      const until = urgent ? null : quietUntil(resolveQuietHours(first.quietHours, this.opts.defaultQuietHours), now, this.opts.timeZone);
      if (until) {
        for (const r of live) settled.push({ id: r.id, status: "pending", nextAttemptAt: until, lastError: "quiet_hours" });
        continue;
      }
      ready.push(live);
    }
    return { ready, settled };
  }

  /** Reserves send slots per channel and gives each unit its time, in sending order. */
  private async schedule(groups: ClaimedDelivery[][]): Promise<SendUnit[]> {
    const units = groups.map((rows) => toUnit(rows));
    for (const channel of new Set(units.map((u) => u.channel))) {
      const mine = units.filter((u) => u.channel === channel);
      const rate = this.opts.rates[channel] ?? 1;
      const slots = mine.reduce((sum, u) => sum + u.parts, 0);
      const startsIn = await this.opts.budget.reserve(channel, slots, rate);
      const base = performance.now() + startsIn;
      let offset = 0;
      for (const u of mine) {
        u.at = base + (offset * 1000) / rate;
        offset += u.parts;
      }
    }
    return units.sort((a, b) => a.at - b.at);
  }

  /**
   * Starts a unit's send. Two units to one citizen (two broadcasts in one batch) are never in flight together: sent
   * a few milliseconds apart, they could reach the platform in either order (Zalo's API has no per-user pacing).
   */
  private launch(unit: SendUnit): void {
    const recipient = `${unit.channel}:${unit.externalId}`;
    const previous = this.lastTo.get(recipient);
    const send = () => this.deliver(unit);
    const work = (previous ? previous.then(send) : send()).catch((err: unknown) =>
      this.opts.logger.error({ deliveryIds: unit.rows.map((r) => r.id), err: err instanceof Error ? err.name : "unknown" }, "news delivery outcome not stored"),
    );
    this.lastTo.set(recipient, work);
    this.inFlight.add(work);
    void work.finally(() => {
      this.inFlight.delete(work);
      if (this.lastTo.get(recipient) === work) this.lastTo.delete(recipient);
    });
  }

  /** Sends one unit and stores its outcome (a store failure is thrown: the lease then brings the rows back). */
  private async deliver(unit: SendUnit): Promise<void> {
    const adapter = this.opts.adapters.get(unit.channel);
    let outcomes: DeliveryOutcome[];
    try {
      if (!adapter) throw new ChannelError("unavailable", "no adapter");
      let platformMessageId: string | undefined;
      for (const message of unit.messages) {
        const sent = await adapter.send({ channel: adapter.channel, externalUserId: unit.externalId }, message);
        platformMessageId ??= sent.platformMessageId;
      }
      const at = this.clock();
      outcomes = unit.rows.map((r) => ({ id: r.id, status: "sent", at, ...(platformMessageId ? { platformMessageId } : {}) }));
    } catch (err) {
      const error = err instanceof ChannelError ? err : new ChannelError("unavailable", "send failed", undefined, { cause: err });
      const now = this.clock();
      outcomes = unit.rows.map((r) => failureOutcome(r.id, error, r.attempts + 1, now));
      this.opts.logger.warn({ deliveryIds: unit.rows.map((r) => r.id), identityId: unit.rows[0]?.identityId, error: error.kind, retryAfterSec: error.retryAfterSec }, "news delivery failed");
      if (error.kind === "rate_limited") await this.opts.budget.pause(unit.channel, (error.retryAfterSec ?? 1) * 1000);
      if (error.kind === "forbidden" || error.kind === "invalid_recipient") {
        await this.opts.identities.markUnreachable(unit.channel, unit.externalId, error.kind === "forbidden" ? "blocked" : "invalid_recipient");
      }
    }
    await this.opts.store.record(outcomes);
  }
}

function groupByIdentity(rows: ClaimedDelivery[]): ClaimedDelivery[][] {
  const groups = new Map<string, ClaimedDelivery[]>();
  for (const r of rows) groups.set(r.identityId, [...(groups.get(r.identityId) ?? []), r]);
  return [...groups.values()];
}

function toUnit(rows: ClaimedDelivery[]): SendUnit {
  const first = rows[0] as ClaimedDelivery;
  const messages: OutboundMessage[] =
    rows.length === 1
      ? broadcastOutbound(first)
      : [composeDigest(rows.map((r) => ({ title: r.title, message: r.message, link: r.link })))];
  return { rows, channel: first.channel, externalId: first.externalId, messages, parts: messages.reduce((n, m) => n + partsOf(m, first.channel), 0), at: 0 };
}

/** How many platform messages one message becomes (long texts are split), for reserving send slots. */
export function partsOf(message: OutboundMessage, channel: string): number {
  if (message.kind !== "text") return 1;
  const limit = TEXT_LIMITS[channel as keyof typeof TEXT_LIMITS] ?? TEXT_LIMITS.telegram;
  return splitText(message.text.normalize("NFC"), limit).length;
}
