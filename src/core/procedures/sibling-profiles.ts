/**
 * What sets the members of a procedure family apart, read from the records' names (see `siblings.ts`): for each
 * record, the words of its name with their weight (how rare they are as name words; less after the name's head),
 * whether they state the family's default reading, and which variant markers write them; and whether two records
 * are siblings.
 */
import { DEFAULT_READING_WORDS, IMPLIED_NAME_WORDS, VARIANT_MARKERS } from "./concepts.vi.js";
import { foldText, splitSyllables } from "./normalize.js";
import type { ProcedureIndex } from "./procedure-index.js";
import { nameHead } from "./rerank.js";
import { markersOfName } from "./variants.js";

/** One word of a name that can set a member apart. */
export interface HeadTerm {
  folded: string;
  accented: string;
  /**
   * Idf over names in [0, 1] (a rare word says more about which member is meant), halved for a word first met
   * after the name's head (see `nameHead`: the cases a procedure lists weigh less than what it is).
   */
  weight: number;
  /** Met in the name's head. */
  inHead: boolean;
  /** A word a plain request implies ("lần đầu", "mới"): it supports a member when said, blames none when not. */
  implied: boolean;
  /** Ids of the variant markers whose name phrase holds this word here ("lưu động" → mobile). */
  markers: string[];
  /** The marker phrases (folded) this word is part of: it is said only with one of them. */
  phrases: string[];
  /** A negation phrase ("không phải"), matched on the question's folded text. */
  negation?: boolean;
}

/** The words of one name, computed once per record. */
export interface SiblingProfile {
  /** In name order, each word once (numbers without leading zeros); function words left out. */
  terms: HeadTerm[];
  /** Weight of the head's terms that are not implied: what the sibling test compares. */
  total: number;
  /** By accented form. */
  bySyllable: Map<string, HeadTerm>;
}

/** Weight of a word first met after the name's head. */
const TAIL_SHARE = 0.5;
/** Two names are siblings when the words they share weigh at least this share of the smaller one. */
const SIBLING_SHARE = 0.7;

/**
 * A negation in a name sets a member apart although its words are function words ("… người dịch không phải là
 * cộng tác viên" beside "… người dịch là cộng tác viên"); it is supported when the question says the same phrase.
 */
const NEGATIONS = ["khong phai", "chua co", "khong co", "chua duoc", "khong duoc", "chua du", "khong du"].map((p) => p.split(" "));
/** Weight of a negation phrase: about half a rare word. */
export const NEGATION_WEIGHT = 0.5;
/**
 * Words of a family's default reading, kept as implied terms (see `DEFAULT_READING_WORDS`), matched folded: the
 * markers' phrases are folded.
 */
const DEFAULT_READING = [
  ...DEFAULT_READING_WORDS.map((w) => foldText(w)),
  ...VARIANT_MARKERS.filter((m) => m.penalty >= 1).flatMap((m) => m.inName.map((p) => p.replace(/^\^/u, ""))),
].map((w) => w.split(" "));
/** The other implied words are function words, never terms; matched as written ("từ" is one, "tử" is not). */
const FUNCTION_PHRASES = IMPLIED_NAME_WORDS.filter((w) => !DEFAULT_READING_WORDS.includes(w)).map((w) => splitSyllables(w).map((x) => x.accented));

const PROFILES = new WeakMap<ProcedureIndex, Array<SiblingProfile | undefined>>();
const NAME_IDF = new WeakMap<ProcedureIndex, { accented: Map<string, number>; folded: Map<string, number> }>();

/**
 * How rare a syllable is *as a name word*, over the records' names only: "dịch" is common in the long texts, rare
 * in names; by its accented form when known ("bản" and "ban" are different words). A share of the idf of a word
 * found in one name only, so that weights read the same on a base of 40 records as on one of 2,642 (1: a word of
 * one name; about 0.1: a word of half the names).
 *
 * @param index - the index.
 * @param folded - the syllable, folded.
 * @param accented - its accented form, when the writer typed marks.
 * @returns a weight in (0, 1].
 */
export function nameRarity(index: ProcedureIndex, folded: string, accented?: string): number {
  let df = NAME_IDF.get(index);
  if (!df) {
    df = { accented: new Map(), folded: new Map() };
    for (const record of index.records) {
      const syllables = splitSyllables(record.name);
      for (const a of new Set(syllables.map((s) => s.accented))) df.accented.set(a, (df.accented.get(a) ?? 0) + 1);
      for (const f of new Set(syllables.map((s) => s.folded))) df.folded.set(f, (df.folded.get(f) ?? 0) + 1);
    }
    NAME_IDF.set(index, df);
  }
  const n = index.size;
  const raw = (d: number): number => Math.log(1 + (n - d + 0.5) / (d + 0.5));
  const d = accented !== undefined ? df.accented.get(accented) : df.folded.get(folded);
  return raw(Math.max(1, d ?? 1)) / raw(1);
}

