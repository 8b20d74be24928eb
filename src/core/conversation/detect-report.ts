/**
 * Tells a report of a problem in the ward from a procedure question, over the folded text: a report names a
 * problem (something broken, dirty, blocked, dangerous, a service gone wrong) or asks the ward to act ("đề nghị
 * phường…"), and nothing in it asks about paperwork, or it names more problem and request words than paperwork words. The cues are data (report-lexicon.vi.ts); bench/report-intent.ts
 * measures the rule on report and question sets.
 */
import { ASKING_CUES, PROBLEM_CUES, PROCEDURE_CUES, REQUEST_CUES } from "./report-lexicon.vi.js";

/** Compiles a cue list to one whole-word pattern over folded text. */
function cuePattern(cues: readonly string[]): RegExp {
  const escaped = [...cues].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  return new RegExp(`(?<![a-z0-9])(?:${escaped.join("|")})(?![a-z0-9])`, "gu");
}

const PROBLEM = cuePattern(PROBLEM_CUES);
const REQUEST = cuePattern(REQUEST_CUES);
const PROCEDURE = cuePattern(PROCEDURE_CUES);
const ASKING = cuePattern(ASKING_CUES);

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/**
 * Whether a message reads as a report to file rather than a question to answer.
 *
 * @param folded - the message as foldForIntent gives it (lower case, no diacritics, single spaces).
 */
export function looksLikeReport(folded: string): boolean {
  const problems = count(PROBLEM, folded) + count(ASKING, folded);
  if (problems === 0) return false;
  const procedure = count(PROCEDURE, folded);
  if (procedure === 0) return true;
  return problems + count(REQUEST, folded) > procedure + 1;
}
