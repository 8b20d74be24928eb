/**
 * The conversation engine: one inbound message in, replies out, with dialogue state read from and written to the
 * store on every message (never kept in memory), so any replica can take the next message. An emergency comes
 * before everything (even inside another flow), then global rules (commands, cancel, menu buttons), then the
 * active flow, then intent detection with procedure Q&A as the default.
 */
import type { InboundMessage, OutboundMessage } from "../channels/contract.js";
import type { Identity } from "../people/identity.js";
import { detectEmergency } from "./emergency/detect-emergency.js";
import { EmergencyFlow, interruptedState, withInterrupted } from "./flows/emergency-flow.js";
import { ReportOrQuestionFlow } from "./flows/report-or-question-flow.js";
import type { ConversationOutcome, Flow, FlowContext, FlowInput, FlowStep } from "./flow.js";
import { detectIntent, foldForIntent, type Intent } from "./intents.js";
import { saidWrongAfterAnswer } from "./said-wrong.js";
import { menuItemOf, withMenu, type MenuItem } from "./menu.js";
import { MSG, type PlannedFeature, type WardContact } from "./messages.vi.js";
import { isLive, type ConversationStateStore, type DialogueState, type StoredDialogueState } from "./state.js";

/** The flows the engine routes to. The optional ones arrive with later issues; until then the menu says so. */
export interface EngineFlows {
  qa: Flow;
  personalData: Flow;
  feedback?: Flow;
  tracking?: Flow;
  news?: Flow;
}

export interface ConversationEngineOptions {
  states: ConversationStateStore;
  flows: EngineFlows;
  contact: WardContact;
  /** Link to the bot's private chat per channel (e.g. https://t.me/bot), used to answer group chats. */
  privateChatLinks?: Partial<Record<string, string>>;
  /** Writers racing on one citizen's state retry this many times before giving up (default 3). */
  maxAttempts?: number;
  /** Told of each counted outcome (an emergency, a question answered / clarified / declined), e.g. for /metrics. */
  onOutcome?: (outcome: ConversationOutcome, message: InboundMessage) => void;
  /**
   * Told when a citizen, right after a procedure answer or choices, asks for a person ("human") or says the answer
   * was wrong ("said_wrong"): the question they had asked (masked).
   */
  onEscalation?: (question: string, message: InboundMessage, reason: EscalationReason) => void;
}

/** Why a question answered in chat goes to the console's unanswered page after all. */
export type EscalationReason = "human" | "said_wrong";

/** A routed message: replies, and the state to store ("keep" leaves the stored state untouched). */
interface Routed {
  replies: OutboundMessage[];
  next: DialogueState | null | "keep";
  outcome?: ConversationOutcome;
}

/** Thrown when the state kept changing under the engine; the message is then handled as failed. */
export class ConversationConflictError extends Error {
  constructor() {
    super("dialogue state changed concurrently too many times");
    this.name = "ConversationConflictError";
  }
}

export class ConversationEngine {
  private readonly flows: Flow[];
  private readonly emergency: EmergencyFlow;
  /** Asks whether a message is a report or a question; only when there is a feedback flow to report to. */
  private readonly reportOrQuestion: ReportOrQuestionFlow | undefined;
  private readonly maxAttempts: number;

  constructor(private readonly opts: ConversationEngineOptions) {
    this.emergency = new EmergencyFlow(opts.contact, opts.flows.feedback !== undefined);
    this.reportOrQuestion = opts.flows.feedback ? new ReportOrQuestionFlow() : undefined;
    this.flows = [...Object.values(opts.flows).filter((f): f is Flow => f !== undefined), this.emergency, ...(this.reportOrQuestion ? [this.reportOrQuestion] : [])];
    this.maxAttempts = opts.maxAttempts ?? 3;
  }

