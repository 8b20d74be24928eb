/**
 * Turns a citizen's question into weighted search terms: normalisation, synonyms and abbreviations from the
 * lexicon, typo repair against the index vocabulary, and down-weighting of words that carry intent, not content.
 */
import { applySynonyms, INTENT, markPhrases, marked, SOFT, typedWithMarks } from "./lexicon-match.js";
import { normalizeQuery, splitSyllables, type Syllable } from "./normalize.js";
import { ACCENTED_PREFIX, type ProcedureIndex } from "./procedure-index.js";
import { SYNTHETIC_CUES } from "./concepts.vi.js";
import { narrativeFlags, splitClauses } from "./clauses.js";
import { withListedWords } from "./known-words.js";
import { readSituations } from "./situations.js";
import { closestSyllable } from "./typo.js";
import { isEverydayWord } from "./everyday-words.js";
import { deniedSyllables, markDeferred, markDenied } from "./negation.js";
import { askedMarkerSets, namedActions, readVariantCues, type VariantCues } from "./variants.js";

/** How much a syllable says about which procedure is meant. */
export type SyllableRole = "content" | "soft" | "intent" | "alias";

/** A syllable of the question with its role. */
export interface QuerySyllable extends Syllable {
  role: SyllableRole;
  /** Set when the syllable was repaired from a typo (the original folded form). */
  repairedFrom?: string;
  /** Segments (by index) holding the lexicon's official wording of a phrase this syllable belongs to. */
  expansions?: number[];
  /** Set when the syllable is in the backstory of a long message, not in its request (see `clauses.ts`). */
  narrative?: boolean;
  /** Set when no record holds it and citizens type it as a word ("xóm", "ruộng"; see `everyday-words.ts`). */
  everyday?: boolean;
  /** Set when a negator denies it ("không phải người nước ngoài"; see `negation.ts`). */
  denied?: boolean;
}

/**
 * One word of the citizen's own that coverage counts once: found as typed, or through any of its lexicon
 * expansions ("BHXH" counts as found when the record says "bảo hiểm xã hội", and the other way round).
 */
export interface CoverageUnit {
  /** The folded syllable as typed (after repairs); its idf weighs the unit. */
  own: string;
  /** Alternatives, each a list of folded syllables: the syllable itself, then each expansion's content. */
  options: string[][];
  /** Fixed weight of the unit (a situation's concept); otherwise the idf of `own` weighs it. */
  weight?: number;
  /** Factor on the weight (below 1 for a word said only in the backstory of a long message). */
  scale?: number;
}

/** A weighted search term (folded unigram, folded bigram "a b", or accented unigram "~á"). */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** A question analysed against an index: its terms, words to cover and variant cues. */
export interface AnalyzedQuery {
  /** Syllables in segments; bigrams are formed inside a segment only (synonym expansions are own segments). */
  segments: QuerySyllable[][];
  terms: QueryTerm[];
  /** Content syllables (folded), including lexicon expansions and concepts: whether there is anything to search. */
  contentSyllables: string[];
  /** The citizen's own content words, each with its expansions, for coverage. */
  units: CoverageUnit[];
  /** For content syllables typed with marks: their accented index term ("~đăng"), by folded form. */
  accentedOf: Map<string, string>;
  /**
   * Syllables that can explain a procedure name, by folded form: the weight of the match (content 1, soft 0.5)
   * and the accented forms typed (empty when typed without marks), for name coverage.
   */
  matchable: Map<string, { weight: number; accented: Set<string> }>;
  /** National codes typed in the question ("1.001193"). */
  codes: string[];
  /** What the question says about variants (foreign element, lost paper, age, …). */
  cues: VariantCues;
  /** Ids of the variant markers the question asks for. */
  asked: Set<string>;
  /** Ids of the markers asked for by a phrase or a rule, not by a lone bare syllable (see `asksFor`). */
  firmlyAsked: Set<string>;
  /** Folded syllables the question only denies ("không thuộc vùng biên giới"; see `negation.ts`). */
  denied: Set<string>;
  /** Ids of the actions the question names in the records' own words ("cấp lại", "gia hạn"). */
  namedActions: Set<string>;
  /**
   * True when the citizen's own words name no procedure: only generic words ("giấy tờ", "làm lại") and concepts
   * read by rules ("mất" → cấp lại). Such a question gets a clarifying question, never a single answer.
   */
  vague: boolean;
}

