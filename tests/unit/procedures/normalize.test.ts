import { describe, expect, it } from "vitest";
import { foldDiacritics, foldText, isVietnameseSyllable, normalizeQuery, repairTelex, splitSyllables } from "../../../src/core/procedures/normalize.js";

const inventory = new Set(["dang", "ky", "ket", "hon", "khai", "sinh", "lam", "the", "nao", "duoc", "khong", "rut", "ngheo", "thuong", "tru", "nguoi"]);
const isKnown = (s: string): boolean => inventory.has(s);

describe("normalisation", () => {
  it("folds tones, diacritics and đ", () => {
    expect(foldDiacritics("Đăng ký kết hôn")).toBe("Dang ky ket hon");
    expect(foldText("ĐƯỢC")).toBe("duoc");
  });
  it("accepts NFD input and strips punctuation", () => {
    const nfd = "Đăng ký, khai sinh!!!".normalize("NFD");
    expect(foldText(nfd)).toBe("dang ky khai sinh");
    expect(splitSyllables(nfd).map((s) => s.accented)).toEqual(["đăng", "ký", "khai", "sinh"]);
  });
  it("keeps national codes whole", () => {
    expect(foldText("mã 1.001193?")).toBe("ma 1.001193");
  });
  it("repairs telex leftovers only to known syllables", () => {
    expect(repairTelex("ddang", isKnown)).toBe("dang");
    expect(repairTelex("kets", isKnown)).toBe("ket");
    expect(repairTelex("hoon", isKnown)).toBe("hon");
    expect(repairTelex("lamf", isKnown)).toBe("lam");
    expect(repairTelex("rust", isKnown)).toBe("rut");
    expect(repairTelex("ngheoo", isKnown)).toBe("ngheo");
    // the horn typed after the final consonant
    expect(repairTelex("thuongwf", isKnown)).toBe("thuong");
    expect(repairTelex("nguoiwf", isKnown)).toBe("nguoi");
    // legitimate syllables are left alone
    expect(repairTelex("sinh", isKnown)).toBe("sinh");
    expect(repairTelex("xyzzy", isKnown)).toBe("xyzzy");
  });
  it("takes a syllable typed with marks as meant: only a stray tone key at its end is repaired", () => {
    const known = (s: string): boolean => ["toi", "luc"].includes(s);
    // "trời" is not "tôi" with a stray "r" (the keyboard put the marks there)
    expect(normalizeQuery("trời", known).map((s) => s.accented)).toEqual(["trời"]);
    expect(normalizeQuery("troi", known).map((s) => s.folded)).toEqual(["toi"]);
    expect(normalizeQuery("lụcj", known).map((s) => s.folded)).toEqual(["luc"]);
  });
  it("expands chat abbreviations", () => {
    expect(normalizeQuery("lam dc ko ad", isKnown).map((s) => s.folded)).toEqual(["lam", "duoc", "khong", "admin"]);
    expect(normalizeQuery("ntn", isKnown).map((s) => s.accented)).toEqual(["như", "thế", "nào"]);
    expect(normalizeQuery("đc k", isKnown).map((s) => s.accented)).toEqual(["được", "không"]);
  });
  it("tells a syllable from an abbreviation or a form code", () => {
    for (const w of ["thuong", "nghieng", "khuya", "gia", "quyen", "a"]) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ["cccd", "gks", "ct07", "attp", "bhxh", "vneid", "homestay"]) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

describe("one tone placement for the syllables written two ways", () => {
  it("reads 'huỷ' and 'hủy', 'hoà' and 'hòa', 'khoẻ' and 'khỏe' as one word with its marks", () => {
    const accented = (text: string): string[] => splitSyllables(text).map((s) => s.accented);
    expect(accented("Huỷ hoà khoẻ thuỷ uỷ")).toEqual(accented("hủy hòa khỏe thủy ủy"));
    expect(accented("hủy")).toEqual(["hủy"]);
  });

  it("leaves closed syllables and 'qu' alone ('hoàng', 'toán', 'quý')", () => {
    expect(splitSyllables("hoàng toán quý quỷ").map((s) => s.accented)).toEqual(["hoàng", "toán", "quý", "quỷ"]);
  });
});

describe("a key held down", () => {
  it("is one letter at a syllable's end ('giaii' is 'giai'), and Roman numerals stay ('cấp III')", () => {
    expect(splitSyllables("hoa giaii").map((s) => s.folded)).toEqual(["hoa", "giai"]);
    expect(splitSyllables("công trình cấp III").map((s) => s.folded)).toEqual(["cong", "trinh", "cap", "iii"]);
  });
});
