/**
 * The figures of broadcasts, from one GROUP BY over their deliveries: sent, failed with reasons, held for the
 * citizen's window, waiting for quiet hours or the digest, pending, the current rate, and the recipients who
 * stopped news afterwards. Deliveries keep every outcome, so the figures are read, never counted separately; the
 * live page and the history read them the same way.
 */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { Broadcast, BroadcastProgress } from "../../../core/news/types.js";

interface Group {
  broadcastId: string;
  channel: string;
  status: string;
  lastError: string | null;
  n: number;
  recent: number;
}

/** Seconds the current rate is measured over. */
const RATE_WINDOW_SEC = 10;

/** Reads the figures of `b` at `now`. */
export async function readProgress(prisma: PrismaClient, b: Broadcast, now: Date): Promise<BroadcastProgress> {
  return (await readProgressMany(prisma, [b], now))[0] as BroadcastProgress;
}

/** Reads the figures of several broadcasts at `now` (the history page), in their order, in two statements. */
export async function readProgressMany(prisma: PrismaClient, broadcasts: readonly Broadcast[], now: Date): Promise<BroadcastProgress[]> {
  if (broadcasts.length === 0) return [];
  const ids = broadcasts.map((b) => b.id);
  const since = new Date(now.getTime() - RATE_WINDOW_SEC * 1000);
  const groups = await prisma.$queryRaw<Group[]>`
    SELECT d."broadcastId"::text AS "broadcastId", i."channel", d."status"::text AS "status",
      CASE WHEN d."status" IN ('failed', 'blocked') OR d."lastError" IN ('quiet_hours', 'digest') THEN d."lastError" END AS "lastError",
      count(*)::int AS "n",
      (count(*) FILTER (WHERE d."status" = 'sent' AND d."sentAt" > ${since}))::int AS "recent"
    FROM "Delivery" d JOIN "ChannelIdentity" i ON i."id" = d."identityId"
    WHERE d."broadcastId" = ANY(${ids}::uuid[])
    GROUP BY 1, 2, 3, 4`;
  const started = broadcasts.filter((b) => b.startedAt);
  const unsubscribed = started.length
    ? await prisma.$queryRaw<Array<{ broadcastId: string; n: number }>>`
        SELECT d."broadcastId"::text AS "broadcastId", count(*)::int AS "n"
        FROM "Delivery" d
        JOIN unnest(${started.map((b) => b.id)}::uuid[], ${started.map((b) => (b.startedAt as Date).toISOString())}::timestamptz[]) AS s("id", "startedAt") ON s."id" = d."broadcastId"
        JOIN "NewsSubscriber" ns ON ns."identityId" = d."identityId"
        WHERE ns."stoppedAt" >= s."startedAt"
        GROUP BY 1`
    : [];
  return broadcasts.map((b) =>
    figuresOf(
      b,
      groups.filter((g) => g.broadcastId === b.id),
      unsubscribed.find((u) => u.broadcastId === b.id)?.n ?? 0,
    ),
  );
}

function figuresOf(b: Broadcast, groups: Group[], unsubscribedAfter: number): BroadcastProgress {
  const sum = (pick: (g: Group) => boolean) => groups.filter(pick).reduce((n, g) => n + g.n, 0);
  const failedLike = (g: Group) => g.status === "failed" || g.status === "blocked";
  const waiting = (g: Group) => g.status === "pending" && (g.lastError === "quiet_hours" || g.lastError === "digest");
  const reasons = new Map<string, number>();
  for (const g of groups.filter(failedLike)) {
    const reason = g.lastError ?? g.status;
    reasons.set(reason, (reasons.get(reason) ?? 0) + g.n);
  }
  const channels = [...new Set(groups.map((g) => g.channel))].sort();
  return {
    broadcast: b,
    recipients: sum(() => true),
    sent: sum((g) => g.status === "sent"),
    failed: sum(failedLike),
    blocked: sum((g) => g.status === "blocked"),
    failureReasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((x, y) => y.count - x.count),
    heldForWindow: sum((g) => g.status === "held"),
    waiting: sum(waiting),
    pending: sum((g) => (g.status === "pending" && !waiting(g)) || g.status === "retry" || g.status === "sending"),
    cancelled: sum((g) => g.status === "cancelled"),
    ratePerSec: groups.reduce((n, g) => n + g.recent, 0) / RATE_WINDOW_SEC,
    unsubscribedAfter,
    byChannel: channels.map((channel) => {
      const mine = (pick: (g: Group) => boolean) => sum((g) => g.channel === channel && pick(g));
      return {
        channel,
        recipients: mine(() => true),
        sent: mine((g) => g.status === "sent"),
        failed: mine(failedLike),
        heldForWindow: mine((g) => g.status === "held"),
      };
    }),
  };
}
