import { describe, expect, it } from "vitest";
import { splitSyllables } from "../../../src/core/procedures/normalize.js";
import { askedMarkers, asksNoProcedure, namesPrivateService, namesTopicNotAtWard, readVariantCues } from "../../../src/core/procedures/variants.js";
import { SYNTHETIC_CUES } from "../../../src/core/procedures/concepts.vi.js";

const cues = (q: string): ReturnType<typeof readVariantCues> => readVariantCues([splitSyllables(q)]);
const foreign = (q: string): boolean => cues(q).synthetic.has(SYNTHETIC_CUES.foreign);
const lost = (q: string): boolean => cues(q).synthetic.has(SYNTHETIC_CUES.loss);

describe("places named like a country", () => {
  it("does not read a Vietnamese place as a foreign country", () => {
    expect(foreign("tôi sinh năm 1972 ở Nga Sơn Thanh Hóa, giờ đăng ký lại khai sinh")).toBe(false);
    expect(foreign("em ở xã biên giới bên Lào Cai, làm khai sinh cho con")).toBe(false);
    expect(foreign("nhà ở Mỹ Tho, muốn đăng ký kết hôn")).toBe(false);
  });

  it("does not read a word typed with other marks as a country", () => {
    expect(foreign("giờ vào Cẩm Phả ở hẳn, muốn đăng ký lại khai sinh")).toBe(false);
    expect(foreign("bà bị ngã ở nhà, làm giấy khai sinh cho cháu")).toBe(false);
    expect(foreign("vợ tôi là người Hàn, đăng ký kết hôn")).toBe(true);
  });

  it("reads a bare 'o han' after a move within the country as staying for good", () => {
    expect(foreign("gio vao Cam Pha o han, muon dang ky lai khai sinh")).toBe(false);
    expect(foreign("con trai sang Han Quoc o han, lam giay to gi")).toBe(true);
    expect(foreign("chong toi di lam o han, lam khai sinh cho con")).toBe(true);
  });

  it("still reads the country itself", () => {
    expect(foreign("chồng tôi là người Nga, đăng ký khai sinh cho con")).toBe(true);
    expect(foreign("vợ em là người Lào ở bản bên kia biên giới")).toBe(true);
    expect(foreign("mẹ tôi sắp sang Mỹ định cư với anh tôi")).toBe(true);
  });
});

describe("'mất' before an abbreviated 'bao nhiêu'", () => {
  it("is a cost, not a lost paper", () => {
    expect(lost("xin bản sao gks cho con mất bn tiền 1 bản")).toBe(false);
    expect(lost("mất gks của con rồi, xin lại thế nào")).toBe(true);
  });
});

describe("a topic a ward handles under other words", () => {
  const q = cues("bà tôi 82 tuổi, làm hồ sơ hưởng trợ cấp người cao tuổi hàng tháng thế nào");
  it("is not answered with a pension record", () => {
    expect(namesTopicNotAtWard(q, "giai quyet huong luong huu, tro cap hang thang doi voi can bo xa")).toBe(true);
  });
  it("covers the disability assessment too, unless the record is named for it", () => {
    const d = cues("con em bị câm điếc, muốn xin giấy xác định mức độ khuyết tật để hưởng trợ cấp");
    expect(namesTopicNotAtWard(d, "giai quyet huong che do tnld, bnn do thuong tat, benh tat tai phat")).toBe(true);
    expect(namesTopicNotAtWard(d, "xac dinh, xac dinh lai muc do khuyet tat va cap giay xac nhan khuyet tat")).toBe(false);
  });

  it("is answered by a record named for the social allowance", () => {
    expect(namesTopicNotAtWard(q, "thuc hien, dieu chinh, thoi huong tro cap xa hoi hang thang")).toBe(false);
  });
});

describe("the new paper a procedure hands over", () => {
  it("is its result, not a first issue asked for", () => {
    expect(askedMarkers(cues("mua lai xe may cu, gio sang ten thi bn ngay moi co giay dang ky moi")).has("first")).toBe(false);
    expect(askedMarkers(cues("xe moi mua, dang ky moi lan dau o dau")).has("first")).toBe(true);
  });
});

describe("'mất' after a relative and before a place", () => {
  it("is a death, not a lost paper", () => {
    expect(cues("chồng tôi quốc tịch Hàn mất ở VN, đi khai tử cần giấy tờ gì").death).toBe(true);
    expect(cues("chồng tôi quốc tịch Hàn mất ở VN, đi khai tử cần giấy tờ gì").synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
  });
  it("is still a loss reported", () => {
    expect(cues("e lam mat ho chieu roi, dang tinh qua Dai Loan tham chong. bao mat o cong an xa").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
  });
});

describe("'mất' that loses no paper", () => {
  it("is a cost or a poor harvest before a fee or a crop", () => {
    expect(lost("HTX muốn tạm nghỉ hoạt động 6 tháng vì mất mùa, thông báo với xã như nào")).toBe(false);
    expect(lost("thông báo tạm ngừng với xã có mất lệ phí không")).toBe(false);
  });
  it("is a death after a stroke", () => {
    expect(lost("chú tôi về thăm nhà thì không may đột quỵ mất tại nhà tôi, khai tử ở đâu")).toBe(false);
  });
  it("is still a lost card", () => {
    expect(lost("mất thẻ căn cước rồi, làm lại ở đâu")).toBe(true);
  });
});

describe("questions with no procedure need", () => {
  it("reads a dog bite only when a dog is named biting, not 'cho cán bộ xuống'", () => {
    expect(asksNoProcedure(cues("Phuong co cho can bo xuong tan nha lam khai tu ko?"), "thu tuc dang ky khai tu luu dong")).toBe(false);
    expect(asksNoProcedure(cues("con tôi bị chó cắn, đòi nhà hàng xóm bồi thường thế nào"), "thu tuc dang ky khai tu")).toBe(true);
  });
  it("reads a phone bill as the carrier's, not the ward's, however 'căn cước mang theo' is typed", () => {
    expect(namesPrivateService(cues("tien cuoc dien thoai thang nay sao cao vay, tra cuu o dau"), "xac nhan thong tin ve cu tru")).toBe(true);
    expect(namesPrivateService(cues("cap nhat sinh trac hoc vao csdl can cuoc mang theo gi"), "cap nhat thong tin sinh trac hoc")).toBe(false);
  });
  it("reads a month's power bill as the power company's, however the month is told", () => {
    const name = "giai quyet khieu nai ve quyet dinh hanh chinh";
    expect(namesPrivateService(cues("Tiền điện tháng này nhà tôi tự nhiên tăng gấp đôi, muốn khiếu nại thì làm thủ tục ở đâu?"), name)).toBe(true);
    expect(namesPrivateService(cues("Tháng này tiền điện nhà tôi lên gấp đôi, muốn xem lại hóa đơn thì hỏi ở đâu?"), name)).toBe(true);
    expect(namesPrivateService(cues("khiếu nại quyết định xử phạt của công an xã thì làm ở đâu"), name)).toBe(false);
  });
});

describe("a relative who died a few words before 'mất ở …'", () => {
  it("reads a death, ten words on, and not a report of a loss", () => {
    expect(cues("chu e la viet kieu my ve que tham roi mat o nha, gia dinh lam khai tu o xa").death).toBe(true);
    expect(cues("bao mat o cong an xa the nao, mat giay khai sinh roi").death).toBe(false);
    // a loss told after a relative is named is still a loss ("ông … làm mất ở chợ")
    expect(cues("ông tôi đi chợ về, làm mất ở chợ cái giấy khai sinh").death).toBe(false);
  });
});
