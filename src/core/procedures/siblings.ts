/**
 * Sibling discrimination. Procedures come in families whose names differ by a few words: "Đăng ký khai sinh",
 * "Đăng ký lại khai sinh", "Đăng ký khai sinh lưu động", "… có yếu tố nước ngoài"; "Công nhận hộ nghèo, hộ cận
 * nghèo; hộ thoát nghèo … định kỳ" and "Công nhận hộ thoát nghèo … thường xuyên". What sets one member apart is
 * read from the records themselves (`sibling-profiles.ts`): the words of its name beyond what every member of the
 * family carries, its *distinguishing words*. No list of families is kept.
 *
 * Among the first candidates of a question, the siblings of the best one are compared on those words. A word
 * supports a member when the citizen said it (as content; a marker's word with its whole phrase; a negation such
 * as "không phải" as said) or when the question asks for the variant marker that writes it in other words
 * (`VARIANT_MARKERS`: "nằm liệt giường" asks for "lưu động", "chồng người Nhật" for "có yếu tố nước ngoài"). An
 * unsaid word counts against its member, an unasked marker's word three times as much (it contradicts the
 * question); a case listed after the name's head does not count against it.
 * 1. A member carrying more of the question's distinguishing words, with a clearly better standing, wins ("chứng
 *    thực chữ ký người dịch không phải cộng tác viên" → the "không phải" member).
 * 2. A member none of whose distinguishing words the question supports loses to the base sibling, which has none
 *    ("làm khai sinh cho con" → "Đăng ký khai sinh", not "… cho người đã có hồ sơ, giấy tờ cá nhân").
 * 3. A member carrying a word the citizen denies ("không có yếu tố nước ngoài", `negation.ts`) loses to one with as
 *    much support that carries none.
 * 4. Otherwise the evidence cannot separate them: the ranking stays, and a member the citizen named more of than
 *    the first one is kept within the clarify ratio, so the citizen is asked with the siblings as the choices.
 * A winner takes the family's best score and the losers fall below the clarify ratio, so an answer follows from
 * the comparison rather than from small differences of text length; a base that won by rule 2 over a member the
 * ranking had put first keeps that member as a choice (the ranking saw something the names do not say).
 */
import { evidenceGate } from "./evidence-gate.js";
import type { ProcedureIndex } from "./procedure-index.js";
import type { AnalyzedQuery } from "./query.js";
import { areSiblings, NEGATION_WEIGHT, profileOf, type HeadTerm, type SiblingProfile } from "./sibling-profiles.js";

/** Firm share of the question the top candidate must explain (see `evidence-gate.ts`) for its family to be read. */
export const MIN_FAMILY_EVIDENCE = 0.4;
/** How many first candidates are looked at, and how far below the top a sibling may score to be compared. */
const SIBLING_DEPTH = 8;
const SIBLING_MIN_SHARE = 0.2;
/**
 * A distinguishing word the citizen said weighs this many unsaid ones (the question chose it); so does an unsaid
 * word of a variant marker ("cấp lại", "lưu động"), which contradicts a question that does not ask for it.
 */
const SUPPORT_FACTOR = 3;
/** How much better (in weights of a rare word, see `sibling-profiles.ts`) the winner's standing must be than every other member's: about one word. */
const WIN_MARGIN = 0.25;
/** Support smaller than this is no support (a fraction of a common word). */
const SUPPORT_EPSILON = 0.08;
/** Unsupported weight below this counts as none: the base sibling. */
const NONE = 0.08;
/** Support of a variant the question asks for in other words ("nằm liệt giường" → lưu động): a rare word. */
const MARKER_WEIGHT = 0.5;
/** Score share a loser is put at, at most: below `CLARIFY_RATIO` (0.75), so a clear winner is answered. */
const LOSER_SHARE = 0.7;
/** Score share a loser the evidence does not rule out is kept at, at least: above `CLARIFY_RATIO`, so it is asked. */
const KEPT_SHARE = 0.8;
/** A member the citizen named more of is kept as a choice when it scores at least this share of the best. */
const NEAR_SHARE = 0.5;

