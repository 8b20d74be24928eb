/**
 * Phrase patterns over Vietnamese words, as citizens type them: with or without diacritics, with telex leftovers.
 * A pattern is written with diacritics; a word the citizen typed with marks must carry the same marks (so "sắp" is
 * not "sập" and "mẫu" is not "máu"), a word typed without marks matches on its folded form.
 *
 * Pattern syntax, kept small so the lexicon stays readable:
 *   `bốc cháy`                 words in a row
 *   `(nhà|xưởng|cửa hàng) cháy` one of several alternatives (an alternative may have several words)
 *   `(bị|đã)? sập`             an optional slot
 *   `nhà … cháy`               `…` lets up to three other words stand between (`……` up to six, `………` nine)
 *   `=nhà sập`                 only when the words were typed with marks (unmarked, "nha sap" is also "nhà sắp")
 *   `^mà`                      only at the start of the message or right after a stop or a comma ("Mà nước…")
 *   `(ngất xỉu|=ngất)`         the same for one alternative
 *
 * With spelling tolerance (opt-in, the emergency detector's; the urgency cues keep exact words): a word in a
 * regional spelling ("xập" for "sập", "trết" for "chết", "đức" for "đứt") matches too, with the same marks, when
 * another word of the phrase was typed exactly ("nhà xập" is "nhà sập"; "xập" alone is not), and a word that is no
 * Vietnamese syllable at all ("chya", "tinhh") is read as the lexicon word one slip away (spelling.ts).
 */
import { foldDiacritics, splitSyllables, telexCandidates } from "../../procedures/normalize.js";
import { readTelex, regionalKeys, repairTypo } from "./spelling.js";

/** One word of a message: as typed (lower case, NFC), folded, and whether the citizen typed marks on it. */
export interface Word {
  accented: string;
  folded: string;
  marked: boolean;
  /** Folded letters and the sorted marks: equal for "hoà" and "hòa" (two ways of placing the tone). */
  key: string;
  /** Folded letters with the initial, then the final consonant regional speech confuses merged ("xập" and "sập" share one). */
  regional: { onset: string; final: string };
  /** Set on the first word after a stop or a comma (see PhraseSet's `withinClause`). */
  clauseStart?: boolean;
  /** Set on the first word after a full stop, a question or exclamation mark, or a new line. */
  sentenceStart?: boolean;
  /** For a word typed in telex with the Vietnamese input off, the marks its keys gave (sorted, as in `key`). */
  telex?: string;
}

/** A word of a pattern; `mustMark`: the citizen must have typed it with its marks. */
interface PatternWord extends Word {
  mustMark: boolean;
}

/**
 * Where the alternatives of a slot can start: their indexes by the folded first word and by its two regional keys,
 * so that a typed word is compared only with the alternatives it could match (in their written order).
 */
interface SlotIndex {
  byFolded: Map<string, number[]>;
  byOnset: Map<string, number[]>;
  byFinal: Map<string, number[]>;
}

type Slot = { kind: "words"; alternatives: PatternWord[][]; optional: boolean; index: SlotIndex } | { kind: "gap"; max: number };

/** A compiled pattern. */
export interface Phrase {
  source: string;
  slots: Slot[];
  /** The last position it was tried at (PhraseSet.matches), so that it is tried once there. */
  visit?: number;
  /** Its words in a row never stand either side of a stop or a comma (PhraseSet option `withinClause`). */
  withinClause?: boolean;
  /** It starts a message or a clause only (`^`). */
  opening?: boolean;
  /** Per required slot, the keys one of its alternatives' first words has (see `requiredKeys`), read exactly and
   * with regional spellings (a phrase may sit in sets of both kinds). */
  required?: ReadonlyArray<readonly string[]>;
  requiredRegional?: ReadonlyArray<readonly string[]>;
  /** The message it was last checked against (`PhraseSet.matches`) and whether its required words were there. */
  checked?: number;
  possible?: boolean;
}

/** Positions tried so far, over every PhraseSet (single-threaded: a plain counter). */
let visits = 0;
/** Messages read so far, over every PhraseSet (single-threaded: a plain counter). */
let messages = 0;

/**
 * Per slot a phrase cannot do without (not a gap, not optional), the keys a typed word may have to start one of its
 * alternatives: the folded first word, and with regional spellings its two regional keys (`sameWord` needs one of
 * them to be equal). A phrase cannot match a message none of whose words has any key of one of these slots.
 */
