import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromPortalRecord } from "../../../src/core/procedures/portal-record.js";
import { evidenceGate } from "../../../src/core/procedures/evidence-gate.js";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { analyzeQuery } from "../../../src/core/procedures/query.js";
import { KB, record } from "./fixtures.js";

/** A small base whose names hold bare syllables that everyday chatter folds onto ("thẻ", "mái", "mã", "cổ"). */
const SMALL = [
  ...KB,
  record({ code: "G.000001", name: "Cấp lại thẻ bảo hiểm y tế bị mất", linhVuc: "Bảo hiểm" }),
  record({ code: "G.000002", name: "Sửa mái nhà ở riêng lẻ trong khu phố cổ", linhVuc: "Xây dựng" }),
  record({ code: "G.000003", name: "Cấp mã số cho cơ sở có vườn cây", linhVuc: "Nông nghiệp" }),
  record({ code: "G.000004", name: "Đăng ký khai thác nước dưới đất", linhVuc: "Tài nguyên nước" }),
  record({ code: "G.000005", name: "Đăng ký lễ hội truyền thống tháng giêng", linhVuc: "Văn hóa" }),
  record({ code: "G.000006", name: "Hòa giải tranh chấp giữa các hộ láng giềng", linhVuc: "Hòa giải" }),
  record({ code: "G.000007", name: "Xác nhận thông tin về cư trú", linhVuc: "Cư trú", documents: ["Tờ khai theo mẫu CT07"] }),
  record({ code: "G.000008", name: "Khai báo tạm vắng", linhVuc: "Cư trú", documents: ["Văn bản xác nhận mẫu CT07 nếu có"] }),
];

describe("absolute evidence gate", () => {
  const qa = new ProcedureQA(SMALL, { preferLevel: "xa" });

  it.each([
    "ngay mai troi the nao ban",
    "co ma khong ban oi",
    "hom nay co mua khong",
    "nha co mai toi hom nay that",
  ])("declines chatter whose bare one-syllable words only collide with names: %s", (question) => {
    expect(qa.ask(question).outcome).toBe("none");
  });

  it("still answers a real question, with or without marks", () => {
    expect(qa.ask("đăng ký kết hôn cần giấy gì").candidates[0]?.code).toBe("T.000004");
    expect(qa.ask("dang ky ket hon can giay gi").outcome).not.toBe("none");
    expect(qa.ask("lam lai the bao hiem y te bi mat").candidates[0]?.code).toBe("G.000001");
    expect(qa.ask("lam lai the bao hiem y te bi mat").outcome).not.toBe("none");
  });

  it("counts a bare syllable as firm only inside a phrase the record holds", () => {
    const index = ProcedureIndex.build(SMALL);
    const doc = index.docIdOf("G.000001") ?? -1;
    const lone = evidenceGate(index, analyzeQuery("ngay mai troi the nao", index), doc);
    expect(lone.anchored).toBe(false);
    expect(lone.passes).toBe(false);
    const phrase = evidenceGate(index, analyzeQuery("the bao hiem", index), doc);
    expect(phrase.anchored).toBe(true);
    expect(phrase.passes).toBe(true);
  });

  it("trusts a bare word's lexicon reading when another word of the question confirms it", () => {
    const index = ProcedureIndex.build(SMALL);
    const doc = index.docIdOf("G.000004") ?? -1;
    // "giếng" reads as "khai thác nước dưới đất"; typed bare, "gieng" may as well be "giêng" (January)
    expect(evidenceGate(index, analyzeQuery("muon khoan gieng de co nuoc dung", index), doc).passes).toBe(true);
    expect(evidenceGate(index, analyzeQuery("thang gieng nam sau", index), doc).passes).toBe(false);
    expect(evidenceGate(index, analyzeQuery("gieng nha toi", index), doc).passes).toBe(false);
    // …while the phrase "khoan giếng" (drilling a well) is read whole: no January is drilled
    expect(evidenceGate(index, analyzeQuery("muon khoan gieng", index), doc).passes).toBe(true);
  });

  it("trusts an abbreviation or form code read by the lexicon, even when records use it too", () => {
    const index = ProcedureIndex.build(SMALL);
    const doc = index.docIdOf("G.000007") ?? -1;
    expect(evidenceGate(index, analyzeQuery("xin giấy CT07", index), doc).passes).toBe(true);
    expect(qa.ask("xin giấy CT07").candidates[0]?.code).toBe("G.000007");
    expect(qa.ask("xin giấy CT07").outcome).not.toBe("none");
  });

  it("lets a typed national code through", () => {
    const index = ProcedureIndex.build(SMALL);
    expect(evidenceGate(index, analyzeQuery("G.000003 1.000001", index), 0).passes).toBe(true);
  });
});

const XA = new URL("../../../../shared/data/procedures/procedures_cap_xa.jsonl", import.meta.url);

describe.skipIf(!existsSync(XA))("a repaired typo over the commune-level records", () => {
  let qa: ProcedureQA;
  beforeAll(() => {
    qa = new ProcedureQA(readFileSync(XA, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l))), { preferLevel: "xa" });
  });

  it("trusts it beside a word typed with marks, inside a phrase the record's name holds", () => {
    // "cướt" is repaired to "cước": beside "căn", typed as is, the name's "căn cước" is evidence
    const r = qa.ask("mất căn cướt làm lại bao nhiêu tiền");
    expect([r.outcome, r.candidates[0]?.code]).toEqual(["answer", "1.014064"]);
  });

  it("does not answer on a repair beside a bare word alone", () => {
    // "can cuot": both bare, one repaired; the gate asks for more than that guess
    expect(qa.ask("mat can cuot lam lai bao nhieu tien").outcome).not.toBe("answer");
  });
});
