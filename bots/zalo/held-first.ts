import { ChannelError, type ChannelAdapter, type OutboundMessage, type Recipient } from "../../src/core/channels/contract.js";
import { canSendNow } from "../../src/core/channels/interaction-window.js";
import { digestHeading } from "./texts.vi.js";

/** Why a message was held; decides the order at the next interaction (ticket updates, replies, then news). */
export type HeldPurpose = "ticket_update" | "reply" | "broadcast" | "digest";

/** A message waiting for the citizen's next interaction. */
export interface HeldMessage {
  id: string;
  purpose: HeldPurpose;
  payload: OutboundMessage;
  /** The citizen's chat identity it is held for. */
  identityId: string;
}

/** Port for held messages (src/db/repositories/held-delivery-repository.ts implements it). */
export interface HeldMessageStore {
  /** Stores a message that cannot be sent now. */
  hold(message: { identityId: string; purpose: HeldPurpose; payload: OutboundMessage; ticketId?: string; broadcastId?: string; lastError?: string }): Promise<void>;
  /** Claims every held message of this recipient (so two webhooks never send them twice), oldest first. */
  claimHeld(to: Recipient): Promise<HeldMessage[]>;
  markSent(ids: string[], at: Date, platformMessageId?: string): Promise<void>;
  /** Puts claimed messages back to held (still outside the window) or to retry (`nextAttemptAt` set). */
  release(ids: string[], outcome: { lastError: string; nextAttemptAt?: Date }): Promise<void>;
}

/**
 * Sends what was held for a citizen as soon as they interact again: ticket updates first, then held replies, then
 * all pending news as ONE digest message. Stops at the first failure and puts the rest back; returns how many
 * stored messages were delivered, and hands the ticket updates and replies that went out to `onSent`.
 */
export async function deliverHeld(adapter: ChannelAdapter, store: HeldMessageStore, to: Recipient, now: Date = new Date(), onSent?: (sent: HeldMessage) => void): Promise<number> {
  const held = await store.claimHeld(to);
  if (held.length === 0) return 0;
  const rank = (p: HeldPurpose) => (p === "ticket_update" ? 0 : p === "reply" ? 1 : 2);
  const direct = held.filter((h) => rank(h.purpose) < 2).sort((a, b) => rank(a.purpose) - rank(b.purpose));
  const news = held.filter((h) => rank(h.purpose) === 2);
  const batches: Array<{ ids: string[]; message: OutboundMessage }> = direct.map((h) => ({ ids: [h.id], message: h.payload }));
  if (news.length > 0) batches.push({ ids: news.map((n) => n.id), message: digestOf(news.map((n) => n.payload)) });
  let delivered = 0;
  for (let i = 0; i < batches.length; i++) {
    const batch = batches[i]!;
    try {
      const { platformMessageId } = await adapter.send(to, batch.message);
      await store.markSent(batch.ids, now, platformMessageId);
      delivered += batch.ids.length;
      if (i < direct.length) onSent?.(direct[i]!);
    } catch (error) {
      const kind = error instanceof ChannelError ? error.kind : "unavailable";
      const rest = batches.slice(i).flatMap((b) => b.ids);
      await store.release(rest, kind === "outside_window" ? { lastError: kind } : { lastError: kind, nextAttemptAt: new Date(now.getTime() + 60_000) });
      break;
    }
  }
  return delivered;
}

/**
 * Sends now when the window is open, otherwise holds the message for the next interaction. For notifications
 * that do not answer an inbound message (ticket updates, news). A refusal with outside_window also holds it.
 *
 * @returns "sent" or "held"; other channel errors are thrown for the caller's retry policy.
 */
export async function sendOrHold(
  adapter: ChannelAdapter,
  store: HeldMessageStore,
  target: { identityId: string; to: Recipient; lastInteractionAt: Date | null },
  message: OutboundMessage,
  purpose: HeldPurpose,
  refs: { ticketId?: string; broadcastId?: string } = {},
  now: Date = new Date(),
): Promise<"sent" | "held"> {
  if (!canSendNow(target.to.channel, target.lastInteractionAt, now)) {
    await store.hold({ identityId: target.identityId, purpose, payload: message, ...refs, lastError: "outside_window" });
    return "held";
  }
  try {
    await adapter.send(target.to, message);
    return "sent";
  } catch (error) {
    if (!(error instanceof ChannelError) || error.kind !== "outside_window") throw error;
    await store.hold({ identityId: target.identityId, purpose, payload: message, ...refs, lastError: "outside_window" });
    return "held";
  }
}

/** Several news messages as one: a heading, then each item's text and links. */
export function digestOf(items: OutboundMessage[]): OutboundMessage {
  const blocks = items.map((m) => {
    if (m.kind === "text") return [m.text, ...(m.links ?? []).map((l) => `${l.label}: ${l.url}`)].join("\n");
    if (m.kind === "photo") return [m.caption ?? "", m.url].filter(Boolean).join("\n");
    return m.text;
  });
  return { kind: "text", text: [digestHeading(items.length), ...blocks.map((b) => `• ${b}`)].join("\n\n") };
}
