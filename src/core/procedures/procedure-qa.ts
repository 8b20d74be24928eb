/**
 * The procedure question-answering service the conversation engine calls: search, aspect, answer text, clarify
 * choices, and follow-ups that keep the last procedure in context. Pure: no I/O, no clock.
 */
import { foldText } from "./normalize.js";
import { composeAnswer, composeClarify, composeNotFound, type ProcedureChoice } from "./answer.js";
import { detectAspects, withoutAspectWords } from "./aspect.js";
import { analyzeQuery } from "./query.js";
import { LocalWords, localWordRules, type LocalWord } from "./local-words.js";
import { ProcedureIndex } from "./procedure-index.js";
import { prepareNameProfiles } from "./rerank.js";
import { deletionIndexOf } from "./typo.js";
import { prepareSiblingProfiles } from "./sibling-profiles.js";
import { prepareEverydayWords } from "./everyday-words.js";
import { searchProcedures, type Candidate, type PreferredLevel, type SearchOutcome, type SearchResult } from "./search.js";
import { withoutPaperAsked } from "./papers-asked.js";
import type { ProcedureAspect, ProcedureRecord } from "./types.js";

export interface ProcedureQAOptions {
  /** The organisation's level: a ward bot ("xa") favours ward procedures and fields. */
  preferLevel?: PreferredLevel;
  /** Candidates returned per question (default 10). */
  limit?: number;
  /** The ward's local words, read before every search. */
  localWords?: readonly LocalWord[];
}

/** What the conversation remembers between two questions. */
export interface ProcedureQAContext {
  /** The procedure of the last answer, so "thế còn phí?" answers its fee. */
  lastProcedureCode?: string;
}

export interface ProcedureQAResult {
  outcome: SearchOutcome;
  aspect: ProcedureAspect;
  candidates: Candidate[];
  answerText: string;
  /** Set for "clarify": up to 4 choices to offer. */
  choices?: ProcedureChoice[];
  /** The procedure answered about (outcome "answer"); store it as the next `lastProcedureCode`. */
  procedureCode?: string;
  /** True when the question was a follow-up answered from `lastProcedureCode`. */
  followUp: boolean;
  /** The question as searched, when a local word changed it. */
  readAs?: string;
  /** Set when the first look declined the question and a second look weighed it (see `second-look.ts`). */
  declined?: SearchResult["declined"];
}

/** How a follow-up question starts or ends, over folded text: "thế còn …", "còn …", "vậy …", "… thì sao". */
const FOLLOW_UP_CUE = /^\s*(the con|con|vay con|vay|the thi|the)\b|\bthi sao\s*\??\s*$/u;

export class ProcedureQA {
  private readonly index: ProcedureIndex;
  private readonly byCode: Map<string, ProcedureRecord>;
  private readonly localWords: LocalWords;

  /**
   * Builds the in-memory index (about a second for the 2,642 national records).
   *
   * @param records - the knowledge base; inactive records are ignored.
   * @param options - preferred level and result size.
   */
  constructor(
    records: readonly ProcedureRecord[],
    private readonly options: ProcedureQAOptions = {},
  ) {
    this.index = ProcedureIndex.build(records);
    // built now, so that no question pays for them: the typo index, the re-ranker's name profiles, the everyday words
    deletionIndexOf(this.index);
    prepareNameProfiles(this.index);
    prepareSiblingProfiles(this.index);
    prepareEverydayWords();
    this.byCode = new Map(this.index.records.map((r) => [r.code, r]));
    this.localWords = new LocalWords(localWordRules(options.localWords ?? [], (code) => this.byCode.get(code)?.name));
  }

  /** Number of active procedures searched. */
  get size(): number {
    return this.index.size;
  }

  /**
   * Answers a citizen's question.
   *
   * @param typed - the text as typed (local words are read before the search).
   * @param context - the last procedure answered, for follow-ups.
   * @returns outcome, aspect, ranked candidates and the text to send.
   */
  ask(typed: string, context: ProcedureQAContext = {}): ProcedureQAResult {
    const question = this.localWords.apply(typed);
    const readAs = question !== typed ? { readAs: question } : {};
    const aspects = detectAspects(question);
    const aspect = aspects[0] ?? "overview";
    const result = this.search(question);
    const last = context.lastProcedureCode ? this.byCode.get(context.lastProcedureCode) : undefined;
    // A follow-up names an aspect and no other procedure: "lệ phí bao nhiêu?", "thời gian giải quyết" (the bot's
    // own button label, typed), or, when the search is sure of nothing, a question worded as a follow-up ("thế còn
    // thời gian?", "con le phi thi sao").
    if (last && aspects.length > 0 && (!result.hasContent || this.asksAspectOnly(question) || (result.outcome === "none" && FOLLOW_UP_CUE.test(foldText(question))))) {
      return {
        outcome: "answer",
        aspect,
        candidates: [{ code: last.code, name: last.name, score: 0, confidence: 1 }],
        answerText: composeAnswer(last, aspect),
        procedureCode: last.code,
        followUp: true,
        ...readAs,
      };
    }
    const base = { aspect, candidates: result.candidates, followUp: false, ...readAs, ...(result.declined ? { declined: result.declined } : {}) };
    if (result.outcome === "none") return { ...base, outcome: "none", answerText: composeNotFound() };
    if (result.outcome === "clarify") {
      const { text, choices } = composeClarify(result.candidates.slice(0, result.choiceCount));
      return { ...base, outcome: "clarify", answerText: text, choices };
    }
    const top = this.byCode.get(result.candidates[0]?.code ?? "");
    if (!top) return { ...base, outcome: "none", answerText: composeNotFound() };
    return { ...base, outcome: "answer", answerText: composeAnswer(top, aspect), procedureCode: top.code };
  }

  /**
   * The answer about one procedure, e.g. after the citizen picked a choice.
   *
   * @param code - national code of the procedure.
   * @param aspect - the aspect to answer first.
   * @returns the text, or null when the code is not in the knowledge base.
   */
  answerFor(code: string, aspect: ProcedureAspect = "overview"): string | null {
    const record = this.byCode.get(code);
    return record ? composeAnswer(record, aspect) : null;
  }

  /**
   * The search over the question; when it asks about a paper to bring ("có cần giấy xác nhận độc thân không") and
   * the rest names a procedure on its own, the rest's answer: the paper is what to bring, not what is wanted.
   */
  private search(question: string): SearchResult {
    const options = { preferLevel: this.options.preferLevel, limit: this.options.limit };
    const result = searchProcedures(this.index, question, options);
    const rest = withoutPaperAsked(question);
    if (!rest) return result;
    const other = searchProcedures(this.index, rest, options);
    return other.outcome === "answer" && other.candidates[0]?.code !== result.candidates[0]?.code ? other : result;
  }

  /** True when nothing but aspect words and function words is left of the question (no procedure is named). */
  private asksAspectOnly(question: string): boolean {
    const rest = withoutAspectWords(question);
    if (!rest) return true;
    const query = analyzeQuery(rest, this.index);
    return query.contentSyllables.length === 0 && query.codes.length === 0;
  }

  /** The record of a code, or undefined. */
  procedure(code: string): ProcedureRecord | undefined {
    return this.byCode.get(code);
  }
}
