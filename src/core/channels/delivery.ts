/**
 * Ports for the inbound side (events stored once per platform id: the idempotency key) and the outbound side
 * (deliveries that could not be sent at once, retried by a worker). Delivery failures are stored state.
 */
import type { TouchedIdentity } from "../people/identity.js";
import type { ChannelErrorKind, InboundMessage, OutboundMessage } from "./contract.js";

/** A citizen writing in a private chat, named with the event so the store can record the interaction with it. */
export interface EventSender {
  externalId: string;
  /** When the citizen wrote (the message's time). */
  at: Date;
}

/** An inbound event stored for the first time. */
export interface RecordedEvent {
  id: string;
  /**
   * When the event named a sender and the store did it in the same round trip: the sender's identity, touched as
   * `IdentityStore.touch` would (interaction recorded, reachable again), with its stored dialogue state; null when the
   * citizen is not known yet. Absent: the handler touches the identity itself.
   */
  sender?: TouchedIdentity | null;
}

/** Port for accepted inbound events. Ids are decimal strings (the database's bigint). */
export interface InboundEventStore {
  /**
   * Stores the event unless one with the same (channel, platformId) exists. A redelivery touches nobody.
   *
   * @returns the new event, or null when the platform delivered it before (the caller does nothing).
   */
  record(event: { channel: string; platformId: string; kind: string; payload: InboundMessage; sender?: EventSender }): Promise<RecordedEvent | null>;
  /** Records how handling ended (and drops the stored message). `error` is a code, never a message body. */
  finish(id: string, outcome: { status: "processed" | "failed" | "ignored"; identityId?: string; error?: string }): Promise<void>;
  /**
   * Claims events of `channel` that were acknowledged but never finished and whose handling lease expired at `now`
   * (the process that took them stopped or crashed), renewing the lease for the caller. Oldest first; two
   * recovering processes never claim the same event.
   */
  claimUnfinished(channel: string, now: Date, limit: number): Promise<Array<{ eventId: string; message: InboundMessage }>>;
}

/**
 * How a delivery that was not sent waits: `retry` (the worker tries again at nextAttemptAt), `held` (outside the
 * platform's reply window: sent at the citizen's next interaction), or a final `failed` / `blocked`.
 */
export type DeliveryState = "retry" | "held" | "failed" | "blocked";

/** A queued outbound message, as a worker claims it. */
export interface QueuedDelivery {
  id: string;
  identityId: string;
  channel: string;
  externalId: string;
  payload: OutboundMessage;
  attempts: number;
}

/** Port for deliveries that need a second try or a stored outcome. */
export interface DeliveryQueue {
  /** Stores a reply that could not be sent now (retry) or at all (failed, blocked). */
  enqueue(delivery: {
    identityId: string;
    payload: OutboundMessage;
    status: DeliveryState;
    nextAttemptAt: Date;
    lastError: string;
    attempts: number;
    inboundEventId?: string;
  }): Promise<void>;
  /**
   * Claims up to `limit` deliveries due at `now` (status retry or pending), marking them as being sent, so two
   * workers never send the same one (FOR UPDATE SKIP LOCKED). Only deliveries to identities on `channels`, and
   * when `externalIds` is given only to those users (a terminal chat takes its own user's pushes, no one else's).
   */
  claimDue(now: Date, limit: number, channels: readonly string[], externalIds?: readonly string[]): Promise<QueuedDelivery[]>;
  markSent(id: string, at: Date, platformMessageId?: string): Promise<void>;
  /** Sets the outcome of a failed attempt: another try at `nextAttemptAt`, or a final failed/blocked state. */
  markFailed(id: string, outcome: { status: DeliveryState; lastError: string; nextAttemptAt?: Date }): Promise<void>;
}

/** Short stored reason for a failure: the error kind, plus the platform's status when known. Never a body. */
export function failureCode(kind: ChannelErrorKind | "internal", detail?: string): string {
  return detail ? `${kind}: ${detail.slice(0, 120)}` : kind;
}

/** Back-off for the n-th failed attempt (1-based): 5 s, 10 s, 20 s … capped at one hour. */
export function backoffMs(attempt: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

/** Attempts after which a delivery that keeps failing is given up (stored as failed). */
export const MAX_DELIVERY_ATTEMPTS = 8;
