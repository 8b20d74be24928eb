/**
 * Every Vietnamese word of the working calendar in one place: names of public holidays, weekday names, how working
 * time is said ("còn 3 giờ 20 phút làm việc"), and the errors an administrator can cause.
 */
import type { IsoWeekday } from "./types.js";

/** Weekday names as written in Vietnamese dates ("thứ Hai" … "Chủ nhật"), ISO-indexed (1 = Monday). */
export const WEEKDAY_NAMES: Record<IsoWeekday, string> = {
  1: "thứ Hai",
  2: "thứ Ba",
  3: "thứ Tư",
  4: "thứ Năm",
  5: "thứ Sáu",
  6: "thứ Bảy",
  7: "Chủ nhật",
};

/** Names of the public holidays of the Labour Code 2019, art. 112, and of the days derived from them. */
export const HOLIDAY_NAMES = {
  newYear: "Tết Dương lịch",
  /** `lunarDay` is the day of the lunar month: 29 or 30 of tháng Chạp on the eve, then 1–4 of tháng Giêng. */
  tet: (lunarDay: number, eve: boolean) => (eve ? `Tết Nguyên đán (${lunarDay} tháng Chạp)` : `Tết Nguyên đán (mùng ${lunarDay})`),
  hungKings: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
  reunification: "Ngày Chiến thắng (30/4)",
  labour: "Ngày Quốc tế Lao động (1/5)",
  national: "Quốc khánh (2/9)",
  nationalAdjacent: "Quốc khánh (ngày nghỉ liền kề)",
  /** The holiday's name without its date in brackets: "Nghỉ bù Giỗ Tổ Hùng Vương". */
  compensatory: (holiday: string) => `Nghỉ bù ${holiday.replace(/\s*\(.*\)$/u, "")}`,
};

/** Working-time durations and deadlines as staff and citizens read them. */
export const DURATION_TEXT = {
  days: (n: number) => `${n} ngày`,
  hours: (n: number) => `${n} giờ`,
  minutes: (n: number) => `${n} phút`,
  lessThanAMinute: "dưới 1 phút",
  left: (duration: string) => `còn ${duration} làm việc`,
  overdue: (duration: string) => `quá hạn ${duration} làm việc`,
  dueNow: "đến hạn",
  justOverdue: "vừa quá hạn",
  /** "17:00 thứ Năm, 12/03/2026". */
  dateTime: (clock: string, weekday: string, date: string) => `${clock} ${weekday}, ${date}`,
};

/** Errors an administrator (or a caller) can cause, each saying what to do. */
export const CALENDAR_TEXT = {
  invalidDate: (text: string) => `Ngày "${text}" không hợp lệ. Hãy nhập theo dạng năm-tháng-ngày, ví dụ 2026-04-30.`,
  yearOutOfRange: (year: number, from: number, to: number) => `Năm ${year} nằm ngoài khoảng lịch hỗ trợ (${from}–${to}).`,
  noSessions: "Cần ít nhất một buổi làm việc, ví dụ 07:30-11:30.",
  badSession: (text: string) => `Buổi làm việc "${text}" không hợp lệ. Hãy nhập giờ bắt đầu và kết thúc, ví dụ 07:30-11:30.`,
  overlappingSessions: (text: string) => `Buổi "${text}" chồng lên buổi trước. Hãy xếp các buổi theo thứ tự, không chồng nhau.`,
  badWeekdays: "Hãy chọn ít nhất một ngày làm việc trong tuần.",
  badTimezone: (zone: string) => `Múi giờ "${zone}" không dùng được: cần một múi giờ không đổi giờ theo mùa, ví dụ Asia/Ho_Chi_Minh.`,
  badName: "Hãy nhập tên ngày (tối đa 120 ký tự), ví dụ: Nghỉ bù Quốc khánh.",
  badKind: "Loại ngày phải là ngày nghỉ hoặc ngày làm bù.",
  badCount: (what: string) => `Số ${what} phải là số nguyên không âm.`,
  dayExists: (date: string) => `Ngày ${date} đã có trong lịch. Hãy sửa ngày đó thay vì thêm mới.`,
  dayNotFound: (date: string) => `Ngày ${date} không có trong lịch.`,
  makeUpOnWorkingDay: (date: string, weekday: string) =>
    `${date} là ${weekday}, vốn đã là ngày làm việc. Ngày làm bù phải là ngày nghỉ hằng tuần (thường là thứ Bảy).`,
  organisationNotFound: "Không tìm thấy đơn vị.",
  /** "sáng " / "chiều " / "tối " before a session's hours when the day has several sessions. */
  partOfDay: (startMinutes: number, sessionCount: number) => (sessionCount < 2 ? "" : startMinutes < 12 * 60 ? "sáng " : startMinutes < 18 * 60 ? "chiều " : "tối "),
  /** "thứ Hai đến thứ Sáu" for a run of days, otherwise the days listed. */
  weekdayRange: (days: readonly IsoWeekday[]) => {
    const first = days[0];
    const last = days.at(-1);
    const consecutive = first !== undefined && last !== undefined && days.length > 2 && last - first === days.length - 1;
    return consecutive ? `${WEEKDAY_NAMES[first]} đến ${WEEKDAY_NAMES[last]}` : days.map((d) => WEEKDAY_NAMES[d]).join(", ");
  },
};
