/**
 * A learnt urgency signal: logistic regression (urgent or not) over the routing features (text-features.ts),
 * trained on the project's own labelled examples, which carry an `urgent` label. It reads the whole message the
 * way the routing classifier does, so it can weigh wording the danger cues do not list ("oằn xuống", "khoét rỗng
 * dưới mặt đường"). Urgent examples are few, so each weighs as much in total as the calm ones.
 */
import { featureValue } from "./classifier.js";
import { routingFeatures } from "./text-features.js";
import { fitLogistic, sigmoid } from "./logistic.js";

/** A labelled example for urgency. */
export interface UrgencyTrainingExample {
  text: string;
  urgent: boolean;
}

/** A trained urgency model (plain JSON). */
export interface UrgencyModelData {
  version: 1;
  features: string[];
  weights: number[];
  bias: number;
  examples: number;
  /** Fingerprint of the project's own labels it learnt from (a stored model; see retraining.ts). */
  basis?: string;
}

export interface UrgencyTrainingOptions {
  epochs?: number;
  /** L2 penalty per update. */
  l2?: number;
}

const DEFAULTS: Required<UrgencyTrainingOptions> = { epochs: 40, l2: 3e-3 };

/**
 * Trains a model.
 *
 * @throws Error when the examples are not of both kinds (nothing to tell apart).
 */
export function trainUrgencyModel(examples: readonly UrgencyTrainingExample[], options: UrgencyTrainingOptions = {}): UrgencyModelData {
  const opts = { ...DEFAULTS, ...options };
  const urgent = examples.filter((e) => e.urgent).length;
  if (urgent === 0 || urgent === examples.length) throw new Error("urgency examples must include urgent and calm ones");
  const featureOf = new Map<string, number>();
  const encoded = examples.map((e) => {
    const features = routingFeatures(e.text);
    const rows = features.map((f) => {
      let i = featureOf.get(f);
      if (i === undefined) {
        i = featureOf.size;
        featureOf.set(f, i);
      }
      return i;
    });
    const weight = examples.length / (2 * (e.urgent ? urgent : examples.length - urgent));
    return { rows, value: featureValue(features.length), label: e.urgent ? 1 : 0, weight };
  });
  const { weights, bias } = fitLogistic(encoded, { features: featureOf.size, classes: 2, epochs: opts.epochs, l2: opts.l2, seed: 7 });
  return { version: 1, features: [...featureOf.keys()], weights: Array.from(weights, round), bias: round(bias[0] ?? 0), examples: examples.length };
}

/** Scores messages with a trained model. Pure and synchronous. */
export class UrgencyScorer {
  private readonly index = new Map<string, number>();
  private readonly weights: Float64Array;

  constructor(readonly model: UrgencyModelData) {
    if (model.weights.length !== model.features.length) throw new Error("urgency model is malformed: weights do not match features");
    model.features.forEach((f, i) => this.index.set(f, i));
    this.weights = Float64Array.from(model.weights);
  }

  /** The probability that a message is urgent. */
  probability(text: string): number {
    const features = routingFeatures(text);
    const value = featureValue(features.length);
    let z = this.model.bias;
    for (const f of features) {
      const i = this.index.get(f);
      if (i !== undefined) z += (this.weights[i] ?? 0) * value;
    }
    return sigmoid(z);
  }
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
