/**
 * Spelling tolerance for emergency messages, over the data of lexicon/spelling.vi.ts:
 *  - a typed word that is no well-formed Vietnamese syllable ("chya", "tinhh", "giatt", "quyy") is read as the one
 *    lexicon word a single slip away (a doubled letter, two letters swapped, one letter too many, one missing, one
 *    wrong — preferred in that order; a tie at the best kind is left alone). A well-formed word is never changed, so
 *    common words do not collide ("chạy", "là", "cho" stay what they are);
 *  - regional keys merge the letters regional speech confuses ("xập" and "sập" share one), for the phrase matcher
 *    to accept a regional spelling beside a word typed exactly (never on its own).
 */
import {
  FINALS,
  MIN_REGIONAL_LETTERS,
  MIN_TYPO_LETTERS,
  NEVER_REGIONAL,
  NUCLEI,
  ONSETS,
  REGIONAL_FINALS,
  REGIONAL_ONSET_MIN_LETTERS,
  REGIONAL_ONSETS,
} from "./lexicon/spelling.vi.js";

const NUCLEUS_SET = new Set(NUCLEI);
const FIXED = new Set(NEVER_REGIONAL);
const FINAL_SET = new Set(FINALS);
const ONSETS_LONGEST_FIRST = [...ONSETS].sort((a, b) => b.length - a.length);
const REGIONAL_ONSETS_LONGEST_FIRST = Object.keys(REGIONAL_ONSETS).sort((a, b) => b.length - a.length);
const REGIONAL_FINALS_LONGEST_FIRST = Object.keys(REGIONAL_FINALS).sort((a, b) => b.length - a.length);

/**
 * Whether a folded word is a well-formed Vietnamese syllable: onset, vowel group, final consonant.
 *
 * @param folded - lower case, without marks.
 */
export function isWellFormedSyllable(folded: string): boolean {
  for (const onset of ONSETS_LONGEST_FIRST) {
    if (!folded.startsWith(onset)) continue;
    const rest = folded.slice(onset.length);
    const vowels = /^[aeiouy]+/u.exec(rest)?.[0] ?? "";
    // "gi" and "qu" lend their vowel letter: "gì" is gi + i, "quy" is qu + y
    if (NUCLEUS_SET.has(vowels) && FINAL_SET.has(rest.slice(vowels.length))) return true;
    if (vowels === "" && onset === "gi" && FINAL_SET.has(rest)) return true;
  }
  return false;
}

/** Kinds of slip, most likely first. */
type Slip = "double" | "swap" | "extra" | "missing" | "wrong";
const SLIP_ORDER: readonly Slip[] = ["double", "swap", "extra", "missing", "wrong"];

/** The kind of single slip that turns `target` into `typed`, or null when there is none. */
function slipBetween(typed: string, target: string): Slip | null {
  if (typed === target) return null;
  if (typed.length === target.length + 1) {
    for (let i = 0; i < typed.length; i++) {
      if (typed.slice(0, i) + typed.slice(i + 1) !== target) continue;
      return typed[i] === typed[i - 1] || typed[i] === typed[i + 1] ? "double" : "extra";
    }
    return null;
  }
  if (typed.length + 1 === target.length) {
    for (let i = 0; i < target.length; i++) if (target.slice(0, i) + target.slice(i + 1) === typed) return "missing";
    return null;
  }
  if (typed.length !== target.length) return null;
  const diff = [...typed].flatMap((c, i) => (c === target[i] ? [] : [i]));
  if (diff.length === 1) return "wrong";
  const [a, b] = diff;
  if (diff.length === 2 && a !== undefined && b === a + 1 && typed[a] === target[b] && typed[b] === target[a]) return "swap";
  return null;
}

/**
 * The lexicon word a misspelt word stands for.
 *
 * @param typed - the typed word, folded.
 * @param known - folded words the lexicon uses.
 * @returns the word, or null when the typed word is well formed, too short, or no single word is the nearest.
 */
export function repairTypo(typed: string, known: ReadonlySet<string>): string | null {
  // (a vocabulary is built once and never changed, so a word's repair is looked for once: the search below reads
  // the whole vocabulary, and chat shorthands and English words come back in message after message)
  let repairs = REPAIRS.get(known);
  if (!repairs) REPAIRS.set(known, (repairs = new Map()));
  const cached = repairs.get(typed);
  if (cached !== undefined) return cached;
  const repaired = nearestKnown(typed, known);
  if (repairs.size < REPAIRS_LIMIT) repairs.set(typed, repaired);
  return repaired;
}

/** Repairs already looked for, per vocabulary (bounded: typed words are the citizens'). */
const REPAIRS = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const REPAIRS_LIMIT = 20_000;

function nearestKnown(typed: string, known: ReadonlySet<string>): string | null {
  // a key held down ("duoiii", "roiii") is one slip, whatever its length
  const folded = typed.replace(/([a-z])\1{2,}/gu, "$1$1");
  if (folded !== typed && known.has(folded.replace(/([a-z])\1/gu, "$1"))) return folded.replace(/([a-z])\1/gu, "$1");
  if (folded.length < MIN_TYPO_LETTERS || /[^a-z]/u.test(folded) || known.has(folded) || isWellFormedSyllable(folded)) return null;
  // a regional spelling ("dzật") is read by the phrase matcher, not guessed at here ("dzat" is not "đất")
  if (isWellFormedSyllable(regionalForm(folded))) return null;
  let best: string[] = [];
  let bestRank = SLIP_ORDER.length;
  for (const word of known) {
    if (Math.abs(word.length - folded.length) > 1) continue;
    const slip = slipBetween(folded, word);
    if (slip === null) continue;
    const rank = SLIP_ORDER.indexOf(slip);
    if (rank < bestRank) [best, bestRank] = [[word], rank];
    else if (rank === bestRank) best.push(word);
  }
  return best.length === 1 ? (best[0] ?? null) : null;
}

