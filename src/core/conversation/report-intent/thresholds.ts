/**
 * Where the report/question classifier's probability is cut. Chosen on cross-validation over the training examples
 * and on the project's own held-out sets (routing blind batches as reports, the Q&A's own question sets), never on
 * the evaluation sets: a message is taken as a report only when the model is very sure, a message that asks
 * ("… làm sao?", "… được không", "?") only when it is surer still, one naming a problem state at a place with
 * less certainty, and the band below asks the citizen.
 */
export const REPORT_THRESHOLDS = { report: 0.95, askingReport: 0.995, placedProblem: 0.5, unsure: 0.5, offerReport: 0.2 } as const;

/*
 * offerReport: when the Q&A finds nothing for a text scoring at least this (or naming a problem state), "not found"
 * comes with a button that files the text as a report, so a report read as a question is not dropped.
 */
