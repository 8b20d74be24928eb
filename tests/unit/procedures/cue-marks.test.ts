import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { KB, record } from "./fixtures.js";

const qa = new ProcedureQA([...KB.filter((r) => r.code !== "T.000010"),
  record({ code: "H.001", name: "Đăng ký thành lập hộ kinh doanh", linhVuc: "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" }),
  record({ code: "H.002", name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", linhVuc: "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" }),
  record({ code: "H.003", name: "Đăng ký cập nhật, bổ sung thông tin trong hồ sơ đăng ký hộ kinh doanh, hiệu đính thông tin đăng ký hộ kinh doanh", linhVuc: "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" }),
], { preferLevel: "xa" });

describe("a one-syllable variant cue typed with other marks", () => {
  it("is another word: 'trà sữa' asks for no change", () => {
    expect(qa.ask("muốn mở tiệm trà sữa nhỏ ở nhà, đăng ký hộ kinh doanh cần gì").candidates[0]?.code).toBe("H.001");
  });

  it("still asks for the change typed with its own marks, or bare", () => {
    expect(qa.ask("muốn sửa nội dung đăng ký hộ kinh doanh vì đổi ngành hàng").candidates[0]?.code).not.toBe("H.001");
    expect(qa.ask("muon sua noi dung dang ky ho kinh doanh vi doi nganh hang").candidates[0]?.code).not.toBe("H.001");
  });
});
