import { describe, expect, it } from "vitest";
import { composeAnswer, composeClarify, composeNotFound } from "../../../src/core/procedures/answer.js";
import { KB, record } from "./fixtures.js";

const empty = record({ code: "E.000001", name: "Thủ tục không có thông tin" });

describe("answer composition", () => {
  it("says 'chưa có thông tin' for every empty field and invents nothing", () => {
    for (const aspect of ["overview", "documents", "fee", "time", "where", "online", "steps", "eligibility", "result"] as const) {
      const text = composeAnswer(empty, aspect);
      expect(text, aspect).toContain("chưa có thông tin");
      expect(text, aspect).not.toMatch(/\d+[.,]?\d*\s*(đồng|VNĐ|ngày)/u);
      expect(text, aspect).toContain("E.000001");
    }
  });

  it("tells apart a channel the record lists twice with different terms, by the case its note names", () => {
    const r = record({
      code: "F.000002", name: "Xác nhận thông tin", linhVuc: "Cư trú",
      channels: [
        { kind: "online", timeLimit: "1 ngày làm việc", fee: "Miễn phí", description: "Trả kết quả trong 01 ngày với trường hợp thông tin đã có trong cơ sở dữ liệu." },
        { kind: "online", timeLimit: "3 ngày làm việc", fee: "Miễn phí", description: "Trong 03 ngày với trường hợp cần xác minh; trường hợp từ chối thì trả lời bằng văn bản." },
        { kind: "counter", timeLimit: "3 ngày làm việc", fee: "Miễn phí", description: "Trường hợp từ chối thì trả lời bằng văn bản." },
      ],
    });
    const time = composeAnswer(r, "time");
    expect(time).toContain("• Nộp trực tuyến (trường hợp thông tin đã có trong cơ sở dữ liệu): 1 ngày làm việc");
    expect(time).toContain("• Nộp trực tuyến, Nộp trực tiếp (trường hợp cần xác minh): 3 ngày làm việc");
    // a channel listed once keeps its plain label
    const plain = composeAnswer(record({ code: "F.000003", name: "Một cách nộp", channels: [
      { kind: "online", timeLimit: "2 ngày", fee: null, description: "Trường hợp hồ sơ đầy đủ." },
    ] }), "time");
    expect(plain).toContain("• Nộp trực tuyến: 2 ngày");
  });

  it("quotes each channel's own fee and time limit", () => {
    const r = record({
      code: "F.000001", name: "Thủ tục có phí", linhVuc: "Hộ tịch", agency: "Ủy ban nhân dân cấp xã", sourceUrl: "https://example.invalid/f",
      channels: [
        { kind: "online", timeLimit: "2 ngày", fee: "Miễn phí", description: null },
        { kind: "counter", timeLimit: "3 ngày", fee: "8.000 đồng", description: null },
        { kind: "post", timeLimit: null, fee: null, description: null },
      ],
    });
    const fee = composeAnswer(r, "fee");
    expect(fee).toMatch(/Nộp trực tuyến: Miễn phí/);
    expect(fee).toMatch(/Nộp trực tiếp: 8\.000 đồng/);
    expect(fee).toMatch(/Nộp qua bưu chính: chưa có thông tin/);
    expect(fee).toContain("https://example.invalid/f");
    expect(fee.indexOf("Lệ phí")).toBeLessThan(fee.indexOf("Nơi nộp"));
    const time = composeAnswer(r, "time");
    expect(time).toMatch(/Nộp trực tuyến: 2 ngày/);
    expect(time).toMatch(/Nộp trực tiếp: 3 ngày/);
  });

  it("leaves out a following section with no information, and keeps it when asked", () => {
    const r = record({ code: "G.000002", name: "Không ghi nơi nộp", channels: [{ kind: "counter", timeLimit: "1 ngày", fee: "Miễn phí", description: null }] });
    expect(composeAnswer(r, "fee")).not.toContain("Nơi nộp");
    expect(composeAnswer(r, "fee")).not.toContain("chưa có thông tin");
    expect(composeAnswer(r, "where")).toMatch(/Nơi nộp hồ sơ\nCơ quan giải quyết: chưa có thông tin/u);
  });

  it("does not claim online submission the record does not list", () => {
    const r = record({ code: "G.000001", name: "Chỉ nộp trực tiếp", channels: [{ kind: "counter", timeLimit: "1 ngày", fee: "Miễn phí", description: null }] });
    const text = composeAnswer(r, "online");
    expect(text).toMatch(/không ghi cách nộp trực tuyến/);
    expect(text).not.toMatch(/Có thể nộp trực tuyến/);
  });

  it("caps long document lists with the count of the rest", () => {
    const docs = Array.from({ length: 15 }, (_, i) => `Giấy tờ số ${i + 1}`);
    const text = composeAnswer(record({ code: "H.000001", name: "Nhiều giấy tờ", documents: docs }), "documents");
    expect(text).toContain("Giấy tờ số 12");
    expect(text).not.toContain("Giấy tờ số 13");
    expect(text).toContain("… và 3 giấy tờ khác");
    expect(text.length).toBeLessThanOrEqual(2000);
  });

  it("puts the asked aspect first, after the summary", () => {
    const text = composeAnswer(KB[0]!, "documents");
    expect(text.split("\n")[0]).toContain("Thủ tục đăng ký khai sinh");
    expect(text.indexOf("Giấy tờ cần chuẩn bị")).toBeLessThan(text.indexOf("Cách nộp"));
  });

  it("composes the clarify question and the not-found answer", () => {
    const { text, choices } = composeClarify(KB.slice(0, 6));
    expect(choices).toHaveLength(4);
    expect(choices[0]?.label).toBe("Đăng ký khai sinh");
    expect(text).toContain("1. Đăng ký khai sinh");
    expect(composeNotFound()).toMatch(/cán bộ/);
  });
});
