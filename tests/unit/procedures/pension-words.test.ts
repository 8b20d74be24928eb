import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { KB, record } from "./fixtures.js";

const qa = new ProcedureQA([...KB,
  record({ code: "P.001", name: "Người hưởng lĩnh chế độ bảo hiểm xã hội bằng tiền mặt chuyển sang lĩnh bằng tài khoản cá nhân và ngược lại, hoặc thay đổi thông tin cá nhân", linhVuc: "Chi trả các chế độ BHXH" }),
  record({ code: "P.002", name: "Truy lĩnh lương hưu, trợ cấp bảo hiểm xã hội của người hưởng đã chết nhưng còn chế độ chưa nhận", linhVuc: "Chi trả các chế độ BHXH" }),
  record({ code: "P.003", name: "Giải quyết hưởng lương hưu, trợ cấp hàng tháng đối với cán bộ xã", linhVuc: "Thực hiện chính sách BHXH" }),
  record({ code: "P.004", name: "Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT", linhVuc: "Cấp sổ BHXH, thẻ BHYT" }),
  record({ code: "P.005", name: "Bán nhà ở cũ thuộc tài sản công", linhVuc: "Nhà ở và công sở" }),
  record({ code: "P.006", name: "Đăng ký mua, thuê mua, thuê nhà ở xã hội", linhVuc: "Nhà ở và công sở" }),
], { preferLevel: "xa" });

describe("everyday words for pensions and old public housing", () => {
  it("reads 'tien mat' typed without marks as cash, not as a lost paper", () => {
    const r = qa.ask("bo toi muon nhan luong huu qua the ngan hang thay vi nhan tien mat o buu dien");
    expect(r.outcome).toBe("answer");
    expect(r.procedureCode).toBe("P.001");
  });

  it("reads a state-owned flat from the subsidy years as old public housing", () => {
    const r = qa.ask("gia đình tôi thuê căn hộ tập thể của nhà nước từ thời bao cấp, giờ muốn mua hẳn thì làm thủ tục gì");
    expect(r.candidates[0]?.code).toBe("P.005");
  });
});
