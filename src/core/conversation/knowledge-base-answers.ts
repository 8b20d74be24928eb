/**
 * The conversation's view of the procedure knowledge base, swappable while the service runs: when procedures are
 * imported, a new index (and a fresh answer cache) replaces the old one; questions in progress finish on the old.
 */
import type { LocalWord } from "../procedures/local-words.js";
import { ProcedureQA, type ProcedureQAOptions } from "../procedures/procedure-qa.js";
import type { ProcedureAspect, ProcedureRecord } from "../procedures/types.js";
import type { ProcedureAnswer, ProcedureAnswers } from "./procedure-answers.js";
import { procedureAnswersFrom } from "./procedure-qa-answers.js";

export class KnowledgeBaseAnswers implements ProcedureAnswers {
  private current: { size: number; answers: ProcedureAnswers };

  /**
   * @param records - the active procedures.
   * @param options - the organisation's level, favoured in ranking.
   */
  constructor(
    records: readonly ProcedureRecord[],
    private readonly options: ProcedureQAOptions = {},
  ) {
    this.current = this.build(records);
  }

  /** Number of procedures answered from. */
  get size(): number {
    return this.current.size;
  }

  /** Builds a new index from `records` (and the ward's local words, when given) and switches to it. */
  replace(records: readonly ProcedureRecord[], localWords?: readonly LocalWord[]): void {
    this.current = this.build(records, localWords);
  }

  /** Answers a free-text question; follow-ups ("thế còn lệ phí?") use the last procedure answered. */
  ask(question: string, context?: { lastProcedureCode?: string }): ProcedureAnswer | Promise<ProcedureAnswer> {
    return this.current.answers.ask(question, context);
  }

  /** The answer about one aspect of one procedure (a button press); null for an unknown or retired code. */
  answerFor(code: string, aspect: ProcedureAspect): ProcedureAnswer | null | Promise<ProcedureAnswer | null> {
    return this.current.answers.answerFor(code, aspect);
  }

  private build(records: readonly ProcedureRecord[], localWords?: readonly LocalWord[]): { size: number; answers: ProcedureAnswers } {
    const qa = new ProcedureQA(records, localWords ? { ...this.options, localWords } : this.options);
    return { size: qa.size, answers: procedureAnswersFrom(qa) };
  }
}
