import { describe, expect, it } from "vitest";
import { detectIntent, isNo, isYes } from "../../../src/core/conversation/intents.js";

describe("detectIntent", () => {
  it.each([
    ["hủy", "cancel"],
    ["Huy", "cancel"],
    ["/huy", "cancel"],
    ["thoát", "cancel"],
    ["tra cứu PA-2611-7K3Q giúp tôi", "tracking"],
    ["pa 2611 7k3q", "tracking"],
    ["xem dữ liệu", "view_data"],
    ["xem du lieu cua toi", "view_data"],
    ["xóa dữ liệu", "erase_data"],
    ["xoa du lieu", "erase_data"],
    ["cho tôi gặp cán bộ", "human"],
    ["gap can bo", "human"],
    ["dừng nhận tin", "unsubscribe"],
    ["huy nhan tin", "unsubscribe"],
    ["đăng ký nhận tin", "subscribe"],
    ["nhan tin", "subscribe"],
    ["có cháy nhà ở hẻm 5", "emergency"],
    ["tôi muốn phản ánh đèn đường hỏng", "feedback"],
    ["gui phan anh", "feedback"],
    // a problem in the ward is a report even without the word "phản ánh"
    ["Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay", "feedback"],
    ["rac o dau hem 12 ba ngay khong ai thu gom", "feedback"],
    ["nắp cống đường Lê Duẩn bị mất", "feedback"],
    ["Tôi muốn khiếu nại quyết định của phường", "feedback"],
    ["chưa giải quyết", "feedback"],
    // a procedure question that names a broken or lost thing stays a question
    ["CCCD bị hỏng thì làm lại ở đâu, cần giấy tờ gì", "question"],
    ["giấy phép xây dựng nhà ở cần hồ sơ gì", "question"],
    ["trợ giúp", "help"],
    ["tro giup", "help"],
    ["xin chào", "greeting"],
    ["chao ban", "greeting"],
    ["Cảm ơn nhiều", "thanks"],
    ["cam on ad", "thanks"],
    // longer thanks that ask nothing
    ["Em đã nhận được thẻ căn cước mới rồi, làm nhanh lắm, cảm ơn công an xã nhiều nhé!", "thanks"],
    ["làm giấy khai sinh cần gì", "question"],
    ["lam giay khai sinh can gi", "question"],
  ])("%s → %s", (text, kind) => {
    expect(detectIntent(text).kind).toBe(kind);
  });

  it("does not take a procedure question that mentions texting for a subscription", () => {
    expect(detectIntent("làm sao nhắn tin cho phường hỏi về hộ khẩu").kind).toBe("question");
  });

  it("does not take a procedure about cancelling something for a cancel", () => {
    expect(detectIntent("hủy đăng ký kết hôn").kind).toBe("question");
  });

  it("normalises the tracking code", () => {
    expect(detectIntent("pa-2611-7k3q")).toEqual({ kind: "tracking", code: "PA-2611-7K3Q" });
  });

  it("keeps the question after a greeting, with its diacritics", () => {
    expect(detectIntent("Chào bạn, đăng ký kết hôn cần gì?")).toEqual({ kind: "question", text: "đăng ký kết hôn cần gì" });
  });

  it("reads short yes and no answers with and without diacritics", () => {
    expect([isYes("Có"), isYes("dong y"), isYes("ok"), isYes("không")]).toEqual([true, true, true, false]);
    expect([isNo("không"), isNo("ko"), isNo("có")]).toEqual([true, true, false]);
  });
});
