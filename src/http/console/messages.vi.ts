/**
 * Every word the staff console shows, in Vietnamese, in one place so wording can be reviewed without reading the
 * pages. Plain and short; each message says what to do next.
 */
import type { StaffRole } from "../../core/staff/roles.js";

export const APP_NAME = "motcua";

/** Menu groups, in the order the menu shows them. */
export const MENU_GROUPS = {
  home: "Tổng quan",
  tickets: "Phản ánh, kiến nghị",
  news: "Tin tức và thông báo",
  knowledge: "Thủ tục hành chính",
  admin: "Quản trị",
} as const;
export type MenuGroup = keyof typeof MENU_GROUPS;

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: "Quản trị viên",
  triage: "Văn phòng (phân loại)",
  officer: "Cán bộ phòng ban",
  editor: "Biên tập viên",
  leader: "Lãnh đạo (chỉ xem)",
};

export const ROLE_HINTS: Record<StaffRole, string> = {
  admin: "Cấu hình toàn bộ hệ thống: tổ chức, phòng ban, tài khoản, thủ tục.",
  triage: "Tiếp nhận phản ánh chưa phân loại, chuyển phòng ban, xem mọi phản ánh.",
  officer: "Xử lý phản ánh của phòng ban mình.",
  editor: "Duyệt tin, soạn và gửi thông báo; xem thủ tục.",
  leader: "Xem báo cáo, mọi phản ánh và thông báo; không sửa được gì.",
};

/** One-off notices after an action (shown once, on the page the action redirects to). Only these keys render. */
export const NOTICES = {
  signed_out: "Bạn đã đăng xuất.",
  session_ended: "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
  password_changed: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đóng.",
  saved: "Đã lưu thay đổi.",
  created: "Đã tạo.",
  revoked: "Đã thu hồi mã truy cập.",
  activated: "Đã bật thủ tục. Bot sẽ dùng thủ tục này trong vòng một phút.",
  deactivated: "Đã tắt thủ tục. Bot sẽ không trả lời theo thủ tục này nữa (trong vòng một phút).",
  deleted: "Đã xóa.",
  broadcast_sent: "Đã bắt đầu gửi thông báo. Số liệu bên dưới tự cập nhật.",
  broadcast_nobody: "Thông báo đã lưu nhưng không gửi đến ai. Lý do ở bên dưới.",
  broadcast_scheduled: "Đã hẹn giờ gửi thông báo. Có thể hủy trước giờ gửi.",
  broadcast_cancelled: "Đã hủy thông báo. Những tin chưa gửi sẽ không được gửi.",
  broadcast_finished: "Thông báo đã gửi xong nên không hủy được nữa.",
  ticket_accepted: "Đã tiếp nhận. Người dân đã được báo kèm hạn trả lời.",
  ticket_started: "Đã chuyển sang đang xử lý. Người dân đã được báo.",
  ticket_replied: "Đã gửi trả lời cho người dân.",
  ticket_asked: "Đã gửi câu hỏi. Câu trả lời của người dân sẽ hiện trong lịch sử xử lý.",
  ticket_transferred: "Đã chuyển phản ánh. Đơn vị mới sẽ thấy trong hàng đợi của họ.",
  ticket_routed: "Đã chuyển phản ánh đến phòng ban.",
  ticket_resolved: "Đã đánh dấu giải quyết. Người dân được mời đánh giá.",
  ticket_rejected: "Đã từ chối và gửi hướng dẫn cho người dân.",
  ticket_noted: "Đã lưu ghi chú nội bộ.",
  ticket_urgency: "Đã đổi mức khẩn của phản ánh.",
  ticket_reopened: "Đã mở lại phản ánh. Người dân đã được báo.",
  ticket_closed: "Đã đóng phản ánh.",
  news_approved: "Đã duyệt tin. Tin được đăng nhưng chưa gửi cho người dân.",
  news_skipped: "Đã bỏ qua tin. Tin này sẽ không được gửi. Nếu bỏ qua nhầm, bấm «Khôi phục» ở mục «Đã bỏ qua».",
  news_restored: "Đã khôi phục tin về mục «Chờ duyệt».",
  news_decided: "Tin này vừa được người khác duyệt hoặc bỏ qua. Danh sách đã cập nhật.",
  news_send_refused: "Tin này đã được gửi hoặc không còn ở mục Đã duyệt, nên không gửi lại. Danh sách đã cập nhật.",
  source_paused: "Đã tạm dừng nguồn tin. Bấm Tiếp tục lấy tin khi muốn nhận tin lại.",
  source_resumed: "Đã tiếp tục lấy tin từ nguồn này.",
} as const;
export type NoticeKey = keyof typeof NOTICES;
/** Notices that say something did not happen as asked: shown as a warning, not in the green of a success. */
export const WARNING_NOTICES: ReadonlySet<NoticeKey> = new Set<NoticeKey>(["session_ended", "broadcast_nobody", "broadcast_finished", "news_decided", "news_send_refused"]);