/**
 * Whether the citizen said a distinguishing word: firmly when typed as content (with the same marks if marked) and,
 * for a word of a variant marker's phrase, with the whole phrase ("không còn lưu" does not say "lưu động"); weakly
 * when typed as a soft word ("con", "nhận") or without the rest of its phrase.
 */
function said(query: AnalyzedQuery, term: HeadTerm): "firm" | "weak" | "no" | "denied" {
  if (term.negation) return query.cues.text.includes(` ${term.folded} `) ? "firm" : "no";
  if (query.denied.has(term.folded)) return "denied";
  const m = query.matchable.get(term.folded);
  if (m === undefined || (m.accented.size > 0 && !m.accented.has(term.accented))) return "no";
  const whole = term.phrases.length === 0 || term.phrases.some((phrase) => query.cues.text.includes(` ${phrase} `));
  return m.weight >= 1 && whole ? "firm" : "weak";
}

/** What a member's distinguishing words say for a question. */
interface Standing {
  at: number;
  /** Weight of its distinguishing words the question supports (a marker asked in other words: {@link MARKER_WEIGHT}). */
  supported: number;
  /** Some of its distinguishing words were said weakly (see {@link said}). */
  weak: boolean;
  /** Weight of the others (implied words not counted, unasked marker words {@link SUPPORT_FACTOR} times). */
  unsupported: number;
  /** Weight of its distinguishing words the question denies ("không phải người nước ngoài"; see `negation.ts`). */
  denied: number;
  /** {@link SUPPORT_FACTOR} × supported − unsupported. */
  value: number;
}

/**
 * True when `w` wins over `o`: either it carries more of the question's distinguishing words and its standing is
 * clearly better (rule 1), or it is the base sibling (nothing unsupported) and the question says none of `o`'s
 * distinguishing words (rule 2). A long name the question partly supports does not lose for its length.
 */
function wins(w: Standing, o: Standing): boolean {
  if (w.supported > o.supported + SUPPORT_EPSILON) return w.value >= o.value + WIN_MARGIN;
  // as much support, and the other carries what the citizen denied
  if (o.denied > 0 && w.denied === 0 && w.supported >= o.supported - SUPPORT_EPSILON) return w.value >= o.value + WIN_MARGIN;
  return w.unsupported < NONE && o.supported < SUPPORT_EPSILON && o.unsupported >= NONE;
}

/**
 * Reads one member's distinguishing words against the question.
 *
 * @param terms - the member's name words, each with the weight it has beyond the family's least ({@link extraOf}).
 * @param query - the analysed question.
 * @param negationsElsewhere - weight of negations other members carry and this one does not: "… là cộng tác
 *   viên" beside "… không phải là cộng tác viên" is a variant of its own, not the base.
 */
function standingOf(at: number, terms: ReadonlyArray<{ term: HeadTerm; extra: number }>, query: AnalyzedQuery, negationsElsewhere: number): Standing {
  let supported = 0;
  let unsupported = negationsElsewhere;
  let weak = false;
  const viaMarker = new Set<string>();
  const negates = terms.some(({ term }) => term.negation);
  let denied = 0;
  for (const { term, extra } of terms) {
    const asked = term.markers.filter((id) => query.asked.has(id));
    if (asked.length > 0) {
      asked.forEach((id) => viaMarker.add(id));
      continue;
    }
    const saying = said(query, term);
    // a word the citizen denies contradicts a member that carries it, unless its name denies something itself
    if (saying === "denied") denied += negates ? 0 : SUPPORT_FACTOR * extra;
    else if (saying === "firm") supported += extra;
    else if (saying === "weak") weak = true;
    // a case the name lists after its head does not contradict a question that does not mention it
    else if (!term.implied && term.inHead) unsupported += term.markers.length > 0 ? SUPPORT_FACTOR * extra : extra;
  }
  supported += viaMarker.size * MARKER_WEIGHT;
  unsupported += denied;
  return { at, supported, weak, unsupported, denied, value: SUPPORT_FACTOR * supported - unsupported };
}

