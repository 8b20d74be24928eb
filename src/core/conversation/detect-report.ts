/**
 * Tells a report of a problem in the ward from a procedure question: a classifier trained on the project's own
 * examples (report-intent/) scores the message; a message worded as a question (report-lexicon.vi.ts) must score
 * higher to be taken as a report, one that names a problem state at a place ("ngõ 5 … hỏng") less. Between "report" and "question" lies "unsure", where the bot asks the citizen.
 * bench/report-intent.ts measures it.
 */
import { REPORT_INTENT_MODEL } from "./report-intent/model.gen.js";
import { ReportIntentClassifier, type ReportVerdict } from "./report-intent/model.js";
import { REPORT_THRESHOLDS } from "./report-intent/thresholds.js";
import { foldDiacritics } from "../procedures/normalize.js";
import { ASKING_ENDINGS, ASKING_PHRASES, PLACE_WORDS, PROBLEM_STATES, TRAILING_SOFTENERS } from "./report-lexicon.vi.js";

const classifier = new ReportIntentClassifier(REPORT_INTENT_MODEL, REPORT_THRESHOLDS);

/** A cue list as a whole-word pattern, one over marked text and one over folded text. */
function cuePatterns(build: (fold: (s: string) => string) => string): { marked: RegExp; folded: RegExp } {
  return { marked: new RegExp(build((s) => s), "u"), folded: new RegExp(build(foldDiacritics), "u") };
}
/**
 * A cue list as alternatives. An entry written `=word` counts only where the citizen typed marks: without them
 * "hoi" is mostly "hỏi" (ask), "cau" "câu" (a question), "cho" "cho" (give), not "hôi", "cầu", "chợ".
 */
const words = (list: readonly string[], fold: (s: string) => string) => {
  const folded = fold === foldDiacritics;
  return list.flatMap((w) => (w.startsWith("=") ? (folded ? [] : [w.slice(1)]) : [fold(w)])).join("|");
};
// without marks "o dau" is "ở đâu" (where?) or "ở đầu" (at the head of): before a place word it says where
const ASKING = cuePatterns(
  (f) =>
    `(?<![\\p{L}\\d])(?:${words(ASKING_PHRASES, f)})(?![\\p{L}\\d])(?! (?:${words(PLACE_WORDS, f)})(?![\\p{L}\\d]))|(?<![\\p{L}\\d])(?:${words(ASKING_ENDINGS, f)})(?: (?:${words(TRAILING_SOFTENERS, f)}))?$`,
);
const PROBLEM = cuePatterns((f) => `(?<![\\p{L}\\d])(?:${words(PROBLEM_STATES, f)})(?![\\p{L}\\d])`);
const PLACED_PROBLEM = cuePatterns((f) => {
  const place = `(?<![\\p{L}\\d])(?:${words(PLACE_WORDS, f)})(?![\\p{L}\\d])`;
  const problem = `(?<![\\p{L}\\d])(?:${words(PROBLEM_STATES, f)})(?![\\p{L}\\d])`;
  return `${place}.*${problem}|${problem}.*${place}`;
});

/** The message as the cues read it: lower case, punctuation as spaces; marked or folded as the citizen typed it. */
function cueText(text: string): { text: string; marked: boolean } {
  const lower = text.normalize("NFC").toLowerCase().replace(/[^\p{L}\d\s]+/gu, " ").replace(/\s+/gu, " ").trim();
  const folded = foldDiacritics(lower);
  return { text: lower, marked: folded !== lower };
}

const test = (patterns: { marked: RegExp; folded: RegExp }, cue: { text: string; marked: boolean }) =>
  (cue.marked ? patterns.marked : patterns.folded).test(cue.text);

/**
 * Whether a message is worded as a question.
 *
 * @param text - the message as typed.
 */
export function isWordedAsQuestion(text: string): boolean {
  return /\?\s*$/u.test(text) || test(ASKING, cueText(text));
}

/**
 * Whether a message names a problem state ("hỏng", "tắc", "ngập", "bốc mùi"…), wherever it is.
 *
 * @param text - the message as typed.
 */
export function namesProblem(text: string): boolean {
  return test(PROBLEM, cueText(text));
}

/**
 * Where a message falls between a report and a question.
 *
 * @param text - the message as typed.
 * @returns "report", "unsure" (ask the citizen) or "question", with the classifier's probability.
 */
export function readReport(text: string): { verdict: ReportVerdict; probability: number } {
  const cue = cueText(text);
  const asking = /\?\s*$/u.test(text) || test(ASKING, cue);
  return classifier.verdict(text, { asking, placedProblem: !asking && test(PLACED_PROBLEM, cue) });
}
