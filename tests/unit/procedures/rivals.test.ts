import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { KB, record } from "./fixtures.js";

const qa = new ProcedureQA([...KB,
  record({ code: "R.001", name: "Truy lĩnh lương hưu, trợ cấp bảo hiểm xã hội của người hưởng đã chết nhưng còn chế độ chưa nhận", linhVuc: "Chi trả các chế độ BHXH" }),
  record({ code: "R.002", name: "Ủy quyền lĩnh thay các chế độ bảo hiểm xã hội, trợ cấp thất nghiệp", linhVuc: "Chi trả các chế độ BHXH" }),
  record({ code: "R.003", name: "Giải quyết hưởng lương hưu, trợ cấp hàng tháng đối với cán bộ xã", linhVuc: "Thực hiện chính sách BHXH" }),
], { preferLevel: "xa" });

describe("a close rival holding words of the request the first one lacks", () => {
  it("is offered beside it rather than the first one answered alone", () => {
    // "nhận thay" ranks the proxy procedure first; "lương hưu" of a father who died is the other one's
    const r = qa.ask("bố mất rồi lương hưu tháng này chưa lĩnh, con nhận thay được không");
    expect(r.outcome).toBe("clarify");
    expect(r.choices?.map((c) => c.code)).toEqual(expect.arrayContaining(["R.001", "R.002"]));
  });

  it("does not stop a plain answer when the rivals hold nothing of the request", () => {
    expect(qa.ask("đăng ký kết hôn cần giấy tờ gì")).toMatchObject({ outcome: "answer", procedureCode: "T.000004" });
  });
});
