/**
 * Keeping the router's classifier up to date: a scheduled job retrains it when examples were added since the last
 * model (a staff transfer is one, and so is an officer marking a ticket urgent or not), stores the model so every
 * replica loads the same one, and each process swaps the newest stored model in. The urgency model is retrained
 * beside it on the project's own urgency labels and staff's. Training is deterministic, so two schedulers
 * retraining at once store equal models.
 */
import { RoutingTextClassifier, type RoutingModelData } from "./classifier.js";
import type { FeedbackRouting } from "./router.js";
import { trainRoutingModel, type RoutingTrainingExample } from "./train.js";
import { urgencyDetector } from "./urgency.js";
import { trainUrgencyModel, UrgencyScorer, type UrgencyModelData, type UrgencyTrainingExample } from "./urgency-model.js";

/** A model as stored (RoutingModel row). */
export interface StoredRoutingModel {
  id: string;
  trainedAt: Date;
  model: RoutingModelData;
  /** The urgency model trained with it (null: none; the process keeps its own). */
  urgency: UrgencyModelData | null;
}

/**
 * A stored example: a department label, an urgency label, or both. `departmentCode` null: an urgency label alone;
 * `urgent` null: no urgency label.
 */
export type StoredRoutingExample = Omit<RoutingTrainingExample, "departmentCode"> & { departmentCode: string | null; urgent: boolean | null; createdAt: Date };

/** Port: the organisation's routing examples and trained models. */
export interface RoutingModelStore {
  /** Every example of the organisation's active departments and every urgency label (the project's own and staff corrections). */
  loadExamples(): Promise<StoredRoutingExample[]>;
  /** The project's own urgency labels (its files), which staff labels add to; absent: no urgency model is trained. */
  ownUrgencyExamples?(): Promise<UrgencyTrainingExample[]>;
  /** The newest stored model, or null before the first training. */
  latestModel(): Promise<StoredRoutingModel | null>;
  /** Stores a model; `staffExamples` is how many staff corrections it learnt from. */
  saveModel(model: RoutingModelData, staffExamples: number, urgency?: UrgencyModelData | null): Promise<StoredRoutingModel>;
}

/** How many times a staff label counts against one of the project's own (as for routing). */
const STAFF_URGENCY_WEIGHT = 3;

/**
 * The urgency model's examples: the project's own, then staff labels, the newest label of a text winning (an
 * officer who unmarks what a colleague marked has the last word), each staff label counted {@link STAFF_URGENCY_WEIGHT}
 * times.
 */
export function urgencyTrainingSet(own: readonly UrgencyTrainingExample[], stored: readonly StoredRoutingExample[]): UrgencyTrainingExample[] {
  const staff = new Map<string, boolean>();
  for (const e of [...stored].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (e.source === "staff" && e.urgent !== null) staff.set(e.text, e.urgent);
  }
  const out = own.filter((e) => !staff.has(e.text));
  for (const [text, urgent] of staff) for (let i = 0; i < STAFF_URGENCY_WEIGHT; i++) out.push({ text, urgent });
  return out;
}

export type RetrainOutcome = { trained: false; reason: "up_to_date" | "too_few_examples" } | { trained: true; stored: StoredRoutingModel; examples: number; staffExamples: number };

/**
 * A fingerprint of the project's own urgency labels, kept in the stored urgency model: a release whose files
 * changed retrains at start instead of loading a model of the old files.
 */
export function urgencyBasis(own: readonly UrgencyTrainingExample[]): string {
  let h = 0x811c9dc5;
  for (const e of own) {
    const line = `${e.urgent ? 1 : 0}${e.text}\n`;
    for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `${own.length}:${h.toString(16)}`;
}

/**
 * Trains and stores a new model when there is none yet, the examples changed since the newest one (one newer
 * than it, or a different count), or the project's own urgency labels are not those the newest one learnt.
 */
export async function retrainRouting(store: RoutingModelStore): Promise<RetrainOutcome> {
  const [examples, latest, own] = await Promise.all([store.loadExamples(), store.latestModel(), store.ownUrgencyExamples?.() ?? null]);
  const newest = examples.reduce((t, e) => Math.max(t, e.createdAt.getTime()), 0);
  const basis = own ? urgencyBasis(own) : null;
  const sameUrgencyBasis = basis === null || latest?.urgency?.basis === basis;
  // the count catches an example written while the last model was training (older than its time) or removed
  if (latest && newest <= latest.trainedAt.getTime() && latest.model.examples === examples.length && sameUrgencyBasis) return { trained: false, reason: "up_to_date" };
  const routed = examples.flatMap((e) => (e.departmentCode === null ? [] : [{ ...e, departmentCode: e.departmentCode }]));
  if (new Set(routed.map((e) => e.departmentCode)).size < 2) return { trained: false, reason: "too_few_examples" };
  const staffExamples = examples.filter((e) => e.source === "staff").length;
  const urgencySet = own ? urgencyTrainingSet(own, examples) : [];
  const urgency = basis && urgencySet.some((e) => e.urgent) && urgencySet.some((e) => !e.urgent) ? { ...trainUrgencyModel(urgencySet), basis } : null;
  const stored = await store.saveModel(trainRoutingModel(routed), staffExamples, urgency);
  return { trained: true, stored, examples: examples.length, staffExamples };
}

/**
 * Swaps the newest stored model into a router when it is not the one in use.
 *
 * @param inUse - id of the model the router has (null: none yet).
 * @returns the id of the model now in use.
 */
export async function loadNewestRoutingModel(store: Pick<RoutingModelStore, "latestModel">, router: FeedbackRouting, inUse: string | null): Promise<string | null> {
  const latest = await store.latestModel();
  if (!latest || latest.id === inUse) return inUse;
  router.setClassifier(new RoutingTextClassifier(latest.model));
  if (latest.urgency) router.setUrgency(urgencyDetector(new UrgencyScorer(latest.urgency)));
  return latest.id;
}
