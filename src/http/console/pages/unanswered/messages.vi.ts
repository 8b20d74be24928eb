/** Words of the unanswered questions page, in Vietnamese, plain and short. */
export const U = {
  menu: "Câu hỏi chưa trả lời được",
  menuAbout: "Câu hỏi bot không trả lời được, gộp theo cách hỏi giống nhau.",
  title: "Câu hỏi chưa trả lời được",
  lead: (days: number) =>
    `Câu bot từ chối, hoặc sau khi bot trả lời người dân báo sai hay xin gặp cán bộ. Số điện thoại, số giấy tờ và email đã được che. Câu hỏi được giữ ${days} ngày rồi tự xóa.`,
  from: "Từ ngày",
  to: "Đến ngày",
  show: "Xem",
  summary: (questions: string, groups: string) => `${questions} câu hỏi, ${groups} nhóm`,
  truncated: "Khoảng thời gian có quá nhiều câu hỏi; trang chỉ gộp các câu mới nhất. Hãy chọn khoảng ngắn hơn.",
  columns: { count: "Số lần", question: "Câu hỏi (mới nhất trước)", last: "Lần cuối", actions: "Thao tác" },
  reasons: { declined: "bot từ chối", human: "xin gặp cán bộ", said_wrong: "báo trả lời sai" } as Record<string, string>,
  tryIt: "Thử",
  addWord: "Thêm từ địa phương",
  empty: "Không có câu hỏi nào trong khoảng thời gian này.",
  emptyNext: "Chọn khoảng thời gian dài hơn. Bot đang trả lời được mọi câu hỏi đã nhận.",
  badDates: "Ngày không hợp lệ; đang hiện 30 ngày gần nhất.",
};
