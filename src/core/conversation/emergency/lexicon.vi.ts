/**
 * The emergency vocabulary, as data: situations a citizen may be in right now, each with the number to call first,
 * and the words that say a message is about something happening now, a call for help, paperwork or the past. The
 * patterns name the situation in general ("a building collapsed", "someone is not breathing"), never a particular
 * sentence. Pattern syntax: see phrase-matcher.ts (`(a|b)` one of, `?` optional, `…` up to three words, `=` only
 * when typed with marks).
 *
 * Numbers (Vietnam): 113 police, 114 fire and rescue (cứu nạn, cứu hộ), 115 medical emergency.
 */
export type { EmergencyService, EmergencySituation, EmergencySituationId } from "./lexicon/types.vi.js";
export { AFTER_NOW_WORDS, ATTACKERS_GONE, FIRE_OUT, PLAY_FRAMES, CONSEQUENCES, CONTEXT_IN_EVENT, CONTEXT_MARKERS, EMERGENCY_SHORTHANDS, ESCALATIONS, ASKING_FRAMES, HELP_ALONE, HELP_CALLS, HYPOTHETICALS, INTENSIFIERS, LAUGHTER, LOOK_ALIKES, LOOK_ALIKES_WITHIN_CLAUSE, MISREADINGS, NEAR_MISS_WORDS, NOT_NOW_MARKERS, NOW_BEFORE_MARKERS, NOW_MARKERS, NUISANCES, SERVICE_CALLS, THREAT_FRAMES, TURN_MARKERS, LAUGHING_EMOTICONS } from "./lexicon/context.vi.js";
import { COLLAPSE_SITUATIONS } from "./lexicon/collapse.vi.js";
import { ENGLISH_PHRASES } from "./lexicon/english.js";
import { FIRE_SITUATIONS } from "./lexicon/fire.vi.js";
import { FLOOD_SITUATIONS } from "./lexicon/flood.vi.js";
import { INJURY_SITUATIONS } from "./lexicon/injury.vi.js";
import { MEDICAL_SITUATIONS } from "./lexicon/medical.vi.js";
import { POWER_SITUATIONS } from "./lexicon/power.vi.js";
import type { EmergencySituation } from "./lexicon/types.vi.js";
import { VIOLENCE_SITUATIONS } from "./lexicon/violence.vi.js";

/** Every situation, one file per kind under lexicon/, with the English a visitor types for it (lexicon/english.ts). */
export const EMERGENCY_SITUATIONS: readonly EmergencySituation[] = [
  ...FIRE_SITUATIONS,
  ...MEDICAL_SITUATIONS,
  ...INJURY_SITUATIONS,
  ...VIOLENCE_SITUATIONS,
  ...POWER_SITUATIONS,
  ...COLLAPSE_SITUATIONS,
  ...FLOOD_SITUATIONS,
].map((s) => {
  const english = ENGLISH_PHRASES[s.id];
  return english ? { ...s, signals: [...s.signals, ...english.signals], hints: [...(s.hints ?? []), ...(english.hints ?? [])] } : s;
});
