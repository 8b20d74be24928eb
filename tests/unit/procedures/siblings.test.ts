import { describe, expect, it } from "vitest";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { analyzeQuery } from "../../../src/core/procedures/query.js";
import { siblingNotSetApart } from "../../../src/core/procedures/rivals.js";
import { areSiblings } from "../../../src/core/procedures/sibling-profiles.js";
import { FAMILY_KB, KB, record } from "./fixtures.js";

/** What a citizen is shown: the answered code, or the codes offered as choices. */
function offered(qa: ProcedureQA, question: string): { outcome: string; codes: string[] } {
  const r = qa.ask(question);
  const codes = r.outcome === "answer" ? [r.procedureCode ?? ""] : (r.choices ?? []).map((c) => c.code);
  return { outcome: r.outcome, codes };
}

const POVERTY = [
  record({ code: "P.006", name: "Công nhận hộ nghèo, hộ cận nghèo; hộ thoát nghèo, hộ thoát cận nghèo định kỳ hằng năm", linhVuc: "Giảm nghèo" }),
  record({ code: "P.007", name: "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm", linhVuc: "Giảm nghèo" }),
  record({ code: "P.008", name: "Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm", linhVuc: "Giảm nghèo" }),
  record({ code: "P.020", name: "Công nhận hộ làm nông nghiệp, lâm nghiệp có mức sống trung bình", linhVuc: "Giảm nghèo" }),
];

const TRANSLATION = [
  record({ code: "C.001", name: "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã", linhVuc: "Chứng thực" }),
  record({ code: "C.002", name: "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã", linhVuc: "Chứng thực" }),
  record({ code: "C.003", name: "Chứng thực chữ ký trong các giấy tờ, văn bản", linhVuc: "Chứng thực" }),
  record({ code: "C.004", name: "Chứng thực di chúc", linhVuc: "Chứng thực" }),
];

describe("siblings: names that differ by a few words", () => {
  const index = ProcedureIndex.build([...FAMILY_KB, ...POVERTY, ...TRANSLATION,
    record({ code: "K.001", name: "Khai thác thông tin công dân trong Cơ sở dữ liệu căn cước", linhVuc: "Cấp, quản lý căn cước" })]);
  const doc = (code: string): number => index.docIdOf(code) ?? -1;

  it("are read from the names: a variant and its plain procedure, or two cases of one procedure", () => {
    expect(areSiblings(index, doc("F.001"), doc("F.004"))).toBe(true);
    expect(areSiblings(index, doc("F.001"), doc("F.002"))).toBe(true);
    expect(areSiblings(index, doc("F.040"), doc("F.041"))).toBe(true);
    expect(areSiblings(index, doc("P.006"), doc("P.008"))).toBe(true);
    expect(areSiblings(index, doc("C.001"), doc("C.002"))).toBe(true);
  });

  it("are not names that merely share a word or an ending", () => {
    expect(areSiblings(index, doc("F.001"), doc("F.020"))).toBe(false); // khai sinh, khai tử
    expect(areSiblings(index, doc("F.040"), doc("K.001"))).toBe(false); // thẻ căn cước, cơ sở dữ liệu căn cước
    expect(areSiblings(index, doc("C.004"), doc("C.003"))).toBe(false);
  });
});