const ROLE_WEIGHT: Record<SyllableRole, number> = { content: 1, soft: 0.3, intent: 0, alias: 0.3 };
/** Weight of a word said only in the backstory of a long message, relative to one in its request. */
const NARRATIVE_WEIGHT = 0.4;
/** Weight of a word a negator denies: it says what the citizen does not ask for, so it hardly searches. */
const DENIED_WEIGHT = 0.2;
/** Coverage weight of a situation's concept (a citizen's own word weighs its idf, at most 6). */
const SITUATION_UNIT_WEIGHT = 12;
/** A syllable typed with marks: its folded form counts this much, the exact accented form the rest. */
const FOLDED_SHARE = 0.45;
/** A word of the citizen's own that no record holds weighs this much in coverage: it tells the story, no record can explain it. */
const EVERYDAY_WEIGHT = 0.3;


/** Coverage units of the main segment (not what it denies); when it names nothing, the concepts read by rules stand in. */
function coverageUnits(segments: QuerySyllable[][], contentSyllables: readonly string[]): CoverageUnit[] {
  const units = new Map<string, CoverageUnit>();
  for (const syl of segments[0] ?? []) {
    // a denied word is no request a record must explain ("không phải người nước ngoài")
    if ((syl.role !== "content" && syl.role !== "alias") || syl.denied) continue;
    const expansions = (syl.expansions ?? []).map((at) => (segments[at] ?? []).filter((x) => x.role === "content").map((x) => x.folded))
      .filter((expansion) => expansion.length > 0);
    const seen = units.get(syl.folded);
    if (seen) {
      if (!syl.narrative) delete seen.scale;
      // the same word said again may be read in a phrase the first time was not ("chưa có sổ, giờ làm sổ đỏ")
      for (const expansion of expansions) {
        if (!seen.options.some((o) => o.join(" ") === expansion.join(" "))) seen.options.push(expansion);
      }
      continue;
    }
    const options = [[syl.folded], ...expansions];
    const scale = (syl.narrative ? NARRATIVE_WEIGHT : 1) * (syl.everyday ? EVERYDAY_WEIGHT : 1);
    units.set(syl.folded, { own: syl.folded, options, ...(scale < 1 ? { scale } : {}) });
  }
  if (units.size === 0) for (const own of contentSyllables) units.set(own, { own, options: [[own]] });
  return [...units.values()];
}

function repairTypos(segment: QuerySyllable[], index: ProcedureIndex): void {
  segment.forEach((syl, i) => {
    if (syl.role !== "content" || index.isKnownSyllable(syl.folded) || /\d/u.test(syl.folded)) return;
    if (isEverydayWord(syl.folded)) {
      syl.everyday = true;
      return;
    }
    const fixed = closestSyllable(syl.folded, index, segment[i - 1]?.folded, segment[i + 1]?.folded);
    if (fixed) {
      syl.repairedFrom = syl.folded;
      syl.folded = fixed;
      syl.accented = fixed;
    }
  });
}

function roleOfPair(a: SyllableRole, b: SyllableRole): number {
  const content = (a === "content" ? 1 : 0) + (b === "content" ? 1 : 0);
  if (content === 2) return 1.3;
  if (a === "intent" && b === "intent") return 0;
  if (content === 1) return a === "intent" || b === "intent" ? 0.35 : 0.7;
  return 0.25;
}

/**
 * Analyses a question against an index.
 *
 * @param question - the citizen's text.
 * @param index - the index whose vocabulary validates telex and typo repairs.
 * @returns weighted terms and the content syllables.
 */
