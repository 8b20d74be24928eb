/**
 * Turns a citizen's question into weighted search terms: normalisation, synonyms and abbreviations from the
 * lexicon, typo repair against the index vocabulary, and down-weighting of words that carry intent, not content.
 */
import { INTENT_WORDS, SOFT_WORDS, SYNONYMS } from "./lexicon.vi.js";
import { foldText, normalizeQuery, splitSyllables, type Syllable } from "./normalize.js";
import { ACCENTED_PREFIX, type ProcedureIndex } from "./procedure-index.js";
import { SYNTHETIC_CUES } from "./concepts.vi.js";
import { closestSyllable } from "./typo.js";
import { askedMarkers, readVariantCues, type VariantCues } from "./variants.js";

/** How much a syllable says about which procedure is meant. */
export type SyllableRole = "content" | "soft" | "intent" | "alias";

/** A syllable of the question with its role. */
export interface QuerySyllable extends Syllable {
  role: SyllableRole;
  /** Set when the syllable was repaired from a typo (the original folded form). */
  repairedFrom?: string;
  /** Segments (by index) holding the lexicon's official wording of a phrase this syllable belongs to. */
  expansions?: number[];
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
  /**
   * True when the citizen's own words name no procedure: only generic words ("giấy tờ", "làm lại") and concepts
   * read by rules ("mất" → cấp lại). Such a question gets a clarifying question, never a single answer.
   */
  vague: boolean;
}

const ROLE_WEIGHT: Record<SyllableRole, number> = { content: 1, soft: 0.3, intent: 0, alias: 0.3 };
/** A syllable typed with marks: its folded form counts this much, the exact accented form the rest. */
const FOLDED_SHARE = 0.45;

interface PhraseTable {
  accented: Map<string, Syllable[][]>;
  folded: Map<string, Syllable[][]>;
}

function phraseTable(words: readonly string[]): PhraseTable {
  const table: PhraseTable = { accented: new Map(), folded: new Map() };
  for (const word of words) {
    const syl = splitSyllables(word);
    const first = syl[0];
    if (!first) continue;
    const push = (map: Map<string, Syllable[][]>, key: string): void => {
      const list = map.get(key) ?? [];
      list.push(syl);
      map.set(key, list);
    };
    push(table.accented, first.accented);
    push(table.folded, first.folded);
  }
  return table;
}

const INTENT = phraseTable(INTENT_WORDS);
const SOFT = phraseTable(SOFT_WORDS);
/** Lexicon synonyms by the first folded syllable of their phrase. */
const SYNONYMS_BY_FIRST = new Map<string, Array<{ entry: (typeof SYNONYMS)[number]; folded: string[] }>>();
for (const entry of SYNONYMS) {
  const folded = foldText(entry.phrase).split(" ");
  const list = SYNONYMS_BY_FIRST.get(folded[0] ?? "") ?? [];
  list.push({ entry, folded });
  SYNONYMS_BY_FIRST.set(folded[0] ?? "", list);
}

/** True when a syllable was typed with marks (its accented form differs from its folded one). */
const marked = (s: Syllable): boolean => s.accented !== s.folded;

/** Marks the positions covered by a phrase of the table; accented match when the syllable has marks. */
function markPhrases(syllables: QuerySyllable[], table: PhraseTable, role: SyllableRole): void {
  syllables.forEach((syl, i) => {
    const accented = marked(syl);
    const candidates = accented ? table.accented.get(syl.accented) : table.folded.get(syl.folded);
    for (const seq of candidates ?? []) {
      const matches = seq.every((want, k) => {
        const s = syllables[i + k];
        return s !== undefined && (accented && marked(s) ? s.accented === want.accented : s.folded === want.folded);
      });
      if (!matches) continue;
      for (let k = 0; k < seq.length; k++) {
        const s = syllables[i + k];
        if (s && s.role === "content") s.role = role;
      }
    }
  });
}

/**
 * Adds the official wording of every lexicon phrase found as its own segment. The phrase itself keeps counting
 * when the records use it too (e.g. "BHYT"); otherwise it becomes an alias that no longer counts as content.
 */