function requiredKeys(phrase: Phrase, regional: boolean): string[][] {
  const required: string[][] = [];
  for (const slot of phrase.slots) {
    if (slot.kind === "gap" || slot.optional) continue;
    const keys = new Set<string>();
    for (const alternative of slot.alternatives) {
      const first = alternative[0];
      if (!first) continue;
      keys.add(first.folded);
      if (regional) keys.add(first.regional.onset).add(first.regional.final);
    }
    required.push([...keys]);
  }
  return required;
}

/** Where a phrase matched: word indexes [start, end). */
export interface PhraseMatch {
  phrase: Phrase;
  start: number;
  end: number;
}

const GAP_WORDS = 3;

function markKey(accented: string): string {
  const marks = [...accented.normalize("NFD")].filter((c) => /[\u0300-\u036f]/u.test(c) || c === "đ").sort();
  return `${foldDiacritics(accented)}|${marks.join("")}`;
}

/** Words already built (the vocabulary of a language is small; bounded all the same). */
const WORD_CACHE = new Map<string, Word>();
const WORD_CACHE_LIMIT = 50_000;

/** Builds a word from its typed form (lower case, NFC). */
export function wordOf(accented: string): Word {
  const cached = WORD_CACHE.get(accented);
  if (cached) return cached;
  const folded = foldDiacritics(accented);
  const word = { accented, folded, marked: folded !== accented, key: markKey(accented), regional: regionalKeys(folded) };
  if (WORD_CACHE.size < WORD_CACHE_LIMIT) WORD_CACHE.set(accented, word);
  return word;
}

/**
 * Compiles a pattern (syntax in the module comment).
 *
 * @throws Error on an unbalanced parenthesis, so a typo in the lexicon fails the tests, not a citizen.
 */
export function compilePhrase(source: string): Phrase {
  const opening = source.startsWith("^");
  const rest = opening ? source.slice(1) : source;
  const markedOnly = rest.startsWith("=");
  const body = markedOnly ? rest.slice(1) : rest;
  const slots: Slot[] = [];
  for (const token of body.match(/\([^()]*\)\??|[^\s()]+/gu) ?? []) {
    if (/^…{1,3}$/u.test(token)) {
      slots.push({ kind: "gap", max: GAP_WORDS * token.length });
      continue;
    }
    if (token.includes("(") || token.includes(")")) {
      if (!/^\([^()]+\)\??$/u.test(token)) throw new Error(`emergency lexicon: bad group in ${JSON.stringify(source)}`);
      const optional = token.endsWith("?");
      const inner = token.slice(1, optional ? -2 : -1);
      const alternatives = inner.split("|").map((alt) => patternWords(alt, markedOnly));
      slots.push({ kind: "words", optional, alternatives, index: indexOf(alternatives) });
      continue;
    }
    const alternatives = [patternWords(token, markedOnly)];
    slots.push({ kind: "words", optional: false, alternatives, index: indexOf(alternatives) });
  }
  if (slots.length === 0 || /[()]/u.test(body.replace(/\([^()]*\)\??/gu, ""))) {
    throw new Error(`emergency lexicon: bad pattern ${JSON.stringify(source)}`);
  }
  return opening ? { source, slots, opening } : { source, slots };
}

function indexOf(alternatives: readonly PatternWord[][]): SlotIndex {
  const index: SlotIndex = { byFolded: new Map(), byOnset: new Map(), byFinal: new Map() };
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key) ?? [];
    if (list[list.length - 1] !== i) list.push(i);
    map.set(key, list);
  };
  alternatives.forEach((alternative, i) => {
    const first = alternative[0];
    if (!first) return;
    add(index.byFolded, first.folded, i);
    add(index.byOnset, first.regional.onset, i);
    add(index.byFinal, first.regional.final, i);
  });
  return index;
}

const NONE: readonly number[] = [];

/**
 * The alternatives of a slot a typed word may start, in their written order: those whose first word folds the same
 * (an exact match needs that) and, with regional spellings, those sharing a regional key (a regional match needs
 * that). Every other alternative would fail on its first word.
 */
function candidates(index: SlotIndex, typed: Word, tolerant: boolean): readonly number[] {
  const folded = index.byFolded.get(typed.folded) ?? NONE;
  if (!tolerant) return folded;
  const onset = index.byOnset.get(typed.regional.onset) ?? NONE;
  const final = index.byFinal.get(typed.regional.final) ?? NONE;
  if (onset.length === 0 && final.length === 0) return folded;
  if (folded.length === 0 && final.length === 0) return onset;
  if (folded.length === 0 && onset.length === 0) return final;
  return mergeSorted(mergeSorted(folded, onset), final);
}

