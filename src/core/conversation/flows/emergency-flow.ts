/**
 * The emergency reply as a flow: the right number first, every number, and a way to tell the ward. It keeps the
 * citizen's message for a short while, so that the "send an urgent report" button (whose data cannot carry text)
 * starts the feedback flow with it.
 */
import type { Choice, InboundMessage, OutboundMessage } from "../../channels/contract.js";
import { detectEmergency } from "../emergency/detect-emergency.js";
import type { Flow, FlowContext, FlowInput, FlowStep } from "../flow.js";
import { MENU_CHOICE } from "../menu.js";
import { MSG, type WardContact } from "../messages.vi.js";
import type { DialogueState, FlowData } from "../state.js";
import { draftOf } from "./feedback-draft.js";
import { reportAfterEmergency } from "./feedback-flow.js";

/** Choice data of the "send an urgent report" button. */
export const EMERGENCY_REPORT = "e:report";
/** How long the message is kept for the report button: the minutes after a call, not a stored record. */
const KEEP_MINUTES = 15;

export class EmergencyFlow implements Flow {
  readonly name = NAME;
  readonly prefix = "e";

  /**
   * @param contact - the ward's desk, named when no urgent report can be sent from the chat.
   * @param canReport - whether a feedback flow is registered to take an urgent report.
   */
  constructor(
    private readonly contact: WardContact,
    private readonly canReport: boolean,
  ) {}

  /**
   * Replies to an emergency message (`input.text`) with the numbers and keeps the text for the report button.
   *
   * @param _ctx - unused: an emergency starts afresh whatever was going on.
   * @param input - the citizen's message.
   */
  start(_ctx: FlowContext, input: FlowInput): Promise<FlowStep> {
    const text = (input.text ?? input.args ?? "").trim();
    const found = detectEmergency(text);
    const services = found?.services ?? [];
    const choices: Choice[] = [
      ...(this.canReport ? [{ label: MSG.emergencyReport, data: EMERGENCY_REPORT }] : []),
      { label: MSG.talkToHuman, data: MENU_CHOICE.human },
    ];
    return Promise.resolve({
      replies: [{ kind: "text", text: MSG.emergency(services, this.contact, this.canReport, found?.learnt === undefined), choices }],
      next: { step: "offered", data: { text }, ttlMinutes: KEEP_MINUTES },
      outcome: "emergency",
    });
  }

  /** The report button: hands over to the feedback flow in urgent mode with the kept message (if still kept). */
  handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null> {
    if (message.kind !== "choice" || message.data !== EMERGENCY_REPORT) return Promise.resolve(null);
    const kept = ctx.state?.data["text"];
    const draft = carriedReport(ctx.state?.data["interrupted"], kept);
    const input: FlowInput = { mode: "urgent", ...(typeof kept === "string" && kept ? { text: kept } : {}), ...(draft ? { draft } : {}) };
    return Promise.resolve({ replies: [], next: null, handoff: { feature: "feedback", input } });
  }
}

const NAME = "emergency";

/**
 * The report draft an emergency interrupted, when it took the emergency message as its problem (so it is the same
 * matter, with the photos and place the citizen had already given); undefined otherwise.
 */
function carriedReport(interrupted: unknown, said: unknown): FlowData | undefined {
  if (!interrupted || typeof interrupted !== "object" || typeof said !== "string") return undefined;
  const state = interrupted as { flow?: unknown; data?: unknown };
  if (state.flow !== "feedback" || !state.data || typeof state.data !== "object") return undefined;
  const data = state.data as FlowData;
  return draftOf(data).text === said.trim() ? data : undefined;
}

/**
 * The state to store after an emergency reply: the reply's own, carrying the state it interrupted (a half-written
 * report, a procedure being discussed) so that nothing the citizen was doing is lost. A report still waiting for
 * what happened takes the emergency message as its problem, urgent, and asks where ({@link reportAfterEmergency});
 * `replies` then holds that question, to follow the emergency reply.
 *
 * @param next - the emergency flow's next state.
 * @param live - the state before the emergency, if any.
 */
export function withInterrupted(next: DialogueState | null | "keep", live: DialogueState | null): { next: DialogueState | null | "keep"; replies: OutboundMessage[] } {
  if (!next || next === "keep" || !live || live.flow === NAME) return { next, replies: [] };
  const said = next.data["text"];
  const carried = live.flow === "feedback" && typeof said === "string" ? reportAfterEmergency(live.step, live.data, said) : undefined;
  const interrupted: FlowData = { flow: live.flow, step: carried?.step ?? live.step, data: carried?.data ?? live.data, expiresAt: live.expiresAt.toISOString() };
  return { next: { ...next, data: { ...next.data, interrupted } }, replies: carried?.replies ?? [] };
}

/**
 * The state an emergency reply interrupted, still live at `now`: the conversation resumes it with the next
 * message. Undefined when `state` is not an emergency reply's or interrupted nothing still live.
 */
export function interruptedState(state: DialogueState, now: Date): DialogueState | undefined {
  if (state.flow !== NAME) return undefined;
  const i = state.data["interrupted"] as Partial<Record<string, unknown>> | undefined;
  if (!i || typeof i.flow !== "string" || typeof i.step !== "string" || typeof i.expiresAt !== "string") return undefined;
  const expiresAt = new Date(i.expiresAt);
  if (!(expiresAt.getTime() > now.getTime())) return undefined;
  const data = typeof i.data === "object" && i.data !== null ? (i.data as FlowData) : {};
  return { flow: i.flow, step: i.step, data, expiresAt };
}
