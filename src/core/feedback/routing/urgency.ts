/**
 * Urgency of a feedback message: an emergency the chat recognises (fire, violence, someone hurt, a fallen power
 * line…) or one of the ward's danger cues (danger-cues.vi.ts) — a danger to people or property now, which the
 * department must see first and answer the same day. The cues are a floor; a model learnt from the project's own
 * labelled examples (urgency-model.ts) adds what their wording does not list, and is trusted alone only when it is
 * sure, with half a sign (a hazard or people at risk, without the other) when it leans to urgent.
 */
import { detectEmergency } from "../../conversation/emergency/detect-emergency.js";
import { EMERGENCY_SHORTHANDS } from "../../conversation/emergency/lexicon.vi.js";
import { PhraseSet, vocabularyOf, wordsOfMessage } from "../../conversation/emergency/phrase-matcher.js";
import { DANGER_CUES, EXPOSURES, HAZARDS, PAPERWORK, URGENT_WORDS } from "./danger-cues.vi.js";
import type { UrgencyDetector } from "./router.js";
import type { UrgencyScorer } from "./urgency-model.js";

const CUES = new PhraseSet(DANGER_CUES);
const HAZARD = new PhraseSet(HAZARDS);
const EXPOSED = new PhraseSet(EXPOSURES);
const SAYS_URGENT = new PhraseSet(URGENT_WORDS);
const PAPERS = new PhraseSet(PAPERWORK);
const SIGNS: readonly PhraseSet[] = [CUES, HAZARD, EXPOSED, SAYS_URGENT, PAPERS];
/** The sets above in one, so that a message is read once for all of them. */
const READ_TOGETHER = new PhraseSet(SIGNS.flatMap((set) => set.phrases));
const KNOWN = vocabularyOf(SIGNS);
/** Longest text read, as the emergency detector does. */
const MAX_WORDS = 200;

/** What the wording of a message shows. */
export interface DangerSigns {
  /** An emergency or a danger cue: urgent by itself. */
  urgent: boolean;
  /** A hazard (something loose, a hole, water out of place…) is named. */
  hazard: boolean;
  /** People exposed, nothing around it, or it getting worse. */
  exposure: boolean;
}

/**
 * The danger signs in a message's wording.
 *
 * @param text - the citizen's message, as typed.
 */
export function dangerSigns(text: string): DangerSigns {
  const words = wordsOfMessage(text, KNOWN, EMERGENCY_SHORTHANDS).slice(0, MAX_WORDS);
  const read = READ_TOGETHER.grouped(words, SIGNS);
  const found = (set: PhraseSet): boolean => (read.get(set)?.length ?? 0) > 0;
  const hazard = found(HAZARD);
  const exposure = found(EXPOSED);
  const papers = found(PAPERS);
  const saysUrgent = found(SAYS_URGENT) && !papers;
  // (a hazard word beside a dossier is the dossier's: "hồ sơ vẫn treo 'chờ tiếp nhận'" hangs no cable)
  // the emergency detector last: it costs the most, and a cue already found makes it moot
  const urgent = found(CUES) || (hazard && exposure && !papers) || saysUrgent || detectEmergency(text, { vocabularyOnly: true }) !== null;
  return { urgent, hazard, exposure };
}

/**
 * Whether a feedback message reports a danger now, from its wording alone (no learnt model).
 *
 * @param text - the citizen's message, as typed.
 */
export const detectUrgency: UrgencyDetector = (text: string): boolean => dangerSigns(text).urgent;

/** Probabilities above which the learnt model's word counts (see the module comment). */
export interface UrgencyThresholds {
  /** Urgent on the model alone. */
  alone: number;
  /** Urgent when the wording shows a hazard or people at risk. */
  withSign: number;
}

/**
 * Chosen with the kept blind urgency sets among the examples (prisma/seed/urgency-kept.jsonl): scored leaving each
 * set out in turn (430 urgent, 380 calm reports by separate writers), recall 0.944 and false alarms 1.8 % here,
 * against 0.935 and 1.8 % for the model without them at { alone 0.6, withSign 0.4 }; lower thresholds found more
 * (0.967 at 0.6 / 0.4) but flagged more calm reports of the routing sets (urgent precision on routing-blind-1/3
 * 0.636 / 0.696 instead of 0.778 / 0.889). An urgent report missed waits a working day; an urgent flag shortens
 * the acceptance deadline to 4 working hours.
 */
export const URGENCY_THRESHOLDS: UrgencyThresholds = { alone: 0.7, withSign: 0.5 };

/**
 * The urgency detector the router uses: the wording's signs, and a learnt model when there is one.
 *
 * @param scorer - the model trained on the project's own examples (null: wording only).
 */
export function urgencyDetector(scorer: UrgencyScorer | null, thresholds: UrgencyThresholds = URGENCY_THRESHOLDS): UrgencyDetector {
  if (!scorer) return detectUrgency;
  return (text: string): boolean => {
    const signs = dangerSigns(text);
    if (signs.urgent) return true;
    const p = scorer.probability(text);
    return p >= thresholds.alone || ((signs.hazard || signs.exposure) && p >= thresholds.withSign);
  };
}
