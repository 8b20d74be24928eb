/**
 * The rules of an editor's announcement, before the engine sees it: what the form's input becomes (composed
 * Unicode, "\n" line ends), which topics it goes to, and what is wrong with it, field by field, as problem codes
 * the console words. The engine (BroadcastService) checks again; its refusals map back onto the same fields.
 */
import { AppError, invalidInput } from "../shared/app-error.js";
import { BROADCAST_LIMITS, isHttpUrl } from "./broadcast-service.js";
import type { Topic } from "./types.js";

/** How far ahead a broadcast may be scheduled. */
export const MAX_SCHEDULE_DAYS = 90;

/** What the compose form sends. */
export interface AnnouncementInput {
  title: string;
  body: string;
  /** "" for none. */
  link: string;
  /** A public address of the uploaded image (stored through the storage port), or null. */
  imageUrl: string | null;
  /** "all": every subscriber, whatever their topics; "topics": subscribers of `topicIds`. */
  audience: "all" | "topics";
  topicIds: readonly string[];
  /** Ignores quiet hours and the daily digest. */
  urgent: boolean;
  /** The editor confirmed that an urgent broadcast goes out at night too. */
  urgentConfirmed: boolean;
  /** Send now, or at `scheduledAt` (null when the time given could not be read). */
  when: "now" | "later";
  scheduledAt: Date | null;
}

/**
 * Input as it will be stored: Unicode composed and line ends as "\n" (browsers post a textarea's lines with
 * "\r\n", which platforms would count twice and show as stray characters), surrounding spaces trimmed.
 */
export function normaliseAnnouncement(input: AnnouncementInput): AnnouncementInput {
  const clean = (text: string) => text.replace(/\r\n?/gu, "\n").normalize("NFC").trim();
  return { ...input, title: clean(input.title).replace(/\s*\n\s*/gu, " "), body: clean(input.body), link: input.link.trim() };
}

/** The topic ids of the audience: none for everyone; only the organisation's own topics otherwise. */
export function audienceTopics(input: AnnouncementInput, topics: readonly Topic[]): string[] {
  if (input.audience === "all") return [];
  const known = new Set(topics.map((t) => t.id));
  return [...new Set(input.topicIds)].filter((id) => known.has(id));
}

/** Field → problem code, for the form (codes are worded in the console's FIELD_PROBLEMS). */
export function announcementProblems(input: AnnouncementInput, topics: readonly Topic[], now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!input.title) problems.title = "required";
  else if (input.title.length > BROADCAST_LIMITS.title) problems.title = "too_long";
  if (!input.body) problems.body = "required";
  else if (input.body.length > BROADCAST_LIMITS.body) problems.body = "too_long";
  if (input.link && !isHttpUrl(input.link)) problems.link = "not_http";
  if (input.audience === "topics") {
    if (input.topicIds.length === 0) problems.topics = "none_chosen";
    else if (audienceTopics(input, topics).length !== new Set(input.topicIds).size) problems.topics = "unknown";
  }
  if (input.when === "later") {
    if (!input.scheduledAt) problems.scheduledAt = "required";
    else if (input.scheduledAt.getTime() < now.getTime()) problems.scheduledAt = "past";
    else if (input.scheduledAt.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) problems.scheduledAt = "too_far";
  }
  if (input.urgent && !input.urgentConfirmed) problems.urgentConfirmed = "confirm_urgent";
  return problems;
}

/** The engine's own refusals (it checks again) as field problems. */
export function fieldErrorOf(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const field: Record<string, [string, string]> = {
    broadcast_title_missing: ["title", "required"],
    broadcast_title_too_long: ["title", "too_long"],
    broadcast_body_too_long: ["body", "too_long"],
    broadcast_link_invalid: ["link", "not_http"],
    broadcast_image_invalid: ["image", "invalid"],
    broadcast_schedule_past: ["scheduledAt", "past"],
  };
  const hit = field[error.code];
  return hit ? invalidInput({ [hit[0]]: hit[1] }) : error;
}
