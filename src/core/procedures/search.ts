/**
 * Ranked procedure search with a calibrated confidence and an outcome: answer (confident top-1), clarify (the top
 * candidates are close) or none (nothing fits: the question is out of scope).
 */
import { withListedWords } from "./known-words.js";
import { evidenceGate } from "./evidence-gate.js";
import { calibratedConfidence, CLARIFY_RATIO, decideOutcome, TOPIC_IN_FIELD, type RankFeatures } from "./calibration.js";
import type { ProcedureIndex } from "./procedure-index.js";
import { analyzeQuery } from "./query.js";
import { foldText } from "./normalize.js";
import { nameProfile, rerank } from "./rerank.js";
import { askedVariantBeyond, namesTopicOnly, officeNamedElsewhere, rivalHoldingMore, rivalWithOwnEvidence, siblingNotSetApart } from "./rivals.js";
import { discriminateSiblings, MIN_FAMILY_EVIDENCE } from "./siblings.js";
import { asksNoProcedure, contradicts, lacksNamedAction, namesPrivateService, namesTopicNotAtWard, saysProcedureNeed, thanksOnly, type NameMarker } from "./variants.js";
import { detectAspects } from "./aspect.js";
import { normalizeQuery } from "./normalize.js";
import type { ProcedureRecord } from "./types.js";
import { secondLook, SECOND_LOOK_THRESHOLD, type DeclineEvidence } from "./second-look.js";
import { SECOND_LOOK_MODEL } from "./second-look.gen.js";

/** Level the organisation works at; its own procedures and fields are favoured. */
export type PreferredLevel = "xa" | "tinh";

/** Options of a search. */
export interface SearchOptions {
  preferLevel?: PreferredLevel;
  /** How many candidates to return (default 10). */
  limit?: number;
}

/** A ranked procedure. */
export interface Candidate {
  code: string;
  name: string;
  score: number;
  /** Estimated probability that this candidate is what the citizen means, in [0, 1]. */
  confidence: number;
}

/** What to do with a question: answer it, ask back with choices, or say nothing fits. */
export type SearchOutcome = "answer" | "clarify" | "none";

/** The ranked candidates of a question and the outcome. */
export interface SearchResult {
  outcome: SearchOutcome;
  /** Ranked, best first. For "clarify" the first ones are the choices to offer. */
  candidates: Candidate[];
  /** How many candidates to offer as choices when the outcome is "clarify". */
  choiceCount: number;
  /** Share of the question's content covered by the top candidate (0 when no content). */
  coverage: number;
  /** Share (idf-weighted) of the top candidate's name that the question mentions. */
  nameCoverage: number;
  /** Whether the question named anything to search for (false for "thế còn phí?"). */
  hasContent: boolean;
  /** The evidence features of the top candidate the confidence was computed from (absent without candidates). */
  features?: RankFeatures;
  /**
   * Set when the first look declined a question that a second look may ask back (see `second-look.ts`): what it
   * saw, how many choices a clarifying question would offer, and the second look's probability.
   */
  declined?: { evidence: DeclineEvidence; choices: number; secondLook: number };
}

const MAX_CHOICES = 4;
/** How many first-pass results are re-ranked by name coverage. */
const RERANK_DEPTH = 40;
/** Prior of a record outside the organisation's level, and of the fields a ward's citizens ask about most. */
const OTHER_LEVEL_PRIOR = 0.75;
const WARD_FIELD_PRIOR = 1.25;
const RARE_AT_WARD_PRIOR = 0.7;

const SCRATCH = new WeakMap<ProcedureIndex, Float64Array>();

/** A zeroed score buffer per index, reused across questions (searches run one at a time: no await inside). */
function scratchScores(index: ProcedureIndex): Float64Array {
  let scores = SCRATCH.get(index);
  if (!scores) SCRATCH.set(index, (scores = new Float64Array(index.size)));
  return scores;
}

const FOLDED_NAMES = new WeakMap<ProcedureIndex, Map<number, string>>();

