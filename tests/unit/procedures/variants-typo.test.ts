import { describe, expect, it } from "vitest";
import { SYNTHETIC_CUES, VARIANT_MARKERS } from "../../../src/core/procedures/concepts.vi.js";
import { splitSyllables } from "../../../src/core/procedures/normalize.js";
import { boundedDamerau, DeletionIndex } from "../../../src/core/procedures/typo.js";
import { askedMarkers, asksFor, markersOfName, readVariantCues, variantFactor } from "../../../src/core/procedures/variants.js";

const cues = (q: string): ReturnType<typeof readVariantCues> => readVariantCues([splitSyllables(q)]);

describe("variant cues of a question", () => {
  it("hears a foreign country only where it names one", () => {
    expect(cues("vợ em người Nhật").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(true);
    expect(cues("chong lam o Han Quoc").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(true);
    expect(cues("người lao động đóng bảo hiểm").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(false);
    expect(cues("chồng sắp cưới là người Lào").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(true);
    expect(cues("người trung niên đổi căn cước").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(false);
    expect(cues("cập nhật thông tin").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(false);
  });

  it("hears a border, not a foreign person, in a country named after 'biên giới' (unless the person is from across it)", () => {
    expect(cues("làm rơi giấy thông hành qua lại biên giới Trung Quốc").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(false);
    expect(cues("xa toi giap Lao, muon lam giay thong hanh").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(false);
    expect(cues("vợ tôi là người bên kia biên giới Trung Quốc sang").synthetic.has(SYNTHETIC_CUES.foreign)).toBe(true);
  });

  it("reads no close for good in labour abroad, and no paper made again in work resumed after a pause", () => {
    expect(askedMarkers(cues("em đi xuất khẩu lao động Hàn, làm mất hộ chiếu rồi")).has("end")).toBe(false);
    expect(askedMarkers(cues("quán đóng hẳn rồi, không bán nữa")).has("end")).toBe(true);
    const resumed = askedMarkers(cues("htx ngừng hoạt động 6 tháng, sau đó làm lại bình thường"));
    expect(resumed.has("reissue")).toBe(false);
    expect(resumed.has("pause")).toBe(true);
  });

  it("reads no lost paper in a person who has died, with words of tense between", () => {
    expect(cues("anh trai tôi đã mất hai năm nay").synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
    expect(cues("ong ba deu da mat tu lau").synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
    expect(cues("giấy tờ nhà đã mất hết").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
    expect(cues("em đã mất thẻ căn cước").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
  });

  it("reads 'mất' as died, lost or costs", () => {
    expect(cues("bố em mất hôm qua").death).toBe(true);
    expect(cues("bố em mất hôm qua").synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
    expect(cues("làm mất thẻ căn cước").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
    expect(cues("mat giay khai sinh").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
    const cost = cues("đăng ký mất bao lâu, mất tiền không");
    expect(cost.death || cost.synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
    expect(cues("sổ hồng").synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
    expect(cues("mẹ tôi mất ở bệnh viện").death).toBe(true);
    expect(cues("tôi mất giấy khai sinh").death).toBe(false);
    expect(cues("tôi mất giấy khai sinh").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
    // the next word's marks tell "mất cả ngày" (takes a whole day) from "mất cà vẹt" (lost the registration paper)
    expect(cues("xếp hàng mất cả ngày").synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
    expect(cues("mất cà vẹt xe").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
    expect(cues("mat ca ngay").synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
  });

  it("reads 'mất đột ngột' as a death however far back the person was named", () => {
    const told = cues("bà nội vợ tôi người Lào sang chơi với con cháu mấy hôm thì mất đột ngột ở nhà tôi");
    expect(told.death).toBe(true);
    expect(told.synthetic.has(SYNTHETIC_CUES.loss)).toBe(false);
    expect(cues("ong ngoai sang tham thi mat dot ngot").death).toBe(true);
    // (a paper lost is still a loss)
    expect(cues("tôi mất giấy thông hành đột ngột quá").synthetic.has(SYNTHETIC_CUES.loss)).toBe(true);
  });

  it("reads an age typed short after a child ('bé 6t', 'con 15t') as the age, and not after anything else", () => {
    expect(cues("cccd cho be 6t lam online dc ko").synthetic.has(SYNTHETIC_CUES.under14)).toBe(true);
    expect(cues("con 15t lam cccd o dau").synthetic.has(SYNTHETIC_CUES.plus14)).toBe(true);
    expect(cues("nha 3t xin phep xay o dau").synthetic.has(SYNTHETIC_CUES.under14)).toBe(false);
  });

  it("reads 'mất vì tai nạn' typed bare as a death, and 'mất ví' still as a wallet lost", () => {
    const told = cues("chong em moi mat vi tai nan thang truoc, nha con 2 dua nho");
    expect(told.death).toBe(true);
    expect(told.synthetic.has(SYNTHETIC_CUES.lostPaper)).toBe(false);
    expect(cues("bố tôi mất vì bệnh tim năm ngoái").synthetic.has(SYNTHETIC_CUES.lostPaper)).toBe(false);
    expect(cues("em lam mat vi o cho, trong vi co cccd").synthetic.has(SYNTHETIC_CUES.lostPaper)).toBe(true);
  });

  it("hears a border in a person living across it ('vùng biên bên kia', 'bên kia cửa khẩu'), not in 'vùng biển'", () => {
    const border = VARIANT_MARKERS.find((m) => m.id === "border")!;
    expect(asksFor(border, cues("anh ấy người Trung Quốc ở vùng biên bên kia"))).toBe(true);
    expect(asksFor(border, cues("chồng em ở thị trấn ngay bên kia cửa khẩu"))).toBe(true);
    expect(asksFor(border, cues("nhà tôi nuôi cá lồng ở vùng biển xã mình"))).toBe(false);
  });

  it("reads a request for a copy of a civil-status paper", () => {
    expect(askedMarkers(cues("xin thêm bản sao giấy khai sinh cho con")).has("copy")).toBe(true);
    expect(askedMarkers(cues("chứng thực bản sao sổ đỏ")).has("copy")).toBe(false);
  });

  it("turns a stated age into the age variant", () => {
    expect(askedMarkers(cues("con em 8 tuổi")).has("under14")).toBe(true);
    expect(askedMarkers(cues("con 15 tuoi")).has("from14")).toBe(true);
  });
});

describe("variant markers of a name", () => {
  it("finds markers, and tells the first clause from the rest", () => {
    const ids = (name: string): string[] => markersOfName(name).map((m) => `${m.marker.id}${m.leading ? "*" : ""}`);
    expect(ids("Thủ tục đăng ký kết hôn lưu động")).toEqual(["mobile*"]);
    expect(ids("Đăng ký, đăng ký lại, điều chỉnh đóng BHXH tự nguyện")).toEqual(["reregister", "adjust"]);
    expect(ids("Thủ tục đăng ký khai sinh")).toEqual([]);
  });

  it("penalises an unasked variant, rewards an asked one, lowers the plain one when a variant is asked", () => {
    const mobile = markersOfName("Thủ tục đăng ký khai tử lưu động");
    expect(variantFactor(mobile, new Set())).toBeLessThan(1);
    expect(variantFactor(mobile, new Set(["mobile"]))).toBeGreaterThan(1);
    expect(variantFactor([], new Set(["mobile"]))).toBeLessThan(1);
    expect(VARIANT_MARKERS.every((m) => m.penalty > 0 && m.penalty <= 1)).toBe(true);
  });
});

describe("deletion index for typo repair", () => {
  const vocabulary = ["dang", "ky", "khai", "sinh", "thuong", "tru", "chung", "thuc", "kinh", "doanh", "nguyen"];
  const index = new DeletionIndex(vocabulary);
  const brute = (word: string, max: number): string[] => vocabulary.filter((v) => boundedDamerau(word, v, max) <= max).sort();
  const viaIndex = (word: string, max: number): string[] => [...index.candidates(word, max)].filter((v) => boundedDamerau(word, v, max) <= max).sort();

  it.each([["dnag", 1], ["khaii", 1], ["thuongg", 2], ["chugn", 1], ["nguyne", 2], ["sinhh", 1], ["zzz", 1]] as const)(
    "finds the same close syllables as a full scan: %s",
    (word, max) => {
      expect(viaIndex(word, max)).toEqual(brute(word, max));
    },
  );

  it("looks at a few syllables, not the whole vocabulary", () => {
    expect(index.candidates("dnag", 1).size).toBeLessThan(vocabulary.length);
  });
});
