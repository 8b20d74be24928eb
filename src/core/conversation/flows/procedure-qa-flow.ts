/**
 * Procedure Q&A as a flow: a question is answered from the knowledge base, an ambiguous one offers the candidate
 * procedures as buttons, and the last procedure answered is remembered so "lệ phí bao nhiêu?" follows it.
 */
import type { Choice, InboundMessage, OutboundMessage } from "../../channels/contract.js";
import type { ProcedureAspect } from "../../procedures/types.js";
import { oneLine } from "../../procedures/record-text.js";
import { ANSWER_LIMITS } from "../../procedures/answer.js";
import { reply, type Flow, type FlowContext, type FlowInput, type FlowStep } from "../flow.js";
import { MENU_CHOICE } from "../menu.js";
import { foldForIntent } from "../intents.js";
import { MENU_LABELS, MSG, type WardContact } from "../messages.vi.js";
import type { ProcedureAnswer, ProcedureAnswers } from "../procedure-answers.js";
import type { ProcedureInterestLog } from "../../news/ports.js";
import { maskPersonalData } from "../../unanswered/mask.js";
import { saidWrongAfterAnswer } from "../said-wrong.js";
import { namesProblem, readReport } from "../detect-report.js";
import { REPORT_THRESHOLDS } from "../report-intent/thresholds.js";
import { FB } from "./feedback-messages.vi.js";

const PREFIX = "p";
const FOLLOW_UP_TTL_MINUTES = 30;
const ASPECTS: readonly ProcedureAspect[] = ["overview", "documents", "fee", "time", "where", "online", "steps", "eligibility", "result"];
/** Aspects offered as follow-up buttons, most asked first. */
const FOLLOW_UPS: readonly ProcedureAspect[] = ["documents", "fee", "time", "where", "online"];
/** The longest button label (the choice labels of the search are cut to the same, ANSWER_LIMITS.label). */
const MAX_LABEL = ANSWER_LIMITS.label;
/** The labels of the "ask something else" buttons, folded: typed as text they ask for the question, as pressed. */
const ASK_LABELS = new Set([MSG.askAgain, MENU_LABELS.qa].map(foldForIntent));

/** The button that files a question the Q&A could not answer as a report (the text waits in this flow's state). */
const FILE_AS_REPORT = `${PREFIX}:report`;

/** Choice data for one aspect of one procedure: "p:1.001193:fee" (well under 64 bytes for national codes). */
export function procedureChoiceData(code: string, aspect: ProcedureAspect): string {
  return `${PREFIX}:${code}:${aspect}`;
}

function parseChoice(data: string): { code: string; aspect: ProcedureAspect } | null {
  const [prefix, code, aspect] = data.split(":");
  if (prefix !== PREFIX || !code || !aspect) return null;
  return (ASPECTS as readonly string[]).includes(aspect) ? { code, aspect: aspect as ProcedureAspect } : null;
}

/** A button label: the search's choice label (already this short), or a name cut at the end of a word. */
function shortLabel(name: string): string {
  return oneLine(name, MAX_LABEL);
}

/** The flow that answers procedure questions. */
export class ProcedureQaFlow implements Flow {
  readonly name = "qa";
  readonly prefix = PREFIX;

  /** After an answer or a decline the state only remembers the procedure for follow-ups; a clarifying question is open work. */
  isContextOnly(step: string): boolean {
    return step === "answered" || step === "declined";
  }

  constructor(
    private readonly answers: ProcedureAnswers,
    private readonly contact: WardContact,
    /** Told of each procedure answered, so the citizen can hear when it changes (procedure-change alerts). */
    private readonly interests?: ProcedureInterestLog,
    /** Whether a feedback flow can take a report: then an unanswered text that reads like a problem is offered to it. */
    private readonly options: { offerReports?: boolean } = {},
  ) {}

  /**
   * Answers `input.text`, or asks for a question when there is none.
   *
   * @param ctx - the conversation; its state (when this flow is active) holds the last procedure code.
   * @param input - the question.
   */
  async start(ctx: FlowContext, input: FlowInput): Promise<FlowStep> {
    const question = (input.text ?? input.args ?? "").trim();
    const keep = ctx.state ? { step: ctx.state.step, data: ctx.state.data, ttlMinutes: FOLLOW_UP_TTL_MINUTES } : null;
    if (!question || ASK_LABELS.has(foldForIntent(question))) return { replies: [{ kind: "text", text: MSG.askQuestion }], next: keep };
    const last = lastCode(ctx);
    const answer = await this.answers.ask(question, last ? { lastProcedureCode: last } : {});
    if (answer.outcome === "none" && this.mayBeReport(question)) return this.offerReport(question, ctx);
    return withQuestion(await this.remember(this.present(answer, ctx), ctx), question);
  }

