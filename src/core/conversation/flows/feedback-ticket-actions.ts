/**
 * The citizen's answers about a ticket they reported, from the buttons of its updates or typed: a rating, "chưa
 * giải quyết" (reopen), and the answer to an officer's question. Each is keyed by the inbound event, so a re-run
 * of the same message changes nothing twice; a ticket that is not the citizen's is "not found".
 */
import { isAppError } from "../../shared/app-error.js";
import type { FlowContext, FlowStep } from "../flow.js";
import { reply } from "../flow.js";
import { FB } from "./feedback-messages.vi.js";
import type { CitizenFeedback } from "./feedback-ports.js";

/** How long the chat waits for the answer to an officer's question before the next message is routed as usual. */
export const INFO_ANSWER_TTL_MINUTES = 3 * 24 * 60;
/** How long, after a resolution notice, the citizen's words are read as their verdict on it. */
export const RATING_TTL_MINUTES = 3 * 24 * 60;

/** "Still broken" in the citizen's words after a resolution: "vẫn chưa sáng", "chưa sửa", "vẫn hỏng", "vẫn còn"… */
const NOT_FIXED =
  /\b(van (chua|con|hong|bi|the|khong|tat|mat|ngap|tac|boc|nhu cu|y nguyen|chay)|chua (duoc )?(sua|giai quyet|xong|khac phuc|xu ly|sang|thay|don|het|lam|ai)|khong (ai )?(sua|den|lam|xu ly)|lai (hong|tat|bi|tac|ngap)|dau (co )?(sua|giai quyet))\b/u;
/** Thanks or praise after a resolution: "tốt lắm", "cảm ơn phường", "hài lòng", "đã sáng rồi". */
const PRAISE = /\b(tot( lam| qua)?|rat tot|hai long|tuyet|cam on|thank|tks|ok roi|on roi|xong roi|da (sang|sua|sach|thong|het)( lai)? roi|nhanh (lam|qua))\b/u;

/** What the citizen's words after a resolution notice say about it: still broken, satisfied, or neither. */
export function verdictOf(folded: string): "not_fixed" | "praise" | null {
  if (NOT_FIXED.test(folded)) return "not_fixed";
  return PRAISE.test(folded) ? "praise" : null;
}

const text = (t: string) => ({ kind: "text" as const, text: t });

/** Runs a ticket action, turning the core's refusals (not found, wrong state, too late) into a chat answer. */
async function attempt(action: () => Promise<FlowStep>): Promise<FlowStep> {
  try {
    return await action();
  } catch (err) {
    if (isAppError(err)) return reply(text(FB.actionRefused(err.message)));
    throw err;
  }
}

/** A rating from the stars under a resolution notice. */
export function rate(feedback: CitizenFeedback, ctx: FlowContext, code: string, stars: number): Promise<FlowStep> {
  return attempt(async () => {
    await feedback.rate({ code, citizenId: ctx.identity.citizenId, sourceKey: ctx.eventKey, stars });
    return reply(text(FB.rated(code, stars)));
  });
}

/**
 * "Chưa giải quyết": reopens the ticket. Every reporter (this citizen too) is told through the ticket's notices, so
 * the chat adds no reply of its own.
 */
export function reopen(feedback: CitizenFeedback, ctx: FlowContext, code: string, reason?: string): Promise<FlowStep> {
  return attempt(async () => {
    await feedback.reopenByCitizen({ code, citizenId: ctx.identity.citizenId, sourceKey: ctx.eventKey, ...(reason?.trim() ? { reason: reason.trim() } : {}) });
    return reply();
  });
}

/** "Chưa giải quyết" typed: reopens the citizen's latest ticket that has a result, with their words as the reason. */
export async function reopenLatest(feedback: CitizenFeedback, ctx: FlowContext, said?: string): Promise<FlowStep> {
  const mine = await feedback.listMine(ctx.identity.citizenId, 5);
  const latest = mine.find((t) => t.status === "resolved" || t.status === "answered" || t.status === "closed");
  if (!latest) return reply(text(FB.noReopenable));
  return reopen(feedback, ctx, latest.code, said);
}

/**
 * The citizen's words while a rating is pending for a just-resolved ticket: "still broken" reopens it with those
 * words as the reason; thanks or praise rates it five stars (said so, with how to change it); a digit 1–5 is the
 * stars. Anything else is not about the resolution: null, and the message is routed as usual.
 */
export function verdict(feedback: CitizenFeedback, ctx: FlowContext, code: string, said: string, folded: string): Promise<FlowStep> | null {
  if (/^[1-5]( sao)?$/u.test(folded)) return rate(feedback, ctx, code, Number(folded[0]));
  const v = verdictOf(folded);
  if (v === "not_fixed") return reopen(feedback, ctx, code, said);
  if (v === "praise") {
    return attempt(async () => {
      await feedback.rate({ code, citizenId: ctx.identity.citizenId, sourceKey: ctx.eventKey, stars: 5 });
      return reply(text(FB.ratedByPraise(code)));
    });
  }
  return null;
}

/** Waits for the citizen's answer to an officer's question ("Trả lời" pressed, or the prompt set by the ticket core). */
export function expectAnswer(code: string): FlowStep {
  return { replies: [text(FB.askInfoAnswer(code))], next: { step: "info", data: { code }, ttlMinutes: INFO_ANSWER_TTL_MINUTES } };
}

/** The citizen's answer, sent to the ticket; the ticket goes back to its department. */
export function answer(feedback: CitizenFeedback, ctx: FlowContext, code: string, body: string): Promise<FlowStep> {
  return attempt(async () => {
    await feedback.answerInfo({ code, citizenId: ctx.identity.citizenId, sourceKey: ctx.eventKey, text: body });
    return reply(text(FB.infoSent(code)));
  });
}