export function analyzeQuery(question: string, index: ProcedureIndex): AnalyzedQuery {
  const codes = [...question.matchAll(/\b\d\.\d{6}\b/gu)].map((m) => m[0]);
  const clauses = splitClauses(question.replace(/\b\d\.\d{6}\b/gu, " "));
  const narrative = narrativeFlags(clauses);
  const main = clauses.flatMap((clause, c) => {
    const syllables = normalizeQuery(clause, withListedWords(index.isKnownSyllable))
      .map((s): QuerySyllable => ({ ...s, role: "content", ...(narrative[c] ? { narrative: true } : {}) }));
    markDenied(syllables);
    markDeferred(syllables);
    return syllables;
  });
  const literal = typedWithMarks(main);
  markPhrases(main, SOFT, "soft", literal);
  markPhrases(main, INTENT, "intent", literal);
  const segments = applySynonyms(main, index);
  // what a denied word expands to is denied too ("không phải Việt kiều" does not ask for "định cư ở nước ngoài")
  for (const syl of main) if (syl.denied) for (const at of syl.expansions ?? []) for (const x of segments[at] ?? []) x.denied = true;
  const cues = readVariantCues(segments);
  // concepts stated by rules, searched with a soft weight: a named foreign country, a death ("bố em mất")
  const concept = (text: string): QuerySyllable[] => splitSyllables(text).map((s): QuerySyllable => ({ ...s, role: "soft" }));
  if (cues.synthetic.has(SYNTHETIC_CUES.foreign)) segments.push(concept("yếu tố nước ngoài"));
  if (cues.death) segments.push(concept("khai tử").map((x) => ({ ...x, role: "content" as const })));
  // a lost or ruined paper asks for a new copy, even when no paper is named ("mất giấy tờ thì làm sao")
  if (cues.synthetic.has(SYNTHETIC_CUES.loss)) segments.push(concept("cấp lại").map((x) => ({ ...x, role: "content" as const })));
  // a life situation told instead of a procedure ("vợ em vừa đẻ" → đăng ký khai sinh): its official wording, as
  // soft evidence (a story can mention a wedding and ask about something else); it weighs in coverage as a unit
  const situations = readSituations(main.map((s) => s.folded));
  const situationAt = situations.map((rule) => segments.push(concept(rule.then).map((x) => ({ ...x, role: "soft" as const }))) - 1);
  for (const segment of segments) {
    markPhrases(segment, INTENT, "intent", segment === main && literal);
    repairTypos(segment, index);
  }
  const weights = new Map<string, number>();
  const put = (term: string, weight: number): void => {
    if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
  };
  const contentSyllables: string[] = [];
  const accentedOf = new Map<string, string>();
  const matchable: AnalyzedQuery["matchable"] = new Map();
  for (const segment of segments) {
    segment.forEach((syl, i) => {
      const w = ROLE_WEIGHT[syl.role] * (syl.repairedFrom ? 0.8 : 1) * (syl.narrative ? NARRATIVE_WEIGHT : 1) * (syl.denied ? DENIED_WEIGHT : 1);
      if (syl.role !== "intent") {
        const m = matchable.get(syl.folded) ?? { weight: 0, accented: new Set<string>() };
        m.weight = Math.max(m.weight, syl.role === "soft" ? 0.5 : 1);
        if (marked(syl)) m.accented.add(syl.accented);
        matchable.set(syl.folded, m);
      }
      if (syl.role === "content" && !contentSyllables.includes(syl.folded)) {
        contentSyllables.push(syl.folded);
        if (marked(syl)) accentedOf.set(syl.folded, ACCENTED_PREFIX + syl.accented);
      }
      if (w > 0) {
        if (marked(syl)) {
          put(syl.folded, w * FOLDED_SHARE);
          put(ACCENTED_PREFIX + syl.accented, w * (1 - FOLDED_SHARE));
        } else {
          put(syl.folded, w);
        }
      }
      const next = segment[i + 1];
      if (next) {
        const pw = roleOfPair(syl.role, next.role) * (syl.narrative || next.narrative ? NARRATIVE_WEIGHT : 1) * (syl.denied || next.denied ? DENIED_WEIGHT : 1);
        if (pw > 0) put(`${syl.folded} ${next.folded}`, pw);
      }
    });
  }
  const terms = [...weights].map(([term, weight]) => ({ term, weight }));
  const units = coverageUnits(segments, contentSyllables);
  situations.forEach((rule, k) => {
    const options = [(segments[situationAt[k] ?? -1] ?? []).map((x) => x.folded)];
    units.push({ own: `~situation:${rule.id}`, options, weight: SITUATION_UNIT_WEIGHT });
  });
  const vague = codes.length === 0 && situations.length === 0 && !main.some((syl) => syl.role === "content" || syl.role === "alias");
  return {
    segments, terms, contentSyllables, units, accentedOf, matchable, codes, cues, ...askedMarkerSets(cues), namedActions: namedActions(cues),
    denied: deniedSyllables(segments), vague,
  };
}
