/**
 * The report/question classifier: a logistic regression over the features of features.ts. A message's score is
 * the probability that it reports a problem to the ward rather than asks about a procedure (or says something
 * else). Two thresholds cut it in three: a report, a question, and between them "unsure", where the bot asks.
 */
import { intentFeatures } from "./features.js";

/** A trained model as stored (report-intent-model.gen.ts) and as the trainer returns it. */
export interface ReportIntentModel {
  /** What it was trained on, for the reader: counts per class. */
  trainedOn: { reports: number; others: number };
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/**
 * At or above `report` a message is a report (`askingReport` when it is worded as a question, `placedProblem` when
 * it names a problem state at a place); below `unsure` it is not; between, the citizen is asked.
 */
export interface ReportThresholds {
  report: number;
  askingReport: number;
  placedProblem: number;
  unsure: number;
}

/** Where a message falls. */
export type ReportVerdict = "report" | "unsure" | "question";

/** Typical number of features of a message: one that has this many counts each at full weight. */
const TYPICAL_FEATURES = 25;

/**
 * The value of each feature of a message with `count` features: a long story says more words, not more about
 * being a report, so its features weigh less each (the vector's length grows as the square root of the count).
 *
 * @param count - how many features the message has.
 */
export function featureValue(count: number): number {
  return count === 0 ? 0 : Math.sqrt(TYPICAL_FEATURES / count);
}

/** A loaded model: weights in a map, so scoring a message is a few dozen lookups. */
export class ReportIntentClassifier {
  private readonly weights: Map<string, number>;

  constructor(
    readonly model: ReportIntentModel,
    private readonly thresholds: ReportThresholds,
  ) {
    this.weights = new Map(Object.entries(model.weights));
  }

  /**
   * The probability that `text` reports a problem.
   *
   * @param text - the message as typed.
   */
  probability(text: string): number {
    const features = intentFeatures(text);
    const x = featureValue(features.length);
    let z = this.model.bias;
    for (const f of features) z += (this.weights.get(f) ?? 0) * x;
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The verdict for `text` at the model's thresholds.
   *
   * @param text - the message as typed.
   * @param cues - whether it is worded as a question (a higher bar to be taken as a report), or names a problem
   *   state at a place (a lower one).
   */
  verdict(text: string, cues: { asking: boolean; placedProblem: boolean }): { verdict: ReportVerdict; probability: number } {
    const p = this.probability(text);
    const { report, askingReport, placedProblem, unsure } = this.thresholds;
    const bar = cues.asking ? askingReport : cues.placedProblem ? placedProblem : report;
    return { verdict: p >= bar ? "report" : p >= unsure ? "unsure" : "question", probability: p };
  }
}
