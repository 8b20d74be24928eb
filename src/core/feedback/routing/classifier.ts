/**
 * The trained routing classifier: a multinomial logistic regression over the features of text-features.ts, one
 * class per (department, category) seen in the examples. A department's confidence is the sum of its classes'
 * probabilities, after temperature scaling fitted on held-out folds of the examples (so 0.8 means right about
 * eight times in ten on messages the model was not trained on). Written here rather than taken from a library: it
 * is about a hundred lines, trains in well under a second on the project's examples, and its model is plain JSON
 * that every replica loads from the RoutingModel row.
 */
import type { RoutingClassifier } from "./router.js";
import { routingFeatures } from "./text-features.js";

/** A trained model as stored (RoutingModel.model). */
export interface RoutingModelData {
  version: 1;
  /** Class i is (departments[i], categories[i]). */
  departments: string[];
  categories: Array<string | null>;
  /** Feature names; weights of feature f for class c at f * classes + c. */
  features: string[];
  weights: number[];
  bias: number[];
  /** Logits are divided by it before the softmax (fitted on held-out folds). */
  temperature: number;
  /** How many examples it was trained on. */
  examples: number;
}

/** One scored department, best first in {@link RoutingTextClassifier.rank}. */
export interface DepartmentScore {
  departmentCode: string;
  categoryCode: string | null;
  probability: number;
}

/** Scores messages with a trained model. Pure and synchronous; about a microsecond per feature. */
export class RoutingTextClassifier implements RoutingClassifier {
  private readonly index = new Map<string, number>();
  private readonly classes: number;
  /** The weights as a typed array: reading them is most of the work of scoring a long message. */
  private readonly packed: { weights: Float64Array; bias: Float64Array };

  constructor(readonly model: RoutingModelData) {
    model.features.forEach((f, i) => this.index.set(f, i));
    this.classes = model.departments.length;
    if (model.weights.length !== model.features.length * this.classes || model.bias.length !== this.classes) {
      throw new Error("routing model is malformed: weights do not match features and classes");
    }
    this.packed = { weights: Float64Array.from(model.weights), bias: Float64Array.from(model.bias) };
  }

  /** Class logits of a message (before temperature). */
  logits(text: string): Float64Array {
    return logitsOf(this.packed, this.index, routingFeatures(text));
  }

  /** Departments by probability, each with its most likely category. */
  rank(text: string): DepartmentScore[] {
    const p = softmax(this.logits(text), this.model.temperature);
    const byDepartment = new Map<string, { probability: number; best: number; category: string | null }>();
    for (let c = 0; c < this.classes; c++) {
      const code = this.model.departments[c] ?? "";
      const pc = p[c] ?? 0;
      const entry = byDepartment.get(code) ?? { probability: 0, best: -1, category: null };
      entry.probability += pc;
      if (pc > entry.best) {
        entry.best = pc;
        entry.category = this.model.categories[c] ?? null;
      }
      byDepartment.set(code, entry);
    }
    return [...byDepartment]
      .map(([departmentCode, e]) => ({ departmentCode, categoryCode: e.category, probability: e.probability }))
      .sort((a, b) => b.probability - a.probability);
  }

  /** The most likely department, its category and the calibrated probability. */
  classify(text: string): { departmentCode: string; categoryCode: string | null; confidence: number } {
    const best = this.rank(text)[0];
    if (!best) return { departmentCode: "", categoryCode: null, confidence: 0 };
    return { departmentCode: best.departmentCode, categoryCode: best.categoryCode, confidence: best.probability };
  }
}

/**
 * Logits of a message's features under a model (shared by training and scoring).
 *
 * @param index - feature name → row of the weights.
 */
export function logitsOf(model: { weights: ArrayLike<number>; bias: ArrayLike<number> }, index: ReadonlyMap<string, number>, features: readonly string[]): Float64Array {
  const classes = model.bias.length;
  const z = Float64Array.from(model.bias);
  const rows: number[] = [];
  for (const f of features) {
    const i = index.get(f);
    if (i !== undefined) rows.push(i);
  }
  if (rows.length === 0) return z;
  const value = featureValue(features.length);
  for (const i of rows) {
    const base = i * classes;
    for (let c = 0; c < classes; c++) z[c] = (z[c] ?? 0) + (model.weights[base + c] ?? 0) * value;
  }
  return z;
}

/**
 * The value of each present feature: one over the root of the feature count, so a long letter does not outweigh a
 * short report, but never more than for a message of {@link SHORT_MESSAGE_FEATURES} features, so that two or three
 * words ("phường ơi") are not read as strong evidence.
 */
export function featureValue(count: number): number {
  return count === 0 ? 0 : 1 / Math.sqrt(Math.max(count, SHORT_MESSAGE_FEATURES));
}

/** Features of a message of about four words. */
export const SHORT_MESSAGE_FEATURES = 40;

/**
 * Softmax of logits divided by a temperature.
 *
 * @returns probabilities summing to 1.
 */
export function softmax(z: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v / temperature);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    const e = Math.exp((z[c] ?? 0) / temperature - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < z.length; c++) out[c] = (out[c] ?? 0) / sum;
  return out;
}