/** A record's name, folded (kept: the top records of a ward's questions are few). */
function foldedName(index: ProcedureIndex, doc: number): string {
  let names = FOLDED_NAMES.get(index);
  if (!names) FOLDED_NAMES.set(index, (names = new Map()));
  let name = names.get(doc);
  if (name === undefined) names.set(doc, (name = foldText(index.records[doc]?.name ?? "")));
  return name;
}

const PRIOR_CACHE = new WeakMap<ProcedureIndex, Map<PreferredLevel, Float32Array>>();

/** Per record: the multiplier for the organisation's level (own level 1, other 0.75; for a ward, its usual
 * fields ×1.25 and customs/tax/treasury ×0.7). */
function levelPriors(index: ProcedureIndex, prefer: PreferredLevel): Float32Array {
  let byLevel = PRIOR_CACHE.get(index);
  if (!byLevel) PRIOR_CACHE.set(index, (byLevel = new Map()));
  let priors = byLevel.get(prefer);
  if (!priors) {
    priors = new Float32Array(index.size);
    index.records.forEach((record, doc) => {
      let prior = record.levels.includes(prefer) ? 1 : OTHER_LEVEL_PRIOR;
      if (prefer === "xa" && index.wardField[doc]) prior *= WARD_FIELD_PRIOR;
      if (prefer === "xa" && index.rareAtWard[doc]) prior *= RARE_AT_WARD_PRIOR;
      priors![doc] = prior;
    });
    byLevel.set(prefer, priors);
  }
  return priors;
}

/**
 * Searches the index for the procedure a question is about.
 *
 * @param index - the built index.
 * @param question - the citizen's text, with or without diacritics.
 * @param options - preferred level and result size.
 * @returns ranked candidates, their confidence and the outcome.
 */
