/**
 * The conversation's view of the procedure knowledge base: answers through the search core
 * ({@link ProcedureQA}) and lets the service swap in a rebuilt index when procedures are imported while it runs.
 */
import { ProcedureQA, type ProcedureQAOptions } from "../procedures/procedure-qa.js";
import type { ProcedureAspect, ProcedureRecord } from "../procedures/types.js";
import type { ProcedureAnswer, ProcedureAnswers } from "./procedure-answers.js";

export class KnowledgeBaseAnswers implements ProcedureAnswers {
  private qa: ProcedureQA;

  /**
   * @param records - the active procedures.
   * @param options - the organisation's level, favoured in ranking.
   */
  constructor(
    records: readonly ProcedureRecord[],
    private readonly options: ProcedureQAOptions = {},
  ) {
    this.qa = new ProcedureQA(records, options);
  }

  /** Number of procedures answered from. */
  get size(): number {
    return this.qa.size;
  }

  /** Builds a new index from `records` and switches to it; questions in progress finish on the old one. */
  replace(records: readonly ProcedureRecord[]): void {
    this.qa = new ProcedureQA(records, this.options);
  }

  /** Answers a free-text question; follow-ups ("thế còn lệ phí?") use the last procedure answered. */
  ask(question: string, context?: { lastProcedureCode?: string }): ProcedureAnswer {
    const result = this.qa.ask(question, context);
    const candidates =
      result.outcome === "answer"
        ? result.candidates.slice(0, 1).map(({ code, name }) => ({ code, name }))
        : result.outcome === "clarify"
          ? (result.choices ?? []).map((c) => ({ code: c.code, name: c.label }))
          : [];
    return { outcome: result.outcome, aspect: result.aspect, candidates, answerText: result.answerText };
  }

  /** The answer about one aspect of one procedure (a button press); null for an unknown or retired code. */
  answerFor(code: string, aspect: ProcedureAspect): ProcedureAnswer | null {
    const record = this.qa.procedure(code);
    const text = this.qa.answerFor(code, aspect);
    if (!record || text === null) return null;
    return { outcome: "answer", aspect, candidates: [{ code, name: record.name }], answerText: text };
  }
}