  /**
   * Handles one message from a citizen in their private chat.
   *
   * @param identity - who wrote (already touched by the caller).
   * @param message - the normalised message.
   * @param now - the time to judge expiry by.
   * @param preloaded - the stored state if the caller already read it (saves a round trip); retries reload it.
   * @returns the replies to send, in order.
   * @throws ConversationConflictError when another writer kept changing the state.
   */
  async handle(identity: Identity, message: InboundMessage, now: Date = new Date(), preloaded?: StoredDialogueState | null): Promise<OutboundMessage[]> {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const stored = attempt === 0 && preloaded !== undefined ? preloaded : await this.opts.states.load(identity.id);
      const current = isLive(stored, now) ? stored : null;
      // after an emergency reply, the next message goes back to what the citizen was doing before it
      const resumed = current && !isEmergencyChoice(message) ? interruptedState(current, now) : undefined;
      const live = resumed === undefined ? current : resumed;
      const routed = await this.route(identity, message, live, now);
      if (routed.outcome) this.opts.onOutcome?.(routed.outcome, message);
      const escalated = attempt === 0 ? escalatedQuestion(message, live) : undefined;
      if (escalated) this.opts.onEscalation?.(escalated.question, message, escalated.reason);
      if (routed.next === "keep" && resumed !== undefined) routed.next = resumed;
      if (routed.next === "keep" || unchanged(current, routed.next, now)) return routed.replies;
      if (stored === null && routed.next === null) return routed.replies;
      if (await this.opts.states.save(identity.id, routed.next, stored?.version ?? null)) return routed.replies;
    }
    throw new ConversationConflictError();
  }

  /**
   * The one-line answer to a message in a group chat: the bot does not hold conversations in groups.
   *
   * @param message - a message with `isGroup` set.
   */
  replyToGroup(message: InboundMessage): OutboundMessage[] {
    if (message.kind !== "text" && message.kind !== "command") return [];
    const emergency = detectEmergency(message.kind === "text" ? message.text : message.args);
    // the numbers cannot wait for a private chat
    if (emergency) return [{ kind: "text", text: MSG.emergency(emergency.services, this.opts.contact, false) }];
    return [{ kind: "text", text: MSG.groupPointer(this.opts.privateChatLinks?.[message.channel]) }];
  }

  private async route(identity: Identity, msg: InboundMessage, live: DialogueState | null, now: Date): Promise<Routed> {
    const ctxFor = (flow: Flow): FlowContext => ({
      identity,
      now,
      state: live && live.flow === flow.name ? { step: live.step, data: live.data } : null,
      eventKey: `${msg.channel}:${msg.platformMessageId}`,
    });
    const run = async (flow: Flow, input: FlowInput): Promise<Routed> => this.applyStep(flow, await flow.start(ctxFor(flow), input), now, run);
    const active = live ? this.flows.find((f) => f.name === live.flow) : undefined;
    const emergency = async (text: string): Promise<Routed> => {
      const routed = await run(this.emergency, { text });
      const { next, replies } = withInterrupted(routed.next, live);
      return { ...routed, replies: [...routed.replies, ...replies], next };
    };

    switch (msg.kind) {
      case "follow":
        return { replies: [withMenu(MSG.welcome(this.opts.contact))], next: "keep" };
      case "unfollow":
        return { replies: [], next: "keep" };
      case "command":
        if (detectIntent(msg.args).kind === "emergency") return emergency(msg.args);
        return this.command(msg.command, msg.args, live, run);
      case "choice": {
        const item = menuItemOf(msg.data);
        if (item) return this.menu(item, run);
        const owner = this.flows.find((f) => msg.data.startsWith(`${f.prefix}:`));
        const step = owner ? await owner.handle(ctxFor(owner), msg) : null;
        if (owner && step) return this.applyStep(owner, step, now, run);
        return { replies: [withMenu(MSG.menuPrompt)], next: "keep" };
      }
      case "text": {
        const intent = detectIntent(msg.text);
        if (intent.kind === "emergency") return emergency(msg.text);
        if (intent.kind === "cancel") return this.cancel(live);
        if (active) {
          const step = await active.handle(ctxFor(active), msg);
          if (step) return this.applyStep(active, step, now, run);
        }
        return this.intent(intent, run, msg.text);
      }
      default: {
        if (active) {
          const step = await active.handle(ctxFor(active), msg);
          if (step) return this.applyStep(active, step, now, run);
        }
        // a photo starts a report (its caption, if any, says what happened)
        if (msg.kind === "photo" && this.opts.flows.feedback) {
          const photo = { platformFileId: msg.platformFileId, ...(msg.url ? { url: msg.url } : {}) };
          return run(this.opts.flows.feedback, { photo, ...(msg.caption ? { text: msg.caption } : {}) });
        }
        return { replies: [this.mediaReply(msg)], next: "keep" };
      }
    }
  }

  private mediaReply(msg: InboundMessage): OutboundMessage {
    const c = this.opts.contact;
    if (msg.kind === "photo") return { kind: "text", text: MSG.photoReceived(c) };
    if (msg.kind === "location") return { kind: "text", text: MSG.locationReceived(c) };
    if (msg.kind === "contact") return { kind: "text", text: msg.consented ? MSG.contactStored : MSG.contactReceived };
    return withMenu(MSG.unsupported);
  }

  /** A flow's step as a routing result; a hand-off enters the other flow and its replies follow. */
  private async applyStep(flow: Flow, step: FlowStep, now: Date, run: Runner): Promise<Routed> {
    const outcome = step.outcome ? { outcome: step.outcome } : {};
    if (step.handoff) {
      const { feature, input } = step.handoff;
      const next = feature === "qa" ? await run(this.opts.flows.qa, input) : await this.planned(feature, run, input);
      return { ...next, replies: [...step.replies, ...next.replies], ...outcome };
    }
    if (!step.next) return { replies: step.replies, next: null, ...outcome };
    const ttlMs = (step.next.ttlMinutes ?? 30) * 60_000;
    return {
      replies: step.replies,
      next: { flow: flow.name, step: step.next.step, data: step.next.data, expiresAt: new Date(now.getTime() + ttlMs) },
      ...outcome,
    };
  }

  private cancel(live: DialogueState | null): Routed {
    if (!live) return { replies: [withMenu(MSG.nothingToCancel)], next: "keep" };
    // an answer's follow-up context is dropped too, but nothing the citizen was doing was cancelled
    const contextOnly = this.flows.find((f) => f.name === live.flow)?.isContextOnly?.(live.step) === true;
    return { replies: [withMenu(contextOnly ? MSG.nothingToCancel : MSG.cancelled)], next: null };
  }

  private planned(feature: PlannedFeature, run: Runner, input: FlowInput): Promise<Routed> | Routed {
    const flow = this.opts.flows[feature];
    if (flow) return run(flow, input);
    return { replies: [{ kind: "text", text: MSG.comingSoon(feature, this.opts.contact) }], next: "keep" };
  }

  private menu(item: MenuItem, run: Runner): Promise<Routed> | Routed {
    switch (item) {
      case "qa":
        return run(this.opts.flows.qa, {});
      case "feedback":
      case "tracking":
      case "news":
        return this.planned(item, run, {});
      case "help":
        return { replies: [withMenu(MSG.help(this.opts.contact))], next: "keep" };
      case "human":
        return { replies: [{ kind: "text", text: MSG.human(this.opts.contact) }], next: "keep" };
    }
  }

  private command(command: string, args: string, live: DialogueState | null, run: Runner): Promise<Routed> | Routed {
    const flows = this.opts.flows;
    switch (foldForIntent(command)) {
      case "start":
        return { replies: [withMenu(MSG.welcome(this.opts.contact))], next: null };
      case "menu":
        return { replies: [withMenu(MSG.menuPrompt)], next: "keep" };
      case "trogiup":
      case "help":
        return this.menu("help", run);
      case "hoi":
        return run(flows.qa, { text: args });
      case "phananh":
        return this.planned("feedback", run, { text: args });
      case "tracuu":
        return this.planned("tracking", run, { args });
      case "phananhcuatoi":
        return this.planned("tracking", run, { mode: "mine" });
      case "nhantin":
        return this.planned("news", run, { args, mode: foldForIntent(args).replace(/\s/g, "") === "tatca" ? "all" : "subscribe" });
      case "dungnhantin":
        return this.planned("news", run, { args, mode: "unsubscribe" });
      case "dulieu":
        return run(flows.personalData, { mode: "view" });
      case "xoadulieu":
        return run(flows.personalData, { mode: "erase" });
      case "huy":
        return this.cancel(live);
      case "gapcanbo":
      case "canbo":
        return this.menu("human", run);
      default:
        return { replies: [withMenu(MSG.unknownCommand)], next: "keep" };
    }
  }

  private intent(intent: Intent, run: Runner, text: string): Promise<Routed> | Routed {
    const flows = this.opts.flows;
    switch (intent.kind) {
      case "cancel":
        return { replies: [withMenu(MSG.nothingToCancel)], next: "keep" };
      case "tracking":
        return this.planned("tracking", run, { args: intent.code, text });
      case "view_data":
        return run(flows.personalData, { mode: "view" });
      case "erase_data":
        return run(flows.personalData, { mode: "erase" });
      case "human":
        return this.menu("human", run);
      case "subscribe":
        return this.planned("news", run, { mode: "subscribe" });
      case "unsubscribe":
        return this.planned("news", run, { mode: "unsubscribe" });
      case "emergency": // handled before any flow; kept so that the switch stays exhaustive
        return run(this.emergency, { text });
      case "feedback":
        return this.planned("feedback", run, { text });
      case "help":
        return this.menu("help", run);
      case "greeting":
        return { replies: [withMenu(MSG.greeting)], next: "keep" };
      case "thanks":
        return { replies: [{ kind: "text", text: MSG.thanks }], next: "keep" };
      case "report_or_question":
        return this.reportOrQuestion ? run(this.reportOrQuestion, { text: intent.text }) : run(flows.qa, { text: intent.text });
      case "question":
        return run(flows.qa, { text: intent.text });
    }
  }
}

