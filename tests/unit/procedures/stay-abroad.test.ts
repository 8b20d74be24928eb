import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { FAMILY_KB } from "./fixtures.js";

const qa = new ProcedureQA(FAMILY_KB, { preferLevel: "xa" });

describe("a family member abroad for work or study", () => {
  it("does not make a birth registration one with a foreign element", () => {
    const r = qa.ask("con dâu vừa sinh cháu, thằng con trai đang đi xuất khẩu lao động bên Hàn chưa về, bà nội đi làm giấy khai sinh cho cháu được không");
    expect(r.candidates[0]?.code).toBe("F.001");
  });

  it("still reads a foreign spouse or a foreign country of residence", () => {
    expect(qa.ask("chồng tôi là người Hàn, đăng ký khai sinh cho con").candidates[0]?.code).toBe("F.003");
    expect(qa.ask("con trai đi du học bên Nhật rồi cưới vợ người Nhật, giờ đăng ký kết hôn ở đâu").candidates[0]?.code).toBe("F.011");
  });
});