/**
 * What each member's words weigh beyond the family's least: a word every member carries in its head is the
 * family's core (nothing extra); one a member carries in its head and another only in its tail ("thoát nghèo" is
 * what one procedure is, a case another lists) keeps the difference.
 */
function extraOf(profiles: readonly SiblingProfile[]): Array<Array<{ term: HeadTerm; extra: number }>> {
  const least = new Map<string, number>();
  for (const p of profiles) {
    for (const t of p.terms) if (!least.has(t.accented)) least.set(t.accented, Math.min(...profiles.map((o) => o.bySyllable.get(t.accented)?.weight ?? 0)));
  }
  return profiles.map((p) => p.terms.map((term) => ({ term, extra: term.weight - (least.get(term.accented) ?? 0) })).filter((x) => x.extra > 1e-9));
}

/**
 * Re-scores the siblings of the top candidate (see the file comment). Other candidates are untouched.
 *
 * @param ranked - second-pass candidates, best first.
 * @param query - the analysed question.
 * @param index - the index.
 * @returns the candidates, re-sorted, with the siblings' scores set by the comparison.
 */
export function discriminateSiblings<T extends { doc: number; score: number }>(ranked: readonly T[], query: AnalyzedQuery, index: ProcedureIndex): T[] {
  const top = ranked[0];
  if (!top || query.codes.length > 0) return [...ranked];
  // a family the question hardly names ("cong thoat nuoc" is not "thoát nghèo") is not the place to pick a member
  if (evidenceGate(index, query, top.doc).firmShare < MIN_FAMILY_EVIDENCE) return [...ranked];
  const group: number[] = [0];
  for (let i = 1; i < Math.min(ranked.length, SIBLING_DEPTH); i++) {
    const r = ranked[i]!;
    if (r.score >= top.score * SIBLING_MIN_SHARE && areSiblings(index, top.doc, r.doc)) group.push(i);
  }
  if (group.length < 2) return [...ranked];
  // the family's core: words every member carries; the rest distinguishes
  const profiles = group.map((at) => profileOf(index, ranked[at]!.doc));
  const extras = extraOf(profiles);
  const negations = new Set(extras.flatMap((terms) => terms.filter((x) => x.term.negation).map((x) => x.term.accented)));
  const standings = group.map((at, k) => {
    const missing = [...negations].filter((n) => !profiles[k]!.bySyllable.has(n)).length * NEGATION_WEIGHT;
    return standingOf(at, extras[k]!, query, missing);
  });
  const winner = standings.reduce((w, s) => (s.value > w.value ? s : w));
  const best = Math.max(...group.map((at) => ranked[at]!.score));
  if (!standings.every((s) => s === winner || wins(winner, s))) {
    // evidence that cannot separate the siblings leaves the ranking as it is, but a member the citizen named more
    // of than the first one stays a choice, so the question is asked rather than answered with the first
    const first = standings[0]!;
    const out = ranked.map((r) => ({ ...r }));
    for (const s of standings) {
      const own = ranked[s.at]!.score;
      if (s !== first && !wins(first, s) && own >= best * NEAR_SHARE) out[s.at]!.score = Math.max(own, best * KEPT_SHARE);
    }
    return out.sort((x, y) => y.score - x.score);
  }
  const out = ranked.map((r) => ({ ...r }));
  out[winner.at]!.score = best;
  for (const s of standings) {
    if (s === winner) continue;
    const own = ranked[s.at]!.score;
    const asMuch = s.supported >= winner.supported - SUPPORT_EPSILON;
    // a member carrying what the citizen denied falls below the clarify ratio; won only as the base sibling: a
    // member the ranking had put first stays a choice; one the citizen partly named keeps its own score; the
    // others fall below the clarify ratio
    if (s.denied > 0) out[s.at]!.score = Math.min(own, best * LOSER_SHARE);
    else if (asMuch && s.at < winner.at) out[s.at]!.score = best * KEPT_SHARE;
    else if (!(asMuch && s.weak)) out[s.at]!.score = Math.min(own, best * LOSER_SHARE);
  }
  return out.sort((x, y) => y.score - x.score);
}