function applySynonyms(main: QuerySyllable[], index: ProcedureIndex): QuerySyllable[][] {
  const added: QuerySyllable[][] = [];
  const folded = main.map((s) => s.folded);
  for (let i = 0; i < folded.length; i++) {
    for (const { entry, folded: pattern } of SYNONYMS_BY_FIRST.get(folded[i] ?? "") ?? []) {
      if (i + pattern.length > folded.length || !pattern.every((p, k) => folded[i + k] === p)) continue;
      if (pattern.every((_, k) => main[i + k]?.role === "intent")) continue;
      added.push(splitSyllables(entry.official).map((s): QuerySyllable => ({ ...s, role: "content" })));
      for (let k = 0; k < pattern.length; k++) {
        const s = main[i + k];
        if (s) (s.expansions ??= []).push(added.length);
      }
      const phrase = pattern.join(" ");
      const recordsUseIt = entry.mode === "add" && pattern.length <= 2 && index.hasTerm(phrase) && (index.posting(phrase)?.docs.length ?? 0) >= 2;
      if (recordsUseIt) continue;
      for (let k = 0; k < pattern.length; k++) {
        const s = main[i + k];
        if (s && s.role === "content") s.role = "alias";
      }
    }
  }
  return [main, ...added];
}

/** Coverage units of the main segment; when it names nothing, the concepts read by rules stand in. */
function coverageUnits(segments: QuerySyllable[][], contentSyllables: readonly string[]): CoverageUnit[] {
  const units = new Map<string, CoverageUnit>();
  for (const syl of segments[0] ?? []) {
    if ((syl.role !== "content" && syl.role !== "alias") || units.has(syl.folded)) continue;
    const options = [[syl.folded]];
    for (const at of syl.expansions ?? []) {
      const expansion = (segments[at] ?? []).filter((x) => x.role === "content").map((x) => x.folded);
      if (expansion.length > 0) options.push(expansion);
    }
    units.set(syl.folded, { own: syl.folded, options });
  }
  if (units.size === 0) for (const own of contentSyllables) units.set(own, { own, options: [[own]] });
  return [...units.values()];
}

function repairTypos(segment: QuerySyllable[], index: ProcedureIndex): void {
  segment.forEach((syl, i) => {
    if (syl.role !== "content" || index.isKnownSyllable(syl.folded) || /\d/u.test(syl.folded)) return;
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
  const main = normalizeQuery(question.replace(/\b\d\.\d{6}\b/gu, " "), index.isKnownSyllable)
    .map((s): QuerySyllable => ({ ...s, role: "content" }));
  markPhrases(main, SOFT, "soft");
  markPhrases(main, INTENT, "intent");
  const segments = applySynonyms(main, index);
  const cues = readVariantCues(segments);
  // concepts stated by rules, searched with a soft weight: a named foreign country, a death ("bố em mất")
  const concept = (text: string): QuerySyllable[] => splitSyllables(text).map((s): QuerySyllable => ({ ...s, role: "soft" }));
  if (cues.synthetic.has(SYNTHETIC_CUES.foreign)) segments.push(concept("yếu tố nước ngoài"));
  if (cues.death) segments.push(concept("khai tử").map((x) => ({ ...x, role: "content" as const })));
  // a lost or ruined paper asks for a new copy, even when no paper is named ("mất giấy tờ thì làm sao")
  if (cues.synthetic.has(SYNTHETIC_CUES.loss)) segments.push(concept("cấp lại").map((x) => ({ ...x, role: "content" as const })));
  for (const segment of segments) {
    markPhrases(segment, INTENT, "intent");
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
      const w = ROLE_WEIGHT[syl.role] * (syl.repairedFrom ? 0.8 : 1);
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
        const pw = roleOfPair(syl.role, next.role);
        if (pw > 0) put(`${syl.folded} ${next.folded}`, pw);
      }
    });
  }
  const terms = [...weights].map(([term, weight]) => ({ term, weight }));
  const units = coverageUnits(segments, contentSyllables);
  const vague = codes.length === 0 && !main.some((syl) => syl.role === "content" || syl.role === "alias");
  return { segments, terms, contentSyllables, units, accentedOf, matchable, codes, cues, asked: askedMarkers(cues), vague };
}
