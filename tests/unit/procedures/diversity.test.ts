import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { record } from "./fixtures.js";

/** One family of four variants and two procedures of other families on the same topic (own wording). */
const KB = [
  record({ code: "D.001", name: "Thủ tục đăng ký khai sinh", linhVuc: "Hộ tịch", result: "Giấy khai sinh" }),
  record({ code: "D.002", name: "Thủ tục đăng ký khai sinh lưu động", linhVuc: "Hộ tịch" }),
  record({ code: "D.003", name: "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", linhVuc: "Hộ tịch" }),
  record({ code: "D.004", name: "Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới", linhVuc: "Hộ tịch" }),
  record({ code: "D.005", name: "Cấp bản sao trích lục hộ tịch, bản sao giấy khai sinh", linhVuc: "Hộ tịch" }),
  record({ code: "D.006", name: "Thủ tục đăng ký khai tử", linhVuc: "Hộ tịch" }),
  record({ code: "D.007", name: "Đăng ký tạm trú", linhVuc: "Cư trú" }),
];

const qa = new ProcedureQA(KB, { preferLevel: "xa" });
const codes = (q: string): string[] => qa.ask(q).candidates.map((c) => c.code);

describe("the first three candidates are not all variants of one procedure", () => {
  it("keeps the best candidate first and brings another family into the first three", () => {
    const ranked = codes("giấy tờ khai sinh cho con");
    expect(ranked[0]).toBe("D.001");
    expect(ranked.slice(0, 3)).toContain("D.005");
  });

  it("leaves a ranking alone when its first three are already of different families", () => {
    const ranked = codes("đăng ký tạm trú");
    expect(ranked[0]).toBe("D.007");
  });
});

describe("a record the catalogue repeats under other codes is no rival", () => {
  const repeated = new ProcedureQA([
    ...KB,
    record({ code: "R.001", name: "Hỗ trợ phát triển sản xuất cộng đồng cho nhóm hộ", linhVuc: "Giảm nghèo" }),
    record({ code: "R.002", name: "Hỗ trợ phát triển sản xuất cộng đồng cho nhóm hộ", linhVuc: "Giảm nghèo" }),
    record({ code: "R.003", name: "Hỗ trợ phát triển sản xuất cộng đồng cho nhóm hộ", linhVuc: "Giảm nghèo" }),
  ], { preferLevel: "xa" });

  it("answers with the record instead of asking the citizen to choose between copies of it", () => {
    const r = repeated.ask("hỗ trợ phát triển sản xuất cộng đồng cho nhóm hộ cần hồ sơ gì");
    expect(r.outcome).toBe("answer");
    expect(["R.001", "R.002", "R.003"]).toContain(r.candidates[0]?.code);
  });
});
