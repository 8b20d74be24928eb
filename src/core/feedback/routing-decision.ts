/**
 * What routing decides for one message, and the port the ticket service calls. The implementation (rules as data,
 * then a classifier over normalised Vietnamese) lives in ./routing/; the service only applies the threshold.
 */

export interface RoutingDecision {
  /** Department code (VP, KTHTDT…) or null when nothing matched at all. */
  departmentCode: string | null;
  /** Category code when a rule or the classifier names one. */
  categoryCode: string | null;
  /** 0–1; a rule match is 1. Below the configured threshold the ticket goes to triage. */
  confidence: number;
  by: "rule" | "classifier" | "category";
  /** Urgency detected in the wording (a danger to people or property now). */
  urgent: boolean;
}

/** Port: routes one message. Synchronous and pure so it can run in the hot path (≤ 2 ms). */
export interface FeedbackRouter {
  route(text: string): RoutingDecision;
}
