/**
 * Scoring routing on a labelled set (the format of ../shared/data/eval/feedback_dev.jsonl): accuracy of the
 * department named, macro F1 over departments, per-department precision and recall, what share is routed without
 * triage at the configured threshold and how often those are right, and urgency precision and recall.
 */
import type { RoutingDecision } from "../routing-decision.js";

/** One labelled message. */
export interface RoutingCase {
  id?: string;
  text: string;
  department: string;
  /** Absent: the set does not label urgency; the case is left out of the urgency figures. */
  urgent?: boolean;
}

export interface RoutingReport {
  n: number;
  /** Share whose named department (before the threshold) is the labelled one. */
  accuracy: number;
  macroF1: number;
  perDepartment: Record<string, { precision: number; recall: number; n: number }>;
  autoRouted: { threshold: number; coverage: number; precision: number };
  urgent: { precision: number; recall: number };
}

/**
 * Scores decisions against their labels.
 *
 * @param results - each case with the router's decision for its text.
 * @param threshold - confidence below which a message goes to triage.
 */
export function scoreRouting(results: ReadonlyArray<{ item: RoutingCase; decision: RoutingDecision }>, threshold: number): RoutingReport {
  const n = results.length;
  const codes = new Set<string>();
  for (const { item, decision } of results) {
    codes.add(item.department);
    if (decision.departmentCode) codes.add(decision.departmentCode);
  }
  const perDepartment: RoutingReport["perDepartment"] = {};
  let f1Sum = 0;
  for (const code of [...codes].sort()) {
    const labelled = results.filter((r) => r.item.department === code);
    const named = results.filter((r) => r.decision.departmentCode === code);
    const hits = labelled.filter((r) => r.decision.departmentCode === code).length;
    const precision = ratio(hits, named.length);
    const recall = ratio(hits, labelled.length);
    f1Sum += precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perDepartment[code] = { precision: round(precision), recall: round(recall), n: labelled.length };
  }
  const correct = results.filter((r) => r.decision.departmentCode === r.item.department).length;
  const auto = results.filter((r) => r.decision.departmentCode !== null && r.decision.confidence >= threshold);
  const autoCorrect = auto.filter((r) => r.decision.departmentCode === r.item.department).length;
  const labelledUrgency = results.filter((r) => r.item.urgent !== undefined);
  const flagged = labelledUrgency.filter((r) => r.decision.urgent);
  const urgentCases = labelledUrgency.filter((r) => r.item.urgent);
  const urgentHits = urgentCases.filter((r) => r.decision.urgent).length;
  return {
    n,
    accuracy: round(ratio(correct, n)),
    macroF1: round(codes.size ? f1Sum / codes.size : 0),
    perDepartment,
    autoRouted: { threshold, coverage: round(ratio(auto.length, n)), precision: round(ratio(autoCorrect, auto.length)) },
    urgent: { precision: round(ratio(urgentHits, flagged.length)), recall: round(ratio(urgentHits, urgentCases.length)) },
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
