/**
 * Issue #15 point 1: a paper the citizen asks whether to bring is not the procedure they want.
 */
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { withoutPaperAsked } from "../../../src/core/procedures/papers-asked.js";
import { fromPortalRecord } from "../../../src/core/procedures/portal-record.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";

const XA = new URL("../../../../shared/data/procedures/procedures_cap_xa.jsonl", import.meta.url);

describe("the clause that asks about a paper to bring", () => {
  it("reads the words with their marks: 'có căn cước, học bạ, bằng cấp' holds no 'cần … bằng … chưa'", () => {
    expect(withoutPaperAsked("Tôi 40 tuổi, có căn cước, học bạ, bằng cấp đầy đủ nhưng hồi nhỏ chưa được đăng ký khai sinh, giờ đăng ký thì nộp gì?")).toBeNull();
    expect(withoutPaperAsked("Đăng ký kết hôn có cần giấy khám sức khỏe ko")).toBe("Đăng ký kết hôn");
    expect(withoutPaperAsked("dang ky ket hon co can giay xac nhan doc than khong")).toBe("dang ky ket hon");
  });


  it.each([
    ["làm đăng ký kết hôn có cần giấy xác nhận độc thân không", "làm đăng ký kết hôn"],
    ["dang ky tam tru phai mang theo ban sao so do khong a", "dang ky tam tru a"],
    ["khai tử cho bố, cần có giấy báo tử của bệnh viện ko, làm ở đâu", "khai tử cho bố, làm ở đâu"],
  ])("%s → %s", (question, rest) => {
    expect(withoutPaperAsked(question)).toBe(rest);
  });

  it("is one the question brings or attaches, not a paper it reports: 'có phải báo số tài khoản … không' keeps its words", () => {
    expect(withoutPaperAsked("hkd co phai bao so tai khoan ngan hang voi vi momo cho ben thue ko, han chot ngay nao")).toBeNull();
    expect(withoutPaperAsked("khai thue nop mau gi, co phai kem thong bao so tai khoan ngan hang ko")).toBe("khai thue nop mau gi,");
    expect(withoutPaperAsked("đăng ký kết hôn cần chuẩn bị giấy xác nhận độc thân không")).toBe("đăng ký kết hôn");
  });

  it.each(["đăng ký kết hôn cần giấy tờ gì", "xin giấy xác nhận độc thân ở đâu", "cần giấy xác nhận độc thân không", "can lam giay khai sinh"])(
    "finds none in %s",
    (question) => {
      expect(withoutPaperAsked(question)).toBeNull();
    },
  );
});

describe.skipIf(!existsSync(XA))("over the commune-level records", () => {
  // built once the suite runs: without ../shared the suite is skipped and nothing is read
  let qa: ProcedureQA;
  beforeAll(() => {
    qa = new ProcedureQA(readFileSync(XA, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l))));
  });

  it("answers the procedure asked about, not the paper asked whether to bring", () => {
    const r = qa.ask("hai đứa tính ra phường đăng ký kết hôn, phải chuẩn bị gì, có cần giấy xác nhận độc thân không ạ");
    expect(r.outcome).toBe("answer");
    expect(r.procedureCode).toBe("1.000894");
  });

  it("asks to register again when the paper was washed away or rotted, not to register for the first time", () => {
    const r = qa.ask("nhận con nuôi ở xã từ năm 2005, lũ cuốn trôi hết giấy tờ, sổ ở xã cũng mục hết, muốn có lại giấy thì làm sao");
    const offered = r.outcome === "answer" ? [r.procedureCode] : (r.choices ?? []).map((c) => c.code);
    expect(offered).toContain("2.001255");
    expect(offered).not.toEqual(["2.001263"]);
  });

  it("still answers the paper's own procedure when it is what is asked for", () => {
    const r = qa.ask("xin giấy xác nhận tình trạng hôn nhân ở đâu");
    expect(r.outcome === "answer" ? r.procedureCode : r.choices?.map((c) => c.code)).toContain("1.004873");
  });
});
