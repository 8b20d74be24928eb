/**
 * Evaluation of procedure question answering over a labelled question set (the format of `qa_dev.jsonl`), as a
 * pure computation: the caller runs the questions and passes what was predicted and how long it took.
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
  latencyMs: number;
}

export interface QaReport {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  outOfScope: { n: number; declined: number };
  byStyle: Record<string, { n: number; top1: number }>;
  latencyMs: { p50: number; p99: number };
  indexBuildMs: number;
}

const round = (value: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

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
 * Scores predictions against a labelled set.
 * In scope (non-empty `expected`): top-1 / top-3 / MRR over the ranked codes; a "none" outcome counts as a miss;
 * for "clarify" the first candidate is the prediction. Out of scope: declined = outcome other than "answer".
 * `byStyle[tag].top1` is top-1 for in-scope questions and "declined" for out-of-scope ones.
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
  let oos = 0;
  let declined = 0;
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
    } else {
      oos++;
      ok = prediction.outcome !== "answer";
      if (ok) declined++;
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
    top1: inScope ? round(top1 / inScope) : 0,
    top3: inScope ? round(top3 / inScope) : 0,
    mrr: inScope ? round(rr / inScope) : 0,
    outOfScope: { n: oos, declined: oos ? round(declined / oos) : 0 },
    byStyle,
    latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) },
    indexBuildMs: round(indexBuildMs, 1),
  };
}
