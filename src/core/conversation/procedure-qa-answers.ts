/**
 * Connects the procedure Q&A service (src/core/procedures/procedure-qa.ts) to the conversation's
 * {@link ProcedureAnswers} port, so the engine keeps depending on the port only.
 */
import type { ProcedureQA } from "../procedures/procedure-qa.js";
import type { ProcedureAspect } from "../procedures/types.js";
import type { ProcedureAnswer, ProcedureAnswers } from "./procedure-answers.js";

export interface ProcedureAnswersOptions {
  /**
   * Answers remembered per (question, last procedure), least recently used dropped first (default 2,000; 0 turns
   * it off). Citizens ask the same few questions over and over and ProcedureQA is pure, so a remembered answer is
   * the answer; the cache must be rebuilt with the service when the knowledge base changes.
   */
  cacheSize?: number;
}

/**
 * Wraps a ProcedureQA.
 *
 * @param qa - the built Q&A service.
 * @param options - answer cache size.
 * @returns the port the Q&A flow calls.
 */
export function procedureAnswersFrom(qa: ProcedureQA, options: ProcedureAnswersOptions = {}): ProcedureAnswers {
  const cacheSize = options.cacheSize ?? 2000;
  const cache = new Map<string, ProcedureAnswer>();
  const ask = (question: string, context?: { lastProcedureCode?: string }): ProcedureAnswer => {
    if (cacheSize <= 0) return askUncached(qa, question, context);
    const key = `${context?.lastProcedureCode ?? ""}\u0000${question.normalize("NFC").trim().toLowerCase()}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const answer = askUncached(qa, question, context);
    cache.set(key, answer);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return answer;
  };
  return {
    ask,
    answerFor(code: string, aspect: ProcedureAspect): ProcedureAnswer | null {
      const text = qa.answerFor(code, aspect);
      const record = qa.procedure(code);
      if (text === null || !record) return null;
      return { outcome: "answer", aspect, candidates: [{ code, name: record.name }], answerText: text };
    },
  };
}

function askUncached(qa: ProcedureQA, question: string, context?: { lastProcedureCode?: string }): ProcedureAnswer {
  const r = qa.ask(question, context ?? {});
  if (r.outcome === "answer") {
    const code = r.procedureCode ?? r.candidates[0]?.code;
    const name = code ? (qa.procedure(code)?.name ?? "") : "";
    return { outcome: "answer", aspect: r.aspect, candidates: code ? [{ code, name }] : [], answerText: r.answerText };
  }
  if (r.outcome === "clarify") {
    const candidates = (r.choices ?? r.candidates.map((c) => ({ code: c.code, label: c.name }))).map((c) => ({ code: c.code, name: c.label }));
    // the buttons carry the choices; the numbered list in r.answerText would repeat them
    return { outcome: "clarify", aspect: r.aspect, candidates, answerText: "" };
  }
  return { outcome: "none", aspect: r.aspect, candidates: [], answerText: r.answerText };
}