type Runner = (flow: Flow, input: FlowInput) => Promise<Routed>;

function isEmergencyChoice(message: InboundMessage): boolean {
  return message.kind === "choice" && message.data.startsWith("e:");
}

/**
 * True when writing `next` would change nothing that matters: same flow, step and data, and the stored expiry still
 * has more than half of the new lifetime left. Skipping the write saves a database round trip per follow-up.
 */
function unchanged(live: DialogueState | null, next: DialogueState | null, now: Date): boolean {
  if (!live || !next) return false;
  if (live.flow !== next.flow || live.step !== next.step || JSON.stringify(live.data) !== JSON.stringify(next.data)) return false;
  const newLifetime = next.expiresAt.getTime() - now.getTime();
  return live.expiresAt.getTime() - now.getTime() > newLifetime / 2;
}

/**
 * The question a citizen had asked when, after the bot's answer or choices, they now ask for a person or say the
 * answer was wrong, if so.
 */
function escalatedQuestion(message: InboundMessage, live: DialogueState | null): { question: string; reason: EscalationReason } | undefined {
  const asked = live?.flow === "qa" ? live.data["lastQuestion"] : undefined;
  if (typeof asked !== "string" || !asked) return undefined;
  const human =
    (message.kind === "choice" && menuItemOf(message.data) === "human") ||
    (message.kind === "text" && detectIntent(message.text).kind === "human") ||
    (message.kind === "command" && ["gapcanbo", "canbo"].includes(foldForIntent(message.command)));
  if (human) return { question: asked, reason: "human" };
  return saidWrongAfterAnswer(live?.data ?? null, message) ? { question: asked, reason: "said_wrong" } : undefined;
}