/** Two ascending lists of indexes as one, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    const next = x <= y ? x : y;
    if (x === next) i++;
    if (y === next) j++;
    out.push(next);
  }
  return out;
}

function wordsOf(text: string): Word[] {
  return splitSyllables(text).map((s) => wordOf(s.accented));
}

function patternWords(alternative: string, markedOnly: boolean): PatternWord[] {
  const mustMark = markedOnly || alternative.startsWith("=");
  const words = wordsOf(alternative.replace(/^=/u, ""));
  if (words.length === 0) throw new Error(`emergency lexicon: empty alternative in ${JSON.stringify(alternative)}`);
  return words.map((w) => ({ ...w, mustMark }));
}

const marksOf = (key: string): string => key.slice(key.indexOf("|") + 1);

/** Whether a word typed in telex carries marks, all of them the pattern word's own ("khoong" for "không"). */
function telexAgrees(typed: Word, pattern: PatternWord): boolean {
  if (!typed.telex) return false;
  const marks = marksOf(pattern.key);
  return [...typed.telex].every((mark) => marks.includes(mark));
}

/** How a typed word matches a word of a pattern: exactly, in a regional spelling, or not at all. */
function sameWord(typed: Word, pattern: PatternWord, regional: boolean): "exact" | "regional" | null {
  if (!typed.marked && pattern.mustMark && pattern.marked && !telexAgrees(typed, pattern)) return null;
  if (typed.marked ? typed.key === pattern.key : typed.folded === pattern.folded) return "exact";
  if (!regional) return null;
  if (typed.regional.onset !== pattern.regional.onset && typed.regional.final !== pattern.regional.final) return null;
  return !typed.marked || marksOf(typed.key) === marksOf(pattern.key) ? "regional" : null;
}

/**
 * Lengths (in words) a slot sequence can match from `at`, tried shortest first. `exact` and `regional` count the
 * words matched so far each way; `tolerant`: whether regional spellings are accepted at all.
 */
function matchFrom(
  words: readonly Word[],
  slots: readonly Slot[],
  i: number,
  at: number,
  exact: number,
  regional: number,
  tolerant: boolean,
  withinClause: boolean,
  joined = false,
): number | null {
  // a regional spelling counts only beside a word typed exactly
  if (i === slots.length) return regional === 0 || exact > 0 ? at : null;
  const slot = slots[i];
  if (!slot) return null;
  if (slot.kind === "gap") {
    for (let skip = 0; skip <= slot.max && at + skip <= words.length; skip++) {
      const end = matchFrom(words, slots, i + 1, at + skip, exact, regional, tolerant, withinClause, false);
      if (end !== null) return end;
    }
    return null;
  }
  const first = words[at];
  for (const a of first === undefined ? NONE : candidates(slot.index, first, tolerant)) {
    const alternative = slot.alternatives[a];
    if (alternative === undefined || at + alternative.length > words.length) continue;
    let nextExact = exact;
    let nextRegional = regional;
    let fits = true;
    for (let k = 0; k < alternative.length && fits; k++) {
      const typed = words[at + k];
      const w = alternative[k];
      // words in a row do not reach across a stop or a comma where the set says so
      const broken = withinClause && typed?.clauseStart === true && (k > 0 || joined);
      const how = typed === undefined || w === undefined || broken ? null : sameWord(typed, w, tolerant);
      if (how === "exact") nextExact += 1;
      else if (how === "regional") nextRegional += 1;
      else fits = false;
    }
    if (!fits) continue;
    const end = matchFrom(words, slots, i + 1, at + alternative.length, nextExact, nextRegional, tolerant, withinClause, true);
    if (end !== null) return end;
  }
  return slot.optional ? matchFrom(words, slots, i + 1, at, exact, regional, tolerant, withinClause, joined) : null;
}

/** A stop or a comma followed by a space or the end, or a line break ("3,5 triệu" and "1.200" stay one word). */
const CLAUSE_BREAK = /([.,;:!?…]+(?=\s|$)|\n)/u;
/** A break that ends a sentence, not only a clause. */
const SENTENCE_BREAK = /[.!?…]|\n/u;

/**
 * Splits a message into words, expands the chat shorthands given, and repairs telex leftovers ("chays" → "chay")
 * when the repaired word is one the lexicon knows and the typed one is not.
 *
 * @param text - the message as typed.
 * @param known - folded words the lexicon uses.
 * @param shorthands - chat shorthand → its words with marks ("ng" → "người").
 * @param options - `typos`: also read a word that is no syllable as the lexicon word one slip away (spelling.ts).
 */
