/** The pure parts of intake: a place named in a report, a complaint, a typed phone number, the draft kept as data. */
import { describe, expect, it } from "vitest";
import { namesPlace } from "../../../src/core/feedback/places.js";
import { asksToRemovePhotos, draftData, draftOf, EMPTY_DRAFT, isComplaint, phoneOf, summaryMessage, withPhoto } from "../../../src/core/conversation/flows/feedback-draft.js";
import { foldForIntent } from "../../../src/core/conversation/intents.js";

describe("feedback draft", () => {
  it.each([
    ["Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay", true],
    ["rac o dau hem 12 khong ai thu gom", true],
    ["cây đổ trước cổng trường tiểu học", true],
    ["đèn hỏng rồi", false],
    ["mất nước từ sáng", false],
    ["hang xom hat karaoke den 12h dem on qua", false],
    ["cho toi hoi den duong hong thi bao ai", false],
    ["Đèn đường tắt mấy hôm nay", false],
    ["den duong tran phu hong 3 hom", true],
    ["đường ống nước bị vỡ", false],
    ["ổ gà giữa đường gần chợ", true],
    ["duong vao xom 3 ngap nuoc", true],
    ["cây đổ trước cổng trường tiểu học Hòa An", true],
    ["cay do truoc cong truong tieu hoc", true],
    ["tổ trưởng không chịu giải quyết", false],
    ["to truong khong chiu giai quyet", false],
    ["nước ngập ấp 3 từ sáng", true],
    ["nuoc ngap ap 3 tu sang", true],
    ["bị áp lực nước yếu cả tuần", false],
    ["ban nhac hang xom on qua", false],
    ["bạn tôi bị lừa tiền", false],
    ["lan can cầu Rạch Cát bị gãy", true],
    ["lan can cau Rach Cat bi gay", true],
    ["cau thang chung cu mat den", true],
    ["câu hỏi về tiền điện", false],
    ["cho toi bao mat nuoc tu sang", false],
    ["rác bốc mùi ở chợ Hòa An", true],
    ["rac boc mui o cho hoa an", true],
  ])("names a place: %s → %s", (text, expected) => {
    expect(namesPlace(text)).toBe(expected);
  });

  it("tells complaints and denunciations apart from reports", () => {
    expect(isComplaint("Tôi muốn khiếu nại quyết định xử phạt")).toBe(true);
    expect(isComplaint("to cao can bo nhan hoi lo")).toBe(true);
    expect(isComplaint("Đèn đường hỏng")).toBe(false);
  });

  it.each([
    ["xóa ảnh", true],
    ["Xoa anh", true],
    ["xóa hết ảnh", true],
    ["bỏ ảnh vừa gửi", true],
    ["xoá hình đi", true],
    ["huỷ ảnh sai", true],
    ["ảnh bị xóa rồi", false],
    ["xóa ảnh hộ tôi vì ảnh này chụp nhầm nhà hàng xóm", false],
    ["cây đổ đè xe", false],
  ])("asks to remove the photos: %s → %s", (text, expected) => {
    expect(asksToRemovePhotos(foldForIntent(text))).toBe(expected);
  });

  it("offers to remove the photos on the summary only when there are some", () => {
    const labels = (photos: number) => (summaryMessage({ ...EMPTY_DRAFT, text: "Rác", photos: Array.from({ length: photos }, (_, i) => ({ platformFileId: `p${i}` })) }, (v) => v) as { choices: Array<{ data: string }> }).choices.map((c) => c.data);
    expect(labels(0)).not.toContain("unphoto");
    expect(labels(2)).toContain("unphoto");
  });

  it("reads phone numbers as typed, and refuses what is not one", () => {
    expect(phoneOf("0912 345 678")).toBe("0912345678");
    expect(phoneOf("+84 912.345.678")).toBe("0912345678");
    expect(phoneOf("091234")).toBeNull();
    expect(phoneOf("không")).toBeNull();
  });

  it("keeps at most five distinct photos and survives a round trip through state data", () => {
    let d = { ...EMPTY_DRAFT, text: "Rác" };
    for (const id of ["a", "b", "a", "c", "d", "e", "f"]) d = withPhoto(d, { platformFileId: id }).draft;
    expect(d.photos.map((p) => p.platformFileId)).toEqual(["a", "b", "c", "d", "e"]);
    expect(draftOf(JSON.parse(JSON.stringify(draftData(d))))).toEqual(d);
    expect(draftOf({ draft: { text: 5, photos: "x" } })).toEqual(EMPTY_DRAFT);
  });

  it("offers the phone button only while no number is given, and the public switch both ways", () => {
    const labels = (m: ReturnType<typeof summaryMessage>) => (m.kind === "text" ? (m.choices ?? []).map((c) => c.data) : []);
    expect(labels(summaryMessage({ ...EMPTY_DRAFT, text: "x" }, (v) => v))).toEqual(["send", "phone", "public", "cancel"]);
    expect(labels(summaryMessage({ ...EMPTY_DRAFT, text: "x", phone: "0912345678", isPublic: true }, (v) => v))).toEqual(["send", "private", "cancel"]);
  });
});
