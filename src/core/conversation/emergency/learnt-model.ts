/**
 * A learnt second reader for emergencies: multinomial logistic regression over the routing features of a message
 * (folded syllables, marked syllables, syllable pairs, character 4-grams; text-features.ts), hashed into a fixed
 * number of buckets, with four classes: no emergency, 113, 114, 115. The vocabulary (detect-emergency.ts) names
 * situations; a new writer still finds about one emergency in nine it does not name ("khói đen phụt ra từ khe
 * cửa", "thằng bé co giật sùi bọt mép"). Such wording shares parts with the project's own labelled emergencies,
 * which this model weighs as a whole. It is trained offline (scripts/train-emergency-model.ts) on the project's own
 * labelled messages and shipped as data (learnt-model.data.ts): training in every process would cost a second.
 */
import { featureValue } from "../../feedback/routing/classifier.js";
import { routingFeatures } from "../../feedback/routing/text-features.js";
import { fitLogistic, logitsOf, probabilities } from "../../feedback/routing/logistic.js";
import type { EmergencyService } from "./lexicon.vi.js";

/** The classes, in the order of the model's weights. */
export const LEARNT_CLASSES = ["none", "113", "114", "115"] as const;
type LearntClass = (typeof LEARNT_CLASSES)[number];

/** A labelled message: `service` null for a message that is no emergency. */
export interface EmergencyTrainingExample {
  text: string;
  service: EmergencyService | null;
}

/** A trained model as shipped: weights quantised to signed bytes, base64. */
export interface LearntEmergencyModelData {
  version: 1;
  /** Buckets: 2^bits. */
  bits: number;
  /** A weight is its byte times this. */
  scale: number;
  /** One bias per class. */
  bias: number[];
  /** Class-major: bucket b of class k at k * 2^bits + b. */
  weights: string;
  examples: number;
  /** Fingerprint of the examples it learnt from. */
  basis: string;
}

export interface EmergencyTrainingOptions {
  bits?: number;
  epochs?: number;
  l2?: number;
}

const DEFAULTS: Required<EmergencyTrainingOptions> = { bits: 15, epochs: 30, l2: 3e-3 };

/** FNV-1a of a feature name, into 2^bits buckets. */
function bucketOf(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

function bucketsOf(text: string, bits: number): { rows: number[]; value: number } {
  const features = routingFeatures(text);
  return { rows: [...new Set(features.map((f) => bucketOf(f, bits)))], value: featureValue(features.length) };
}

/**
 * Trains a model, deterministically (a seeded order), so that the shipped data can be checked against its examples.
 *
 * @throws Error when there are no emergencies or no ordinary messages among the examples.
 */
export function trainEmergencyModel(examples: readonly EmergencyTrainingExample[], basis: string, options: EmergencyTrainingOptions = {}): LearntEmergencyModelData {
  const { bits, epochs, l2 } = { ...DEFAULTS, ...options };
  const emergencies = examples.filter((e) => e.service !== null).length;
  if (emergencies === 0 || emergencies === examples.length) throw new Error("emergency examples must include emergencies and ordinary messages");
  const size = 1 << bits;
  const encoded = examples.map((e) => ({
    ...bucketsOf(e.text, bits),
    label: LEARNT_CLASSES.indexOf((e.service ?? "none") as LearntClass),
    // emergencies are fewer: both kinds weigh the same in total
    weight: examples.length / (2 * (e.service === null ? examples.length - emergencies : emergencies)),
  }));
  const { weights, bias } = fitLogistic(encoded, { features: size, classes: LEARNT_CLASSES.length, epochs, l2, seed: 11 });
  const largest = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = largest / 127;
  const bytes = Uint8Array.from(weights, (w) => Math.round(w / scale) & 0xff);
  return { version: 1, bits, scale, bias: Array.from(bias, (b) => Math.round(b * 1e6) / 1e6), weights: toBase64(bytes), examples: examples.length, basis };
}

/** What the model reads in a message. */
export interface LearntReading {
  /** The probability that the message tells of an emergency. */
  emergency: number;
  /** The likeliest number, were it one. */
  service: EmergencyService;
}

/** Scores messages with a shipped model. Pure and synchronous. */
export class LearntEmergencyReader {
  private readonly weights: Float32Array;
  private readonly size: number;

  constructor(readonly model: LearntEmergencyModelData) {
    this.size = 1 << model.bits;
    const bytes = fromBase64(model.weights);
    if (bytes.length !== LEARNT_CLASSES.length * this.size || model.bias.length !== LEARNT_CLASSES.length) {
      throw new Error("emergency model is malformed: weights do not match its classes and buckets");
    }
    this.weights = Float32Array.from(new Int8Array(bytes.buffer), (b) => b * model.scale);
  }

  /** Reads a message. */
  read(text: string): LearntReading {
    const { rows, value } = bucketsOf(text, this.model.bits);
    const p = probabilities(logitsOf(this.weights, this.model.bias, this.size, rows, value));
    let best = 1;
    for (let k = 2; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
    return { emergency: 1 - (p[0] ?? 0), service: LEARNT_CLASSES[best] as EmergencyService };
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}
