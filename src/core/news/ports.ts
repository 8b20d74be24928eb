/**
 * Ports of the news engine, implemented over the database in src/db/repositories/news/. Every method returns plain
 * objects; set-based work (fan-out, claims) happens inside the store, so 100,000 deliveries are one statement.
 */
import type { OutboundMessage } from "../channels/contract.js";
import type { Broadcast, BroadcastDraft, BroadcastKind, BroadcastProgress, BroadcastStatus, ChannelReach, ClaimedDelivery, DeliveryOutcome, FanOutPlan, NewsMode, NewsSubscription, Topic } from "./types.js";

/** Who a broadcast goes to: subscribers of topics (empty: all), or recent askers of one procedure. */
export interface Audience {
  kind: "topics" | "procedure";
  topicIds: string[];
  procedureCode?: string;
}

/** Broadcasts and their fan-out. */
export interface BroadcastStore {
  /**
   * Stores a broadcast with its rendered message, as `scheduled` (scheduledAt set) or `draft` (to be started at once).
   *
   * @returns the id, and false for `created` when a broadcast with the same dedupe key already existed (its id).
   */
  create(draft: BroadcastDraft, message: OutboundMessage): Promise<{ id: string; created: boolean }>;
  get(id: string): Promise<Broadcast | null>;
  /** The distinct quiet-hours settings of subscribers (null: the default), so the plan can say when each ends. */
  quietSettings(): Promise<Array<string | null>>;
  /**
   * Moves a draft or scheduled broadcast to `sending` and creates one delivery per recipient in one statement,
   * in one transaction; a broadcast with no recipient is `done` at once. Safe to race: only one caller starts it.
   *
   * @returns the number of deliveries, or null when the broadcast was not startable (already started, cancelled).
   */
  fanOut(broadcastId: string, audience: Audience, plan: FanOutPlan): Promise<number | null>;
  /** How many would receive a broadcast to `audience` if it started with `plan`, per channel. */
  reach(audience: Audience, plan: FanOutPlan): Promise<ChannelReach[]>;
  /** Ids of scheduled broadcasts whose time has come. */
  dueScheduled(now: Date, limit: number): Promise<string[]>;
  /**
   * Cancels a broadcast that is not finished: nothing not yet sent will be (deliveries waiting, retrying or held
   * become `cancelled`; the few being sent at that moment finish).
   *
   * @returns the broadcast after the call, or null when unknown.
   */
  cancel(id: string, at: Date, byStaffId?: string): Promise<Broadcast | null>;
  /** Marks `sending` broadcasts done when none of their deliveries is still waiting, due or being sent. */
  finishCompleted(at: Date, ids?: readonly string[]): Promise<number>;
  progress(id: string, now: Date): Promise<BroadcastProgress | null>;
  /** Broadcasts of an organisation, newest first, each with its figures (the history page and its export). */
  history(query: BroadcastHistoryQuery, now: Date): Promise<BroadcastProgress[]>;
  /** The file names (last address segment) of the images any broadcast of any organisation refers to. */
  imageNamesInUse(): Promise<Set<string>>;
}

/** Which broadcasts the history lists; every filter optional, combined with AND. */
export interface BroadcastHistoryQuery {
  orgId: string;
  kinds?: readonly BroadcastKind[];
  statuses?: readonly BroadcastStatus[];
  /** Created at or after. */
  from?: Date;
  /** Created before. */
  to?: Date;
  /** Keyset paging: only broadcasts created before this one (the last of the previous page). */
  before?: { createdAt: Date; id: string };
  limit: number;
}

/** The deliveries of broadcasts, as send workers claim them. */
export interface NewsDeliveryStore {
  /**
   * Claims up to `limit` due broadcast deliveries on `channels` (urgent first, then oldest), and those whose
   * previous claimer's lease expired, marking them `sending` until `leaseUntil` (FOR UPDATE SKIP LOCKED: two
   * workers never claim the same row).
   */
  claim(now: Date, limit: number, channels: readonly string[], leaseUntil: Date): Promise<ClaimedDelivery[]>;
  /**
   * Claims every due digest delivery of up to `maxRecipients` identities (all of one identity's, so they go out as
   * one message), marking them `sending` until `leaseUntil`.
   */
  claimDigests(now: Date, maxRecipients: number, channels: readonly string[], leaseUntil: Date): Promise<ClaimedDelivery[]>;
  /** Stores outcomes (concurrent calls may share one statement). */
  record(outcomes: readonly DeliveryOutcome[]): Promise<void>;
  /** Which of these broadcasts were cancelled (checked before sending what was claimed). */
  cancelledAmong(broadcastIds: readonly string[]): Promise<Set<string>>;
  /** Gives claimed deliveries back unsent (a worker stopping): due again at once for any worker. */
  release(ids: readonly string[]): Promise<void>;
}

/**
 * Send slots shared by every worker process, per channel: the platform's global rate holds however many
 * processes send.
 */
export interface SendBudget {
  /**
   * Reserves `slots` consecutive sends at `perSecond`.
   *
   * @returns milliseconds from now until the first reserved slot (0 when it is now); slot i follows at i / perSecond.
   */
  reserve(channel: string, slots: number, perSecond: number): Promise<number>;
  /** Nobody sends on `channel` for `ms` (the platform answered 429 with retry_after). */
  pause(channel: string, ms: number): Promise<void>;
}

/** The organisation's news topics (data an administrator edits). */
export interface TopicStore {
  /** Active topics in display order. */
  list(): Promise<Topic[]>;
  /** Topics with these codes (unknown codes are left out). */
  byCodes(codes: readonly string[]): Promise<Topic[]>;
}

/** Citizens' news settings, one row per channel identity plus one row per subscribed topic. */
export interface SubscriberStore {
  /** The settings of an identity, or null when it never subscribed. */
  get(identityId: string): Promise<NewsSubscription | null>;
  /**
   * Subscribes to `topicIds` (added to the current ones) or to every topic; clears a previous stop.
   */
  subscribe(identityId: string, topics: { all: true } | { all: false; topicIds: string[] }, at: Date): Promise<NewsSubscription>;
  /** Drops one topic (and "every topic", which would include it). */
  unsubscribeTopic(identityId: string, topicId: string, at: Date): Promise<NewsSubscription | null>;
  setMode(identityId: string, mode: NewsMode): Promise<NewsSubscription | null>;
  /** "HH:MM-HH:MM", "off", or null for the default. */
  setQuietHours(identityId: string, setting: string | null): Promise<NewsSubscription | null>;
  setProcedureAlerts(identityId: string, on: boolean, at: Date): Promise<NewsSubscription>;
  /**
   * Stops all news for the identity (topics, alerts): nothing more is sent, pending deliveries included.
   *
   * @returns whether anything was active.
   */
  stopAll(identityId: string, at: Date): Promise<boolean>;
}

/** Who asked about which procedure, so a change to it can be told to them (procedure-change alerts). */
export interface ProcedureInterestLog {
  /** Records that the identity was answered about the procedure at `at` (the latest time is kept). */
  record(identityId: string, procedureCode: string, at: Date): Promise<void>;
}
