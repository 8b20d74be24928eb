/**
 * Keeping the router's classifier up to date: a scheduled job retrains it when examples were added since the last
 * model (a staff transfer is one), stores the model so every replica loads the same one, and each process swaps
 * the newest stored model in. Training is deterministic, so two schedulers retraining at once store equal models.
 */
import { RoutingTextClassifier, type RoutingModelData } from "./classifier.js";
import type { FeedbackRouting } from "./router.js";
import { trainRoutingModel, type RoutingTrainingExample } from "./train.js";

/** A model as stored (RoutingModel row). */
export interface StoredRoutingModel {
  id: string;
  trainedAt: Date;
  model: RoutingModelData;
}

/** Port: the organisation's routing examples and trained models. */
export interface RoutingModelStore {
  /** Every example of the organisation's active departments (the project's own and staff corrections). */
  loadExamples(): Promise<Array<RoutingTrainingExample & { createdAt: Date }>>;
  /** The newest stored model, or null before the first training. */
  latestModel(): Promise<StoredRoutingModel | null>;
  /** Stores a model; `staffExamples` is how many staff corrections it learnt from. */
  saveModel(model: RoutingModelData, staffExamples: number): Promise<StoredRoutingModel>;
}

export type RetrainOutcome = { trained: false; reason: "up_to_date" | "too_few_examples" } | { trained: true; stored: StoredRoutingModel; examples: number; staffExamples: number };

/**
 * Trains and stores a new model when there is none yet, or the examples changed since the newest one (one newer
 * than it, or a different count).
 */
export async function retrainRouting(store: RoutingModelStore): Promise<RetrainOutcome> {
  const [examples, latest] = await Promise.all([store.loadExamples(), store.latestModel()]);
  const newest = examples.reduce((t, e) => Math.max(t, e.createdAt.getTime()), 0);
  // the count catches an example written while the last model was training (older than its time) or removed
  if (latest && newest <= latest.trainedAt.getTime() && latest.model.examples === examples.length) return { trained: false, reason: "up_to_date" };
  if (new Set(examples.map((e) => e.departmentCode)).size < 2) return { trained: false, reason: "too_few_examples" };
  const staffExamples = examples.filter((e) => e.source === "staff").length;
  const stored = await store.saveModel(trainRoutingModel(examples), staffExamples);
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
  return latest.id;
}
