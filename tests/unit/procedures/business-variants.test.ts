/**
 * Issue #15 point 1 on the commune-level records: a household business that moves, sells more, pauses or ends is
 * told apart the way its owner says it, without the procedure's name.
 */
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { CAP_XA, capXaRecords, offeredCodes } from "./fixtures.js";

const CHANGE = "2.000720";
const REISSUE = "2.000575";
const PAUSE = "1.001570";
const END = "1.001266";

describe.skipIf(!existsSync(CAP_XA))("household business variants over the commune-level records", () => {
  // built once the suite runs: without ../shared the suite is skipped and nothing is read
  let qa: ProcedureQA;
  beforeAll(() => {
    qa = new ProcedureQA(capXaRecords());
  });
  const offered = (question: string): string[] => offeredCodes(qa, question);

  it.each([
    ["quán ăn nhà tôi chuyển sang địa chỉ mới, có phải làm lại giấy đăng ký kinh doanh không", CHANGE],
    ["quan nha toi ban them nuoc giai khat co phai dang ky lai khong", CHANGE],
    ["giấy đăng ký hộ kinh doanh bị mất, làm lại thế nào", REISSUE],
    ["quán phở muốn nghỉ bán luôn, không mở lại nữa thì làm giấy gì", END],
  ])("answers %s", (question, code) => {
    expect(offered(question)).toEqual([code]);
  });

  it("never answers a break with a way back as the end of the business", () => {
    const got = offered("tiệm tạp hóa định nghỉ bán 3 tháng về quê chăm mẹ, xong rồi mở lại, có phải báo phường không");
    expect(got).toContain(PAUSE);
    expect(got).not.toEqual([END]);
  });

  it("offers a cooperative's own change, not the household business's, when a cooperative's accountant asks", () => {
    const got = offered("tôi làm kế toán cho hợp tác xã, đại hội vừa thêm ngành nghề chế biến nông sản, báo thay đổi với xã nộp gì");
    expect(got).not.toContain(CHANGE);
    expect(got.some((code) => ["1.004979", "1.005277"].includes(code))).toBe(true);
  });

  it("takes a company's own tax filing to the records for organisations the commune lists, not off to another body", () => {
    const got = offered("Công ty tôi chi thưởng cho khách trúng thưởng chương trình khuyến mại, đã khấu trừ thuế thu nhập cá nhân, khai theo quý thì hạn nộp khi nào");
    expect(got).toContain("1.008340");
  });
});
