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

describe.skipIf(!existsSync(wardFile))("a boat that has not run yet (../shared ward records)", () => {
  it("is registered as one not yet in use", () => {
    const records = readFileSync(wardFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l)));
    const qa = new ProcedureQA(records, { preferLevel: "xa" });
    expect(qa.ask("mới đóng chiếc xuồng máy, chưa chạy chuyến nào, đăng ký ở đâu").candidates[0]?.code).toBe("1.004088");
  });
});
