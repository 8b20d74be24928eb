/**
 * The figures of one broadcast, from one GROUP BY over its deliveries: sent, failed with reasons, held for the
 * citizen's window, waiting for quiet hours or the digest, pending, the current rate, and the recipients who
 * stopped news afterwards. Deliveries keep every outcome, so the figures are read, never counted separately.
 */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { Broadcast, BroadcastProgress } from "../../../core/news/types.js";

interface Group {
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
  const since = new Date(now.getTime() - RATE_WINDOW_SEC * 1000);
  const groups = await prisma.$queryRaw<Group[]>`
    SELECT i."channel", d."status"::text AS "status",
      CASE WHEN d."status" IN ('failed', 'blocked') OR d."lastError" IN ('quiet_hours', 'digest') THEN d."lastError" END AS "lastError",
      count(*)::int AS "n",
      (count(*) FILTER (WHERE d."status" = 'sent' AND d."sentAt" > ${since}))::int AS "recent"
    FROM "Delivery" d JOIN "ChannelIdentity" i ON i."id" = d."identityId"
    WHERE d."broadcastId" = ${b.id}::uuid
    GROUP BY 1, 2, 3`;
  const [unsubscribed] = b.startedAt
    ? await prisma.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS "n" FROM "Delivery" d JOIN "NewsSubscriber" ns ON ns."identityId" = d."identityId"
        WHERE d."broadcastId" = ${b.id}::uuid AND ns."stoppedAt" >= ${b.startedAt}`
    : [{ n: 0 }];

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
    unsubscribedAfter: unsubscribed?.n ?? 0,
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
