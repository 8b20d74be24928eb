import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { contradicts, markersOfName, namedActions } from "../../../src/core/procedures/variants.js";
import { KB, record } from "./fixtures.js";

const defining = (name: string): string[] => markersOfName(name).filter((m) => m.defining && m.marker.action).map((m) => m.marker.id);

describe("what a procedure does, read from its name", () => {
  it("takes the action of the clause that says what it does, not of the paper it acts on", () => {
    expect(defining("Thu hồi Giấy chứng nhận đã cấp lần đầu không đúng quy định, chủ sở hữu phát hiện và cấp lại Giấy chứng nhận")).toEqual(["revoke"]);
    expect(defining("Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót")).toEqual(["correct"]);
    expect(defining("Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh")).toEqual(["reissue", "exchange"]);
  });

  it("contradicts a question asking for another action, whatever the marker's wording", () => {
    const firstIssue = markersOfName("Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu");
    expect(contradicts(firstIssue, new Set(["reissue"]))).toBe(true);
    expect(contradicts(firstIssue, new Set(["first"]))).toBe(false);
    // "đăng ký lại" and "cấp lại" both issue again; "điều chỉnh" and "đính chính" both fix
    expect(contradicts(markersOfName("Thủ tục đăng ký lại khai sinh"), new Set(["reissue"]))).toBe(false);
    expect(contradicts(markersOfName("Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót"), new Set(["adjust"]))).toBe(false);
    // a name describing its paper by the asked action speaks of that paper: "sổ đỏ cấp lần đầu bị ghi sai"
    expect(contradicts(markersOfName("Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót"), new Set(["first"]))).toBe(false);
    expect(contradicts(markersOfName("Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót"), new Set(["reissue"]))).toBe(true);
    // a name stating no action contradicts nothing
    expect(contradicts(markersOfName("Thủ tục đăng ký khai sinh"), new Set(["reissue"]))).toBe(false);
  });
});

describe("a wish to stop", () => {
  it("asks for the end of what one does: 'muốn thôi giám hộ' is the end of a guardianship, not its registration", () => {
    const qa = new ProcedureQA([...KB,
      record({ code: "G.001", name: "Thủ tục đăng ký giám hộ", linhVuc: "Hộ tịch" }),
      record({ code: "G.002", name: "Thủ tục đăng ký chấm dứt giám hộ", linhVuc: "Hộ tịch" }),
    ], { preferLevel: "xa" });
    for (const question of ["cháu đủ 18 tuổi rồi, tôi muốn thôi giám hộ thì làm gì", "xin thoi giam ho cho chau"]) {
      expect(qa.ask(question).candidates[0]?.code, question).toBe("G.002");
    }
  });
});

describe("a question asking for an action", () => {
  const qa = new ProcedureQA([...KB,
    record({ code: "L.001", name: "Thu hồi Giấy chứng nhận đã cấp lần đầu không đúng quy định của pháp luật đất đai, chủ sở hữu phát hiện và cấp lại Giấy chứng nhận sau khi thu hồi", linhVuc: "Đất đai" }),
    record({ code: "B.001", name: "Chấm dứt hoạt động hộ kinh doanh", linhVuc: "Hộ kinh doanh" }),
    record({ code: "B.002", name: "Cấp, cấp lại giấy phép nhập khẩu thủy sản sống đối với trường hợp phải đánh giá rủi ro", linhVuc: "Thủy sản", levels: ["tinh"] }),
  ], { preferLevel: "xa" });

  it("is not answered, nor offered choices, with procedures doing another one", () => {
    for (const question of ["cấp lại sổ đỏ bị mất", "mất sổ đỏ rồi làm lại thế nào"]) {
      const r = qa.ask(question);
      expect(r.outcome, question).toBe("none");
      expect(r.choices ?? [], question).toEqual([]);
    }
  });

  it("finds the one that does it", () => {
    expect(qa.ask("hộ kinh doanh của tôi nghỉ bán luôn rồi, đóng mã số thế nào").procedureCode).toBe("B.001");
    expect(qa.ask("làm sổ đỏ lần đầu").candidates[0]?.code).toBe("T.000011");
  });

  it("is not read from a bare syllable that is another word ('đối với' is not 'đổi')", () => {
    expect(qa.ask("hồ sơ cấp phép nhập khẩu thủy sản sống đối với trường hợp phải đánh giá rủi ro").outcome).toBe("answer");
  });
});

describe("an action someone else will take with the paper", () => {
  it("is not an action the question names ('để ngân hàng cập nhật': the bank updates)", () => {
    const cues = (text: string) => ({ text: ` ${text} `, requestText: "", request: [], synthetic: new Set<string>(), death: false });
    expect([...namedActions(cues("xac nhan so cmnd 9 so cu de ngan hang cap nhat lam o dau"))]).toEqual([]);
    expect([...namedActions(cues("cap nhat thong tin tren the can cuoc o dau"))].length).toBeGreaterThan(0);
  });
});
