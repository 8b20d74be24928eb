/**
 * Absolute evidence gate: whatever the size of the knowledge base, a procedure is offered (answer or clarify) only
 * when the question's own content words are explained by its name, keywords, field or result *firmly*, not by a
 * chance collision of one folded syllable ("the" typed for "thế" matching "thẻ", "mai" for "mái", "co" for "có").
 *
 * For the top record, each of the citizen's content words (a coverage unit) is:
 * - firm when found in a *phrase*: the record holds the folded bigram it forms with a neighbouring word of the
 *   question, or one of its multi-syllable lexicon expansions ("sổ đỏ" → "giấy chứng nhận …") is found whole,
 *   or it is a situation's concept found whole;
 * - firm when typed with marks and found in that exact accented form (a marked word is not ambiguous);
 * - weak (counted {@link WEAK_SHARE}) when it is one syllable typed without marks, found alone: Vietnamese folds
 *   many words onto one bare syllable, so a lone bare match is as likely a collision as a hit;
 * - unmatched otherwise (found only in the long texts, or with other marks, counts nothing).
 *
 * The gate passes when the firm share of the question's content (idf-weighted, capped, so that on a small base
 * where idf is flat every word weighs about the same) reaches {@link MIN_FIRM_SHARE} and at least one firm phrase
 * match anchors it, or a marked word matched exactly covers at least {@link MIN_MARKED_ONLY_SHARE} of the question,
 * or a distinctive phrase of words the coverage leaves out ("hủy cái tờ khai") is found whole (this last one only
 * lets the question pass: the firm share reported, which the outcome is decided on, is the content words').
 * The measure compares the question with itself (the share of its own words explained), not with other records,
 * so it holds for 42 records as for 2,642.
 */
import { isVietnameseSyllable } from "./normalize.js";
import { positionOf } from "./postings.js";
import type { ProcedureIndex } from "./procedure-index.js";
import type { AnalyzedQuery } from "./query.js";

/** Weight of a lone bare one-syllable match, relative to a firm one. */
const WEAK_SHARE = 0.25;
/** Minimum firm share of the question's content for the top record to be offered at all. */
export const MIN_FIRM_SHARE = 0.3;
/**
 * A long message says much besides its request: firm evidence of this weight (a phrase of two or three fairly
 * distinctive words) is enough whatever the share. 0.085, not 0.1: two stories of a death registered long ago whose
 * papers and register were lost ("… thừa kế đất, phải làm thế nào?", qb37-042, qb38-032) fell just short and were
 * declined; at 0.085 three kept questions more are answered or offered rightly, none wrongly.
 */
const MIN_ANCHORED_SHARE = 0.085;
/** Without any phrase match, exact marked words must explain at least this share of the question. */
const MIN_MARKED_ONLY_SHARE = 0.5;
const IDF_CAP = 6;
/** A phrase of words the coverage does not count ("tờ khai") anchors like a pair when at least this distinctive. */
const SOFT_PHRASE_MIN_IDF = 1;
/** Weight of a situation's concept found whole in the record (about two words of the question). */
const SITUATION_WEIGHT = 2;

/**
 * Weight of a content word: idf, compressed to [0.5, 1.5] so that a rare filler word ("hỏng", "10") cannot
 * outweigh the procedure words of the question, and so that the share reads the same on a small base (flat idf).
 */
function unitWeight(index: ProcedureIndex, syllable: string): number {
  return 0.5 + Math.min(index.idf(syllable), IDF_CAP) / IDF_CAP;
}

/** What the gate found for the top record. */
export interface EvidenceGate {
  /** Idf-weighted share of the question's content firmly explained by the record (weak matches count a quarter). */
  firmShare: number;
  /** Some content word matched inside a phrase (bigram, whole expansion, situation concept). */
  anchored: boolean;
  /** Share explained by exact marked words alone. */
  markedShare: number;
  /** A situation read from the citizen's story is carried by the record (see `situations.ts`). */
  situationFound: boolean;
  passes: boolean;
}

