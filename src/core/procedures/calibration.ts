/**
 * Calibrated confidence and the outcome of a search. The confidence of the top candidate is a fixed logistic over
 * six features of the evidence, so it can be read as "how likely this is what the citizen means":
 *
 *   z = BIAS + W_NAME·nameCoverage + W_IN_NAME·inName + W_COVERAGE·coverage + W_MARGIN·min(margin, 0.5)
 *       + W_WARD·wardField − W_OFF_SCOPE·notAtWard
 *   confidence = 1 / (1 + e^(−z))
 *
 * - nameCoverage: share of the top name's distinctive words the question mentions (see `rerank.ts`);
 * - inName: share (idf-weighted) of the question's content words found in the top record's name or keywords;
 * - coverage: the same share found anywhere in the record (long texts count less);
 * - margin: (top − second) / top of the second-pass score: a clear winner is trusted more;
 * - wardField: the top record is in a field a ward's citizens ask about (hộ tịch, cư trú, đất đai, …); a question
 *   whose best match is a customs or tax procedure is more likely out of a ward's scope;
 * - notAtWard: the question names a topic a ward does not handle (a company, a driving licence, a passport, a
 *   divorce, …; `NOT_AT_WARD` in `concepts.vi.ts`) that the top name does not carry.
 * The weights were set by hand from what each feature means (a question naming a procedure plainly scores about
 * 0.9, one sharing a common word with an unrelated name about 0.1), then checked on the project's own questions.
 */
import type { SearchOutcome } from "./search.js";

/** The features of the top candidate the confidence is computed from. */
export interface RankFeatures {
  nameCoverage: number;
  inName: number;
  /** Share of the question found in the top record's name, keywords, field or result (a topic like "hộ tịch"). */
  inField: number;
  coverage: number;
  margin: number;
  wardField: boolean;
  notAtWard: boolean;
  /**
   * The question names a topic a ward does not handle, even one the top name carries ("làm hộ chiếu" against
   * "Trình báo mất hộ chiếu"): such a question is asked back only on firm evidence, never on plausible evidence.
   */
  namesOtherBody?: boolean;
  /** The citizen's own words name no procedure (see `AnalyzedQuery.vague`): never a single answer. */
  vague: boolean;
}

const BIAS = -4.4;
const W_NAME = 3;
const W_IN_NAME = 2;
const W_COVERAGE = 1;
const W_MARGIN = 3;
const W_WARD = 0.8;
const W_OFF_SCOPE = 3;

/** Answer only at or above this confidence. */
export const ANSWER_CONFIDENCE = 0.6;
/** Candidates scoring at least this share of the top one are "close" and offered together. */
export const CLARIFY_RATIO = 0.75;
/**
 * Weak evidence, the question is out of scope: the top name is hardly explained by the question (below
 * WEAK_NAME_COVERAGE) and the question is not fully found in that name (below FULL_IN_NAME), or both shares are
 * small (unless it names a topic, see TOPIC_IN_FIELD); or the confidence is below MIN_CONFIDENCE_TO_CLARIFY.
 */
const WEAK_NAME_COVERAGE = 0.25;
const FULL_IN_NAME = 0.95;
const LOW_SHARE = 0.3;
const MIN_CONFIDENCE_TO_CLARIFY = 0.15;
/**
 * A long official name ("Khai báo vũ khí thô sơ là hiện vật trưng bày, triển lãm, làm đồ gia bảo") is only partly
 * mentioned by a citizen who names it plainly, so its name coverage looks weak. When at least this share of the
 * question's own words is firmly explained by the record, anchored by a phrase (the evidence gate's measure), the
 * question is not weak: it gets a clarifying question, or an answer when the confidence allows.
 */
const FIRM_EVIDENCE_SHARE = 0.5;
/**
 * Between weak and firm: a phrase of the question anchors the record, a fair share of the question is firmly
 * explained by it and the question mentions a fair share of its name. Too little to answer, enough to ask back with
 * the close candidates (a citizen telling a story names the procedure only in part: "góp đất làm đường").
 */
const PLAUSIBLE_FIRM_SHARE = 0.2;
const PLAUSIBLE_NAME_COVERAGE = 0.25;
/**
 * A single answer needs the top name mostly explained by the question, or a fair share of the question found in
 * the name: below both, the match rests on a word or two ("cong thoat nuoc" against "… hộ thoát nghèo …"), and the
 * citizen is asked instead.
 */
const ANSWER_NAME_COVERAGE = 0.6;
const ANSWER_IN_NAME = 0.4;
/** A question fully found in the top record's field or name ("hộ tịch", "thủ tục đất đai") names a topic: not weak. */
export const TOPIC_IN_FIELD = 0.9;

/**
 * The calibrated confidence of the top candidate.
 *
 * @param f - its features.
 * @returns a probability-like value in (0, 1).
 */
export function calibratedConfidence(f: RankFeatures): number {
  const z = BIAS + W_NAME * f.nameCoverage + W_IN_NAME * f.inName + W_COVERAGE * f.coverage
    + W_MARGIN * Math.min(f.margin, 0.5) + (f.wardField ? W_WARD : 0) - (f.notAtWard ? W_OFF_SCOPE : 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The outcome: "answer" when the top candidate is trusted, "none" when the evidence is weak (few or common words
 * matched, or low confidence), otherwise "clarify" with the close candidates.
 *
 * @param f - features of the top candidate.
 * @param confidence - from {@link calibratedConfidence}.
 * @param close - how many candidates score within {@link CLARIFY_RATIO} of the top one.
 * @param firmShare - the evidence gate's firm share for the top record when anchored by a phrase, else 0.
 * @returns the outcome.
 */
export function decideOutcome(f: RankFeatures, confidence: number, close: number, firmShare = 0): SearchOutcome {
  const topic = f.inField >= TOPIC_IN_FIELD && !f.notAtWard;
  const firm = firmShare >= FIRM_EVIDENCE_SHARE && !f.notAtWard;
  const plausible = firmShare >= PLAUSIBLE_FIRM_SHARE && f.nameCoverage >= PLAUSIBLE_NAME_COVERAGE && !f.notAtWard
    && f.namesOtherBody !== true;
  const weak = !topic && !firm && !plausible && ((f.nameCoverage < WEAK_NAME_COVERAGE && f.inName < FULL_IN_NAME) || (f.nameCoverage < LOW_SHARE && f.inName < LOW_SHARE));
  if (weak || (confidence < MIN_CONFIDENCE_TO_CLARIFY && !topic && !firm && !plausible)) return "none";
  const partial = f.nameCoverage < ANSWER_NAME_COVERAGE && f.inName < ANSWER_IN_NAME;
  if (confidence >= ANSWER_CONFIDENCE && close <= 1 && !f.vague && !partial) return "answer";
  return "clarify";
}
