/** How a procedure's changed fields are named in an alert (procedure-alerts.ts), in Vietnamese. */
export const CHANGE_LABELS = {
  name: "tên thủ tục",
  fee: "lệ phí",
  timeLimit: "thời hạn giải quyết",
  channels: "cách nộp hồ sơ",
  documents: "thành phần hồ sơ",
  steps: "trình tự thực hiện",
  submitAt: "nơi tiếp nhận hồ sơ",
  eligibility: "điều kiện",
  result: "kết quả",
  legalBasis: "căn cứ pháp lý",
  added: (n: number) => `thêm ${n} mục`,
  removed: (n: number) => `bỏ ${n} mục`,
} as const;
