/**
 * What the feedback service and its chat flows say to citizens, in Vietnamese, in one place. Short sentences,
 * plain words, the tracking code in every update, and what to do next at the end.
 */
import type { TicketStatus } from "./ticket.js";

/** Status names as a citizen reads them in the timeline. */
export const STATUS_LABEL: Record<TicketStatus, string> = {
  received: "Đã tiếp nhận",
  routed: "Đã chuyển đơn vị xử lý",
  triage: "Đang phân loại",
  accepted: "Đơn vị đã nhận xử lý",
  in_progress: "Đang xử lý",
  needs_info: "Cần bổ sung thông tin",
  answered: "Đã có trả lời",
  resolved: "Đã giải quyết",
  closed: "Đã đóng",
  rejected: "Không thuộc thẩm quyền",
  reopened: "Mở lại",
};

/** "16:30 ngày 05/12/2026" in Vietnam's time. */
export function viDateTime(d: Date): string {
  const local = new Date(d.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(local.getUTCHours())}:${p(local.getUTCMinutes())} ngày ${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

export const NOTICE = {
  routed: (code: string, dept: string, due: Date | null) =>
    `📌 Phản ánh ${code} đã được chuyển tới ${dept}.${due ? `\nĐơn vị sẽ tiếp nhận trước ${viDateTime(due)}.` : ""}`,
  triage: (code: string) => `📌 Phản ánh ${code} đang được Văn phòng phân loại để chuyển đúng đơn vị.`,
  transferred: (code: string, dept: string | null) =>
    dept ? `🔁 Phản ánh ${code} đã được chuyển sang ${dept} cho đúng thẩm quyền.` : `🔁 Phản ánh ${code} đang được Văn phòng phân loại lại.`,
  accepted: (code: string, dept: string, due: Date | null) =>
    `✅ ${dept} đã nhận xử lý phản ánh ${code}.${due ? `\nHẹn trả lời trước ${viDateTime(due)}.` : ""}`,
  started: (code: string) => `🛠 Phản ánh ${code} đang được xử lý.`,
  reply: (code: string, dept: string, text: string) => `💬 ${dept} trả lời phản ánh ${code}:\n\n${text}`,
  askInfo: (code: string, dept: string, question: string) =>
    `❓ ${dept} cần thêm thông tin cho phản ánh ${code}:\n\n${question}\n\nBạn hãy nhắn câu trả lời ngay tại đây, hoặc bấm "Trả lời".`,
  resolved: (code: string, dept: string, note: string) =>
    `✅ Phản ánh ${code} đã được giải quyết.\n${dept}: ${note}\n\nBạn chấm điểm từ 1 đến 5 sao, hoặc bấm "Chưa giải quyết" nếu vấn đề vẫn còn.`,
  rejected: (code: string, reason: string, redirect: string) =>
    `ℹ️ Phản ánh ${code} không thuộc thẩm quyền của phường.\nLý do: ${reason}\nBạn vui lòng liên hệ: ${redirect}`,
  reopened: (code: string) => `🔄 Phản ánh ${code} đã được mở lại. Đơn vị sẽ tiếp tục xử lý.`,
  closed: (code: string) => `Phản ánh ${code} đã đóng. Cảm ơn bạn đã phản ánh.`,
  answerButton: "✍️ Trả lời",
  notSolvedButton: "Chưa giải quyết",
  stars: (n: number) => `${"⭐".repeat(n)} ${n}`,
};

export const ERR = {
  notFound: "Không tìm thấy phản ánh này.",
  conflict: "Phản ánh vừa được người khác cập nhật. Vui lòng tải lại trang rồi thao tác lại.",
  noteRequired: "Cần ghi nội dung.",
  redirectRequired: "Cần ghi rõ nơi người dân nên liên hệ.",
  ratingRange: "Điểm đánh giá từ 1 đến 5.",
  reopenExpired: (days: number) => `Đã quá ${days} ngày kể từ khi có kết quả, không thể mở lại phản ánh này.`,
  unknownDepartment: "Không có đơn vị này.",
  sameDepartment: "Phản ánh đang ở đơn vị này rồi.",
  alreadyUrgent: "Phản ánh đã được đánh dấu khẩn.",
  alreadyNotUrgent: "Phản ánh không được đánh dấu khẩn.",
  textTooLong: (max: number) => `Nội dung dài quá ${max} ký tự.`,
};