/** Problem codes of form fields (from the services' invalid_input errors) → what the person should do. */
export const FIELD_PROBLEMS: Record<string, string> = {
  required: "Vui lòng điền mục này.",
  invalid: "Giá trị chưa đúng định dạng.",
  taken: "Đã có một mục khác dùng giá trị này.",
  too_long: "Quá dài, vui lòng rút gọn.",
  phrase_length: "Mỗi cụm từ dài từ 2 đến 80 ký tự. Mỗi dòng một cụm từ.",
  too_short: "Mật khẩu cần ít nhất 10 ký tự.",
  is_email: "Mật khẩu không được trùng với email.",
  one_character: "Mật khẩu không được chỉ lặp lại một ký tự.",
  mismatch: "Hai lần nhập mật khẩu mới không khớp.",
  unchanged: "Mật khẩu mới phải khác mật khẩu hiện tại.",
  wrong: "Mật khẩu hiện tại không đúng.",
  none: "Chọn ít nhất một vai trò.",
  unknown: "Giá trị không có trong danh sách.",
  officer: "Mã truy cập không thể mang vai trò cán bộ phòng ban.",
  self: "Bạn không thể tự khóa tài khoản của mình.",
  self_admin: "Bạn không thể tự bỏ vai trò quản trị của mình.",
  in_use: "Đang được sử dụng nên không thể xóa.",
  not_http: "Nhập địa chỉ đầy đủ, bắt đầu bằng https:// hoặc http://.",
  none_chosen: "Chọn ít nhất một chủ đề, hoặc chọn gửi đến tất cả.",
  past: "Thời điểm này đã qua. Chọn một thời điểm sau bây giờ.",
  too_far: "Chỉ hẹn giờ được trong vòng 90 ngày tới.",
  confirm_urgent: "Đánh dấu ô xác nhận để gửi thông báo khẩn.",
  not_image: "Tệp này không phải ảnh JPG hoặc PNG.",
  image_too_large: "Ảnh quá lớn. Chọn ảnh nhỏ hơn.",
  image_gone: "Ảnh đã tải lên quá một ngày nên đã bị xóa. Chọn lại ảnh rồi gửi.",
  placeholder: "Chỉ dùng các chỗ trống {ma}, {ngay}, {han}, {don_vi}; kiểm tra lại chữ trong ngoặc nhọn.",
  all_departments: "Chỉ quản trị viên tạo được mẫu dùng cho mọi phòng ban.",
  code: "Mã chỉ gồm chữ không dấu, số, dấu _ hoặc -, viết liền (tối đa 40 ký tự).",
};

export const T = {
  signIn: {
    title: "Đăng nhập",
    intro: "Dành cho cán bộ, biên tập viên và quản trị viên.",
    email: "Email",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    invalid: "Email hoặc mật khẩu không đúng. Kiểm tra lại rồi thử lần nữa.",
    disabled: "Tài khoản này đã bị khóa. Liên hệ quản trị viên để mở lại.",
    locked: (until: string) => `Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Thử lại sau ${until}, hoặc nhờ quản trị viên đặt lại mật khẩu.`,
    throttled: (minutes: number) => `Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau ${minutes} phút.`,
    forgot: "Quên mật khẩu? Nhờ quản trị viên đặt lại; bạn sẽ nhận một mật khẩu dùng một lần.",
  },
  password: {
    title: "Đổi mật khẩu",
    intro: "Mật khẩu mới cần ít nhất 10 ký tự và không trùng với email. Một câu dễ nhớ là lựa chọn tốt.",
    oneTime: "Bạn đang dùng mật khẩu dùng một lần. Hãy đặt mật khẩu của riêng bạn để tiếp tục làm việc.",
    current: "Mật khẩu hiện tại",
    next: "Mật khẩu mới",
    confirm: "Nhập lại mật khẩu mới",
    submit: "Đổi mật khẩu",
  },
  layout: {
    menu: "Danh mục",
    signOut: "Đăng xuất",
    password: "Đổi mật khẩu",
    skip: "Bỏ qua, đến nội dung chính",
    signedInAs: "Đang đăng nhập",
  },
  csrf: {
    title: "Biểu mẫu đã hết hạn",
    body: "Biểu mẫu này đã cũ hoặc không gửi từ trang của hệ thống. Hãy tải lại trang rồi làm lại thao tác.",
    noCookie: "Trình duyệt đang chặn cookie. Hãy cho phép cookie cho trang này rồi tải lại trang.",
  },
  errors: {
    forbidden: "Bạn không có quyền dùng trang này",
    forbiddenHint: "Nếu bạn cần quyền này, hãy liên hệ quản trị viên.",
    notFound: "Không tìm thấy",
    notFoundHint: "Mục này không tồn tại hoặc đã bị xóa.",
    bad: "Yêu cầu không hợp lệ",
    badHint: "Kiểm tra lại thông tin đã nhập rồi thử lại.",
    tooLarge: "Tệp quá lớn",
    tooLargeHint: "Chọn tệp nhỏ hơn, hoặc chia tệp thành nhiều phần rồi tải lên từng phần.",
    back: "Về trang tổng quan",
  },
  home: {
    title: "Tổng quan",
    hello: (name: string) => `Xin chào, ${name}`,
    yourRoles: "Vai trò của bạn",
    tickets: "Phản ánh cần xử lý",
    whatNext: "Bạn có thể bắt đầu từ các mục dưới đây.",
    nothing: "Tài khoản của bạn chưa được giao việc nào.",
    nothingNext: "Hãy liên hệ quản trị viên để được cấp vai trò phù hợp.",
  },
  common: {
    save: "Lưu",
    cancel: "Hủy",
    yes: "Có",
    no: "Không",
    search: "Tìm",
    filter: "Lọc",
    clear: "Bỏ lọc",
    edit: "Sửa",
    create: "Tạo mới",
    back: "Quay lại",
    more: "Xem thêm",
    none: "—",
    active: "Đang dùng",
    inactive: "Đã tắt",
    actions: "Thao tác",
    optional: "(không bắt buộc)",
    formHasErrors: "Biểu mẫu có mục chưa đúng. Xem các dòng được đánh dấu bên dưới.",
  },
};
