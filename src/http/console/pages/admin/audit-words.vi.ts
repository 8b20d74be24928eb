/**
 * The audit log in an administrator's words: each action, object and field by its Vietnamese name, values read
 * (yes/no, roles, statuses) and ids replaced by the names the page can find (departments, categories, staff,
 * topics). A code without a name here is shown as it is stored.
 */
import { ROLE_LABELS } from "../../messages.vi.js";

export const AUDIT_ACTIONS: Record<string, string> = {
  "api_token.create": "Tạo mã truy cập",
  "api_token.revoke": "Thu hồi mã truy cập",
  "broadcast.cancel": "Hủy thông báo",
  "broadcast.schedule": "Hẹn giờ thông báo",
  "broadcast.send": "Gửi thông báo",
  "calendar.day_add": "Thêm ngày nghỉ, ngày làm bù",
  "calendar.day_edit": "Sửa ngày nghỉ, ngày làm bù",
  "calendar.day_remove": "Xóa ngày nghỉ, ngày làm bù",
  "calendar.generate": "Tạo lịch nghỉ của năm",
  "category.create": "Tạo lĩnh vực phản ánh",
  "category.update": "Sửa lĩnh vực phản ánh",
  "department.activate": "Bật phòng ban",
  "department.create": "Tạo phòng ban",
  "department.deactivate": "Tắt phòng ban",
  "department.update": "Sửa phòng ban",
  "local_word.create": "Thêm từ địa phương",
  "local_word.delete": "Xóa từ địa phương",
  "news.approve": "Duyệt tin (không gửi)",
  "news.approve_send": "Duyệt và gửi tin",
  "news.push": "Nhận tin từ cổng thông tin",
  "news.restore": "Khôi phục tin đã bỏ qua",
  "news.send_later": "Gửi tin đã duyệt",
  "news.skip": "Bỏ qua tin",
  "news_source.pause": "Tạm dừng nguồn tin",
  "news_source.resume": "Tiếp tục lấy tin",
  "organisation.update": "Sửa thông tin đơn vị",
  "procedure.activate": "Bật thủ tục",
  "procedure.deactivate": "Tắt thủ tục",
  "procedures.import": "Nhập thủ tục từ tệp",
  "reply_template.create": "Tạo mẫu trả lời",
  "reply_template.delete": "Xóa mẫu trả lời",
  "reply_template.update": "Sửa mẫu trả lời",
  "routing_rule.activate": "Bật quy tắc phân loại",
  "routing_rule.create": "Tạo quy tắc phân loại",
  "routing_rule.deactivate": "Tắt quy tắc phân loại",
  "routing_rule.update": "Sửa quy tắc phân loại",
  "staff.create": "Tạo tài khoản",
  "staff.disable": "Khóa tài khoản",
  "staff.enable": "Mở lại tài khoản",
  "staff.locked": "Tài khoản tạm khóa do nhập sai mật khẩu",
  "staff.password_change": "Đổi mật khẩu",
  "staff.password_reset": "Đặt lại mật khẩu",
  "staff.update": "Sửa tài khoản",
  "ticket.personal_data_view": "Xem thông tin liên hệ của người dân",
};

export const AUDIT_ENTITIES: Record<string, string> = {
  api_token: "Mã truy cập",
  broadcast: "Thông báo",
  calendar_day: "Ngày trong lịch",
  calendar_year: "Lịch năm",
  department: "Phòng ban",
  feedback_category: "Lĩnh vực phản ánh",
  local_word: "Từ địa phương",
  news_item: "Tin",
  news_source: "Nguồn tin",
  organisation: "Đơn vị",
  procedure: "Thủ tục",
  reply_template: "Mẫu trả lời",
  routing_rule: "Quy tắc phân loại",
  staff_account: "Tài khoản",
  ticket: "Phản ánh",
};

export const AUDIT_FIELDS: Record<string, string> = {
  active: "Đang dùng",
  address: "Địa chỉ",
  aliases: "Tên gọi khác",
  broadcastId: "Thông báo",
  categoryId: "Lĩnh vực",
  code: "Mã",
  count: "Số lượng",
  date: "Ngày",
  departmentId: "Phòng ban",
  departmentIds: "Phòng ban",
  description: "Mô tả",
  edited: "Đã sửa",
  email: "Email",
  fullName: "Họ tên",
  image: "Có ảnh",
  keywords: "Từ khóa",
  kind: "Loại",
  label: "Tên",
  name: "Tên",
  paused: "Tạm dừng",
  phone: "Điện thoại",
  priority: "Thứ tự ưu tiên",
  reason: "Lý do",
  recipients: "Số người nhận",
  roles: "Vai trò",
  scheduledAt: "Giờ hẹn gửi",
  slaPolicyId: "Hạn xử lý",
  sessionsEnded: "Số phiên đăng nhập đã đóng",
  status: "Trạng thái",
  text: "Nội dung",
  timezone: "Múi giờ",
  title: "Tiêu đề",
  topicIds: "Chủ đề",
  topics: "Chủ đề",
  urgent: "Khẩn",
  year: "Năm",
};

/** Stored values that are codes with a name. */
const VALUES: Record<string, string> = {
  ...ROLE_LABELS,
  all: "Tất cả",
  pending_approval: "Chờ duyệt",
  published: "Đã duyệt",
  skipped: "Đã bỏ qua",
  archived: "Đã lưu trữ",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** A stored value as the page shows it; `names` maps ids to names. */
export function auditValue(value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") return value.toLocaleString("vi-VN");
  if (typeof value === "string") {
    if (UUID.test(value)) return names.get(value) ?? `(mã ${value.slice(0, 8)})`;
    return VALUES[value] ?? value;
  }
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((v) => auditValue(v, names)).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${AUDIT_FIELDS[k] ?? k}: ${auditValue(v, names)}`)
    .join("; ");
}
