/**
 * A rival with evidence of its own. The top candidate can win on the words it shares with the question while a
 * close rival's name holds other words of the request that the top one's name lacks ("ủy quyền cho con gái đi
 * lĩnh lương hưu thay": "Truy lĩnh lương hưu …" ranks first, "Ủy quyền lĩnh thay …" holds "ủy quyền" and
 * "thay"). Such a question is not answered with the top one alone: the citizen is asked, with the rival among the
 * choices. Compared on names (and keywords), the fields that say what a procedure is.
 */
import { ENTITY_HALLMARKS, OFFICE_HALLMARKS } from "./concepts.vi.js";
import { positionOf } from "./postings.js";
import { ACCENTED_PREFIX, type ProcedureIndex } from "./procedure-index.js";
import type { AnalyzedQuery, CoverageUnit } from "./query.js";
import { nameProfile } from "./rerank.js";
import { areSiblings, nameRarity } from "./sibling-profiles.js";

/** How many candidates after the top one are looked at, and the share of its score a rival needs. */
const RIVAL_DEPTH = 3;
const RIVAL_MIN_SHARE = 0.3;
/** Weight (rarity as a name word, see `nameRarity`) of the request words a rival must hold alone: about one word. */
const RIVAL_MIN_WEIGHT = 0.8;
/** …and at least this share of what the top one holds alone against it. */
const RIVAL_MIN_RATIO = 0.6;

function inName(index: ProcedureIndex, term: string, doc: number): boolean {
  const posting = index.posting(term);
  const at = posting ? positionOf(posting, doc) : -1;
  return at >= 0 && (posting?.strength[at] ?? 0) >= 2;
}

/** Whether a record's name or keywords hold a word of the request (as typed with its marks, or an expansion whole). */
function holds(index: ProcedureIndex, query: AnalyzedQuery, unit: CoverageUnit, doc: number): boolean {
  const accented = query.accentedOf.get(unit.own);
  if (accented !== undefined ? inName(index, accented, doc) : inName(index, unit.own, doc)) return true;
  return unit.options.slice(1).some((option) => option.length > 0 && option.every((s) => inName(index, s, doc)));
}

/** Weight of the request words `a` holds in its name and `b` does not. */
function heldAlone(index: ProcedureIndex, query: AnalyzedQuery, units: readonly CoverageUnit[], a: number, b: number): number {
  let weight = 0;
  for (const unit of units) {
    if (holds(index, query, unit, a) && !holds(index, query, unit, b)) {
      const accented = query.accentedOf.get(unit.own);
      weight += nameRarity(index, unit.own, accented?.slice(ACCENTED_PREFIX.length));
    }
  }
  return weight;
}

/**
 * The position of the first close rival whose name holds words of the request that the top one's name lacks.
 *
 * @param index - the index.
 * @param query - the analysed question.
 * @param ranked - the candidates, best first.
 * @returns its position in `ranked`, or -1.
 */
export function rivalWithOwnEvidence(index: ProcedureIndex, query: AnalyzedQuery, ranked: ReadonlyArray<{ doc: number; score: number }>): number {
  const top = ranked[0];
  if (!top || query.codes.length > 0) return -1;
  // the citizen's own words of the request: not a situation read from the story, not the backstory
  const units = query.units.filter((u) => u.weight === undefined && u.scale === undefined);
  for (let i = 1; i <= RIVAL_DEPTH && i < ranked.length; i++) {
    const rival = ranked[i]!;
    if (rival.score < top.score * RIVAL_MIN_SHARE) break;
    const own = heldAlone(index, query, units, rival.doc, top.doc);
    if (own >= RIVAL_MIN_WEIGHT && own >= RIVAL_MIN_RATIO * heldAlone(index, query, units, top.doc, rival.doc)) return i;
  }
  return -1;
}

/** Share of the top one's score a rival holding more of the request needs, and the weight of what it holds more. */
const WIDER_MIN_SHARE = 0.4;
const WIDER_MIN_WEIGHT = 0.5;

