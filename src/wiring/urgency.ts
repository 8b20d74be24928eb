/**
 * The urgency detector of a running service: the wording's danger signs and a model learnt from the project's own
 * labelled examples (prisma/seed/routing-examples.jsonl). Trained once per process (about a tenth of a second);
 * staff corrections do not carry urgency, so there is nothing to retrain.
 */
import type { UrgencyDetector } from "../core/feedback/routing/router.js";
import { urgencyDetector } from "../core/feedback/routing/urgency.js";
import { trainUrgencyModel, UrgencyScorer } from "../core/feedback/routing/urgency-model.js";
import { readOwnRoutingExamples, ROUTING_EXAMPLES_FILE } from "../db/seed/routing-examples.js";

const trained = new Map<string, Promise<UrgencyScorer>>();

/**
 * The model trained on an examples file (the project's own by default), trained on first use.
 *
 * @throws Error when the file is missing or malformed (it ships with the project).
 */
export function ownUrgencyScorer(file = ROUTING_EXAMPLES_FILE): Promise<UrgencyScorer> {
  let scorer = trained.get(file);
  if (!scorer) {
    scorer = readOwnRoutingExamples(file).then((examples) => new UrgencyScorer(trainUrgencyModel(examples)));
    trained.set(file, scorer);
    scorer.catch(() => trained.delete(file));
  }
  return scorer;
}

/** The detector the router uses: wording and the own-examples model. */
export async function ownUrgencyDetector(file = ROUTING_EXAMPLES_FILE): Promise<UrgencyDetector> {
  return urgencyDetector(await ownUrgencyScorer(file));
}
