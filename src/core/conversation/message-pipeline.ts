/**
 * The message flow of DESIGN §2 after the adapter has verified and parsed a webhook: store each inbound event under
 * its platform id (a redelivery is a no-op), let the caller acknowledge, then handle it through the engine and send
 * the replies; a reply that fails in a retryable way becomes a queued delivery. Messages of one citizen are handled
 * in arrival order within a process; across replicas the engine's optimistic state version keeps them consistent.
 */
import { ChannelError, type ChannelAdapter, type InboundMessage, type OutboundMessage, type Recipient } from "../channels/contract.js";
import { backoffMs, failureCode, type DeliveryQueue, type InboundEventStore } from "../channels/delivery.js";
import type { IdentityStore, TouchedIdentity } from "../people/identity.js";
import type { ConversationEngine } from "./engine.js";
import type { ConversationFigures } from "./figures.js";
import { MSG } from "./messages.vi.js";

/** The log calls the pipeline makes (pino's Logger fits). Only ids, kinds and codes are logged. */
export interface PipelineLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface MessagePipelineDeps {
  adapter: ChannelAdapter;
  engine: ConversationEngine;
  identities: IdentityStore;
  events: InboundEventStore;
  deliveries: DeliveryQueue;
  logger: PipelineLogger;
  clock?: () => Date;
  /** Registers background work with the process (e.g. src/core/shared/in-flight.ts), so shutdown waits for it. */
  track?: (work: Promise<void>) => unknown;
  /**
   * Messages handled at once (default 32). Bounding it leaves database connections free for acknowledging new
   * webhooks, so a burst queues in memory (already stored) instead of slowing every acknowledgement.
   */
  maxConcurrent?: number;
  /** Counts each message stored for the first time (/metrics). */
  figures?: ConversationFigures;
}

/** A message whose event was stored for the first time. */
export interface AcceptedMessage {
  eventId: string;
  message: InboundMessage;
  /** The sender as the event store touched it while storing the event (null: not known yet; absent: not touched). */
  sender?: TouchedIdentity | null;
}

/**
 * Whether handling the message records the citizen's interaction: a message in a private chat does; a group message
 * (the sender is not talking to the bot) and an unfollow (which marks the citizen unreachable) do not.
 */
function touchesSender(message: InboundMessage): boolean {
  return !message.isGroup && message.kind !== "unfollow";
}

