/**
 * The feedback router: the administrator's rules first (a match is certain), then the classifier trained on the
 * project's own examples and staff corrections. Its parts are swapped whole when the rules are edited or a new
 * model is trained, so routing one message never waits for the database.
 */
import { foldText } from "../../procedures/normalize.js";
import type { FeedbackRouter, RoutingDecision } from "../routing-decision.js";
import type { RoutingRules } from "./rules.js";

/** A trained classifier as the router uses it. */
export interface RoutingClassifier {
  /** The most likely department (and category), with a calibrated probability. */
  classify(text: string): { departmentCode: string; categoryCode: string | null; confidence: number };
}

/** Urgency in the wording (a danger to people or property now). */
export type UrgencyDetector = (text: string) => boolean;

export class FeedbackRouting implements FeedbackRouter {
  constructor(
    private rules: RoutingRules,
    private classifier: RoutingClassifier | null,
    private urgency: UrgencyDetector,
  ) {}

  /** Replaces the rules (after an administrator's edit). */
  setRules(rules: RoutingRules): void {
    this.rules = rules;
  }

  /** Replaces the classifier (after retraining). */
  setClassifier(classifier: RoutingClassifier): void {
    this.classifier = classifier;
  }

  /** Replaces the urgency detector (after retraining with staff's urgency labels). */
  setUrgency(urgency: UrgencyDetector): void {
    this.urgency = urgency;
  }

  /** Routes one message: a rule if one matches, the classifier otherwise; nothing at all means triage. */
  route(text: string): RoutingDecision {
    const urgent = this.urgency(text);
    const rule = this.rules.match(foldText(text));
    if (rule) return { departmentCode: rule.departmentCode, categoryCode: rule.categoryCode, confidence: 1, by: "rule", urgent };
    if (!this.classifier) return { departmentCode: null, categoryCode: null, confidence: 0, by: "classifier", urgent };
    const guess = this.classifier.classify(text);
    return { ...guess, by: "classifier", urgent };
  }
}
