/**
 * Cues over the words of a message, as data, written with their marks (a message typed without marks is matched on
 * the folded forms): general Vietnamese, never a particular sentence.
 *
 * - How Vietnamese asks: a message worded as a question needs a surer classifier to be taken as a report, because
 *   most questions to the ward are about procedures. Rhetorical "bao giờ mới sửa?" and "sao không ai…" are left out
 *   on purpose: citizens complain that way. Marks matter: "ở đâu" asks, "ở đầu ngõ" says where.
 * - A problem state at a place ("ngõ 5 … hỏng", "đường … ngập"): the shape of a report, which needs less certainty.
 *
 * An entry written `=word` counts only when the message was typed with marks (its unmarked form is mostly another
 * word: "hoi cau khac" is "hỏi câu khác", not "hôi … cầu"; "cam on" is "cảm ơn", not "ồn").
 */

/** Phrases that ask how, where, what, how long, how much, whether. */
export const ASKING_PHRASES: readonly string[] = [
  "làm sao", "thế nào", "như nào", "ra sao", "ở đâu", "bao nhiêu", "bao lâu", "cần gì", "cần những", "những gì", "giấy tờ gì",
  "được không", "đc không", "được ko", "đc ko", "có phải", "có được", "thủ tục", "xin hỏi", "cho hỏi", "kiểu gì", "làm gì",
  "gồm những", "nộp ở", "làm ở", "xin ai", "gửi ai", "có cần", "có bị", "có mất", "mất mấy", "mấy ngày", "khi nào", "có không",
  "hay không", "cho biết",
];

/** Particles a question ends on ("… không ạ", "… ở đâu vậy"). */
export const ASKING_ENDINGS: readonly string[] = ["không", "ko", "k", "chưa", "gì", "nào", "đâu"];

/** Softeners that may follow the final particle. */
export const TRAILING_SOFTENERS: readonly string[] = ["ạ", "vậy", "ad", "bạn", "nhỉ", "hả", "thế"];

/** Words that say where, followed by a number or a name ("ngõ 5", "đường Trần Phú"). */
export const PLACE_WORDS: readonly string[] = ["ngõ", "hẻm", "kiệt", "ngách", "đường", "phố", "tổ", "khu phố", "thôn", "xóm", "ấp", "số nhà", "chung cư", "=chợ", "cổng chợ", "đầu chợ", "công viên", "trường", "=cầu", "dốc", "ngã ba", "ngã tư", "đầu ngõ", "cuối ngõ", "trước nhà", "trước cổng"];

/** States of a problem: broken, blocked, flooded, noisy, smelly, encroached, dumped, dark, leaking, fallen. */
export const PROBLEM_STATES: readonly string[] = [
  "hỏng", "hư", "vỡ", "gãy", "sập", "sụt", "lún", "nứt", "tắc", "ngập", "ứ", "tràn", "rò", "rỉ", "đổ", "nghiêng", "bong",
  "=ồn", "ồn ào", "ồn quá", "tiếng ồn", "bốc mùi", "=hôi", "hôi thối", "hôi quá", "thối", "khói", "bụi", "lấn chiếm", "chiếm", "đổ trộm", "xả", "vứt", "không sáng", "tắt", "chập chờn",
  "mất nắp", "bị mất", "không ai", "chưa ai", "ổ gà", "trơn", "nguy hiểm",
];
