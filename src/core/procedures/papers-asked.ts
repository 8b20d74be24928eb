/**
 * A paper the citizen asks whether to bring is not the procedure they want: "đăng ký kết hôn cần chuẩn bị gì, có
 * cần giấy xác nhận độc thân không" is about marriage registration, and the certificate it names is a procedure of
 * its own only by chance. The clause that asks about a paper ("có cần giấy … không", "phải mang theo bản sao …
 * không", "có giấy … rồi") is found on the words as typed, with or without marks, so that the rest of the question
 * can be searched on its own.
 */
import { foldDiacritics } from "./normalize.js";

/** Words that ask for a paper to be brought or had. */
const NEEDS = new Set(["can", "phai", "mang", "nop", "kem", "xuat"]);
/** Words that start the name of a paper. */
const PAPER = new Set(["giay", "ban", "to", "don", "so", "the", "anh", "hinh", "bang", "hop", "van", "phieu", "chung"]);
/** Question particles that close the clause ("… không", "… chưa"). */
const CLOSES = new Set(["khong", "ko", "k", "hong", "hok", "hem", "kg", "khg", "chua"]);
/** How far a paper's name may run before its closing particle. */
const CLAUSE_WORDS = 12;

const bare = (token: string): string => foldDiacritics(token.toLowerCase()).replace(/[^a-z0-9]/gu, "");

/**
 * The question without its clause asking about a paper to bring, or null when it has none.
 *
 * @param question - the question as typed.
 * @returns the other words, as typed.
 */
export function withoutPaperAsked(question: string): string | null {
  const tokens = question.split(/\s+/u).filter(Boolean);
  const words = tokens.map(bare);
  for (let i = 0; i < words.length; i++) {
    if (!NEEDS.has(words[i] ?? "")) continue;
    // "cần giấy", "cần có giấy", "phải mang theo bản sao", "nộp kèm giấy"
    let paper = i + 1;
    while (paper < Math.min(words.length, i + 4) && !PAPER.has(words[paper] ?? "")) paper++;
    if (!PAPER.has(words[paper] ?? "")) continue;
    let end = paper + 1;
    while (end < Math.min(words.length, paper + CLAUSE_WORDS) && !CLOSES.has(words[end] ?? "")) end++;
    if (!CLOSES.has(words[end] ?? "")) continue;
    const start = words[i - 1] === "co" ? i - 1 : i;
    const rest = [...tokens.slice(0, start), ...tokens.slice(end + 1)].join(" ").trim();
    return rest || null;
  }
  return null;
}
