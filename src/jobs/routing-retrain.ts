/**
 * The scheduler's routing job: retrains the feedback classifier when examples were added (staff transfers), stores
 * the model and swaps it into this process's router. Every process also checks for a newer stored model
 * (loadNewestRoutingModel) so replicas follow within a minute.
 */
import cron from "node-cron";
import type { PipelineLogger } from "../core/conversation/message-pipeline.js";
import { retrainRouting, type RetrainOutcome } from "../core/feedback/routing/retraining.js";
import type { RoutingModelStore } from "../core/feedback/routing/retraining.js";

/** Every ten minutes, at minute 3, 13, …: a transfer teaches the classifier within ten minutes. */
export const ROUTING_RETRAIN_CRON = "3-59/10 * * * *";

export interface RoutingRetrainDeps {
  store: RoutingModelStore;
  /** Swaps the newest stored model into the router. */
  reload(): Promise<void>;
  logger: PipelineLogger;
}

/**
 * One run; a failure is logged and the next run tries again (the examples stay stored).
 *
 * @returns what the run did, or null when it failed.
 */
export async function runRoutingRetrain(deps: RoutingRetrainDeps): Promise<RetrainOutcome | null> {
  try {
    const outcome = await retrainRouting(deps.store);
    if (outcome.trained) {
      deps.logger.info({ examples: outcome.examples, staffExamples: outcome.staffExamples, model: outcome.stored.id }, "routing classifier retrained");
      await deps.reload();
    }
    return outcome;
  } catch (err) {
    deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "routing retraining failed");
    return null;
  }
}

/** Schedules the run in the organisation's time zone, never overlapping itself. */
export function startRoutingRetrain(deps: RoutingRetrainDeps): { stop(): Promise<void> } {
  const task = cron.schedule(ROUTING_RETRAIN_CRON, () => runRoutingRetrain(deps).then(() => undefined), { timezone: "Asia/Ho_Chi_Minh", noOverlap: true, name: "routing-retrain" });
  return { stop: async () => void (await task.destroy()) };
}
