import { describe, expect, it } from "vitest";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import { analyzeQuery } from "../../../src/core/procedures/query.js";
import { prepareNameProfiles } from "../../../src/core/procedures/rerank.js";
import { askedVariantBeyond } from "../../../src/core/procedures/rivals.js";
import { record } from "./fixtures.js";

// a clarifying question whose four choices are none of them the copy the citizen asks for ("xin lại bản sao")
const index = ProcedureIndex.build([
  record({ code: "V.001", name: "Thủ tục đăng ký lại khai sinh", linhVuc: "Hộ tịch" }),
  record({ code: "V.002", name: "Thông báo lưu trú", linhVuc: "Cư trú" }),
  record({ code: "V.003", name: "Thủ tục đăng ký lại khai sinh có yếu tố nước ngoài", linhVuc: "Hộ tịch" }),
  record({ code: "V.004", name: "Cấp lại giấy chứng nhận căn cước", linhVuc: "Căn cước" }),
  record({ code: "V.005", name: "Cấp bản sao có chứng thực từ bản chính hợp đồng đã được chứng thực", linhVuc: "Chứng thực" }),
  record({ code: "V.006", name: "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh", linhVuc: "Hộ tịch" }),
]);
prepareNameProfiles(index);
const ranked = [0, 1, 2, 3, 4, 5].map((doc, i) => ({ doc, score: 10 - i }));
const query = analyzeQuery("mất bản chính giấy khai sinh, xin lại bản sao từ sổ lưu ở xã", index);

describe("a variant asked for by a phrase that none of the choices is", () => {
  it("is found among the later candidates of the top choice's family", () => {
    expect(query.firmlyAsked.has("copy")).toBe(true);
    // V.005 is a copy too, but of another family (no word of "đăng ký lại khai sinh" in its name)
    expect(askedVariantBeyond(index, ranked, 4, query.firmlyAsked, 0)).toBe(5);
  });

  it("is not brought forward when a choice already is that variant, or when it scores too little", () => {
    expect(askedVariantBeyond(index, [ranked[5]!, ...ranked.slice(0, 5)], 4, query.firmlyAsked, 0)).toBe(-1);
    expect(askedVariantBeyond(index, ranked, 4, query.firmlyAsked, 6)).toBe(-1);
  });

  it("is not looked for when the question asks for no variant by a phrase", () => {
    const plain = analyzeQuery("làm giấy khai sinh cho con", index);
    expect(askedVariantBeyond(index, ranked, 4, plain.firmlyAsked, 0)).toBe(-1);
  });
});