/** Whether the record holds a term in its name, keywords, field or result (strength ≥ 1). */
function inHead(index: ProcedureIndex, term: string, doc: number): boolean {
  const posting = index.posting(term);
  if (!posting) return false;
  const at = positionOf(posting, doc);
  return at >= 0 && (posting.strength[at] ?? 0) >= 1;
}

/** Whether the record holds a syllable in its name or keywords (strength 2). */
function inName(index: ProcedureIndex, term: string, doc: number): boolean {
  const posting = index.posting(term);
  if (!posting) return false;
  const at = positionOf(posting, doc);
  return at >= 0 && (posting.strength[at] ?? 0) >= 2;
}

/**
 * Checks the evidence a record gives for a question.
 *
 * @param index - the index.
 * @param query - the analysed question.
 * @param doc - the record (doc id), normally the top candidate.
 * @returns the shares and whether the record may be offered.
 */
export function evidenceGate(index: ProcedureIndex, query: AnalyzedQuery, doc: number): EvidenceGate {
  // the sibling comparison and the outcome both ask about the top record: computed once per question and record
  let byDoc = GATES.get(query);
  if (!byDoc) GATES.set(query, (byDoc = new Map()));
  let gate = byDoc.get(doc);
  if (!gate) byDoc.set(doc, (gate = computeGate(index, query, doc)));
  return gate;
}

const GATES = new WeakMap<AnalyzedQuery, Map<number, EvidenceGate>>();

