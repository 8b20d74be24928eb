/**
 * Unanswered questions (issue #10 point 6): what the bot declined, or answered and the citizen then asked for a
 * person or said the answer was wrong. The text is masked (phones, ID numbers, e-mails) before it is stored, kept only for the configured
 * retention, and read grouped by similar wording over a chosen period.
 */
import type { Actor } from "../staff/actor.js";
import { assertAllowed } from "../staff/permissions.js";
import { groupQuestions, type QuestionGroup, type QuestionRow } from "./grouping.js";
import { maskPersonalData } from "./mask.js";

/**
 * Why a question is on the page: the bot declined it, or after the answer the citizen asked for a person or said it
 * was wrong ("sai rồi").
 */
export type UnansweredReason = "declined" | "human" | "said_wrong";

/** The longest question stored (a chat message is rarely longer). */
const MAX_TEXT = 1000;
/** Questions read for one page at most (newest first): a busy ward declines a few hundred a month. */
const MAX_ROWS = 5000;
const DAY_MS = 86_400_000;

export interface UnansweredStore {
  add(row: { text: string; reason: UnansweredReason; channel: string; createdAt: Date }): Promise<void>;
  /** Questions in [from, to), newest first, at most `limit`. */
  between(from: Date, to: Date, limit: number): Promise<QuestionRow[]>;
  /** Deletes questions stored before `cutoff`; how many. */
  deleteBefore(cutoff: Date): Promise<number>;
}

export class UnansweredQuestions {
  constructor(
    private readonly store: UnansweredStore,
    /** Days a question is kept (default 90). */
    private readonly retentionDays = 90,
  ) {}

  /**
   * Stores a question the bot could not answer well, masked. Text without a letter (blank, a stray "5" left from
   * a choice list, an emoji) says nothing the knowledge base could learn from and is not stored.
   *
   * @param question - the citizen's text as typed.
   * @param reason - declined, or a person was asked for after the answer.
   * @param channel - the platform, for the page.
   * @param at - when it was asked.
   */
  async record(question: string, reason: UnansweredReason, channel: string, at: Date = new Date()): Promise<void> {
    const text = maskPersonalData(question.replace(/\s+/gu, " ").trim()).slice(0, MAX_TEXT);
    if (!/\p{L}/u.test(text)) return;
    await this.store.add({ text, reason, channel, createdAt: at });
  }

  /**
   * The questions of a period grouped by similar wording, largest group first.
   *
   * @param actor - admin, editor or leader.
   * @param from - start of the period (included).
   * @param to - end of the period (excluded).
   * @returns the groups, and whether the period held more questions than were read.
   */
  async groups(actor: Actor, from: Date, to: Date): Promise<{ groups: QuestionGroup[]; total: number; truncated: boolean }> {
    assertAllowed(actor, "unanswered.view");
    const rows = await this.store.between(from, to, MAX_ROWS + 1);
    const read = rows.slice(0, MAX_ROWS);
    return { groups: groupQuestions(read), total: read.length, truncated: rows.length > MAX_ROWS };
  }

  /** Days a question is kept. */
  get retention(): number {
    return this.retentionDays;
  }

  /**
   * Deletes the questions older than the retention (the housekeeping job).
   *
   * @returns how many were deleted.
   */
  removeExpired(now: Date = new Date()): Promise<number> {
    return this.store.deleteBefore(new Date(now.getTime() - this.retentionDays * DAY_MS));
  }
}
