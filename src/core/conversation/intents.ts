/**
 * Intent detection for free text. Citizens type with and without diacritics, so phrases are matched on the folded
 * form ("xóa dữ liệu" and "xoa du lieu" are the same). Anything that is not recognised is a procedure question:
 * the Q&A is the default, and it says "không tìm thấy" itself when it has nothing.
 */
import { foldDiacritics } from "../procedures/normalize.js";
import { thanksOnly } from "../procedures/variants.js";
import { detectEmergency } from "./emergency/detect-emergency.js";
import { readReport } from "./detect-report.js";

export type Intent =
  | { kind: "cancel" }
  | { kind: "tracking"; code: string }
  | { kind: "view_data" }
  | { kind: "erase_data" }
  | { kind: "human" }
  | { kind: "unsubscribe" }
  | { kind: "subscribe" }
  | { kind: "emergency" }
  | { kind: "feedback" }
  /** Could be a report or a question: the citizen is asked which. `text` as for `question`. */
  | { kind: "report_or_question"; text: string }
  | { kind: "help" }
  | { kind: "greeting" }
  | { kind: "thanks" }
  /** `text` is the question with any leading greeting removed. */
  | { kind: "question"; text: string };

/** Tracking codes the feedback service hands out, e.g. "PA-2611-7K3Q" (also typed as "pa 2611 7k3q"). */
const TRACKING_CODE = /\bpa[\s-]?(\d{4})[\s-]?([a-z0-9]{4})\b/iu;

/** Lower case, folded, punctuation removed, single spaces: "Xóa dữ liệu!" → "xoa du lieu". */
export function foldForIntent(text: string): string {
  return foldDiacritics(text.normalize("NFC").toLowerCase())
    .replace(/[^a-z0-9/\s-]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

const CANCEL = new Set(["huy", "/huy", "huy bo", "thoat", "dung lai", "cancel", "thoi", "bo qua", "quay lai"]);
const HELP = new Set(["tro giup", "huong dan", "help", "menu", "giup toi", "giup", "tro giup toi", "bat dau", "start"]);
const GREETING_WORDS = new Set(["xin", "chao", "hello", "hi", "alo", "a", "ad", "admin", "ban", "anh", "chi", "em", "oi", "ạ", "ah", "bot", "shop", "buoi", "sang", "trua", "chieu", "ca", "nha", "moi", "nguoi"]);
const THANKS = [/^(xin )?cam on\b/u, /^thanks?\b/u, /^tks\b/u, /^thank you\b/u, /^ok cam on\b/u];

/** Phrases anywhere in the text, checked in order; the first family that matches wins. */
const PHRASES: Array<[Intent["kind"], RegExp]> = [
  ["erase_data", /\b(xoa|huy) (het )?(du lieu|thong tin ca nhan|thong tin cua toi|tai khoan)\b/u],
  ["view_data", /\b(xem|kiem tra|tra) (lai )?(du lieu|thong tin ca nhan)\b|\bdu lieu (ca nhan )?cua toi\b/u],
  ["human", /\b(gap|noi chuyen voi|lien he|goi) (can bo|nguoi that|nhan vien|tong dai|nguoi)\b|\bcan bo tiep dan\b/u],
  ["unsubscribe", /\b(dung|huy|thoi|khong) (dang ky )?nhan (tin|thong bao)\b|\bhuy dang ky nhan\b/u],
  // "nhận tin" and "nhắn tin" fold alike, so a bare "nhan tin" inside a sentence is not enough
  ["subscribe", /\b(dang ky|muon|cho toi) nhan (tin|thong bao|ban tin)\b|\bnhan ban tin\b|\btheo doi tin\b|^nhan tin$/u],
  // complaints and denunciations enter the feedback flow, which points them to their legal procedure
  ["feedback", /\b(phan anh|kien nghi|gui gop y|gop y|to giac|khieu nai|to cao)\b|^chua (duoc )?giai quyet\b/u],
];

/**
 * Classifies one free-text message.
 *
 * @param text - what the citizen typed.
 * @returns the intent; `question` when nothing more specific applies.
 */
export function detectIntent(text: string): Intent {
  // an emergency outranks everything else a message may also look like
  if (detectEmergency(text)) return { kind: "emergency" };
  const folded = foldForIntent(text);
  if (CANCEL.has(folded)) return { kind: "cancel" };
  const code = TRACKING_CODE.exec(folded);
  if (code) return { kind: "tracking", code: `PA-${code[1]}-${(code[2] ?? "").toUpperCase()}` };
  if (HELP.has(folded) || folded === "?") return { kind: "help" };
  for (const [kind, pattern] of PHRASES) {
    if (pattern.test(folded)) return { kind } as Intent;
  }
  const words = folded.split(" ").filter(Boolean);
  // a problem in the ward to be fixed, not a question to be answered
  // … and so are longer thanks that ask nothing ("đã nhận được thẻ căn cước rồi, làm nhanh lắm, cảm ơn công an xã nhé")
  if ((THANKS.some((p) => p.test(folded)) && words.length <= 6) || thanksOnly(text)) return { kind: "thanks" };
  // a greeting alone is no report, however the classifier scores its few words ("chào buổi sáng")
  const rest = stripGreeting(words);
  if (rest.length === 0) return { kind: "greeting" };
  const { verdict } = readReport(text);
  if (verdict === "report") return { kind: "feedback" };
  const asked = rest.length < words.length ? originalTail(text, words.length - rest.length) : text.trim();
  return { kind: verdict === "unsure" ? "report_or_question" : "question", text: asked };
}

/** Drops a leading greeting ("xin chào ad", "alo", "chào bạn"): those words carry no question. */
function stripGreeting(words: string[]): string[] {
  const first = words[0];
  if (first !== "chao" && first !== "xin" && first !== "hello" && first !== "hi" && first !== "alo") return words;
  let i = 0;
  while (i < words.length && GREETING_WORDS.has(words[i] ?? "")) i++;
  return words.slice(i);
}

/** The original text without its first `n` words, so the question keeps its diacritics. */
function originalTail(text: string, n: number): string {
  const parts = text.trim().split(/[\s,.!?]+/u).filter(Boolean);
  return parts.slice(n).join(" ");
}

/** Whether a short reply means yes ("có", "đồng ý", "ok", "xóa"). */
export function isYes(text: string): boolean {
  return /^(co|dong y|ok|oke|yes|xoa|u|uh|vang|da|chac chan)( a)?$/u.test(foldForIntent(text));
}

/** Whether a short reply means no. */
export function isNo(text: string): boolean {
  return /^(khong|ko|k|no|thoi|khong xoa|dung)( a)?$/u.test(foldForIntent(text));
}
