/**
 * Every word of the incoming-news and sources pages, in Vietnamese, in one place. Plain and short; each page says
 * what to do next.
 */

/** Why a feed could not be read, by the error code stored on the source. */
export function feedErrorText(code: string): string {
  const http = /^http_(\d{3})$/u.exec(code);
  if (http) return `Máy chủ nguồn tin trả lỗi ${http[1]}`;
  return FEED_ERRORS[code] ?? FEED_ERRORS.internal!;
}

const FEED_ERRORS: Record<string, string> = {
  timeout: "Nguồn tin không trả lời kịp",
  network: "Không kết nối được đến nguồn tin",
  too_large: "Nguồn tin quá lớn, đã bỏ qua",
  too_many_redirects: "Nguồn tin chuyển hướng quá nhiều lần",
  malformed: "Nội dung không phải RSS hoặc Atom hợp lệ",
  bad_url: "Địa chỉ nguồn tin không hợp lệ",
  internal: "Lỗi hệ thống khi đọc nguồn tin",
};

export const NI = {
  menu: {
    incoming: "Tin chờ duyệt",
    incomingAbout: "Duyệt tin từ cổng thông tin trước khi gửi cho người dân",
    sources: "Nguồn tin",
    sourcesAbout: "Tình trạng các nguồn tin RSS, tạm dừng một nguồn",
    badge: (n: number) => `${n} tin chờ duyệt`,
  },
  incoming: {
    title: "Tin chờ duyệt",
    lead: "Tin từ các nguồn tin và từ cổng thông tin. Duyệt và gửi để người đăng ký nhận trên Zalo và Telegram; chỉ duyệt để đăng mà không gửi; hoặc bỏ qua.",
    views: "Xem tin theo trạng thái",
    pending: "Chờ duyệt",
    published: "Đã duyệt",
    skipped: "Đã bỏ qua",
    empty: "Không có tin nào chờ duyệt.",
    emptyNext: "Tin mới từ các nguồn tin sẽ hiện ở đây. Xem trang Nguồn tin nếu lâu không có tin.",
    emptyOther: "Chưa có tin nào ở mục này.",
    emptyOtherNext: "Xem các tin chờ duyệt.",
    fromCms: "Cổng thông tin gửi sang",
    unknownSource: "Nguồn đã xóa",
    source: "Nguồn",
    date: "Ngày đăng",
    topics: "Chủ đề",
    everyone: "Tất cả người đăng ký",
    noSummary: "Tin không có tóm tắt.",
    original: "Xem bài gốc",
    decided: (when: string) => `Quyết định lúc ${when}`,
    edit: "Sửa tiêu đề, tóm tắt, chủ đề trước khi duyệt",
    editTitle: "Tiêu đề",
    editSummary: "Tóm tắt",
    editSummaryHint: "Người dân đọc đoạn này trong tin nhắn, kèm đường dẫn đến bài gốc.",
    editTopics: "Gửi đến người đăng ký chủ đề",
    editTopicsHint: "Không chọn chủ đề nào: gửi đến tất cả người đăng ký.",
    send: "Duyệt và gửi ngay",
    approve: "Chỉ duyệt, không gửi",
    skip: "Bỏ qua",
    confirmSkip: "Bỏ qua tin này? Tin sẽ không được gửi. Nếu cần, vẫn khôi phục được ở mục «Đã bỏ qua».",
    confirmSend: (audience: string) => `Duyệt và gửi tin này ngay cho ${audience}? Tin đã gửi không thu hồi được.`,
    everyoneSubscribed: "tất cả người đăng ký nhận tin",
    topicSubscribers: (topics: string) => `người đăng ký chủ đề ${topics}`,
    restore: "Khôi phục",
    restoreHint: "Đưa tin về mục «Chờ duyệt» để duyệt lại.",
    fixBelow: "Tin chưa được duyệt. Sửa các mục báo đỏ rồi bấm lại.",
    older: "Xem tin cũ hơn",
    urgent: "Khẩn",
    notSent: "Tin đã duyệt nhưng chưa gửi cho người đăng ký.",
    sendLater: "Gửi cho người đăng ký ngay",
    sent: "Đã gửi cho người đăng ký.",
    sentFigures: "Xem số liệu gửi",
  },
  sources: {
    title: "Nguồn tin",
    lead: "Các nguồn tin RSS của cổng thông tin. Hệ thống tự lấy tin theo chu kỳ; nguồn bị lỗi không làm ảnh hưởng nguồn khác.",
    empty: "Chưa có nguồn tin nào.",
    emptyNext: "Quản trị viên thêm nguồn tin bằng lệnh motcua; tin từ cổng thông tin vẫn đến qua API.",
    address: "Địa chỉ",
    mode: "Cách đăng",
    topics: "Chủ đề",
    noTopics: "Tất cả người đăng ký",
    auto: "Tự đăng và gửi",
    approval: "Chờ biên tập viên duyệt",
    every: (min: number) => `lấy tin ${min} phút một lần`,
    lastFetch: "Lấy tin gần nhất",
    never: "Chưa lấy lần nào",
    state: "Tình trạng",
    ok: "Bình thường",
    paused: "Đang tạm dừng",
    pausedSince: (when: string) => `Tạm dừng từ ${when}. Không lấy tin mới cho đến khi tiếp tục.`,
    failing: "Đang lỗi",
    failures: (n: number, when: string) => `${n} lần liên tiếp, gần nhất lúc ${when}. Báo quản trị cổng thông tin kiểm tra địa chỉ nguồn tin.`,
    items: "Tin",
    counts: (pending: string, published: string, skipped: string) => `${pending} chờ duyệt, ${published} đã đăng, ${skipped} bỏ qua`,
    total: (n: string) => `${n} tin đã lấy về`,
    pause: "Tạm dừng",
    resume: "Tiếp tục lấy tin",
    pauseConfirm: "Tạm dừng nguồn tin này? Tin mới sẽ không được lấy cho đến khi tiếp tục.",
  },
} as const;