function buildProfile(index: ProcedureIndex, doc: number): SiblingProfile {
  const idf = (accented: string): number => nameRarity(index, accented, accented);
  const name = index.records[doc]?.name ?? "";
  // the whole name: a case listed after the head ("…; hộ thoát nghèo …") still sets a member apart, at half weight
  const syllables = splitSyllables(name);
  const headLength = splitSyllables(nameHead(name)).length;
  const folded = syllables.map((s) => s.folded);
  const skip = new Array<boolean>(folded.length).fill(false);
  const implied = new Array<boolean>(folded.length).fill(false);
  const markerAt = folded.map((): string[] => []);
  const phraseAt = folded.map((): string[] => []);
  const accented = syllables.map((s) => s.accented);
  const find = (phrase: string[], hit: (at: number) => void, words: string[] = folded): void => {
    for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((p, k) => words[i + k] === p)) hit(i);
  };
  DEFAULT_READING.forEach((phrase) => find(phrase, (at) => phrase.forEach((_, k) => (implied[at + k] = true))));
  FUNCTION_PHRASES.forEach((phrase) => find(phrase, (at) => phrase.forEach((_, k) => (skip[at + k] = !implied[at + k])), accented));
  for (const { marker } of markersOfName(name)) {
    for (const phrase of marker.inName.map((p) => p.replace(/^\^/u, "").split(" "))) {
      find(phrase, (at) => phrase.forEach((_, k) => {
        markerAt[at + k]?.push(marker.id);
        if (phrase.length > 1) phraseAt[at + k]?.push(phrase.join(" "));
      }));
    }
  }
  const bySyllable = new Map<string, HeadTerm>();
  syllables.forEach((s, i) => {
    if (skip[i]) return;
    // a number is a word like another ("mức độ 02" beside "mức độ 01"), written without leading zeros as citizens do
    const key = /^\d+$/u.test(s.folded) ? String(Number(s.folded)) : s.accented;
    const known = bySyllable.get(key);
    if (known) {
      known.markers.push(...(markerAt[i] ?? []));
      known.phrases.push(...(phraseAt[i] ?? []));
      return;
    }
    bySyllable.set(key, {
      folded: key === s.accented ? s.folded : key, accented: key, weight: idf(s.accented) * (i < headLength ? 1 : TAIL_SHARE), inHead: i < headLength, implied: implied[i] === true,
      markers: [...(markerAt[i] ?? [])], phrases: [...(phraseAt[i] ?? [])],
    });
  });
  NEGATIONS.forEach((phrase) => find(phrase, () => {
    const key = phrase.join(" ");
    bySyllable.set(key, { folded: key, accented: key, weight: NEGATION_WEIGHT, inHead: true, implied: false, markers: [], phrases: [], negation: true });
  }));
  const terms = [...bySyllable.values()];
  return { terms, total: terms.reduce((n, t) => n + (t.implied || !t.inHead ? 0 : t.weight), 0), bySyllable };
}

/**
 * The sibling profile of a record (cached per index).
 *
 * @param index - the index.
 * @param doc - the record (doc id).
 * @returns its name head's words.
 */
export function profileOf(index: ProcedureIndex, doc: number): SiblingProfile {
  let profiles = PROFILES.get(index);
  if (!profiles) PROFILES.set(index, (profiles = new Array<SiblingProfile | undefined>(index.size)));
  let profile = profiles[doc];
  if (!profile) profiles[doc] = profile = buildProfile(index, doc);
  return profile;
}

/**
 * Computes every record's sibling profile now (a few milliseconds for the national 2,642), so no question pays.
 *
 * @param index - the index.
 */
export function prepareSiblingProfiles(index: ProcedureIndex): void {
  for (let doc = 0; doc < index.size; doc++) profileOf(index, doc);
}

/**
 * Whether two records are siblings: the words their name heads share weigh at least {@link SIBLING_SHARE} of
 * the smaller head, and each name starts (its first distinctive word) with a shared word or a variant marker.
 * The second condition keeps apart names that merely end alike ("Cấp thẻ căn cước …" and "Khai thác thông tin …
 * trong Cơ sở dữ liệu căn cước"). Implied words ("lần đầu", "thành lập") are left out of both tests.
 *
 * @param index - the index.
 * @param a - a record (doc id).
 * @param b - another record.
 */
export function areSiblings(index: ProcedureIndex, a: number, b: number): boolean {
  const pa = profileOf(index, a);
  const pb = profileOf(index, b);
  const smaller = Math.min(pa.total, pb.total);
  if (smaller <= 0) return false;
  let shared = 0;
  for (const t of pa.terms) if (t.inHead && !t.implied && pb.bySyllable.get(t.accented)?.inHead) shared += t.weight;
  const startsAlike = (p: SiblingProfile, other: SiblingProfile): boolean => {
    const first = p.terms.find((t) => !t.implied);
    return first !== undefined && (first.markers.length > 0 || other.bySyllable.get(first.accented)?.inHead === true);
  };
  return shared >= SIBLING_SHARE * smaller && startsAlike(pa, pb) && startsAlike(pb, pa);
}
