/**
 * Urgency of a feedback message: an emergency the chat recognises (fire, violence, someone hurt, a fallen power
 * line…) or one of the ward's danger cues (danger-cues.vi.ts) — a danger to people or property now, which the
 * department must see first and answer the same day.
 */
import { detectEmergency } from "../../conversation/emergency/detect-emergency.js";
import { EMERGENCY_SHORTHANDS } from "../../conversation/emergency/lexicon.vi.js";
import { PhraseSet, vocabularyOf, wordsOfMessage } from "../../conversation/emergency/phrase-matcher.js";
import { DANGER_CUES, EXPOSURES, HAZARDS } from "./danger-cues.vi.js";
import type { UrgencyDetector } from "./router.js";

const CUES = new PhraseSet(DANGER_CUES);
const HAZARD = new PhraseSet(HAZARDS);
const EXPOSED = new PhraseSet(EXPOSURES);
const KNOWN = vocabularyOf([CUES, HAZARD, EXPOSED]);
/** Longest text read, as the emergency detector does. */
const MAX_WORDS = 200;

/**
 * Whether a feedback message reports a danger now.
 *
 * @param text - the citizen's message, as typed.
 */
export const detectUrgency: UrgencyDetector = (text: string): boolean => {
  if (detectEmergency(text)) return true;
  const words = wordsOfMessage(text, KNOWN, EMERGENCY_SHORTHANDS).slice(0, MAX_WORDS);
  if (CUES.matches(words).length > 0) return true;
  return HAZARD.matches(words).length > 0 && EXPOSED.matches(words).length > 0;
};