export class MessagePipeline {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly clock: () => Date;
  private readonly maxConcurrent: number;
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly deps: MessagePipelineDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.maxConcurrent = Math.max(1, deps.maxConcurrent ?? 32);
  }

  /**
   * Stores the inbound events; call before acknowledging the webhook, so an acknowledged update is never lost. The
   * sender of a private message is named with the event, so the store can touch the identity and read the dialogue
   * state in the same round trip (the handler would otherwise do it).
   *
   * @returns the messages seen for the first time (duplicates are dropped).
   */
  async accept(messages: readonly InboundMessage[]): Promise<AcceptedMessage[]> {
    const accepted: AcceptedMessage[] = [];
    for (const message of messages) {
      // behind an earlier message of this chat that is still being handled, the state would be out of date when this
      // one is handled: the handler touches and reads it then
      const sender = touchesSender(message) && !this.chains.has(chainKey(message)) ? { externalId: message.externalUserId, at: message.sentAt } : undefined;
      const recorded = await this.deps.events.record({ channel: message.channel, platformId: message.platformMessageId, kind: message.kind, payload: message, ...(sender ? { sender } : {}) });
      if (recorded === null) continue;
      this.deps.figures?.messageReceived(message.channel, message.kind);
      accepted.push(recorded.sender === undefined ? { eventId: recorded.id, message } : { eventId: recorded.id, message, sender: recorded.sender });
    }
    return accepted;
  }

  /** Handles accepted messages in the background (after the HTTP response). Never throws; see {@link drain}. */
  dispatch(accepted: readonly AcceptedMessage[]): void {
    for (const a of accepted) {
      const key = chainKey(a.message);
      const previous = this.chains.get(key);
      // an earlier message of this chat arrived meanwhile (both were being stored at once): the state read with this
      // one may be out of date by the time it is handled, so the engine reads it again
      const work = previous && a.sender ? { ...a, sender: withoutDialogue(a.sender) } : a;
      const next = (previous ?? Promise.resolve()).then(() => this.limited(() => this.process(work)));
      this.chains.set(key, next);
      this.inFlight.add(next);
      this.deps.track?.(next);
      void next.finally(() => {
        this.inFlight.delete(next);
        if (this.chains.get(key) === next) this.chains.delete(key);
      });
    }
  }

  private async limited(work: () => Promise<void>): Promise<void> {
    if (this.running >= this.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    // Let waiting I/O run first: answering a question takes CPU, and a batch of stored messages handled back to
    // back would hold up every webhook arriving meanwhile; acknowledgements come before answers.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /**
   * Handles events of this channel that were acknowledged but never handled (the process that took them stopped
   * or crashed), once their handling lease has expired; the store makes sure only one process takes each.
   *
   * @returns how many were dispatched.
   */
  async recoverUnfinished(now: Date, limit = 500): Promise<number> {
    const unfinished = await this.deps.events.claimUnfinished(this.deps.adapter.channel, now, limit);
    if (unfinished.length > 0) this.deps.logger.warn({ channel: this.deps.adapter.channel, count: unfinished.length }, "handling messages left unhandled by an earlier run");
    this.dispatch(unfinished);
    return unfinished.length;
  }

  /** Stores and handles messages, waiting for the replies to be sent (terminal, long polling). */
  async receive(messages: readonly InboundMessage[]): Promise<void> {
    this.dispatch(await this.accept(messages));
    await this.drain();
  }

  /** Resolves when every message dispatched so far is handled (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Handles one accepted message end to end. Failures are stored on the event, never thrown. */
  async process({ eventId, message, sender }: AcceptedMessage): Promise<void> {
    const { identities, engine, logger } = this.deps;
    let identityId: string | undefined;
    try {
      const ack = this.deps.adapter.acknowledge?.(message).catch(() => undefined);
      if (message.isGroup) {
        await this.sendAll(undefined, { channel: message.channel, externalUserId: message.conversationId ?? message.externalUserId }, engine.replyToGroup(message), eventId);
        this.finish(eventId, { status: "ignored", error: "group_chat" });
        return;
      }
      if (message.kind === "unfollow") {
        // as of the unfollow: a message or follow stored after it (and touched then) keeps the citizen reachable
        await identities.markUnreachable(message.channel, message.externalUserId, "unfollowed", message.sentAt);
        this.finish(eventId, { status: "processed" });
        return;
      }
      const identity = sender ?? (await identities.touch(message.channel, message.externalUserId, message.sentAt));
      identityId = identity.id;
      const replies = await engine.handle(identity, message, this.clock(), identity.dialogue);
      await ack;
      await this.sendAll(identity.id, { channel: message.channel, externalUserId: message.externalUserId }, replies, eventId);
      this.finish(eventId, { status: "processed", identityId });
    } catch (err) {
      const code = err instanceof Error ? err.name : "unknown";
      logger.error({ eventId, identityId, kind: message.kind, err: code }, "inbound message failed");
      this.finish(eventId, { status: "failed", error: code, ...(identityId ? { identityId } : {}) });
      if (identityId) await this.sendAll(identityId, { channel: message.channel, externalUserId: message.externalUserId }, [{ kind: "text", text: MSG.busy }], eventId).catch(() => undefined);
    }
  }

  /**
   * Stores how handling ended without holding the message's slot (the store may batch outcomes); drain() still
   * waits for it.
   */
  private finish(eventId: string, outcome: Parameters<InboundEventStore["finish"]>[1]): void {
    const done = this.deps.events
      .finish(eventId, outcome)
      .catch((err: unknown) => this.deps.logger.error({ eventId, err: err instanceof Error ? err.name : "unknown" }, "inbound outcome not stored"));
    this.inFlight.add(done);
    this.deps.track?.(done);
    void done.finally(() => this.inFlight.delete(done));
  }

  /**
   * Sends replies in order. A retryable failure queues it and all that follow for the worker (order kept); outside
   * the reply window they are held; a blocked citizen is marked unreachable; a refused message fails alone.
   */
  private async sendAll(identityId: string | undefined, to: Recipient, replies: OutboundMessage[], eventId: string): Promise<void> {
    for (let i = 0; i < replies.length; i++) {
      const reply = replies[i] as OutboundMessage;
      try {
        await this.deps.adapter.send(to, reply);
      } catch (err) {
        const error = err instanceof ChannelError ? err : new ChannelError("unavailable", "send failed", undefined, { cause: err });
        this.deps.logger.warn({ eventId, identityId, error: error.kind, retryAfterSec: error.retryAfterSec }, "reply not sent");
        if (error.kind === "forbidden") await this.deps.identities.markUnreachable(to.channel, to.externalUserId, "blocked");
        if (!identityId) return;
        const now = this.clock().getTime();
        const delayMs = error.retryAfterSec !== undefined ? error.retryAfterSec * 1000 : backoffMs(1);
        const status = error.kind === "outside_window" ? "held" : error.retryable ? "retry" : error.kind === "forbidden" ? "blocked" : "failed";
        // A reply the platform refused as such (bad_request) fails alone and the next ones are still sent; a chat
        // that is gone (invalid_recipient) or a failure of the link queues or fails everything that follows.
        const alone = status === "failed" && error.kind !== "invalid_recipient";
        for (const payload of alone ? [reply] : replies.slice(i)) {
          await this.deps.deliveries.enqueue({
            identityId,
            payload,
            status,
            nextAttemptAt: new Date(now + delayMs),
            lastError: failureCode(error.kind),
            attempts: 1,
            inboundEventId: eventId,
          });
        }
        if (alone) continue;
        return;
      }
    }
  }
}

/** Messages with the same key are handled one after the other, in arrival order. */
function chainKey(message: InboundMessage): string {
  return `${message.channel}:${message.conversationId ?? message.externalUserId}`;
}

/** The identity without its preloaded dialogue state (the engine then loads the current one). */
function withoutDialogue(identity: TouchedIdentity): TouchedIdentity {
  const { dialogue: _dialogue, ...rest } = identity;
  return rest;
}
