/**
 * The bot's own figures, counted as messages go through (src/http/metrics.ts implements the port with Prometheus
 * counters): messages by channel and kind, and what they came to (the engine's {@link ConversationOutcome}s).
 */
import type { ChannelName, InboundMessage } from "../channels/contract.js";
import type { ConversationOutcome } from "./flow.js";

/** Port for counting; every method is cheap and never throws. */
export interface ConversationFigures {
  /** A message stored for the first time (a redelivered update is not counted again). */
  messageReceived(channel: ChannelName, kind: InboundMessage["kind"]): void;
  /** What a message came to: an emergency, a question answered, clarified or declined. */
  outcome(channel: ChannelName, outcome: ConversationOutcome): void;
}