describe("sibling discrimination", () => {
  it("gives the member the question's own distinguishing word names, or asks; never the broader one alone", () => {
    const qa = new ProcedureQA(POVERTY, { preferLevel: "xa" });
    for (const question of ["nhà tôi đã thoát nghèo muốn làm giấy công nhận", "xin xac nhan thoat ngheo"]) {
      const { outcome, codes } = offered(qa, question);
      expect(codes, question).toContain("P.008");
      if (outcome === "answer") expect(codes, question).toEqual(["P.008"]);
    }
  });

  it("offers, when it asks, every candidate scoring a fair share of the first one (up to four)", () => {
    const qa = new ProcedureQA([...KB,
      record({ code: "Q.001", name: "Công nhận hộ nghèo, hộ cận nghèo định kỳ hằng năm", linhVuc: "Giảm nghèo" }),
      record({ code: "Q.002", name: "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm", linhVuc: "Giảm nghèo" }),
      record({ code: "Q.003", name: "Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm", linhVuc: "Giảm nghèo" }),
    ], { preferLevel: "xa" });
    // the two closest are asked, and the recognition of a household leaving poverty, a fair third, with them
    for (const question of ["công nhận hộ nghèo", "xin công nhận hộ cận nghèo"]) {
      expect(offered(qa, question), question).toEqual({ outcome: "clarify", codes: ["Q.001", "Q.002", "Q.003"] });
    }
  });

  it("reads a negation that sets two names apart", () => {
    const qa = new ProcedureQA(TRANSLATION, { preferLevel: "xa" });
    expect(offered(qa, "chứng thực chữ ký người dịch không phải cộng tác viên")).toEqual({ outcome: "answer", codes: ["C.002"] });
    // without the negation the two cases cannot be told apart: both are offered
    const plain = offered(qa, "chứng thực chữ ký người dịch");
    expect(plain.outcome).toBe("clarify");
    expect(plain.codes).toEqual(expect.arrayContaining(["C.001", "C.002"]));
  });

  it("answers the base sibling when the question supports none of a variant's words", () => {
    const qa = new ProcedureQA([...FAMILY_KB,
      record({ code: "F.006", name: "Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân", linhVuc: "Hộ tịch" })], { preferLevel: "xa" });
    expect(offered(qa, "làm khai sinh cho con")).toEqual({ outcome: "answer", codes: ["F.001"] });
    expect(offered(qa, "muốn làm căn cước")).toEqual({ outcome: "answer", codes: ["F.040"] });
  });

  it("needs a marker's whole phrase: 'không còn lưu' does not ask for 'lưu động'", () => {
    const qa = new ProcedureQA(FAMILY_KB, { preferLevel: "xa" });
    const r = qa.ask("giấy khai sinh của tôi bị cháy mất rồi, sổ ở xã cũng không còn lưu thì làm thế nào");
    expect(r.candidates[0]?.code).toBe("F.004");
    expect(r.candidates.findIndex((c) => c.code === "F.002")).not.toBe(0);
  });

  it("counts a number as a word: 'mức 2' is not 'mức độ 01'", () => {
    const qa = new ProcedureQA([...KB,
      record({ code: "D.001", name: "Cấp tài khoản định danh điện tử mức độ 01 cho công dân Việt Nam", linhVuc: "Định danh và xác thực điện tử" }),
      record({ code: "D.002", name: "Cấp tài khoản định danh điện tử mức độ 02, căn cước điện tử cho công dân Việt Nam", linhVuc: "Định danh và xác thực điện tử" }),
    ], { preferLevel: "xa" });
    expect(qa.ask("dinh danh muc 2 lam the nao").candidates[0]?.code).toBe("D.002");
    expect(qa.ask("tài khoản định danh mức 1").candidates[0]?.code).toBe("D.001");
  });
});

describe("siblings a loose story does not set apart", () => {
  const index = ProcedureIndex.build([...FAMILY_KB, ...POVERTY]);
  const ranked = (...codes: string[]) => codes.map((code, i) => ({ doc: index.docIdOf(code) ?? -1, score: 10 - i }));
  const ask = (question: string, ...codes: string[]) => siblingNotSetApart(index, analyzeQuery(question, index), ranked(...codes));

  it("are asked about when the top name holds no word of the request its sibling lacks", () => {
    expect(ask("nha minh nay kha len roi muon xin thoat ho can ngheo thi nop gi", "P.006", "P.008")).toBe(true);
    expect(ask("ông bà mới đi đăng ký kết hôn, ông bị liệt không ra UBND được", "F.010", "F.012")).toBe(true);
  });

  it("are not when the top name holds such a word, or the runner-up is no sibling", () => {
    expect(ask("đăng ký kết hôn lưu động cho ông bị liệt", "F.012", "F.010")).toBe(false);
    expect(ask("muốn xin thoát hộ cận nghèo", "P.008", "P.020")).toBe(false);
  });
});
