/**
 * Which aspect of a procedure a question asks about (documents, fee, time, where, online, steps, eligibility,
 * result), from cue phrases typed with or without diacritics. Cues are matched on the folded text.
 */
import { MSG } from "./messages.vi.js";
import { expandChatAbbreviations, foldText, splitSyllables } from "./normalize.js";
import type { ProcedureAspect } from "./types.js";

/** Cue patterns per aspect, over folded text; checked in this order, so a more specific aspect wins. */
const CUES: ReadonlyArray<[ProcedureAspect, RegExp]> = [
  ["fee", /\b(le phi|phi|bao nhieu tien|mat tien|ton tien|het bao nhieu|het may|tien|mien phi|chi phi|gia bao nhieu)\b/u],
  ["time", /\b(bao lau|may ngay|bao nhieu ngay|thoi han|thoi gian|khi nao|bao gio|lau khong|lau|trong ngay|mat may)\b/u],
  ["online", /\b(online|truc tuyen|qua mang|tren mang|vneid|dich vu cong|qua app|tren app|qua dien thoai|tai nha)\b/u],
  ["where", /\b(noi nop|noi tiep nhan|o dau|nop dau|lam dau|di dau|den dau|gui dau|cho nao|noi nao|co quan nao|ai giai quyet|len tinh|phuong hay|xa hay|dau a|dau vay|dau nhi|dau)\b/u],
  ["documents", /\b(can gi|can nhung gi|can nhung giay|giay to gi|giay to nao|nhung giay to|ho so gom|ho so can|thanh phan ho so|ho so|giay to|mang theo|mang gi|can mang|chuan bi)\b/u],
  ["result", /\b(nhan duoc gi|ket qua|duoc cap giay gi|cap giay gi|duoc cap gi|nhan lai gi|co gia tri)\b/u],
  ["steps", /\b(cac buoc|trinh tu|quy trinh|nhu the nao|the nao|lam sao|ra sao|cach lam|kieu gi|huong dan|bat dau tu)\b/u],
  ["eligibility", /\b(dieu kien|ai duoc|co duoc khong|duoc khong|bat buoc|co phai|co can|duoc phep|du tuoi)\b/u],
  ["overview", /\b(tong quan|thong tin chung)\b/u],
];

const ALL_ASPECTS = Object.keys(MSG.choice) as ProcedureAspect[];

/**
 * The bot's own words for each aspect, folded: the button label shown after an answer and the section heading.
 * Typed back as text they ask that aspect; longest first, so a whole label is taken out at once.
 */
const LABEL_PHRASES: ReadonlyArray<[ProcedureAspect, string]> = ALL_ASPECTS.flatMap((aspect) =>
  [MSG.choice[aspect], MSG.heading[aspect]].map((label): [ProcedureAspect, string] => [aspect, foldText(label)]),
).sort((a, b) => b[1].length - a[1].length);

/** Prepares the folded text: chat abbreviations expanded, "đầu" (start) kept apart from "đâu" (where). */
function cueText(question: string): string {
  const syllables = expandChatAbbreviations(splitSyllables(question));
  return syllables
    .map((s) => (s.accented === "đầu" ? "dauu" : s.folded))
    .join(" ")
    .replace(/\blan dau\b/gu, "lan dauu")
    .replace(/\btu dau\b/gu, "tu dauu");
}

/**
 * Detects the aspects a question asks about, most specific first.
 *
 * @param question - the citizen's text.
 * @returns the aspects found; empty when the question asks about the procedure as a whole.
 */
export function detectAspects(question: string): ProcedureAspect[] {
  const text = cueText(question);
  const padded = ` ${text} `;
  const labelled = LABEL_PHRASES.filter(([, phrase]) => padded.includes(` ${phrase} `)).map(([aspect]) => aspect);
  const cued = CUES.filter(([, cue]) => cue.test(text)).map(([aspect]) => aspect);
  return [...new Set([...cued, ...labelled])];
}

/**
 * What a question says besides asking an aspect: the folded text with the bot's labels and every aspect cue taken
 * out. Empty (or only function words) for a follow-up such as "thời gian giải quyết bao lâu"; a procedure named
 * ("lệ phí đăng ký kết hôn") stays, so that it starts a new question.
 *
 * @param question - the citizen's text.
 * @returns the remaining folded words.
 */
export function withoutAspectWords(question: string): string {
  let text = ` ${cueText(question)} `;
  for (const [, phrase] of LABEL_PHRASES) text = text.split(` ${phrase} `).join(" ");
  for (const [, cue] of CUES) text = text.replace(new RegExp(cue.source, "gu"), " ");
  return text.replace(/\bdauu\b/gu, "dau").replace(/\s+/gu, " ").trim();
}

/**
 * The main aspect of a question ("overview" when none is asked).
 *
 * @param question - the citizen's text, with or without diacritics.
 * @returns the aspect to answer first.
 */
export function detectAspect(question: string): ProcedureAspect {
  return detectAspects(question)[0] ?? "overview";
}