export function searchProcedures(index: ProcedureIndex, question: string, options: SearchOptions = {}): SearchResult {
  const query = analyzeQuery(question, index);
  const limit = options.limit ?? 10;
  // a life situation read from the story names a need too ("báo tử cho ông nội" → khai tử)
  const hasContent = query.contentSyllables.length > 0 || query.codes.length > 0 || query.units.some((u) => u.weight !== undefined);
  const scores = scratchScores(index);
  const touched: number[] = [];
  for (const { term, weight } of query.terms) {
    const posting = index.posting(term);
    if (!posting) continue;
    const w = weight * index.idf(term);
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i] ?? 0;
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] ?? 0) + w * (posting.weights[i] ?? 0);
    }
  }
  for (const code of query.codes) {
    const doc = index.docIdOf(code);
    if (doc === undefined) continue;
    if (scores[doc] === 0) touched.push(doc);
    scores[doc] = (scores[doc] ?? 0) + 1000;
  }
  const priors = options.preferLevel ? levelPriors(index, options.preferLevel) : undefined;
  let best = 0;
  for (const doc of touched) {
    const value = (scores[doc] ?? 0) * (priors?.[doc] ?? 1);
    scores[doc] = value;
    if (value > best) best = value;
  }
  const floor = best * 0.2;
  const firstPass = touched
    .filter((doc) => (scores[doc] ?? 0) >= floor)
    .map((doc) => ({ doc, score: scores[doc] ?? 0 }))
    .sort((x, y) => y.score - x.score)
    .slice(0, RERANK_DEPTH);
  for (const doc of touched) scores[doc] = 0; // the buffer is reused by the next question
  const ranked = diversify(discriminateSiblings(rerank(firstPass, query, index), query, index), index).slice(0, Math.max(limit, MAX_CHOICES));
  const top = ranked[0];
  if (!top || !hasContent) return { outcome: "none", candidates: [], choiceCount: 0, coverage: 0, nameCoverage: 0, hasContent };

  // absolute evidence: the question's own words must be firmly explained by the top record, on any base size
  const gate = evidenceGate(index, query, top.doc);
  const topName = foldedName(index, top.doc);
  const noNeed = asksNoProcedure(query.cues, topName)
    || (namesPrivateService(query.cues, topName) && !PAYS_A_FEE.test(` ${foldText(question)} `));
  // a record the catalogue repeats under another code, same name, is no rival ("Công bố Danh mục … Hà Tĩnh" × 7)
  const second = rivalOf(ranked, index, topName);
  const features: RankFeatures = {
    nameCoverage: top.nameCoverage,
    coverage: top.coverage,
    margin: second ? (top.score - second.score) / top.score : 1,
    inName: top.inName,
    inField: top.inField,
    wardField: index.wardField[top.doc] === true,
    vague: query.vague,
    // a topic a ward does not handle, said beside a life situation the record carries ("mẹ mất, bốn anh em chia
    // đất … để sau này tách sổ"), is the citizen's later step, not the request
    // (not when the question firmly asks for the very variant the top name is: "làm mất hộ chiếu, báo mất ở công an
    // phường" against "Trình báo mất hộ chiếu")
    namesOtherBody: namesTopicNotAtWard(query.cues, "") && !nameProfile(index, top.doc).markers.some((m) => query.firmlyAsked.has(m.marker.id)),
    notAtWard: (!gate.situationFound && namesTopicNotAtWard(query.cues, topName, index.rareAtWard[top.doc])) || noNeed,
  };
  const confidence = calibratedConfidence(features);
  const toCandidates = (): Candidate[] => ranked.slice(0, limit).map(({ doc, score }, i): Candidate => {
    const record = index.records[doc] as ProcedureRecord;
    const share = score / top.score;
    return { code: record.code, name: record.name, score: round3(score), confidence: round3(i === 0 ? confidence : Math.min(confidence, 1 - confidence) * share) };
  });
  let candidates = toCandidates();
  const close = ranked.filter((r, i) => r.score >= top.score * CLARIFY_RATIO && (i === 0 || foldedName(index, r.doc) !== topName)).length;
  // a procedure doing another action than the one asked for ("cấp lại" against "… lần đầu") is neither answered
  // nor offered: the choices stop at the first such candidate, and a contradicted top one means nothing fits; one
  // doing none of the actions the question names is not answered with confidence
  const markersOf = (doc: number): NameMarker[] => nameProfile(index, doc).markers;
  // …unless the story also asks, in passing, for what the procedure does ("đổi hiệu trưởng, phải đăng ký lại mẫu chữ
  // ký" is a change of the signature on file)
  const doesAskedToo = (doc: number): boolean => markersOf(doc).some((m) => m.defining && query.asked.has(m.marker.id));
  const contradicted = (doc: number): boolean => contradicts(markersOf(doc), query.firmlyAsked) && !doesAskedToo(doc);
  const firstContradicted = ranked.findIndex((r) => contradicted(r.doc));
  const offerable = firstContradicted < 0 ? MAX_CHOICES : firstContradicted;
  let outcome: SearchOutcome = gate.passes && offerable > 0 ? decideOutcome(features, confidence, close, gate.anchored ? gate.firmShare : 0) : "none";
  const lacks = (doc: number): boolean => lacksNamedAction(markersOf(doc), query.namedActions);
  if (outcome === "answer" && confidence < NAMED_ACTION_CONFIDENCE && lacks(top.doc)) outcome = "clarify";
  // a close rival holding words of the request the top one lacks is offered beside it
  let rival = outcome === "answer" ? rivalWithOwnEvidence(index, query, ranked) : -1;
  // …and so is one holding all the request words the top one holds, and more
  if (outcome === "answer" && rival < 0) rival = rivalHoldingMore(index, query, ranked);
  if (rival > 0 && rival < offerable) outcome = "clarify";
  // a story too loose for the family to be compared does not pick a member by ranking alone
  if (outcome === "answer" && offerable > 1 && gate.firmShare < MIN_FAMILY_EVIDENCE && siblingNotSetApart(index, query, ranked)) outcome = "clarify";
  // a topic many names carry ("bảo hiểm", "thuế") is asked about, not answered with the first of them
  if (outcome === "answer" && namesTopicOnly(index, query, ranked, features.nameCoverage)) outcome = "clarify";
  // …and so is a record done with another office than the one the question names, when a close rival is done there
  // (an organisation counts named anywhere in the citizen's own words, not in what the lexicon added: "quán" is no
  // household business named)
  const ownWords = ` ${(query.cues.text.split(" | ")[0] ?? "").trim()} `;
  if (outcome === "answer" && officeNamedElsewhere(index, query.cues.requestText, ranked, ownWords)) outcome = "clarify";
  // a question with no procedure need gets neither an answer nor choices, even when it names a procedure on the way
  // ("định mở quán bún bò, bán giá bao nhiêu 1 tô thì hợp lý": the price asked, not the registration; over the kept
  // sets no in-scope question was answered with no need read in it)
  if (noNeed && outcome !== "none") outcome = "none";
  // thanks for a paper received asks nothing about it ("đã nhận được thẻ căn cước mới rồi, cảm ơn công an xã nhé")
  if (thanksOnly(question)) outcome = "none";
  // …nor does a question too weakly matched to answer that asks the administration for nothing: a story or a remark
  // sharing a word with some names (the shop's opening hours, a price, a neighbour's tree) is declined; a topic named
  // whole ("hộ tịch") is asked about
  if (outcome === "clarify" && confidence < NEED_CONFIDENCE && features.inField < TOPIC_IN_FIELD && !gate.situationFound
    && !asksForProcedure(question, index)) outcome = "none";
  // a clarifying question offers every candidate still plausible beside the top one (up to four), not only the
  // close ones: the citizen picks among a few, and the right one is more often there
  // (counted up to the last plausible one: a candidate brought forward for diversity must not push one out)
  let plausible = 0;
  ranked.forEach((r, i) => {
    if (r.score >= top.score * OFFER_RATIO) plausible = i + 1;
  });
  const offered = Math.min(MAX_CHOICES, offerable, Math.max(2, close, rival + 1, plausible));
  // a decline by the strength of the evidence, not by what the question means, gets a second look
  let declined: SearchResult["declined"];
  if (outcome === "none" && gate.passes && offerable > 0 && !features.notAtWard && !thanksOnly(question)) {
    const evidence: DeclineEvidence = {
      ...features, namesOtherBody: features.namesOtherBody === true, confidence,
      firmShare: gate.firmShare, anchored: gate.anchored, markedShare: gate.markedShare, situationFound: gate.situationFound,
      gatePasses: gate.passes, contentWords: query.contentSyllables.length, words: query.segments[0]?.length ?? 0,
      secondShare: (ranked[1]?.score ?? 0) / top.score, thirdShare: (ranked[2]?.score ?? 0) / top.score,
      asksVariant: query.asked.size > 0, namesAction: query.namedActions.size > 0,
    };
    declined = { evidence, choices: offered, secondLook: secondLook(SECOND_LOOK_MODEL, evidence) };
    if (declined.secondLook >= SECOND_LOOK_THRESHOLD) outcome = "clarify";
  }
  let choiceCount = outcome === "clarify" ? offered : 0;
  // choices none of which does what the question names ("cấp lại sổ đỏ" offered two unrelated procedures) help no one;
  // a top one the question names firmly and plainly is still offered ("mua lại xe … sang tên, ai phải làm thu hồi
  // trước": the recall is a step of the transfer)
  const namedPlainly = gate.anchored && gate.firmShare >= FIRM_NAMED_SHARE && features.nameCoverage >= NAMED_PLAINLY_COVERAGE;
  if (outcome === "clarify" && !namedPlainly && ranked.slice(0, choiceCount).every((r) => lacks(r.doc) && !doesAskedToo(r.doc))) {
    outcome = "none";
    choiceCount = 0;
  }
  // a variant the question asks for by a phrase ("xin lại bản sao", "cấp đổi") that none of the choices is, held by a
  // later candidate, takes the last place: the citizen then sees the procedure doing what was asked
  if (outcome === "clarify") {
    const swap = askedVariantBeyond(index, ranked, choiceCount, query.firmlyAsked, top.score * DIVERSE_MIN_SHARE);
    if (swap > 0) {
      const [moved] = ranked.splice(swap, 1);
      const at = Math.min(choiceCount, MAX_CHOICES - 1);
      ranked.splice(at, 0, moved!);
      if (choiceCount < MAX_CHOICES) choiceCount++;
      candidates = toCandidates();
    }
  }
  return { outcome, candidates, choiceCount, coverage: round3(features.coverage), nameCoverage: round3(features.nameCoverage), hasContent, features, ...(declined ? { declined } : {}) };
}

