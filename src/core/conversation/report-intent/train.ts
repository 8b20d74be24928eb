/**
 * Trains the report/question classifier: a binary logistic regression with L2 regularisation, the two classes
 * weighted equally (the project has more report examples than question examples), fitted by stochastic gradient
 * descent in a seeded order, so the same examples always give the same model.
 */
import { intentFeatures } from "./features.js";
import { featureValue, type ReportIntentModel } from "./model.js";

/** One labelled message: a report of a problem, or anything else (a procedure question, small talk). */
export interface IntentExample {
  text: string;
  report: boolean;
}

export interface TrainOptions {
  epochs?: number;
  /** L2 strength per example step. */
  l2?: number;
  /** Features seen in fewer examples are dropped (a word written once says little and bloats the model). */
  minCount?: number;
}

/** A small deterministic generator (mulberry32), so training needs no Math.random. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fits a model on labelled examples.
 *
 * @param examples - reports and non-reports; both classes must be present.
 * @param options - epochs (default 30), L2 (default 1e-4), minimum feature count (default 2).
 * @returns the model, weights rounded to 4 decimals.
 */
export function trainReportIntent(examples: readonly IntentExample[], options: TrainOptions = {}): ReportIntentModel {
  const reports = examples.filter((e) => e.report).length;
  const others = examples.length - reports;
  if (reports === 0 || others === 0) throw new Error("training needs both reports and other messages");
  const epochs = options.epochs ?? 30;
  const l2 = options.l2 ?? 1e-4;
  const minCount = options.minCount ?? 2;

  const featured = examples.map((e) => ({ features: intentFeatures(e.text), y: e.report ? 1 : 0, weight: e.report ? examples.length / (2 * reports) : examples.length / (2 * others) }));
  const counts = new Map<string, number>();
  for (const e of featured) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const e of featured) e.features = e.features.filter((f) => (counts.get(f) ?? 0) >= minCount);

  const w = new Map<string, number>();
  let bias = 0;
  const order = featured.map((_, i) => i);
  const random = seeded(20261204);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = 0.2 / (1 + epoch * 0.2);
    for (const index of order) {
      const e = featured[index]!;
      const x = featureValue(e.features.length);
      let z = bias;
      for (const f of e.features) z += (w.get(f) ?? 0) * x;
      const gradient = (1 / (1 + Math.exp(-z)) - e.y) * e.weight;
      bias -= rate * gradient;
      for (const f of e.features) {
        const old = w.get(f) ?? 0;
        w.set(f, old - rate * (gradient * x + l2 * old));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, value] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rounded = Math.round(value * 10_000) / 10_000;
    if (rounded !== 0) weights[f] = rounded;
  }
  return { trainedOn: { reports, others }, bias: Math.round(bias * 10_000) / 10_000, weights };
}
