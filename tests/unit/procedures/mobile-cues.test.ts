import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { FAMILY_KB } from "./fixtures.js";

const qa = new ProcedureQA(FAMILY_KB, { preferLevel: "xa" });

describe("a citizen who cannot come to the ward", () => {
  it.each([
    ["tôi bị liệt hai chân không thể lên ủy ban được, hai đứa muốn đăng ký kết hôn thì xã có làm tại nhà không", "F.012"],
    ["ba mất ở nhà trên núi, mẹ già yếu đi không nổi, cán bộ xã xuống làm khai tử được không", "F.021"],
  ])("is pointed to the mobile registration first: %s", (question, code) => {
    expect(qa.ask(question).candidates[0]?.code).toBe(code);
  });

  it("is not read into a birth at home", () => {
    expect(qa.ask("vợ tôi sinh tại nhà, làm giấy khai sinh cho con thế nào").candidates[0]?.code).toBe("F.001");
  });
});
