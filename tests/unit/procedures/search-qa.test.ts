import { describe, expect, it } from "vitest";
import { detectAspect } from "../../../src/core/procedures/aspect.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { KB } from "./fixtures.js";

const qa = new ProcedureQA(KB, { preferLevel: "xa" });
const top = (q: string): string | undefined => qa.ask(q).candidates[0]?.code;

describe("procedure search", () => {
  it.each([
    ["Đăng ký khai sinh cần giấy tờ gì?", "T.000001"],
    ["dang ky khai sinh can giay to gi", "T.000001"],
    ["lam giay khai sinh cho con mat bao lau", "T.000001"],
    ["con em mới sinh được 2 tuần, giờ đi làm giấy cho cháu thì cần mang gì ạ", "T.000001"],
    ["ddang ky kets hon can nhung gi", "T.000004"],
    ["đăng ký kết hôn", "T.000004"],
    ["xin giấy xác nhận độc thân ở đâu", "T.000005"],
    ["nhap ho khau cho vo", "T.000006"],
    ["đăng ký KT3 cho người thuê trọ", "T.000007"],
    ["đổi CCCD ở đâu", "T.000008"],
    ["photo công chứng bằng đại học", "T.000009"],
    ["dang ky HKD het bao nhieu tien", "T.000010"],
    ["làm sổ đỏ lần đầu", "T.000011"],
    ["xin giay phep xay dung nha o", "T.000013"],
    ["dang ky khai tuwr", "T.000003"],
    ["đăng ký kết hôn cho con trai, vợ sắp cưới của nó quê ở tỉnh khác thì nộp ở đâu", "T.000004"],
  ])("finds %s", (question, code) => {
    expect(top(question)).toBe(code);
  });

  it("prefers the exact diacritic match", () => {
    const result = qa.ask("khai tử");
    expect(result.candidates[0]?.code).toBe("T.000003");
  });

  it("returns calibrated confidence in [0, 1], best first", () => {
    const { candidates } = qa.ask("đăng ký thường trú");
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.confidence).toBeGreaterThanOrEqual(0);
    for (const c of candidates) expect(c.confidence).toBeLessThanOrEqual(1);
    expect(candidates[0]?.confidence).toBeGreaterThan(candidates[1]?.confidence ?? 0);
  });

  it("declines questions that no procedure fits", () => {
    for (const q of ["hôm nay trời có mưa không", "tối nay đội tuyển đá mấy giờ", "cảm ơn em nhiều nhé"]) {
      const result = qa.ask(q);
      expect(result.outcome, q).toBe("none");
      expect(result.answerText).toMatch(/chưa tìm thấy/);
    }
  });

  it("asks back with up to 4 short choices when candidates are close", () => {
    const result = qa.ask("hộ tịch");
    expect(result.outcome).toBe("clarify");
    expect(result.choices?.length).toBeGreaterThanOrEqual(2);
    expect(result.choices?.length).toBeLessThanOrEqual(4);
    expect(result.choices?.map((c) => c.code)).toContain("T.000001");
    expect(result.answerText).toMatch(/chọn/);
  });

  it("answers a follow-up about the last procedure", () => {
    const first = qa.ask("đăng ký tạm trú cần gì");
    expect(first.procedureCode).toBe("T.000007");
    for (const follow of ["thế còn phí?", "con le phi thi sao"]) {
      const next = qa.ask(follow, { lastProcedureCode: first.procedureCode });
      expect(next.followUp).toBe(true);
      expect(next.aspect).toBe("fee");
      expect(next.answerText).toContain("15.000 đồng");
    }
    expect(qa.ask("thế còn phí?").outcome).toBe("none");
  });

  it("reads a follow-up worded with words that also name things ('the con thoi gian', 'thế còn giấy tờ')", () => {
    const first = qa.ask("đăng ký tạm trú cần gì");
    for (const [follow, aspect] of [["the con thoi gian", "time"], ["thế còn thời gian?", "time"], ["thế còn giấy tờ", "documents"]] as const) {
      const next = qa.ask(follow, { lastProcedureCode: first.procedureCode });
      expect(next.followUp, follow).toBe(true);
      expect(next.aspect, follow).toBe(aspect);
      expect(next.procedureCode, follow).toBe("T.000007");
    }
    // a new question that is no follow-up is not answered with the last procedure
    const other = qa.ask("đổi bằng lái ô tô mất bao lâu", { lastProcedureCode: first.procedureCode });
    expect(other.followUp).toBe(false);
    expect(other.procedureCode).not.toBe("T.000007");
  });

  it("answers a picked choice", () => {
    expect(qa.answerFor("T.000006", "time")).toContain("7 ngày làm việc");
    expect(qa.answerFor("X.404")).toBeNull();
  });
});

describe("aspect detection", () => {
  it.each([
    ["cần những giấy tờ gì", "documents"],
    ["can mang theo gi", "documents"],
    ["lệ phí bao nhiêu", "fee"],
    ["co mat tien khong", "fee"],
    ["mất mấy ngày", "time"],
    ["bao lau thi co", "time"],
    ["nộp ở đâu", "where"],
    ["lam o dau", "where"],
    ["làm online trên vneid được không", "online"],
    ["cac buoc lam nhu the nao", "steps"],
    ["ai được đăng ký, điều kiện gì", "eligibility"],
    ["làm xong nhận được gì", "result"],
    ["đăng ký khai sinh lần đầu", "overview"],
  ])("%s → %s", (question, aspect) => {
    expect(detectAspect(question)).toBe(aspect);
  });
});
