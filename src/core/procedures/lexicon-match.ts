/**
 * Matching the lexicon (`lexicon.vi.ts`) in a question: intent and soft words change a syllable's role, synonyms
 * and abbreviations add the official wording as segments of their own. A syllable typed with marks is matched on
 * its accented form, one typed without on its folded form.
 */
import { BUSINESS_ENTITIES, entitiesNamed, type BusinessEntity } from "./concepts.vi.js";
import { FOLDED_HOMOGRAPHS, INTENT_WORDS, SOFT_WORDS, SYNONYMS } from "./lexicon.vi.js";
import { foldText, splitSyllables, type Syllable } from "./normalize.js";
import type { ProcedureIndex } from "./procedure-index.js";
import type { QuerySyllable, SyllableRole } from "./query.js";

/** Phrases by their first syllable, accented and folded. */
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

/** Words that carry intent, not content (see `INTENT_WORDS`). */
export const INTENT = phraseTable(INTENT_WORDS);
/** Words that count little (see `SOFT_WORDS`). */
export const SOFT = phraseTable(SOFT_WORDS);
/** Lexicon synonyms by the first folded syllable of their phrase. */
const SYNONYMS_BY_FIRST = new Map<string, Array<{ entry: (typeof SYNONYMS)[number]; folded: string[]; syllables: Syllable[] }>>();
for (const entry of SYNONYMS) {
  const folded = foldText(entry.phrase).split(" ");
  const list = SYNONYMS_BY_FIRST.get(folded[0] ?? "") ?? [];
  list.push({ entry, folded, syllables: splitSyllables(entry.phrase) });
  SYNONYMS_BY_FIRST.set(folded[0] ?? "", list);
}

/** True when a syllable was typed with marks (its accented form differs from its folded one). */
export const marked = (s: Syllable): boolean => s.accented !== s.folded;

/** Share of marked syllables from which a question counts as typed with marks (most Vietnamese words carry one). */
const MARKED_TEXT_SHARE = 0.6;
/** Fewer syllables than this say too little about how the citizen types. */
const MARKED_TEXT_MIN = 4;

/**
 * Whether a question is typed with marks throughout, so that its unmarked syllables are meant as typed.
 *
 * @param syllables - the question's syllables.
 * @returns true when enough of them carry marks.
 */
export function typedWithMarks(syllables: readonly Syllable[]): boolean {
  const words = syllables.filter((s) => /\p{L}/u.test(s.folded) && !/\d/u.test(s.folded));
  return words.length >= MARKED_TEXT_MIN && words.filter(marked).length >= MARKED_TEXT_SHARE * words.length;
}

/**
 * Marks the positions covered by a phrase of the table; accented match when the syllable has marks.
 *
 * @param syllables - the syllables to mark (their role changes in place).
 * @param table - {@link INTENT} or {@link SOFT}.
 * @param role - the role given to a content syllable inside a phrase.
 * @param literal - the question is typed with marks throughout (see {@link typedWithMarks}): a syllable without
 *   marks is then that very word ("ma túy", "đi cai"), not a bare form of a marked one ("mà", "cái").
 */
export function markPhrases(syllables: QuerySyllable[], table: PhraseTable, role: SyllableRole, literal = false): void {
  const exact = (s: Syllable): boolean => literal || marked(s);
  syllables.forEach((syl, i) => {
    const accented = exact(syl);
    const candidates = accented ? table.accented.get(syl.accented) : table.folded.get(syl.folded);
    for (const seq of candidates ?? []) {
      const matches = seq.every((want, k) => {
        const s = syllables[i + k];
        return s !== undefined && (accented && exact(s) ? s.accented === want.accented : s.folded === want.folded);
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
 *
 * @param main - the question's syllables (roles change in place).
 * @param index - the index, to tell whether the records use a phrase.
 * @returns the segments: `main` first, then one per expansion.
 */
export function applySynonyms(main: QuerySyllable[], index: ProcedureIndex): QuerySyllable[][] {
  const added: QuerySyllable[][] = [];
  const folded = main.map((s) => s.folded);
  const said = ` ${folded.join(" ")} `;
  const entitiesSaid = entitiesNamed(said);
  const otherWord = homographPositions(main, folded);
  for (let i = 0; i < folded.length; i++) {
    for (const { entry, folded: pattern, syllables } of SYNONYMS_BY_FIRST.get(folded[i] ?? "") ?? []) {
      if (i + pattern.length > folded.length || !pattern.every((p, k) => folded[i + k] === p)) continue;
      if (pattern.every((_, k) => otherWord.has(i + k))) continue;
      // a phrase typed with marks must carry its own somewhere ("tiêm" is not "tiệm", "bên đó" is not "bến đò");
      // one syllable typed right is enough in a longer one ("đôc thân" is "độc thân" mistyped)
      const typedMarked = syllables.flatMap((want, k) => { const s = main[i + k]; return s !== undefined && marked(s) && marked(want) ? [s.accented === want.accented] : []; });
      if (typedMarked.length > 0 && !typedMarked.includes(true)) continue;
      if (pattern.every((_, k) => main[i + k]?.role === "intent")) continue;
      added.push(splitSyllables(forEntitySaid(entry.official, entitiesSaid)).map((s): QuerySyllable => ({ ...s, role: "content" })));
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

const HOMOGRAPH_PATTERNS = FOLDED_HOMOGRAPHS.map((phrase) => phrase.split(" "));

/** Positions inside a {@link FOLDED_HOMOGRAPHS} phrase typed without marks ("tu dau den cuoi"). */
function homographPositions(main: readonly QuerySyllable[], folded: readonly string[]): Set<number> {
  const positions = new Set<number>();
  for (const pattern of HOMOGRAPH_PATTERNS) {
    for (let i = 0; i + pattern.length <= folded.length; i++) {
      if (!pattern.every((p, k) => folded[i + k] === p && main[i + k] !== undefined && !marked(main[i + k]!))) continue;
      pattern.forEach((_, k) => positions.add(i + k));
    }
  }
  return positions;
}

/**
 * An everyday phrase's official wording without the kind of business it usually goes with, when the question names
 * another kind and not that one: "thêm ngành nghề" is a change of a household business's registration, but said by
 * a cooperative's accountant ("kế toán htx … thêm ngành") it is the cooperative's.
 */
function forEntitySaid(official: string, entitiesSaid: readonly BusinessEntity[]): string {
  if (entitiesSaid.length === 0) return official;
  const own = BUSINESS_ENTITIES.find((e) => official.includes(e.name));
  if (!own || entitiesSaid.includes(own)) return official;
  return official.replace(own.name, "").replace(/\s+/gu, " ").trim();
}
