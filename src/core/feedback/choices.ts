/**
 * Choice data of the feedback buttons: `f:<verb>:<code>[:<arg>]`, e.g. `f:rate:PA-2611-7K3Q:5` (well under
 * Telegram's 64 bytes). The code, not an id, names the ticket: buttons in old messages stay meaningful, and the
 * flow still checks that the presser is one of the ticket's reporters.
 */
export const FEEDBACK_PREFIX = "f";

export type FeedbackVerb = "info" | "rate" | "reopen" | "intake";

/** Builds a button's data. */
export function feedbackChoice(verb: FeedbackVerb, code: string, arg?: string): string {
  return [FEEDBACK_PREFIX, verb, code, ...(arg === undefined ? [] : [arg])].join(":");
}

/** Reads a button's data; null when it is not a feedback button. */
export function parseFeedbackChoice(data: string): { verb: FeedbackVerb; code: string; arg?: string } | null {
  const [prefix, verb, code, arg] = data.split(":");
  if (prefix !== FEEDBACK_PREFIX || !verb || code === undefined) return null;
  if (verb !== "info" && verb !== "rate" && verb !== "reopen" && verb !== "intake") return null;
  return arg === undefined ? { verb, code } : { verb, code, arg };
}
