/**
 * Issue #15: a story's own words do not block the procedure it asks for (2026-12-07). Each question below was answered
 * wrong, declined or offered unrelated choices before its rule; each comes from a kept blind set.
 */
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { CAP_XA, capXaRecords, offeredCodes } from "./fixtures.js";


describe.skipIf(!existsSync(CAP_XA))("a story's words over the commune-level records", () => {
  let qa: ProcedureQA;
  beforeAll(() => {
    qa = new ProcedureQA(capXaRecords(), { preferLevel: "xa" });
  });
  const offered = (question: string): string[] => offeredCodes(qa, question);

  it.each([
    // a recall suffered is the story ("bị thu hồi hết đất"), not a request to revoke
    ["nha bi thu hoi het dat, chua dc bo tri tai dinh cu, muon dang ky mua nha o xa hoi thi co du dieu kien ko, dang ky o dau", "1.014632"],
    // a procedure the story also asks for in passing is not contradicted ("đổi hiệu trưởng … đăng ký lại mẫu chữ ký")
    ["Trường mình đổi hiệu trưởng, phải đăng ký lại mẫu chữ ký chủ tài khoản ở kho bạc. Cần nộp những gì?", "3.000121"],
    // a name whose first clause states no action does the first issue ("Đăng ký sử dụng hóa đơn điện tử/ Thay đổi …")
    ["cty em moi thanh lap, muon dang ky su dung hoa don dien tu thi nop online o dau, co mat phi ko a?", "1.010337"],
    // no phrase across a purpose left out ("cho con | … | bao nhiêu" is no "cơn bão")
    ["Xin ban sao giay khai sinh cho con de nop ho so vo lop 1 thi ton bao nhieu mot ban?", "2.000635"],
    // a shopping platform is a need when the record is its sellers' tax
    ["e ban muc kho, ca kho tren shopee, san tu tru thue cua e roi nhung ca nam doanh thu chua toi muc phai chiu thue, xin lai tien thue do kieu gi a", "1.014033"],
  ])("%s → offers %s", (question, code) => {
    expect(offered(question)).toContain(code);
  });

  it("reads unmarked 'mat bang' as premises, not a lost paper", () => {
    const a = qa.ask("tiem nail cua minh chuyen sang mat bang moi cung phuong, giay dang ky hkd co phai thay doi ko");
    expect(a.outcome).toBe("answer");
    expect(a.procedureCode).toBe("2.000720");
  });
});
