/**
 * Training the routing classifier (classifier.ts) on labelled examples: the project's own examples for the demo
 * ward and the staff's corrections, which count more (an officer's transfer says where a real message belonged).
 * Stochastic gradient descent on the regularised log loss, in a fixed order so the same examples give the same
 * model; then the temperature that makes held-out probabilities honest.
 */
import { featureValue, logitsOf, softmax, type RoutingModelData } from "./classifier.js";
import { routingFeatures } from "./text-features.js";

/** A labelled message. */
export interface RoutingTrainingExample {
  text: string;
  departmentCode: string;
  categoryCode: string | null;
  /** `staff`: a correction made in the console (weighted more than the project's own examples). */
  source: "seed" | "staff";
}

export interface TrainingOptions {
  epochs?: number;
  /** L2 penalty per update. */
  l2?: number;
  /** How much one staff correction counts against one of the project's examples. */
  staffWeight?: number;
  /** Folds used to fit the temperature (0: no calibration, temperature 1). */
  calibrationFolds?: number;
}

const DEFAULTS: Required<TrainingOptions> = { epochs: 40, l2: 3e-3, staffWeight: 3, calibrationFolds: 5 };
/** Gradient (before the learning rate) below which an update is skipped. */
const SKIP_BELOW = 1e-3;
const TEMPERATURES = Array.from({ length: 40 }, (_, i) => 0.25 + i * 0.075);

interface Encoded {
  rows: number[];
  value: number;
  label: number;
  weight: number;
}

/**
 * Trains a model.
 *
 * @param examples - at least one example of two departments.
 * @throws Error when the examples name fewer than two departments (nothing to choose between).
 */
export function trainRoutingModel(examples: readonly RoutingTrainingExample[], options: TrainingOptions = {}): RoutingModelData {
  const opts = { ...DEFAULTS, ...options };
  if (new Set(examples.map((e) => e.departmentCode)).size < 2) throw new Error("routing examples must name at least two departments");
  const model = fit(examples, opts);
  if (opts.calibrationFolds >= 2 && examples.length >= opts.calibrationFolds * 4) {
    model.temperature = fitTemperature(examples, opts);
  }
  return model;
}

function fit(examples: readonly RoutingTrainingExample[], opts: Required<TrainingOptions>): RoutingModelData {
  const classKeys: string[] = [];
  const classOf = new Map<string, number>();
  const featureOf = new Map<string, number>();
  // each department weighs the same in total, so a unit with few examples is not drowned by the large ones
  const perDepartment = new Map<string, number>();
  for (const e of examples) perDepartment.set(e.departmentCode, (perDepartment.get(e.departmentCode) ?? 0) + 1);
  const balance = (code: string): number => examples.length / (perDepartment.size * (perDepartment.get(code) ?? 1));
  const encoded: Encoded[] = examples.map((e) => {
    const key = `${e.departmentCode}\u0000${e.categoryCode ?? ""}`;
    let label = classOf.get(key);
    if (label === undefined) {
      label = classKeys.length;
      classKeys.push(key);
      classOf.set(key, label);
    }
    const features = routingFeatures(e.text);
    const rows = features.map((f) => {
      let i = featureOf.get(f);
      if (i === undefined) {
        i = featureOf.size;
        featureOf.set(f, i);
      }
      return i;
    });
    return { rows, value: featureValue(features.length), label, weight: (e.source === "staff" ? opts.staffWeight : 1) * balance(e.departmentCode) };
  });
  const classes = classKeys.length;
  const weights = new Float64Array(featureOf.size * classes);
  const bias = new Float64Array(classes);
  const order = encoded.map((_, i) => i);
  const random = seededRandom(7);
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    const rate = 0.5 / (1 + epoch * 0.1);
    for (const n of order) {
      const ex = encoded[n];
      if (!ex) continue;
      z.set(bias);
      for (const i of ex.rows) for (let c = 0; c < classes; c++) z[c] = (z[c] ?? 0) + (weights[i * classes + c] ?? 0) * ex.value;
      const p = softmax(z);
      for (let c = 0; c < classes; c++) {
        const g = ((p[c] ?? 0) - (c === ex.label ? 1 : 0)) * ex.weight * rate;
        // a class the example says almost nothing about is left for the examples that do (most of the work saved)
        if (Math.abs(g) < SKIP_BELOW * rate) continue;
        bias[c] = (bias[c] ?? 0) - g * 0.1;
        for (const i of ex.rows) {
          const w = weights[i * classes + c] ?? 0;
          weights[i * classes + c] = w - g * ex.value - rate * opts.l2 * w;
        }
      }
    }
  }
  return {
    version: 1,
    departments: classKeys.map((k) => k.split("\u0000")[0] ?? ""),
    categories: classKeys.map((k) => k.split("\u0000")[1] || null),
    features: [...featureOf.keys()],
    weights: Array.from(weights, round),
    bias: Array.from(bias, round),
    temperature: 1,
    examples: examples.length,
  };
}

/** The temperature minimising the log loss of each example's department under a model trained without its fold. */
function fitTemperature(examples: readonly RoutingTrainingExample[], opts: Required<TrainingOptions>): number {
  const folds = opts.calibrationFolds;
  const held: Array<{ z: Float64Array; departments: string[]; truth: string }> = [];
  const foldOf = topicFolds(examples, folds);
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((_, i) => foldOf[i] !== k);
    const test = examples.filter((_, i) => foldOf[i] === k);
    if (new Set(train.map((e) => e.departmentCode)).size < 2) continue;
    const model = fit(train, { ...opts, calibrationFolds: 0 });
    const index = new Map(model.features.map((f, i) => [f, i]));
    for (const e of test) held.push({ z: logitsOf(model, index, routingFeatures(e.text)), departments: model.departments, truth: e.departmentCode });
  }
  let best = { t: 1, loss: Infinity };
  for (const t of TEMPERATURES) {
    let loss = 0;
    for (const h of held) {
      const p = softmax(h.z, t);
      let mass = 0;
      h.departments.forEach((d, c) => (mass += d === h.truth ? (p[c] ?? 0) : 0));
      loss -= Math.log(Math.max(mass, 1e-6));
    }
    if (loss < best.loss) best = { t, loss };
  }
  return round(best.t);
}

/**
 * The calibration fold of each example: each department's examples cut into contiguous runs, in the order given.
 * Examples are written topic by topic, so a held-out run is mostly about things the other folds rarely mention,
 * as a message nobody here has seen often is; folds of every n-th example would hold out near-copies of what the
 * model keeps and make it overconfident.
 */
function topicFolds(examples: readonly RoutingTrainingExample[], folds: number): number[] {
  const total = new Map<string, number>();
  for (const e of examples) total.set(e.departmentCode, (total.get(e.departmentCode) ?? 0) + 1);
  const seen = new Map<string, number>();
  return examples.map((e) => {
    const i = seen.get(e.departmentCode) ?? 0;
    seen.set(e.departmentCode, i + 1);
    return Math.min(folds - 1, Math.floor((i * folds) / (total.get(e.departmentCode) ?? 1)));
  });
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as number;
    items[i] = items[j] as number;
    items[j] = a;
  }
}
