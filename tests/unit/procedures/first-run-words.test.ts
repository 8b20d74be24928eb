import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromPortalRecord } from "../../../src/core/procedures/portal-record.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { KB, record } from "./fixtures.js";

describe("leaving the list of poor households", () => {
  const qa = new ProcedureQA([...KB,
    record({ code: "W.003", name: "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm", linhVuc: "Giảm nghèo" }),
    record({ code: "W.004", name: "Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm", linhVuc: "Giảm nghèo" }),
  ], { preferLevel: "xa" });

  it("is read as a household leaving poverty", () => {
    expect(qa.ask("nhà tui giờ làm ăn khá rồi, muốn xin ra khỏi danh sách hộ nghèo luôn").candidates[0]?.code).toBe("W.004");
  });
});

// the two first registrations of a boat differ only by 'chưa khai thác' / 'đang khai thác': measured among the
// ward's real records, where the other words weigh as they do in service
const wardFile = new URL("../../../../shared/data/procedures/procedures_cap_xa.jsonl", import.meta.url);

describe.skipIf(!existsSync(wardFile))("everyday words among the ward's real records (../shared)", () => {
  it("reads a boat not run yet, a failed mediation and a pension month not drawn", () => {
    const records = readFileSync(wardFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l)));
    const qa = new ProcedureQA(records, { preferLevel: "xa" });
    expect(qa.ask("mới đóng chiếc xuồng máy, chưa chạy chuyến nào, đăng ký ở đâu").candidates[0]?.code).toBe("1.004088");
    // a mediation that failed asks for the chairman's decision; a pension month not yet drawn ("lãnh") is back pay
    expect(qa.ask("tổ hòa giải làm mấy lần mà không thành, giờ xin xã giải quyết tranh chấp đất với nhà bên").candidates[0]?.code).toBe("1.013967");
    expect(qa.ask("ba tôi lãnh lương hưu, vừa mất mà còn tháng chưa lãnh thì con cái làm sao").candidates[0]?.code).toBe("2.000717");
  });

  it("keeps a young child's late birth registration plain (a grown-up with papers is the other one), and reads 'vợ nó mất' as a death", () => {
    const qa = new ProcedureQA(readFileSync(wardFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l))), { preferLevel: "xa" });
    expect(qa.ask("con trai tôi 3 tuổi rồi mà chưa làm khai sinh, giờ đi làm cần mang gì").candidates[0]?.code).toBe("1.001193");
    expect(qa.ask("ông tôi 70 tuổi, có căn cước rồi mà chưa bao giờ có giấy khai sinh, làm thế nào").candidates[0]?.code).toBe("1.004772");
    // "vợ nó mất": a death, not a lost paper asking for the adoption to be registered again
    expect(qa.ask("anh tôi với vợ nó mất vì tai nạn, để lại đứa con 3 tuổi, vợ chồng tôi muốn nhận cháu làm con nuôi").candidates[0]?.code).toBe("2.001263");
  });
});
