/**
 * A message that could be a report or a procedure question ("cây trước nhà sắp đổ, xin chặt thì hỏi ai?") is not
 * guessed: the citizen is asked once, with two buttons, and the text they wrote is kept in the state and carried
 * into whichever flow they choose (a pre-filled report summary, or the Q&A's answer). Nothing written is lost.
 */
import type { InboundMessage, OutboundMessage } from "../../channels/contract.js";
import { reply, type Flow, type FlowContext, type FlowInput, type FlowStep } from "../flow.js";
import { foldForIntent } from "../intents.js";
import { FB } from "./feedback-messages.vi.js";

/** The citizen's text is kept this long for the answer. */
const CHOICE_TTL_MINUTES = 30;
const PREFIX = "i";
const REPORT = `${PREFIX}:report`;
const QUESTION = `${PREFIX}:question`;
/** Typed answers to the two choices (numbers are turned into presses by the channel's numbered choices). */
const REPORT_WORDS = new Set(["phan anh", "phan anh su viec", "bao", "1"]);
const QUESTION_WORDS = new Set(["hoi", "hoi thu tuc", "thu tuc", "2"]);

export class ReportOrQuestionFlow implements Flow {
  readonly name = "report_or_question";
  readonly prefix = PREFIX;

  /** Asks which of the two the message is, keeping its text. */
  async start(_ctx: FlowContext, input: FlowInput): Promise<FlowStep> {
    const text = (input.text ?? "").trim();
    const ask: OutboundMessage = {
      kind: "text",
      text: FB.reportOrQuestion,
      choices: [
        { label: FB.chooseReport, data: REPORT },
        { label: FB.chooseQuestion, data: QUESTION },
      ],
    };
    return { replies: [ask], next: { step: "choose", data: { text }, ttlMinutes: CHOICE_TTL_MINUTES } };
  }

  /** The citizen's choice, pressed or typed; any other message is routed as a new one. */
  async handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null> {
    const chosen = choiceOf(message);
    if (!chosen) return null;
    const text = ctx.state?.data["text"];
    if (typeof text !== "string" || !text) return message.kind === "choice" ? reply({ kind: "text", text: FB.choiceExpired }) : null;
    const feature = chosen === "report" ? "feedback" : "qa";
    return { replies: [], next: null, handoff: { feature, input: { text } } };
  }
}

function choiceOf(message: InboundMessage): "report" | "question" | null {
  if (message.kind === "choice") return message.data === REPORT ? "report" : message.data === QUESTION ? "question" : null;
  if (message.kind !== "text") return null;
  const folded = foldForIntent(message.text);
  return REPORT_WORDS.has(folded) ? "report" : QUESTION_WORDS.has(folded) ? "question" : null;
}

