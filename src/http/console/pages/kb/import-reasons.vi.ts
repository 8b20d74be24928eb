/**
 * The import report's reasons in plain Vietnamese for the console. The reader (shared with the CLI, whose output
 * stays English for scripts and logs) says why a line or a file is refused in the terms of the file format; staff
 * who upload a file need to know which field of which line to fix. Known shapes are said in Vietnamese; anything
 * else keeps its original words after a Vietnamese lead, so no reason is ever lost.
 */

/** The fields of a procedure record, as staff know them. */
const FIELD_NAMES: Record<string, string> = {
  code: "mã thủ tục",
  ma_thu_tuc: "mã thủ tục",
  name: "tên thủ tục",
  ten_thu_tuc: "tên thủ tục",
  linhVuc: "lĩnh vực",
  linh_vuc: "lĩnh vực",
  levels: "cấp thực hiện",
  cap_thuc_hien: "cấp thực hiện",
  agency: "cơ quan thực hiện",
  submitAt: "nơi nộp hồ sơ",
  subjects: "đối tượng",
  channels: "cách thức nộp",
  cach_thuc_parsed: "cách thức nộp",
  documents: "thành phần hồ sơ",
  steps: "trình tự thực hiện",
  eligibility: "điều kiện",
  result: "kết quả",
  legalBasis: "căn cứ pháp lý",
  sourceUrl: "đường dẫn nguồn",
  keywords: "từ khóa",
  active: "đang áp dụng (active)",
  kind: "hình thức",
  timeLimit: "thời hạn",
  fee: "lệ phí",
  description: "mô tả",
};

/** "channels.0.kind" → "cách thức nộp, mục 1, hình thức". */
function fieldName(path: string): string {
  return path
    .split(".")
    .map((part) => (/^\d+$/u.test(part) ? `mục ${Number(part) + 1}` : (FIELD_NAMES[part.replace(/\[\d+\]$/u, "")] ?? `“${part}”`)))
    .join(", ");
}

/** One zod issue message ("Invalid input: expected string, received undefined") as what to fix. */
function problem(message: string): string {
  if (/received undefined/u.test(message)) return "còn thiếu";
  if (/^Invalid input: expected (\w+)/u.test(message)) return `sai kiểu (${typeName(/expected (\w+)/u.exec(message)![1]!)})`;
  if (/^Invalid option: expected one of (.+)$/u.test(message)) return `chỉ nhận ${/expected one of (.+)$/u.exec(message)![1]!.replaceAll("|", ", ")}`;
  if (/^Too small/u.test(message) || / is empty$/u.test(message)) return "để trống";
  if (/^Too big/u.test(message)) return "quá dài";
  if (/contains spaces$/u.test(message)) return "không được có dấu cách";
  return `không hợp lệ (${message})`;
}

function typeName(type: string): string {
  return ({ string: "cần là chữ", boolean: "cần là true hoặc false", array: "cần là danh sách", number: "cần là số", object: "cần là đối tượng" } as Record<string, string>)[type] ?? type;
}

/** Rules for whole reasons, tried in order: a pattern and its Vietnamese. */
const WHOLE: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^invalid JSON: /u, () => "Dòng này không phải JSON hợp lệ: kiểm tra dấu ngoặc { }, dấu phẩy và dấu ngoặc kép."],
  [/^duplicate code (\S+) \(already on line (\d+)\)$/u, (m) => `Mã thủ tục ${m[1]} bị trùng với dòng ${m[2]}: giữ một dòng, xóa dòng còn lại.`],
  [/^expected (\d+) columns, found (\d+)$/u, (m) => `Dòng có ${m[2]} cột, tệp cần ${m[1]} cột: kiểm tra dấu phẩy và dấu ngoặc kép trong dòng.`],
  [/^active: expected true\/false, found (.*)$/u, (m) => `Cột active chỉ nhận true hoặc false (đang là ${m[1]}).`],
  [/^CSV: /u, () => "Dòng CSV không đọc được: kiểm tra dấu ngoặc kép (\") có đóng đủ không."],
  [/^missing required field "([^"]+)"$/u, (m) => `Thiếu ${fieldName(m[1]!)}.`],
  [/^field "([^"]+)" must be an? (string|list|object)$/u, (m) => `Trường ${fieldName(m[1]!)} ${({ string: "cần là chữ", list: "cần là danh sách", object: "cần là đối tượng" } as Record<string, string>)[m[2]!]}.`],
  [/^field "([^"]+)" is not a known channel: (.*)$/u, (m) => `Trường ${fieldName(m[1]!)} có hình thức nộp không rõ (${m[2]}).`],
  [/^a portal record must be a JSON object$/u, () => "Mỗi dòng phải là một đối tượng JSON { … }."],
  // whole-file problems (the job fails)
  [/^the file is empty$/u, () => "Tệp trống."],
  [/^the file is named \.csv but its content is JSON$/u, () => "Tệp có đuôi .csv nhưng nội dung là JSON: đổi đuôi thành .jsonl hoặc .json."],
  [/^the file is named \.(\w+) but does not start with/u, (m) => `Tệp có đuôi .${m[1]} nhưng không bắt đầu bằng "[" hoặc "{".`],
  [/^JSON content with neither portal fields/u, () => "Tệp JSON không có mã thủ tục (ma_thu_tuc hoặc code) ở bản ghi nào."],
  [/^unknown file format/u, () => "Không nhận ra dạng tệp: cần JSON Lines, mảng JSON hoặc CSV có dòng tiêu đề."],
  [/^the CSV file has no header row$/u, () => "Tệp CSV không có dòng tiêu đề."],
  [/^unknown CSV column\(s\): (.*)$/u, (m) => `Tệp CSV có cột không dùng được: ${m[1]}.`],
  [/^duplicated CSV column\(s\): (.*)$/u, (m) => `Tệp CSV có cột bị lặp: ${m[1]}.`],
  [/^missing required CSV column\(s\): (.*)$/u, (m) => `Tệp CSV thiếu cột bắt buộc: ${m[1]}.`],
  [/^the CSV header row \(line 1\)/u, () => "Dòng tiêu đề CSV (dòng 1) không đọc được: kiểm tra dấu ngoặc kép."],
  [/^not a JSON array: /u, () => "Mảng JSON không đúng dạng: kiểm tra dấu [ ở đầu và dấu ] ở cuối tệp."],
  [/^unexpected$/u, () => "Có lỗi ngoài dự kiến khi đọc tệp."],
];

/**
 * A rejected line's reason, or a failed import's, in plain Vietnamese.
 *
 * @param reason - the reader's reason, e.g. "name: Invalid input: expected string, received undefined".
 * @returns e.g. "Tên thủ tục: còn thiếu."
 */
export function importReasonVi(reason: string): string {
  for (const [pattern, say] of WHOLE) {
    const m = pattern.exec(reason);
    if (m) return say(m);
  }
  // a record's field issues: "path: message; path: message; (2 more)"
  const parts = reason.split("; ").map((part) => {
    const more = /^\((\d+) more\)$/u.exec(part);
    if (more) return `và ${more[1]} lỗi khác`;
    const unknown = /^Unrecognized keys?: (.*)$/u.exec(part);
    if (unknown) return `trường không dùng được: ${unknown[1]}`;
    const field = /^([\w.[\]]+): (.*)$/u.exec(part);
    if (!field) return `không hợp lệ (${part})`;
    return `${fieldName(field[1]!)}: ${problem(field[2]!)}`;
  });
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