/** The best candidate after the top one whose name differs from it (the catalogue repeats some records under other codes). */
function rivalOf<T extends { doc: number; score: number }>(ranked: readonly T[], index: ProcedureIndex, topName: string): T | undefined {
  for (let i = 1; i < ranked.length; i++) if (foldedName(index, ranked[i]!.doc) !== topName) return ranked[i];
  return undefined;
}

/** A fee paid (folded): a bank or a wallet named beside it is only the way to pay the procedure's fee. */
const PAYS_A_FEE = / (le phi|phi|nop tien|dong tien|nop phi|dong phi) /u;

/** Below this confidence a clarifying question needs a word of request (see `PROCEDURE_NEED_WORDS`). */
const NEED_CONFIDENCE = 0.3;

/** Whether the question asks the administration for something: an aspect asked ("lệ phí", "ở đâu") or a word of request. */
function asksForProcedure(question: string, index: ProcedureIndex): boolean {
  return detectAspects(question).some((a) => a !== "eligibility") || saysProcedureNeed(normalizeQuery(question, withListedWords(index.isKnownSyllable)));
}

/** Candidates scoring at least this share of the top one are offered in a clarifying question (up to four). */
const OFFER_RATIO = 0.38;
/**
 * A top candidate named plainly enough to be offered though it does none of the actions the question names: this
 * firm share of the question anchored in it, and this share of its name mentioned.
 */