/**
 * Two regional keys of a folded word: with its initial consonant merged ("xap" and "sap" give "xap", "tret" and "chet"
 * give "chet"), and with its final consonant merged ("hoang" and "hoan" give "hoan"). A regional spelling differs
 * from the word in one of the two, never both ("lan" is not "nắng"). Words shorter than MIN_REGIONAL_LETTERS keep
 * their own form.
 */
export function regionalKeys(folded: string): { onset: string; final: string } {
  if (folded.length < MIN_REGIONAL_LETTERS) return { onset: folded, final: folded };
  // keys no merged key can equal ("dan" is no "danh" with its final merged)
  if (FIXED.has(folded)) return { onset: `${folded}=`, final: `${folded}=` };
  const onset = REGIONAL_ONSETS_LONGEST_FIRST.find(
    (o) => folded.startsWith(o) && /^[aeiouy]/u.test(folded.slice(o.length)) && folded.length >= (REGIONAL_ONSET_MIN_LETTERS[o] ?? 0),
  );
  const final = REGIONAL_FINALS_LONGEST_FIRST.find((f) => folded.endsWith(f) && /[aeiouy]$/u.test(folded.slice(0, -f.length)));
  return {
    onset: onset === undefined ? folded : (REGIONAL_ONSETS[onset] ?? onset) + folded.slice(onset.length),
    final: final === undefined ? folded : folded.slice(0, -final.length) + (REGIONAL_FINALS[final] ?? final),
  };
}

/** Both merges at once: used only to tell a regional spelling ("dzat") from a typo. */
function regionalForm(folded: string): string {
  return regionalKeys(regionalKeys(folded).onset).final;
}

/** Telex tone keys and the marks they stand for (combining characters). */
const TELEX_TONES: Readonly<Record<string, string>> = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
/** Telex vowel keys, longest first: "uow" is "ươ", "aa" is "â", "ow" is "ơ". */
const TELEX_VOWELS: ReadonlyArray<[RegExp, string]> = [
  [/uow|uwow|uwo/u, "ươ"], [/aa/u, "â"], [/ee/u, "ê"], [/oo/u, "ô"], [/aw/u, "ă"], [/ow/u, "ơ"], [/uw/u, "ư"],
];
const VOWEL_LETTER = /[aeiouyâêôăơư]/u;
const QUALITY_VOWEL = /[âêôăơư]/u;

/** A tone letter after the vowel and before the last one or two letters of the syllable ("chasy", "nhasnh"). */
const TONE_INSIDE = /^(.*[aeiouy].*?)([sfrxj])(y|i|o|u|n|m|c|t|p|ng|nh|ch)$/u;

/**
 * A word typed in telex with the keyboard's Vietnamese input off ("baf tooi ngax, khoong tinhr"), read with its
 * marks: "tinhr" is "tỉnh", "khoong" is "không", "dduwowcj" is "được", "chasy" is "cháy". Only the tone key (at
 * the end, or before the syllable's last letters) and the usual vowel keys are read; the tone is placed on the vowel
 * carrying a mark, else the first of a final pair, else the second (the phrase matcher compares marks, not where
 * they stand).
 *
 * @param typed - a folded word (letters a–z only).
 * @returns the word with its marks (NFC), or null when it shows no telex key or does not read as a syllable.
 */
export function readTelex(typed: string): string | null {
  if (typed.length < 2 || /[^a-z]/u.test(typed)) return null;
  let letters = typed;
  let tone = "";
  const last = letters.slice(-1);
  if (TELEX_TONES[last] !== undefined && VOWEL_LETTER.test(letters.slice(0, -1))) {
    tone = TELEX_TONES[last] ?? "";
    letters = letters.slice(0, -1);
  }
  // … or typed before the syllable's last letters, as input methods allow ("chasy" is "cháy")
  const inner = tone === "" ? TONE_INSIDE.exec(letters) : null;
  if (inner) {
    tone = TELEX_TONES[inner[2] ?? ""] ?? "";
    letters = `${inner[1] ?? ""}${inner[3] ?? ""}`;
  }
  if (letters.startsWith("dd")) letters = `đ${letters.slice(2)}`;
  for (const [pattern, vowel] of TELEX_VOWELS) letters = letters.replace(pattern, vowel);
  if (letters.includes("w") || (letters === typed && tone === "")) return null;
  const folded = letters.normalize("NFD").replace(/[\u0300-\u036f]/gu, "").replace(/đ/gu, "d");
  if (!isWellFormedSyllable(folded)) return null;
  if (tone === "") return letters.normalize("NFC");
  const chars = [...letters];
  const vowels = chars.flatMap((c, i) => (VOWEL_LETTER.test(c) ? [i] : []));
  const marked = vowels.filter((i) => QUALITY_VOWEL.test(chars[i] ?? ""));
  const lastVowel = vowels[vowels.length - 1] ?? 0;
  const endsOpen = lastVowel === chars.length - 1;
  const at = marked.length > 0 ? marked[marked.length - 1]! : vowels.length >= 2 && endsOpen ? vowels[vowels.length - 2]! : lastVowel;
  chars[at] = `${chars[at] ?? ""}${tone}`;
  return chars.join("").normalize("NFC");
}
