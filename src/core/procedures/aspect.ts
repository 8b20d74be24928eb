/**
 * Which aspect of a procedure a question asks about (documents, fee, time, where, online, steps, eligibility,
 * result), from cue phrases typed with or without diacritics. Cues are matched on the folded text.
 */
import { expandChatAbbreviations, splitSyllables } from "./normalize.js";
import type { ProcedureAspect } from "./types.js";

/** Cue patterns per aspect, over folded text; checked in this order, so a more specific aspect wins. */
const CUES: ReadonlyArray<[ProcedureAspect, RegExp]> = [
  ["fee", /\b(le phi|phi|bao nhieu tien|mat tien|ton tien|het bao nhieu|het may|tien|mien phi|chi phi|gia bao nhieu)\b/u],
  ["time", /\b(bao lau|may ngay|bao nhieu ngay|thoi han|thoi gian|khi nao|bao gio|lau khong|lau|trong ngay|mat may)\b/u],
  ["online", /\b(online|truc tuyen|qua mang|tren mang|vneid|dich vu cong|qua app|tren app|qua dien thoai|tai nha)\b/u],
  ["where", /\b(o dau|nop dau|lam dau|di dau|den dau|gui dau|cho nao|noi nao|co quan nao|ai giai quyet|len tinh|phuong hay|xa hay|dau a|dau vay|dau nhi|dau)\b/u],
  ["documents", /\b(can gi|can nhung gi|can nhung giay|giay to gi|giay to nao|nhung giay to|ho so gom|ho so can|thanh phan ho so|ho so|giay to|mang theo|mang gi|can mang|chuan bi)\b/u],
  ["result", /\b(nhan duoc gi|ket qua|duoc cap giay gi|cap giay gi|duoc cap gi|nhan lai gi|co gia tri)\b/u],
  ["steps", /\b(cac buoc|trinh tu|quy trinh|nhu the nao|the nao|lam sao|ra sao|cach lam|kieu gi|huong dan|bat dau tu)\b/u],
  ["eligibility", /\b(dieu kien|ai duoc|co duoc khong|duoc khong|bat buoc|co phai|co can|duoc phep|du tuoi)\b/u],
];

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
  return CUES.filter(([, cue]) => cue.test(text)).map(([aspect]) => aspect);
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