export function wordsOfMessage(
  text: string,
  known: ReadonlySet<string>,
  shorthands: Readonly<Record<string, string>>,
  options: { typos?: boolean; asTyped?: boolean } = {},
): Word[] {
  const out: Word[] = [];
  // the words typed as plain letters that are read as written (no telex, no typo repaired): see typedWithMarks
  const plain = new Set<number>();
  // (split keeps the breaks between the clauses: clause, break, clause, …)
  const pieces = text.split(CLAUSE_BREAK);
  let sentenceEnded = false;
  for (let p = 0; p < pieces.length; p += 2) {
    const clause = pieces[p] ?? "";
    sentenceEnded ||= SENTENCE_BREAK.test(pieces[p - 1] ?? "");
    const first = out.length;
    for (const s of splitSyllables(clause)) {
      const expansion = shorthands[s.accented];
      if (expansion) {
        out.push(...wordsOf(expansion));
        continue;
      }
      if (s.folded === s.accented && !known.has(s.folded)) {
        // typed in telex with the Vietnamese input off ("khoong tinhr"): read as the bare word, keeping the marks the
        // keys gave for the phrases that need marks ("=không tỉnh"); half-typed keys are common ("sapj" for "sập")
        const telex = readTelex(s.folded);
        if (telex !== null && known.has(foldDiacritics(telex))) {
          const read = wordOf(telex);
          out.push({ ...wordOf(read.folded), telex: marksOf(read.key) });
          continue;
        }
        const repaired = telexCandidates(s.folded).find((c) => known.has(c)) ?? (options.typos ? repairTypo(s.folded, known) : null);
        if (repaired) {
          out.push({ accented: repaired, folded: repaired, marked: false, key: `${repaired}|`, regional: regionalKeys(repaired) });
          continue;
        }
      }
      if (s.folded === s.accented) plain.add(out.length);
      out.push(wordOf(s.accented));
    }
    const opening = out[first];
    if (first > 0 && opening) out[first] = { ...opening, clauseStart: true, ...(sentenceEnded ? { sentenceStart: true } : {}) };
    if (opening) sentenceEnded = false;
  }
  return options.asTyped && typedWithMarks(out, plain) ? out.map((w, k) => (plain.has(k) ? { ...w, marked: true } : w)) : out;
}

/**
 * Whether a message was typed with marks throughout: most of its words carry them. There, a word without marks is the
 * word as written ("con tui hỏi" is "con", not "còn"), as a word with marks is (option `asTyped`: the emergency
 * detector's; the urgency cues were chosen reading every bare word as any marks, and keep that reading).
 */
function typedWithMarks(words: readonly Word[], plain: ReadonlySet<number>): boolean {
  const marked = words.filter((w) => w.marked).length;
  return marked >= MARKED_MESSAGE_WORDS && marked >= words.length * MARKED_MESSAGE_SHARE && plain.size > 0;
}
const MARKED_MESSAGE_WORDS = 4;
const MARKED_MESSAGE_SHARE = 0.5;

/** The folded words a set of patterns uses, for telex repair. */
export function vocabularyOf(sets: readonly PhraseSet[]): Set<string> {
  const known = new Set<string>();
  for (const p of sets.flatMap((set) => set.phrases)) {
    for (const slot of p.slots) {
      if (slot.kind === "words") for (const alt of slot.alternatives) for (const w of alt) known.add(w.folded);
    }
  }
  return known;
}

/** The first words a phrase can start with (all the alternatives of its first slots, through optional ones). */
function firstWords(phrase: Phrase): PatternWord[] {
  const firsts: PatternWord[] = [];
  for (const slot of phrase.slots) {
    if (slot.kind === "gap") continue;
    for (const alternative of slot.alternatives) if (alternative[0]) firsts.push(alternative[0]);
    if (!slot.optional) break;
  }
  return firsts;
}

function fileUnder(index: Map<string, Phrase[]>, key: string, phrase: Phrase): void {
  const list = index.get(key) ?? [];
  if (!list.includes(phrase)) list.push(phrase);
  index.set(key, list);
}

/**
 * A set of patterns indexed by the words they can start with, so that a message is only tried against the few
 * patterns whose first word it contains (every private message passes through these).
 */
export class PhraseSet {
  /** By the folded first word; with regional spellings, by its two regional keys instead. */
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly byFinal = new Map<string, Phrase[]>();
  private readonly regional: boolean;
  readonly phrases: readonly Phrase[];

