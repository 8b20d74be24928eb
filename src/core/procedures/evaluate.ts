/**
 * Evaluation of procedure question answering over a labelled question set (the format of `qa_dev.jsonl`), as a
 * pure computation: the caller runs the questions and passes what was predicted and how long it took.
 *
 * Besides ranking (top-1, top-3, MRR) it counts what the citizen actually got: a single answer (right or wrong),
 * a clarifying question (with or without the right procedure among its choices), or a decline. For a government
 * bot a confident wrong answer costs more than "tôi chưa chắc", so "confidently wrong" is reported next to top-1.
 */
import type { SearchOutcome } from "./search.js";

/** One labelled question. `expected` empty = out of scope. */
export interface QaQuestion {
  id?: string;
  question: string;
  expected: string[];
  style?: string[];
}

/** What the system answered for one question. */
export interface QaPrediction {
  outcome: SearchOutcome;
  /** Ranked candidate codes, best first. */
  codes: string[];
  /** For "clarify": how many of the first `codes` were offered as choices. */
  choiceCount: number;
  latencyMs: number;
}

/** What the citizens of the in-scope questions got, as counts. */
export interface QaOutcomes {
  /** One procedure answered; `correct`: it was an expected one. */
  answered: { n: number; correct: number };
  /** A clarifying question; `containsExpected`: an expected procedure was among its choices. */
  clarified: { n: number; containsExpected: number };
  /** "Not found" (the way to a person). */
  declined: { n: number };
}

/** The headline shares over the in-scope (`n`) and out-of-scope questions. */
export interface QaRates {
  /** Answered with a procedure that is not expected, over in-scope questions. */
  confidentlyWrong: number;
  /** Answered correctly, or clarified offering an expected procedure, over in-scope questions. */
  rightOrOffered: number;
  /** Out-of-scope questions declined without choices. */
  outOfScopeDeclined: number;
}

export interface QaReport {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  outcomes: QaOutcomes;
  /** Counts over the out-of-scope questions: declined ("none"), clarified (choices offered), answered. */
  outOfScope: { n: number; declined: number; clarified: number; answered: number };
  rates: QaRates;
  byStyle: Record<string, { n: number; top1: number }>;
  latencyMs: { p50: number; p99: number };
  indexBuildMs: number;
}

const round = (value: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

const share = (count: number, of: number): number => (of > 0 ? round(count / of) : 0);

/**
 * Nearest-rank percentile.
 *
 * @param values - samples (any order).
 * @param p - percentile in (0, 100].
 * @returns the percentile, 0 for no samples.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

/** Rank (1-based) of the first expected code among the predicted ones; 0 when absent or when nothing was asserted. */
export function rankOfExpected(question: QaQuestion, prediction: QaPrediction): number {
  if (prediction.outcome === "none") return 0;
  const at = prediction.codes.findIndex((code) => question.expected.includes(code));
  return at < 0 ? 0 : at + 1;
}

/**
 * The codes a citizen was actually shown: the answered one, the choices of a clarifying question, or none.
 *
 * @param prediction - what the system answered.
 * @returns the offered codes, best first.
 */
export function offeredCodes(prediction: QaPrediction): string[] {
  if (prediction.outcome === "answer") return prediction.codes.slice(0, 1);
  if (prediction.outcome === "clarify") return prediction.codes.slice(0, prediction.choiceCount);
  return [];
}

/**
 * Scores predictions against a labelled set.
 * In scope (non-empty `expected`): top-1 / top-3 / MRR over the ranked codes; a "none" outcome counts as a miss;
 * for "clarify" the first candidate is the prediction; `outcomes` counts answered (correct or not), clarified
 * (with an expected choice or not) and declined. Out of scope: counts of declined ("none"), clarified and
 * answered; only "none" is a clean decline (a clarifying question offers procedures the citizen did not ask
 * about). `byStyle[tag].top1` is top-1 for in-scope questions and "declined without choices" for out-of-scope ones.
 *
 * @param results - each question with its prediction, in any order.
 * @param indexBuildMs - time to build the index.
 * @returns the report in the CLI's JSON shape.
 */
export function scoreQa(results: ReadonlyArray<{ question: QaQuestion; prediction: QaPrediction }>, indexBuildMs: number): QaReport {
  let inScope = 0;
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  const outcomes: QaOutcomes = { answered: { n: 0, correct: 0 }, clarified: { n: 0, containsExpected: 0 }, declined: { n: 0 } };
  const outOfScope = { n: 0, declined: 0, clarified: 0, answered: 0 };
  const styles = new Map<string, { n: number; ok: number }>();
  for (const { question, prediction } of results) {
    let ok: boolean;
    if (question.expected.length > 0) {
      inScope++;
      const rank = rankOfExpected(question, prediction);
      ok = rank === 1;
      if (ok) top1++;
      if (rank >= 1 && rank <= 3) top3++;
      if (rank > 0) rr += 1 / rank;
      const right = offeredCodes(prediction).some((code) => question.expected.includes(code));
      if (prediction.outcome === "answer") {
        outcomes.answered.n++;
        if (right) outcomes.answered.correct++;
      } else if (prediction.outcome === "clarify") {
        outcomes.clarified.n++;
        if (right) outcomes.clarified.containsExpected++;
      } else {
        outcomes.declined.n++;
      }
    } else {
      outOfScope.n++;
      ok = prediction.outcome === "none";
      if (prediction.outcome === "none") outOfScope.declined++;
      else if (prediction.outcome === "clarify") outOfScope.clarified++;
      else outOfScope.answered++;
    }
    for (const tag of question.style ?? []) {
      const s = styles.get(tag) ?? { n: 0, ok: 0 };
      s.n++;
      if (ok) s.ok++;
      styles.set(tag, s);
    }
  }
  const byStyle: QaReport["byStyle"] = {};
  for (const [tag, s] of [...styles].sort(([a], [b]) => a.localeCompare(b))) byStyle[tag] = { n: s.n, top1: round(s.ok / s.n) };
  const latencies = results.map((r) => r.prediction.latencyMs);
  return {
    n: inScope,
    top1: share(top1, inScope),
    top3: share(top3, inScope),
    mrr: share(rr, inScope),
    outcomes,
    outOfScope,
    rates: {
      confidentlyWrong: share(outcomes.answered.n - outcomes.answered.correct, inScope),
      rightOrOffered: share(outcomes.answered.correct + outcomes.clarified.containsExpected, inScope),
      outOfScopeDeclined: share(outOfScope.declined, outOfScope.n),
    },
    byStyle,
    latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) },
    indexBuildMs: round(indexBuildMs, 1),
  };
}
