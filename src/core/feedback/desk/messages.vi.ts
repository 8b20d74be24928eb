/**
 * What the department desk writes outside the console pages, in Vietnamese: the deadline e-mails to staff. Plain
 * and short; ticket codes, categories, departments and deadlines only, never a citizen's words or contacts (an
 * e-mail leaves the service's hands).
 */
import type { DeadlineKind } from "../deadlines.js";

const KIND: Record<DeadlineKind, string> = { accept: "hạn tiếp nhận", answer: "hạn trả lời" };

export const ALERT_EMAIL = {
  subjectReminders: (n: number) => `[motcua] ${n} phản ánh sắp đến hạn`,
  subjectOverdue: (n: number) => `[motcua] ${n} phản ánh quá hạn`,
  subjectBoth: (soon: number, late: number) => `[motcua] ${late} phản ánh quá hạn, ${soon} sắp đến hạn`,
  greeting: "Kính gửi anh/chị,",
  remindersHeading: (dept: string) => `Phản ánh của ${dept} sắp đến hạn:`,
  overdueHeading: "Phản ánh đã quá hạn (báo Văn phòng và lãnh đạo):",
  line: (code: string, category: string, kind: DeadlineKind, due: string, left: string, urgent: boolean) =>
    `• ${code}${urgent ? " (KHẨN)" : ""} — ${category} — ${KIND[kind]} ${due} (${left})`,
  department: (name: string) => `  Đơn vị: ${name}`,
  link: (url: string) => `  ${url}`,
  nextWithLink: (url: string) => `Mở hàng đợi để xử lý: ${url}`,
  nextWithoutLink: "Đăng nhập motcua, mục Phản ánh, kiến nghị để xử lý.",
  footer: "Thư tự động của motcua. Thư này không chứa thông tin cá nhân của người dân; xem chi tiết trong hệ thống.",
  noCategory: "Chưa phân loại",
  triage: "Văn phòng (chưa phân loại)",
};
