/**
 * The news domain's shapes: broadcasts (a news item, an editor's announcement or a procedure-change alert), their
 * fan-out plan, their progress, and the deliveries the send workers claim. Plain data; ports are in ports.ts.
 */
import type { OutboundMessage } from "../channels/contract.js";

export type BroadcastKind = "news" | "announcement" | "procedure_alert";
export type BroadcastStatus = "draft" | "scheduled" | "sending" | "done" | "cancelled";
/** Who asked for a broadcast. */
export type BroadcastOrigin = "console" | "cli" | "api" | "feed" | "import";

/** What an editor (or the feed, or an import) wants sent. */
export interface BroadcastDraft {
  orgId: string;
  kind: BroadcastKind;
  title: string;
  body: string;
  link?: string;
  imageUrl?: string;
  /** Topic ids; empty: every subscriber. Ignored for procedure alerts. */
  topicIds: string[];
  /** Procedure alerts: the procedure whose recent askers receive it. */
  procedureCode?: string;
  /** Ignores quiet hours and the daily digest. */
  urgent: boolean;
  newsItemId?: string;
  /** A second broadcast with the same key is not created (a procedure change is told once). */
  dedupeKey?: string;
  createdVia: BroadcastOrigin;
  createdById?: string;
  /** Send at this time instead of now. */
  scheduledAt?: Date;
}

/** A stored broadcast. */
export interface Broadcast {
  id: string;
  orgId: string;
  kind: BroadcastKind;
  status: BroadcastStatus;
  title: string;
  body: string;
  link: string | null;
  imageUrl: string | null;
  topicIds: string[];
  procedureCode: string | null;
  urgent: boolean;
  newsItemId: string | null;
  createdVia: string;
  createdById: string | null;
  scheduledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  cancelledAt: Date | null;
  recipients: number;
  createdAt: Date;
}

/**
 * How a broadcast is fanned out at `at`: the channels sent on, each reply window's edge (a citizen whose last
 * message is older is held for their next message), when quiet hours end for each quiet-hours setting that is
 * quiet at `at`, and the digest time (null for urgent broadcasts, which skip the digest).
 */
export interface FanOutPlan {
  at: Date;
  channels: string[];
  windows: Array<{ channel: string; edge: Date }>;
  quiet: Array<{ setting: string | null; until: Date }>;
  digestAt: Date | null;
  /** Procedure alerts: only citizens who asked since then. */
  askedSince?: Date;
  /** Claim order: urgent broadcasts first. */
  priority: number;
}

/** Who a broadcast would reach on one channel, now and later. */
export interface ChannelReach {
  channel: string;
  /** Receives it when it is sent (possibly after quiet hours). */
  now: number;
  /** Of `now`: only when their quiet hours end (a non-urgent broadcast sent at night). */
  afterQuietHours: number;
  /** Only at their next message (outside Zalo's 7-day window). */
  atNextMessage: number;
  /** In their daily digest. */
  inDigest: number;
}

/** Live figures of one broadcast (the CLI's --wait, the editor's broadcast page). */
export interface BroadcastProgress {
  broadcast: Broadcast;
  recipients: number;
  sent: number;
  /** Failed for good, blocked included. */
  failed: number;
  /** Of `failed`: the citizen blocked the bot or left the OA (their news is paused). */
  blocked: number;
  failureReasons: Array<{ reason: string; count: number }>;
  /** Waiting for the citizen's next message (outside Zalo's window). */
  heldForWindow: number;
  /** Waiting for quiet hours to end or for the daily digest. */
  waiting: number;
  /** Due now, being sent, or being retried after a failure. */
  pending: number;
  cancelled: number;
  /** Messages sent per second over the last 10 seconds. */
  ratePerSec: number;
  /** Recipients who stopped all news after the broadcast started. */
  unsubscribedAfter: number;
  byChannel: Array<{ channel: string; recipients: number; sent: number; failed: number; heldForWindow: number }>;
}

/** A delivery a send worker claimed, with what it needs to decide and send. */
export interface ClaimedDelivery {
  id: string;
  identityId: string;
  channel: string;
  externalId: string;
  lastInteractionAt: Date | null;
  /** False while the citizen has blocked the bot or left the OA. */
  reachable: boolean;
  purpose: "broadcast" | "digest";
  broadcastId: string;
  urgent: boolean;
  /** The subscriber's quiet-hours setting (null: the organisation's default). */
  quietHours: string | null;
  title: string;
  link: string | null;
  imageUrl: string | null;
  message: OutboundMessage;
  attempts: number;
}

/** What became of a claimed delivery. `attempted` is false when it was put back without a send. */
export type DeliveryOutcome =
  | { id: string; status: "sent"; at: Date; platformMessageId?: string }
  | { id: string; status: "retry"; nextAttemptAt: Date; lastError: string }
  | { id: string; status: "pending"; nextAttemptAt: Date; lastError: "quiet_hours" }
  | { id: string; status: "held"; lastError: string; attempted: boolean }
  | { id: string; status: "failed" | "blocked"; lastError: string }
  /** The broadcast was cancelled after the claim: not sent. */
  | { id: string; status: "cancelled" };

/** A news topic citizens can subscribe to. */
export interface Topic {
  id: string;
  code: string;
  name: string;
}

/** How news reaches a citizen: each item at once, or the day's items together at the digest hour. */
export type NewsMode = "immediate" | "digest";

/** A citizen's news settings on one channel identity. */
export interface NewsSubscription {
  identityId: string;
  /** Every topic, including ones added later. */
  allTopics: boolean;
  topicIds: string[];
  mode: NewsMode;
  /** "HH:MM-HH:MM", "off", or null for the organisation's default. */
  quietHours: string | null;
  procedureAlerts: boolean;
  /** Set when the citizen stopped all news. */
  stoppedAt: Date | null;
  /** True while the citizen has blocked the bot or left the OA (resumes when they write again). */
  paused: boolean;
}
