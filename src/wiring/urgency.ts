/**
 * The urgency detector of a running service: the wording's danger signs and a model learnt from the project's own
 * labelled reports — the routing examples' `urgent` labels (prisma/seed/routing-examples.jsonl) and the reports
 * written for urgency alone (prisma/seed/urgency-examples.jsonl), and the blind urgency sets of earlier rounds once
 * read (prisma/seed/urgency-kept.jsonl: scored leaving each set out in turn, recall 0.935 → 0.967 over their 430
 * urgent reports at the same 1.8 % false alarms). Trained once per process (about a tenth of a
 * second). Staff's urgency labels (an officer marking a ticket urgent or not, routing or transferring it) are
 * added by the scheduled retraining (src/core/feedback/routing/retraining.ts), whose stored model replaces this one.
 */
import type { UrgencyDetector } from "../core/feedback/routing/router.js";
import { urgencyDetector } from "../core/feedback/routing/urgency.js";
import { trainUrgencyModel, UrgencyScorer, type UrgencyTrainingExample } from "../core/feedback/routing/urgency-model.js";
import { readOwnRoutingExamples, readOwnUrgencyExamples, ROUTING_EXAMPLES_FILE, URGENCY_EXAMPLES_FILE, URGENCY_KEPT_FILE } from "../db/seed/routing-examples.js";

/** The files the model learns from. */
export interface UrgencyExampleFiles {
  routing: string;
  /** null: the routing examples only. */
  urgency: string | null;
  /** The kept blind sets (same format as `urgency`); null: none. */
  kept: string | null;
}

const OWN_FILES: UrgencyExampleFiles = { routing: ROUTING_EXAMPLES_FILE, urgency: URGENCY_EXAMPLES_FILE, kept: URGENCY_KEPT_FILE };
const trained = new Map<string, Promise<UrgencyScorer>>();

/**
 * The model trained on the examples files (the project's own by default), trained on first use.
 *
 * @throws Error when a file is missing or malformed (they ship with the project).
 */
export function ownUrgencyScorer(files: UrgencyExampleFiles = OWN_FILES): Promise<UrgencyScorer> {
  const key = `${files.routing}\u0000${files.urgency ?? ""}\u0000${files.kept ?? ""}`;
  let scorer = trained.get(key);
  if (!scorer) {
    scorer = ownUrgencyExamples(files).then((examples) => new UrgencyScorer(trainUrgencyModel(examples)));
    trained.set(key, scorer);
    scorer.catch(() => trained.delete(key));
  }
  return scorer;
}

/** The project's own urgency labels: the routing examples', the reports written for urgency alone and the kept sets. */
export async function ownUrgencyExamples(files: UrgencyExampleFiles = OWN_FILES): Promise<UrgencyTrainingExample[]> {
  const [routing, urgency, kept] = await Promise.all([
    readOwnRoutingExamples(files.routing),
    files.urgency ? readOwnUrgencyExamples(files.urgency) : [],
    files.kept ? readOwnUrgencyExamples(files.kept) : [],
  ]);
  return [...routing, ...urgency, ...kept].map((e) => ({ text: e.text, urgent: e.urgent }));
}

/** The detector the router uses: wording and the own-examples model. */
export async function ownUrgencyDetector(files: UrgencyExampleFiles = OWN_FILES): Promise<UrgencyDetector> {
  return urgencyDetector(await ownUrgencyScorer(files));
}
