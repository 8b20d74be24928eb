/**
 * A flow is one pluggable dialogue (procedure Q&A, personal data, and later feedback intake, tracking and
 * subscriptions). The engine owns the menu, global intents, cancel and persistence; a flow only says what to reply
 * and what state to keep. Flows are registered by name; their buttons carry the flow's `prefix`, so a button press
 * reaches its flow even after the conversation moved on.
 */
import type { InboundMessage, OutboundMessage } from "../channels/contract.js";
import type { Identity } from "../people/identity.js";
import type { FlowData } from "./state.js";

/** What a flow sees of the conversation. `state` is this flow's own state, when it is the active flow. */
export interface FlowContext {
  identity: Identity;
  now: Date;
  state: { step: string; data: FlowData } | null;
  /**
   * The inbound event being handled ("telegram:812"): the key of any side effect a step makes, so a re-run of the
   * same message (a retried handler, a dialogue-state conflict) never makes it twice.
   */
  eventKey: string;
}

/** How a flow is entered: from the menu (nothing), a command with arguments, or an intent with the text. */
export interface FlowInput {
  text?: string;
  args?: string;
  /** A named way in, e.g. "erase" for the personal-data flow or "all" for subscriptions. */
  mode?: string;
  /** A photo the citizen sent as the first message of a report (its caption is `text`). */
  photo?: { platformFileId: string; url?: string };
  /**
   * A report draft to go on with (its state data): the one an emergency interrupted, when the emergency reply's
   * urgent-report button is pressed, so its photos and place are not lost.
   */
  draft?: FlowData;
}

/**
 * What a message came to, for counting (/metrics): an emergency recognised, a question answered, a clarifying
 * question asked, a question declined ("not found" or out of scope).
 */
export type ConversationOutcome = "emergency" | "qa_answered" | "qa_clarified" | "qa_declined";

/** A flow's answer: the replies, and the state to keep (null ends the flow). */
export interface FlowStep {
  replies: OutboundMessage[];
  next: { step: string; data: FlowData; ttlMinutes?: number } | null;
  /** Set when the step is one of the outcomes counted. */
  outcome?: ConversationOutcome;
  /**
   * Hands the conversation to another of the engine's flows, entered with `input` (its replies follow these):
   * the emergency reply's "send an urgent report" starts the feedback flow with `{mode: "urgent", text}`; the
   * report-or-question choice carries the citizen's text into the feedback flow or the Q&A.
   */
  handoff?: { feature: "feedback" | "tracking" | "news" | "qa"; input: FlowInput };
}

export interface Flow {
  /** Stored in ConversationState.flow. */
  readonly name: string;
  /** Prefix of this flow's choice data ("p" → "p:1.001193:fee"); short, no colon. */
  readonly prefix: string;
  /** Enters the flow. */
  start(ctx: FlowContext, input: FlowInput): Promise<FlowStep>;
  /**
   * Handles a message while the flow is active, or a press on one of its buttons at any time (`ctx.state` is then
   * null if another flow is active).
   *
   * @returns null to let the engine route the message as if no flow were active.
   */
  handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null>;
  /**
   * Whether a state at this step is only context kept for follow-ups (the procedure last answered), not work the
   * citizen started: "hủy" then says there is nothing to cancel rather than "Đã hủy". Absent: every step is work.
   */
  isContextOnly?(step: string): boolean;
}

/** Shorthand for a flow step that only replies and ends. */
export function reply(...replies: OutboundMessage[]): FlowStep {
  return { replies, next: null };
}
