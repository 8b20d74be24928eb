import { describe, expect, it } from "vitest";
import { normalizeQuery } from "../../../src/core/procedures/normalize.js";
import { deniedSyllables, markDeferred, markDenied } from "../../../src/core/procedures/negation.js";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { analyzeQuery } from "../../../src/core/procedures/query.js";
import { FAMILY_KB, record } from "./fixtures.js";

function denied(text: string): string[] {
  const syllables: Array<{ folded: string; denied?: boolean }> = normalizeQuery(text);
  markDenied(syllables);
  return syllables.filter((s) => s.denied).map((s) => s.folded);
}

function deferred(text: string): string[] {
  const syllables: Array<{ folded: string; denied?: boolean }> = normalizeQuery(text);
  markDeferred(syllables);
  return syllables.filter((s) => s.denied).map((s) => s.folded);
}

describe("words a deferral puts off", () => {
  it("are the words before 'để sau', 'tạm chưa', back to a connective ('thì' is no stop)", () => {
    expect(deferred("hộ khẩu để sau")).toEqual(["ho", "khau"]);
    expect(deferred("con nhap hk thi tam chua")).toEqual(["con", "nhap", "hk"]);
    expect(deferred("làm khai sinh nhưng nhập khẩu để sau")).toEqual(["nhap", "khau"]);
  });

  it("are none when 'để sau này' says what something is for", () => {
    expect(deferred("ghi vào sổ để sau này cháu đi học")).toEqual([]);
  });
});

describe("words a negator denies", () => {
  it("are none after 'không phải trả / nộp', a payment spared ('tiền tài trợ không phải trả lại')", () => {
    expect(denied("tien tai tro khong phai tra lai")).toEqual([]);
    expect(denied("được ưu đãi không phải nộp tiền thuê đất mấy năm đầu")).toEqual([]);
    expect(denied("không phải người nước ngoài")).toEqual(["nguoi", "nuoc", "ngoai"]);
  });

  it("include a passport the citizen does not have ('không có hộ chiếu thì giấy nào khác để qua lại')", () => {
    expect(denied("k co ho chieu thi co giay nao khac de qua lai khong")).toEqual(["ho", "chieu"]);
    expect(denied("tôi chưa có hộ chiếu")).toEqual(["ho", "chieu"]);
    expect(denied("làm hộ chiếu ở đâu")).toEqual([]);
  });

  it("go on past 'hay' or 'hoặc' while a list is denied ('không phải A hay B' denies both)", () => {
    expect(denied("không phải bến đò ngang hay bến chở khách du lịch")).toEqual(["ben", "do", "ngang", "ben", "cho", "khach", "du", "lich"]);
    expect(denied("không phải người nước ngoài mà người Việt")).toEqual(["nguoi", "nuoc", "ngoai"]);
  });

  it("include the alternative put aside by 'chứ không', but not a wait refused, which is the request", () => {
    expect(denied("muốn tái xuất chứ không bán vào nội địa")).toEqual(["ban", "vao", "noi", "dia"]);
    expect(denied("xin ra khỏi hộ cận nghèo luôn chứ không đợi cuối năm")).toEqual([]);
  });

  it("are the words after 'không phải', 'không thuộc', 'không có yếu tố', typed with or without marks or as 'ko'", () => {
    expect(denied("tôi không phải người nước ngoài")).toEqual(["nguoi", "nuoc", "ngoai"]);
    expect(denied("nha toi ko thuoc khu vuc bien gioi")).toEqual(["khu", "vuc", "bien", "gioi"]);
    expect(denied("khai tử cho bố, không có yếu tố nước ngoài")).toEqual(["yeu", "to", "nuoc", "ngoai"]);
  });

  it("stop at a connective, and end after a few words", () => {
    expect(denied("không phải biên giới mà ở thành phố")).toEqual(["bien", "gioi"]);
    expect(denied("không phải là người ở nơi khác đến làm ăn lâu năm")).toHaveLength(5);
  });

  it("are not what 'không có', 'chưa có' or 'không còn' say, which names carry as cases of their own", () => {
    expect(denied("đất chưa có sổ đỏ, không có bảo hiểm y tế")).toEqual([]);
    expect(denied("sổ gốc ở xã cũng không còn")).toEqual([]);
  });

  it("do not count as denied when the question also says them plainly", () => {
    const words = (text: string) => {
      const s: Array<{ folded: string; denied?: boolean }> = normalizeQuery(text);
      markDenied(s);
      return deniedSyllables([s]);
    };
    expect([...words("không phải người Việt mà là người nước ngoài")]).toEqual(["viet"]);
  });
});

describe("a denied variant", () => {
  const qa = new ProcedureQA(FAMILY_KB, { preferLevel: "xa" });
  const shown = (question: string): string[] => {
    const r = qa.ask(question);
    return r.outcome === "answer" ? [r.procedureCode ?? ""] : (r.choices ?? []).map((c) => c.code);
  };

  it("is neither answered nor asked for: the plain sibling is", () => {
    for (const [question, plain, variant] of [
      ["toi ko phai nguoi nuoc ngoai, muon dang ky khai sinh cho con", "F.001", "F.003"],
      ["đăng ký kết hôn, chồng tôi không phải người nước ngoài", "F.010", "F.011"],
    ] as const) {
      expect(shown(question)[0], question).toBe(plain);
      expect(shown(question), question).not.toContain(variant);
      expect(analyzeQuery(question, ProcedureIndex.build(FAMILY_KB)).asked.has("foreign"), question).toBe(false);
    }
  });

  it("said plainly still wins", () => {
    expect(shown("đăng ký kết hôn với người nước ngoài")).toContain("F.011");
    expect(shown("chồng tôi là người Hàn Quốc, đăng ký kết hôn")[0]).toBe("F.011");
  });

  it("keeps a member whose own name denies: 'không phải là cộng tác viên'", () => {
    const translation = [
      record({ code: "C.001", name: "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã", linhVuc: "Chứng thực" }),
      record({ code: "C.002", name: "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã", linhVuc: "Chứng thực" }),
    ];
    const r = new ProcedureQA(translation, { preferLevel: "xa" }).ask("chứng thực chữ ký người dịch, tôi không phải cộng tác viên");
    expect(r.outcome).toBe("answer");
    expect(r.procedureCode).toBe("C.002");
  });
});
