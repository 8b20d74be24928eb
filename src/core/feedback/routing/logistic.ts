/**
 * The one training loop of the learnt readers: logistic regression by stochastic gradient descent over sparse rows
 * (the indices of a message's features, all of one value), in a seeded order so that a model can be rebuilt exactly
 * from its examples. Two classes use one sigmoid output (urgent or not); more use a softmax with one output per class
 * (no emergency, 113, 114, 115). Each example carries a weight, so that a rare class can weigh as much in total as a
 * common one.
 */
import { softmax } from "./classifier.js";
import { seededRandom, shuffle } from "./train.js";

/** One encoded example: feature indices, the value each carries, its class and its weight. */
export interface SparseExample {
  rows: readonly number[];
  value: number;
  /** 0 or 1 with two classes; the class index otherwise. */
  label: number;
  weight: number;
}

export interface LogisticOptions {
  /** Number of feature indices (rows lie in 0 … features - 1). */
  features: number;
  classes: number;
  epochs: number;
  /** L2 penalty per update. */
  l2: number;
  seed: number;
}

/** Output-major weights (output k's feature i at k * features + i) and one bias per output. */
export interface LogisticFit {
  outputs: number;
  weights: Float64Array;
  bias: Float64Array;
}

/** Trains a model; with two classes there is one output, the probability of class 1. */
export function fitLogistic(examples: readonly SparseExample[], options: LogisticOptions): LogisticFit {
  const outputs = options.classes === 2 ? 1 : options.classes;
  const size = options.features;
  const weights = new Float64Array(outputs * size);
  const bias = new Float64Array(outputs);
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = 0.5 / (1 + epoch * 0.1);
    for (const n of order) {
      const ex = examples[n];
      if (!ex) continue;
      const p = probabilities(logitsOf(weights, bias, size, ex.rows, ex.value));
      for (let k = 0; k < outputs; k++) {
        const target = outputs === 1 ? ex.label : k === ex.label ? 1 : 0;
        const g = ((p[k] ?? 0) - target) * ex.weight * rate;
        bias[k] = (bias[k] ?? 0) - g * 0.1;
        for (const b of ex.rows) {
          const i = k * size + b;
          const w = weights[i] ?? 0;
          weights[i] = w - g * ex.value - rate * options.l2 * w;
        }
      }
    }
  }
  return { outputs, weights, bias };
}

/** The score of each output for one example. */
export function logitsOf(weights: ArrayLike<number>, bias: ArrayLike<number>, size: number, rows: readonly number[], value: number): Float64Array {
  const z = new Float64Array(bias.length);
  for (let k = 0; k < z.length; k++) {
    let s = bias[k] ?? 0;
    for (const b of rows) s += (weights[k * size + b] ?? 0) * value;
    z[k] = s;
  }
  return z;
}

/** One output: its sigmoid; more: their softmax (the routing classifier's). */
export function probabilities(z: Float64Array): Float64Array {
  return z.length === 1 ? z.map(sigmoid) : softmax(z);
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