/**
 * The position of the first close rival whose name holds at least as much of the request alone as the top one's
 * does, and at least {@link WIDER_MIN_WEIGHT}. The top one then leads on what the question does not say (its longer
 * texts, its field, generic words every name of its kind carries), not on what it asks: "cần thêm một bản sao
 * có chứng thực của hợp đồng" puts "Chứng thực giao dịch …" first on "chứng thực" and "hợp đồng", which "Cấp bản
 * sao có chứng thực từ bản chính giao dịch …" holds too, with "bản sao" besides. Half a rare word is enough here,
 * where {@link rivalWithOwnEvidence} asks for a whole one and lets the top one hold more alone.
 *
 * @param index - the index.
 * @param query - the analysed question.
 * @param ranked - the candidates, best first.
 * @returns its position in `ranked`, or -1.
 */
export function rivalHoldingMore(index: ProcedureIndex, query: AnalyzedQuery, ranked: ReadonlyArray<{ doc: number; score: number }>): number {
  const top = ranked[0];
  if (!top || query.codes.length > 0) return -1;
  const units = query.units.filter((u) => u.weight === undefined && u.scale === undefined);
  for (let i = 1; i <= RIVAL_DEPTH && i < ranked.length; i++) {
    const rival = ranked[i]!;
    if (rival.score < top.score * WIDER_MIN_SHARE) break;
    const more = heldAlone(index, query, units, rival.doc, top.doc);
    if (more >= WIDER_MIN_WEIGHT && more >= heldAlone(index, query, units, top.doc, rival.doc)) return i;
  }
  return -1;
}

/** How many candidates besides the top one (not its siblings) must hold its request words for a topic. */
const TOPIC_HOLDERS = 2;
/** …looked at among the first this many, scoring at least this share of the top one. */
const TOPIC_DEPTH = 4;
const TOPIC_MIN_SHARE = 0.4;
/** A top name the question explains at least this much (see `rerank.ts`: name coverage) is named, not a topic. */
const TOPIC_NAME_COVERAGE = 2 / 3;
/** Weight (name rarity) held alone that still counts as nothing: a fraction of a common name word. */
const NOTHING_ALONE = 0.05;

/**
 * Whether the question names a topic rather than a procedure: every request word the top name holds is held by the
 * names of {@link TOPIC_HOLDERS} other close candidates of other families as well, and the question explains little
 * of the top name.
 * "bảo hiểm", "thuế", "hộ tịch" are the words of dozens of names; the first of them is first by chance, so the
 * citizen is asked which one is meant. A plain name ("khai sinh", "tạm trú") is explained by the question and
 * answered; its siblings are told apart in `siblings.ts`.
 *
 * @param index - the index.
 * @param query - the analysed question.
 * @param ranked - the candidates, best first.
 * @param nameCoverage - the share of the top name the question explains.
 * @returns true when the question should be asked back.
 */
export function namesTopicOnly(index: ProcedureIndex, query: AnalyzedQuery, ranked: ReadonlyArray<{ doc: number; score: number }>, nameCoverage: number): boolean {
  const top = ranked[0];
  if (!top || query.codes.length > 0 || nameCoverage >= TOPIC_NAME_COVERAGE) return false;
  const units = query.units.filter((u) => u.weight === undefined && u.scale === undefined);
  if (units.length === 0) return false;
  let holders = 0;
  for (let i = 1; i < TOPIC_DEPTH && i < ranked.length; i++) {
    const other = ranked[i]!;
    if (other.score < top.score * TOPIC_MIN_SHARE) break;
    if (!areSiblings(index, top.doc, other.doc) && heldAlone(index, query, units, top.doc, other.doc) < NOTHING_ALONE) holders++;
  }
  return holders >= TOPIC_HOLDERS;
}

/** A sibling runner-up scoring at least this share of the top one is asked about when nothing sets them apart. */
const SIBLING_RUNNER_UP_SHARE = 0.5;

/**
 * Whether the runner-up is a sibling of the top candidate that the question does not set apart from it. A story
 * explains too little of itself for the family to be compared (`siblings.ts` reads it only on firm evidence), so
 * the ranking alone put one member first: "hai ông bà … mới đi đăng ký kết hôn, ông bị liệt không ra UBND được"
 * ranks "Đăng ký kết hôn" over "… lưu động", "muốn xin thoát hộ cận nghèo" the periodic review over the
 * household that has left poverty. When the top name holds no word of the request the sibling's lacks, the
 * citizen is asked, with both as choices, rather than answered with the first.
 *
 * @param index - the index.
 * @param query - the analysed question.
 * @param ranked - the candidates, best first.
 * @returns true when the top two should be offered as choices.
 */
