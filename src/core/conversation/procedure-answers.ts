/**
 * What the conversation needs from the procedure knowledge base. The Q&A service (src/core/procedures) implements
 * it; the engine does not depend on how questions are searched.
 */
import type { ProcedureAspect } from "../procedures/types.js";

/** One procedure the citizen may have meant, offered as a button when the question is ambiguous. */
export interface ProcedureCandidate {
  code: string;
  name: string;
}

/** The answer to one question. `answerText` quotes the record; it is already written for the citizen. */
export interface ProcedureAnswer {
  outcome: "answer" | "clarify" | "none";
  aspect: ProcedureAspect;
  /** The procedure answered ("answer"), or the ones to choose from ("clarify"). */
  candidates: ProcedureCandidate[];
  answerText: string;
}

/** Port for procedure questions. */
export interface ProcedureAnswers {
  /** Answers a free-text question; `lastProcedureCode` lets "lệ phí bao nhiêu?" follow the previous answer. */
  ask(question: string, context?: { lastProcedureCode?: string }): Promise<ProcedureAnswer> | ProcedureAnswer;
  /** The answer about one aspect of one procedure (a button press), or null when the code is unknown. */
  answerFor(code: string, aspect: ProcedureAspect): Promise<ProcedureAnswer | null> | ProcedureAnswer | null;
}