const FIRM_NAMED_SHARE = 0.6;
const NAMED_PLAINLY_COVERAGE = 0.5;
/** Confidence needed to answer with a procedure that does none of the actions the question names ("cấp lại"). */
const NAMED_ACTION_CONFIDENCE = 0.8;

/** A later candidate brought into the first three for diversity must score at least this share of the top one. */
const DIVERSE_MIN_SHARE = 0.25;
/** How many of the first candidates may be variants of one family (same distinctive name words). */
const MAX_SAME_FAMILY = 2;

/** The family of a record: the distinctive words of its name head, without variant markers and implied words. */
function familyOf(index: ProcedureIndex, doc: number): string {
  return nameProfile(index, doc).words.map((w) => w.folded).sort().join(" ");
}

/**
 * The first three candidates should not all be variants of one procedure ("… khai sinh", "… lại khai sinh",
 * "… lại khai sinh có yếu tố nước ngoài"): when they are, the best candidate of another family (if it scores at
 * least {@link DIVERSE_MIN_SHARE} of the top) takes the third place, so a clarification or a second look offers
 * a real alternative. The top candidate and the order of the others are kept.
 */
function diversify<T extends { doc: number; score: number }>(ranked: T[], index: ProcedureIndex): T[] {
  if (ranked.length <= MAX_SAME_FAMILY + 1) return ranked;
  const family = familyOf(index, ranked[0]!.doc);
  for (let i = 1; i <= MAX_SAME_FAMILY; i++) if (familyOf(index, ranked[i]!.doc) !== family) return ranked;
  const floor = ranked[0]!.score * DIVERSE_MIN_SHARE;
  const at = ranked.findIndex((r, i) => i > MAX_SAME_FAMILY && r.score >= floor && familyOf(index, r.doc) !== family);
  if (at < 0) return ranked;
  const out = ranked.slice();
  const [moved] = out.splice(at, 1);
  out.splice(MAX_SAME_FAMILY, 0, moved!);
  return out;
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;