  /**
   * @param sources - patterns (syntax in the module comment), or phrases already compiled (the phrases of several
   *   sets in one, to read a message once for all of them: see `grouped`).
   * @param options - `regional`: accept regional spellings beside a word typed exactly; `withinClause`: the words
   *   of a pattern in a row never stand either side of a stop or a comma (a question's "được không" is not read
   *   out of "không ho được, không nói được"; a hazard's "rơi xuống, nước chảy xiết" is still read).
   */
  constructor(sources: ReadonlyArray<string | Phrase>, options: { regional?: boolean; withinClause?: boolean } = {}) {
    this.regional = options.regional ?? false;
    this.phrases = sources.map((source) => (typeof source === "string" ? compilePhrase(source) : source));
    if (options.withinClause) for (const phrase of this.phrases) phrase.withinClause = true;
    for (const phrase of this.phrases) {
      for (const first of firstWords(phrase)) {
        if (!this.regional) fileUnder(this.byFirst, first.folded, phrase);
        else {
          // a word whose final is not one regional speech confuses is found under its onset key alone
          fileUnder(this.byFirst, first.regional.onset, phrase);
          if (first.regional.final !== first.regional.onset) fileUnder(this.byFinal, first.regional.final, phrase);
        }
      }
    }
  }

  /** Every match of every pattern in `words`. */
  matches(words: readonly Word[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    // the keys the message's words have: a phrase one of whose required slots has no word among them cannot match
    // anywhere, and is not tried at each of its first words' places (most phrases fail so, past their first word)
    const present = new Set<string>();
    for (const w of words) {
      present.add(w.folded);
      if (this.regional) present.add(w.regional.onset).add(w.regional.final);
    }
    this.present = present;
    this.message = ++messages;
    for (let start = 0; start < words.length; start++) {
      const word = words[start];
      if (word === undefined) continue;
      if (!this.regional) {
        this.tryEach(words, this.byFirst.get(word.folded), 0, start, found);
        continue;
      }
      // the typed word's onset key, its final key (against words with no such final), and its final key against
      // words filed by theirs; a phrase reached twice is tried once (each position gets a fresh visit number)
      const visit = ++visits;
      const { onset, final } = word.regional;
      this.tryEach(words, this.byFirst.get(onset), visit, start, found);
      if (final !== onset) this.tryEach(words, this.byFirst.get(final), visit, start, found);
      this.tryEach(words, this.byFinal.get(final), visit, start, found);
    }
    return found;
  }

  /**
   * The matches of several sets at once, from one reading of the message: the same matches, in the same order, as
   * each set's own `matches` (a phrase is tried at a word in the order its set would try it).
   *
   * @param sets - sets compiled with the same `regional` option as this one, whose phrases this one holds.
   * @returns each set's matches (an empty list for a set with none).
   */
  grouped(words: readonly Word[], sets: readonly PhraseSet[]): Map<PhraseSet, PhraseMatch[]> {
    const owner = (this.owners ??= new Map(sets.flatMap((set) => set.phrases.map((p): [Phrase, PhraseSet] => [p, set]))));
    const out = new Map<PhraseSet, PhraseMatch[]>(sets.map((set) => [set, []]));
    for (const m of this.matches(words)) {
      const set = owner.get(m.phrase);
      if (set) out.get(set)?.push(m);
    }
    return out;
  }

  private owners: Map<Phrase, PhraseSet> | undefined;
  private present: ReadonlySet<string> = new Set();
  private message = 0;

  /** Whether every required slot of a phrase has a word that could start it in the message being read. */
  private couldMatch(phrase: Phrase): boolean {
    if (phrase.checked === this.message) return phrase.possible === true;
    const required = this.regional ? (phrase.requiredRegional ??= requiredKeys(phrase, true)) : (phrase.required ??= requiredKeys(phrase, false));
    const possible = required.every((keys) => keys.some((k) => this.present.has(k)));
    phrase.checked = this.message;
    phrase.possible = possible;
    return possible;
  }

  /** Tries each phrase of a list at `start` (once per `visit`; visit 0: no phrase is reached twice). */
  private tryEach(words: readonly Word[], list: readonly Phrase[] | undefined, visit: number, start: number, found: PhraseMatch[]): void {
    if (!list) return;
    const opens = start === 0 || words[start]?.clauseStart === true;
    for (const phrase of list) {
      if (phrase.opening && !opens) continue;
      if (visit !== 0) {
        if (phrase.visit === visit) continue;
        phrase.visit = visit;
      }
      if (!this.couldMatch(phrase)) continue;
      const end = matchFrom(words, phrase.slots, 0, start, 0, 0, this.regional, phrase.withinClause === true);
      if (end !== null && end > start) found.push({ phrase, start, end });
    }
  }
}