export function siblingNotSetApart(index: ProcedureIndex, query: AnalyzedQuery, ranked: ReadonlyArray<{ doc: number; score: number }>): boolean {
  const [top, second] = ranked;
  if (!top || !second || query.codes.length > 0 || second.score < top.score * SIBLING_RUNNER_UP_SHARE) return false;
  if (!areSiblings(index, top.doc, second.doc)) return false;
  const units = query.units.filter((u) => u.weight === undefined && u.scale === undefined);
  return heldAlone(index, query, units, top.doc, second.doc) < RIVAL_MIN_WEIGHT;
}

/**
 * A variant asked for by a phrase ("xin lại bản sao", "cấp đổi") that none of the choices of a clarifying question
 * is: the first later candidate of the top choice's family (its name holds one of the top name's distinctive
 * words) whose name defines that variant, so that it can take the last place among the choices.
 *
 * @param ranked - the candidates, best first.
 * @param choiceCount - how many of them are offered.
 * @param firmlyAsked - the variant markers the question asks for firmly (see `AnalyzedQuery.firmlyAsked`).
 * @param floor - the least score a candidate brought forward must have.
 * @returns its index in `ranked`, or -1.
 */
export function askedVariantBeyond(index: ProcedureIndex, ranked: ReadonlyArray<{ doc: number; score: number }>, choiceCount: number,
  firmlyAsked: ReadonlySet<string>, floor: number): number {
  if (firmlyAsked.size === 0 || ranked.length === 0) return -1;
  const carried = (doc: number, id: string): boolean => nameProfile(index, doc).markers.some((m) => m.marker.id === id);
  const missing = [...firmlyAsked].filter((id) => !ranked.slice(0, choiceCount).some((r) => carried(r.doc, id)));
  if (missing.length === 0) return -1;
  const topWords = nameProfile(index, ranked[0]!.doc).words.map((w) => w.folded);
  return ranked.findIndex((r, i) => i >= choiceCount && r.score >= floor && topWords.some((w) => inName(index, w, r.doc))
    && nameProfile(index, r.doc).markers.some((m) => m.defining && missing.includes(m.marker.id)));
}

/** A rival carrying the office the question names is looked at among the first this many, at this share of the top. */
const OFFICE_DEPTH = 4;
const OFFICE_MIN_SHARE = 0.5;

/**
 * Whether the question names the office a procedure is done with (`OFFICE_HALLMARKS`: "hải quan", "kho bạc") that
 * the top record's name and field lack, while a close rival's carry it: "nhập thép để xây nhà xưởng cho doanh
 * nghiệp chế xuất, làm thủ tục hải quan ở đâu" ranked the building permit first. The citizen is asked, with both.
 * The kind of organisation a paper belongs to (`ENTITY_HALLMARKS`: a cooperative) counts the same, named anywhere.
 *
 * @param index - the index.
 * @param requestText - the question's request, folded, padded with spaces (see `VariantCues.requestText`).
 * @param ranked - the candidates, best first.
 * @param text - the citizen's own words, folded and padded (`VariantCues.text` before its expansions), where an
 *   organisation is looked for.
 */
export function officeNamedElsewhere(index: ProcedureIndex, requestText: string, ranked: ReadonlyArray<{ doc: number; score: number }>,
  text = requestText): boolean {
  const top = ranked[0];
  if (!top) return false;
  const carried = [
    ...Object.entries(OFFICE_HALLMARKS).filter(([office]) => requestText.includes(` ${office} `)),
    ...Object.entries(ENTITY_HALLMARKS).filter(([entity]) => text.includes(` ${entity} `)),
  ].flatMap(([, words]) => words);
  if (carried.length === 0) return false;
  // matched with marks, on whole words: "thuế" is no "thuê"
  const carries = (doc: number): boolean => {
    const record = index.records[doc]!;
    const words = ` ${`${record.name} ${record.linhVuc ?? ""}`.toLowerCase().normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
    return carried.some((word) => words.includes(` ${word} `));
  };
  if (carries(top.doc)) return false;
  return ranked.slice(1, OFFICE_DEPTH).some((r) => r.score >= top.score * OFFICE_MIN_SHARE && carries(r.doc));
}