  /**
   * Handles the flow's buttons, and "sai rồi" right after an answer or choices; other free text goes back to the
   * engine's intent routing (which calls start).
   */
  async handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null> {
    if (message.kind === "text") return saidWrongAfterAnswer(ctx.state?.data ?? null, message) ? reply(this.saidWrong()) : null;
    if (message.kind !== "choice") return null;
    if (message.data === FILE_AS_REPORT) {
      const text = ctx.state?.data["declinedText"];
      if (typeof text !== "string" || !text) return reply({ kind: "text", text: FB.choiceExpired });
      return { replies: [], next: null, handoff: { feature: "feedback", input: { text } } };
    }
    const choice = parseChoice(message.data);
    if (!choice) return null;
    const answer = await this.answers.answerFor(choice.code, choice.aspect);
    if (!answer) return reply(this.notFound());
    const asked = ctx.state?.data["lastQuestion"];
    return withQuestion(await this.remember(this.present(answer, ctx), ctx), typeof asked === "string" ? asked : "");
  }

  private present(answer: ProcedureAnswer, ctx: FlowContext): FlowStep {
    const previous = ctx.state?.data ?? {};
    if (answer.outcome === "none") {
      return {
        replies: [this.notFound()],
        next: lastCode(ctx) ? { step: "answered", data: previous, ttlMinutes: FOLLOW_UP_TTL_MINUTES } : null,
        outcome: "qa_declined",
      };
    }
    if (answer.outcome === "clarify") {
      const choices: Choice[] = answer.candidates.slice(0, 6).map((c) => ({
        label: shortLabel(c.name),
        data: procedureChoiceData(c.code, answer.aspect),
      }));
      choices.push({ label: MSG.talkToHuman, data: MENU_CHOICE.human });
      const text = answer.answerText.trim() || MSG.clarify;
      return { replies: [{ kind: "text", text, choices }], next: { step: "clarify", data: previous, ttlMinutes: FOLLOW_UP_TTL_MINUTES }, outcome: "qa_clarified" };
    }
    const top = answer.candidates[0];
    const replies: OutboundMessage[] = [];
    if (!top) return { replies: [{ kind: "text", text: answer.answerText }], next: null, outcome: "qa_answered" };
    const followUps: Choice[] = FOLLOW_UPS.filter((a) => a !== answer.aspect).map((a) => ({
      label: MSG.aspectLabel(a),
      data: procedureChoiceData(top.code, a),
    }));
    followUps.push({ label: MSG.askAgain, data: MENU_CHOICE.qa });
    replies.push({ kind: "text", text: answer.answerText, choices: followUps });
    return { replies, next: { step: "answered", data: { lastProcedureCode: top.code }, ttlMinutes: FOLLOW_UP_TTL_MINUTES }, outcome: "qa_answered" };
  }

  /** Records the procedure an answer was about; a failure to record never costs the citizen the answer. */
  private async remember(step: FlowStep, ctx: FlowContext): Promise<FlowStep> {
    const code = step.outcome === "qa_answered" ? step.next?.data["lastProcedureCode"] : undefined;
    if (this.interests && typeof code === "string") await this.interests.record(ctx.identity.id, code, ctx.now).catch(() => undefined);
    return step;
  }

  /** Sorry, and the two ways on: other words, or a person. The state ends so the wrong procedure is not followed. */
  private saidWrong(): OutboundMessage {
    return {
      kind: "text",
      text: MSG.saidWrong(this.contact),
      choices: [
        { label: MSG.askOtherWords, data: MENU_CHOICE.qa },
        { label: MSG.talkToHuman, data: MENU_CHOICE.human },
      ],
    };
  }

  /** Whether a text the Q&A could not answer reads enough like a problem to offer filing it as a report. */
  private mayBeReport(question: string): boolean {
    if (this.options.offerReports !== true) return false;
    return namesProblem(question) || readReport(question).probability >= REPORT_THRESHOLDS.offerReport;
  }

  /**
   * "Not found", with a button that files the text as a report: the text waits in the state (for the follow-up time)
   * so that nothing the citizen wrote is lost.
   */
  private offerReport(question: string, ctx: FlowContext): FlowStep {
    const base = this.notFound();
    const offer: OutboundMessage = {
      kind: "text",
      text: `${base.kind === "text" ? base.text : ""}\n\n${FB.offerReport}`,
      choices: [{ label: FB.fileAsReport, data: FILE_AS_REPORT }, ...(base.kind === "text" ? (base.choices ?? []) : [])],
    };
    const data = { ...(ctx.state?.data ?? {}), declinedText: question.slice(0, 2000) };
    return { replies: [offer], next: { step: "declined", data, ttlMinutes: FOLLOW_UP_TTL_MINUTES }, outcome: "qa_declined" };
  }

  private notFound(): OutboundMessage {
    return {
      kind: "text",
      text: MSG.notFound(this.contact),
      choices: [
        { label: MSG.talkToHuman, data: MENU_CHOICE.human },
        { label: MSG.askAgain, data: MENU_CHOICE.qa },
      ],
    };
  }
}

function lastCode(ctx: FlowContext): string | undefined {
  const code = ctx.state?.data["lastProcedureCode"];
  return typeof code === "string" && code ? code : undefined;
}

/**
 * Keeps the question (masked) beside an answer or a clarification for the follow-up time, so that a citizen who then
 * asks for a person puts it on the console's unanswered page (the engine's `onEscalation`).
 */
function withQuestion(step: FlowStep, question: string): FlowStep {
  if (!question || !step.next || (step.outcome !== "qa_answered" && step.outcome !== "qa_clarified")) return step;
  return { ...step, next: { ...step.next, data: { ...step.next.data, lastQuestion: maskPersonalData(question).slice(0, 500) } } };
}
