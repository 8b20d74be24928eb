/**
 * A second look at a declined question. The rules of `search.ts` and `calibration.ts` decline a question whose
 * words explain the top record too loosely; a long story that names its procedure only in part ("bố tôi mất
 * năm ngoái, giờ bốn anh em muốn chia mảnh đất … thì làm sao") falls there as often as an off-topic remark does.
 * Over the project's kept question sets, what tells the two apart is the shape of the evidence as a whole (how much
 * of the question the record explains, how long the question is, how far the second candidate trails), not any one
 * threshold. So a declined question is weighed once more by a small logistic model over those features, learnt
 * from the kept sets (scripts/train-second-look.ts), and asked back with the close candidates when the model is
 * sure enough that the right procedure is among them. It never answers: the worst it does is offer choices.
 *
 * The features are shares, ratios and lengths, never raw scores, so that they read the same on a small base as on
 * the 2,642 national records. Questions declined by a rule about their meaning (a topic a ward does not handle, no
 * procedure need, thanks only, a variant the question contradicts) get no second look.
 */
import type { RankFeatures } from "./calibration.js";

/**
 * What the first look saw of a declined question and its top record: the calibration's features (a decline reaching
 * the second look is never "not at a ward") and the evidence gate's, with the question's lengths and its rivals.
 */
export interface DeclineEvidence extends Omit<RankFeatures, "notAtWard" | "namesOtherBody"> {
  namesOtherBody: boolean;
  confidence: number;
  firmShare: number;
  anchored: boolean;
  markedShare: number;
  situationFound: boolean;
  gatePasses: boolean;
  /** The question's content syllables and all its own syllables. */
  contentWords: number;
  words: number;
  /** Scores of the second and third candidates over the top one's. */
  secondShare: number;
  thirdShare: number;
  /** The question asks for a variant ("cấp lại", "đăng ký lại") or names an action. */
  asksVariant: boolean;
  namesAction: boolean;
}

/** The model: feature names (for reading), standardisation and weights; `basis` names what it was learnt from. */
export interface SecondLookModelData {
  basis: string;
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** A declined question is asked back at or above this probability that a choice is right. */
export const SECOND_LOOK_THRESHOLD = 0.8;

export const SECOND_LOOK_FEATURES = [
  "nameCoverage", "inName", "inField", "coverage", "margin", "wardField", "namesOtherBody", "vague", "confidence",
  "firmShare", "anchored", "markedShare", "situationFound", "gatePasses", "log contentWords", "log words",
  "secondShare", "thirdShare", "asksVariant", "namesAction",
] as const;

const flag = (b: boolean): number => (b ? 1 : 0);

/** The feature vector, in the order of {@link SECOND_LOOK_FEATURES}. */
export function secondLookVector(e: DeclineEvidence): number[] {
  return [
    e.nameCoverage, e.inName, e.inField, e.coverage, Math.min(e.margin, 1), flag(e.wardField), flag(e.namesOtherBody),
    flag(e.vague), e.confidence, e.firmShare, flag(e.anchored), e.markedShare, flag(e.situationFound),
    flag(e.gatePasses), Math.log1p(e.contentWords), Math.log1p(e.words), e.secondShare, e.thirdShare,
    flag(e.asksVariant), flag(e.namesAction),
  ];
}

/**
 * The probability that the right procedure is among the choices of a declined question.
 *
 * @param model - the learnt model.
 * @param evidence - what the first look saw.
 * @returns a probability in (0, 1).
 */
export function secondLook(model: SecondLookModelData, evidence: DeclineEvidence): number {
  const x = secondLookVector(evidence);
  let z = model.bias;
  x.forEach((v, i) => {
    z += (model.weights[i] ?? 0) * ((v - (model.mean[i] ?? 0)) / (model.scale[i] ?? 1));
  });
  return 1 / (1 + Math.exp(-z));
}

/** One training example: the evidence of a declined question and whether a choice would have been right. */
export interface SecondLookExample {
  evidence: DeclineEvidence;
  right: boolean;
}

const ITERATIONS = 3000;
const RATE = 0.5;
const L2 = 1;

/**
 * Learns the model by full-batch gradient descent on standardised features with a small L2 penalty: no random
 * order, so the same examples always give the same weights.
 *
 * @param examples - declined questions of the kept sets, each with whether a choice would have been right.
 * @param basis - what the examples were drawn from (checked by the test that rebuilds the shipped model).
 * @returns the model.
 */
export function trainSecondLook(examples: readonly SecondLookExample[], basis: string): SecondLookModelData {
  const rows = examples.map((e) => secondLookVector(e.evidence));
  const labels = examples.map((e) => (e.right ? 1 : 0));
  const n = rows.length;
  const size = SECOND_LOOK_FEATURES.length;
  const mean = new Array<number>(size).fill(0);
  const scale = new Array<number>(size).fill(0);
  for (const row of rows) row.forEach((v, i) => (mean[i]! += v / n));
  for (const row of rows) row.forEach((v, i) => (scale[i]! += (v - mean[i]!) ** 2 / n));
  // a feature that never varies (rounding leaves a trace of variance) is left as it is: its weight stays 0
  for (let i = 0; i < size; i++) scale[i] = Math.sqrt(scale[i]!) > 1e-6 ? Math.sqrt(scale[i]!) : 1;
  const z = rows.map((row) => row.map((v, i) => (v - mean[i]!) / scale[i]!));
  const weights = new Array<number>(size).fill(0);
  let bias = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(size).fill(0);
    let gradBias = 0;
    z.forEach((row, k) => {
      let s = bias;
      row.forEach((v, i) => (s += weights[i]! * v));
      const err = 1 / (1 + Math.exp(-s)) - labels[k]!;
      row.forEach((v, i) => (grad[i]! += err * v));
      gradBias += err;
    });
    for (let i = 0; i < size; i++) weights[i]! -= RATE * (grad[i]! + L2 * weights[i]!) / n;
    bias -= RATE * gradBias / n;
  }
  const round = (v: number): number => Math.round(v * 1e6) / 1e6 || 0; // no -0: the model is compared as JSON
  return { basis, features: SECOND_LOOK_FEATURES, mean: mean.map(round), scale: scale.map(round), weights: weights.map(round), bias: round(bias) };
}
