/**
 * When an officer asks a citizen for more information, the citizen's next message is taken as the answer: the ticket
 * core calls {@link ChatInfoPrompts.expectInfo} after the question went out, and the conversation state then waits
 * in the feedback flow's "info" step. A citizen in the middle of something else (a report being written) keeps it;
 * the question's "Trả lời" button still reaches the ticket.
 */
import type { CitizenPrompts } from "../../feedback/ticket-change.js";
import { isLive, type ConversationStateStore } from "../state.js";
import { INFO_ANSWER_TTL_MINUTES, RATING_TTL_MINUTES } from "./feedback-ticket-actions.js";

export class ChatInfoPrompts implements CitizenPrompts {
  constructor(private readonly states: ConversationStateStore) {}

  /**
   * Sets the citizen's conversation to wait for the answer about `ticketCode`.
   *
   * @param identityId - the chat the question was sent to.
   * @param at - when it was sent (the wait runs from then).
   */
  async expectInfo(identityId: string, ticketCode: string, at: Date): Promise<void> {
    await this.wait(identityId, "info", ticketCode, at, INFO_ANSWER_TTL_MINUTES);
  }

  /**
   * Sets the citizen's conversation to read their next words as their verdict on the resolution of `ticketCode`
   * ("tốt lắm, cảm ơn" rates it, "đèn vẫn chưa sáng" reopens it), unless they are in the middle of something else.
   */
  async expectRating(identityId: string, ticketCode: string, at: Date): Promise<void> {
    await this.wait(identityId, "rate", ticketCode, at, RATING_TTL_MINUTES);
  }

  private async wait(identityId: string, step: "info" | "rate", ticketCode: string, at: Date, ttlMinutes: number): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = await this.states.load(identityId);
      if (isLive(stored, at) && !(stored.flow === "feedback" && (stored.step === "info" || stored.step === "rate"))) return;
      const next = { flow: "feedback", step, data: { code: ticketCode }, expiresAt: new Date(at.getTime() + ttlMinutes * 60_000) };
      if (await this.states.save(identityId, next, stored?.version ?? null)) return;
    }
  }
}