function computeGate(index: ProcedureIndex, query: AnalyzedQuery, doc: number): EvidenceGate {
  // a code typed, or nothing named (see `AnalyzedQuery.vague`: the calibration never answers those, it asks back)
  if (query.codes.length > 0 || query.vague) return { firmShare: 1, anchored: true, markedShare: 1, situationFound: false, passes: true };
  // the citizen's own syllables in order (all roles: "cần" read as intent may still be the "căn" of "căn cước"),
  // for the bigram each forms with its neighbour
  const own = query.segments[0] ?? [];
  const phraseFound = new Set<string>();
  const pairFound = new Set<string>();
  const trusted = new Set<string>();
  const softPhrase = new Set<string>();
  own.forEach((syl, i) => {
    const next = own[i + 1];
    // a syllable repaired to the base's vocabulary is a guess: a phrase made with it proves nothing, unless its
    // neighbour was typed as is, with marks ("căn cướt" is "căn cước"; bare "can cuot" could be many things)
    if (!next || (syl.role === "intent" && next.role === "intent")) return;
    if (syl.repairedFrom || next.repairedFrom) {
      const other = syl.repairedFrom ? next : syl;
      if (other.repairedFrom || other.accented === other.folded) return;
      if (inHead(index, `${syl.folded} ${next.folded}`, doc)) trusted.add((syl.repairedFrom ? syl : next).folded);
    }
    if (inHead(index, `${syl.folded} ${next.folded}`, doc)) {
      phraseFound.add(syl.folded);
      phraseFound.add(next.folded);
      if (index.idf(`${syl.folded} ${next.folded}`) >= SOFT_PHRASE_MIN_IDF) softPhrase.add(syl.folded).add(next.folded);
    } else if (syl.role !== "intent" && next.role !== "intent" && syl.folded !== next.folded
      && inName(index, syl.folded, doc) && inName(index, next.folded, doc)) {
      // two words side by side, both in the record's name ("nhận con" for "nhận cha, mẹ, con"): a pair collides
      // by chance far less than a lone bare syllable
      pairFound.add(syl.folded);
      pairFound.add(next.folded);
    }
  });
  // the pair's words the coverage does not count (soft words like "nhận", "con") weigh in as firm evidence
  const unitNames = new Set(query.units.map((u) => u.own));
  const pairOnly = [...pairFound].filter((w) => !unitNames.has(w));
  // …and so do the words of a distinctive phrase of such words found whole ("hủy cái tờ khai"), but only to pass
  // the gate: the firm share the outcome is decided on stays the citizen's content words'
  const softOnly = [...softPhrase].filter((w) => !unitNames.has(w) && !pairFound.has(w));
  const softWeight = softOnly.reduce((sum, w) => sum + unitWeight(index, w), 0);
  let total = 0;
  let firm = 0;
  let marked = 0;
  let anchored = pairFound.size > 0;
  let situationFound = false;
  for (const w of pairOnly) {
    total += unitWeight(index, w);
    firm += unitWeight(index, w);
  }
  const repaired = new Set(own.filter((syl) => syl.repairedFrom && !trusted.has(syl.folded)).map((syl) => syl.folded));
  // how many of the citizen's syllables read each lexicon expansion: one bare syllable ("cuoi" read as "cưới" →
  // "kết hôn") may be a collision; a phrase ("sổ đỏ"), a marked word or an abbreviation ("CCCD") is not
  const readers = new Map<number, number>();
  for (const syl of own) for (const at of syl.expansions ?? []) readers.set(at, (readers.get(at) ?? 0) + 1);
  // …nor is a bare syllable whose expansion holds another word the citizen typed: "khoan giếng lấy nước" reads
  // "giếng" as "khai thác nước dưới đất", and "nước" confirms it
  const ownContent = new Set(own.filter((syl) => syl.role === "content").map((syl) => syl.folded));
  const corroborated = (syl: (typeof own)[number]): boolean => (syl.expansions ?? []).some((at) =>
    (query.segments[at] ?? []).some((x) => x.role === "content" && x.folded !== syl.folded && ownContent.has(x.folded)));
  // …nor an abbreviation or a form code read by the lexicon ("CT07", "GKS"): no word folds onto it
  const firmExpansion = new Set(own.filter((syl) => syl.role === "alias" || query.accentedOf.has(syl.folded)
    || (syl.expansions ?? []).some((at) => (readers.get(at) ?? 0) > 1) || corroborated(syl)
    || ((syl.expansions ?? []).length > 0 && !isVietnameseSyllable(syl.folded)))
    .map((syl) => syl.folded));
  for (const unit of query.units) {
    const situation = unit.weight !== undefined;
    // an expansion found whole; a situation's concept mostly found, with one of its phrases
    const whole = unit.options.slice(situation ? 0 : 1).some((option) => option.length > 1
      && option.filter((s) => inHead(index, s, doc)).length >= (situation ? option.length / 2 : option.length)
      && option.some((s, k) => k + 1 < option.length && inHead(index, `${s} ${option[k + 1]}`, doc)));
    // a situation is the service's own reading of a story: it supports a record when found, blames none when not
    if (situation && !whole) continue;
    const weight = (situation ? SITUATION_WEIGHT : unitWeight(index, unit.own)) * (unit.scale ?? 1);
    total += weight;
    if (situation) {
      firm += weight;
      situationFound = true;
      continue;
    }
    if (!repaired.has(unit.own) && ((whole && firmExpansion.has(unit.own)) || phraseFound.has(unit.own) || pairFound.has(unit.own))) {
      firm += weight;
      anchored = true;
      continue;
    }
    const accented = query.accentedOf.get(unit.own);
    if (accented !== undefined) {
      if (inHead(index, accented, doc)) {
        firm += weight;
        marked += weight;
      }
      continue;
    }
    if (inHead(index, unit.own, doc)) firm += weight * WEAK_SHARE;
  }
  // nothing of the citizen's own to weigh ("giấy tờ cho con"): the calibration decides (it never answers those)
  if (total <= 0) return { firmShare: 0, anchored: false, markedShare: 0, situationFound: false, passes: true };
  const firmShare = firm / total;
  const markedShare = marked / total;
  const withSoft = (firm + softWeight) / (total + softWeight);
  const passes = situationFound || (anchored && firmShare >= MIN_ANCHORED_SHARE) || firmShare >= MIN_FIRM_SHARE
    && markedShare >= MIN_MARKED_ONLY_SHARE || (softWeight > 0 && withSoft >= MIN_ANCHORED_SHARE);
  return { firmShare, anchored, markedShare, situationFound, passes };
}
