import { describe, expect, it } from "vitest";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { analyzeQuery } from "../../../src/core/procedures/query.js";
import { namesTopicOnly, rivalHoldingMore } from "../../../src/core/procedures/rivals.js";
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

describe("a close rival holding all the request words the first one holds, and more", () => {
  // the ranking put the notarial act first (on its long texts, say); the copy's name holds the same request words
  // ("hợp đồng", "chứng thực") and "bản sao" besides
  const index = ProcedureIndex.build([...KB,
    record({ code: "W.001", name: "Chứng thực hợp đồng chuyển nhượng nhà ở, đất đai", linhVuc: "Chứng thực" }),
    record({ code: "W.002", name: "Cấp bản sao có chứng thực từ bản chính hợp đồng đã được chứng thực", linhVuc: "Chứng thực" }),
    record({ code: "W.003", name: "Chứng thực chữ ký trên giấy tờ", linhVuc: "Chứng thực" }),
  ]);
  const doc = (code: string): number => index.docIdOf(code) ?? -1;
  const ranked = (...pairs: Array<[string, number]>) => pairs.map(([code, score]) => ({ doc: doc(code), score }));

  it("is found when it scores a fair share of the first one", () => {
    const query = analyzeQuery("hợp đồng mua nhà đã chứng thực năm ngoái, giờ xin thêm bản sao", index);
    expect(rivalHoldingMore(index, query, ranked(["W.001", 20], ["W.003", 12], ["W.002", 11]))).toBe(2);
    expect(rivalHoldingMore(index, query, ranked(["W.001", 20], ["W.002", 5]))).toBe(-1);
  });

  it("is not found when the first one holds more words of the request the rival lacks", () => {
    // "chuyển nhượng", "đất đai" are in the first name only, "bản sao" in the second: the ranking stands
    const query = analyzeQuery("chứng thực hợp đồng chuyển nhượng đất đai, có cần bản sao không", index);
    expect(rivalHoldingMore(index, query, ranked(["W.001", 20], ["W.002", 15]))).toBe(-1);
  });

  it("is not found when it holds nothing more than the first one", () => {
    const query = analyzeQuery("chứng thực hợp đồng ở phường", index);
    expect(rivalHoldingMore(index, query, ranked(["W.002", 20], ["W.001", 18]))).toBe(-1);
  });
});

describe("a question naming a topic many names carry", () => {
  const index = ProcedureIndex.build([...KB,
    record({ code: "B.001", name: "Giải quyết hưởng bảo hiểm xã hội một lần", linhVuc: "Bảo hiểm xã hội" }),
    record({ code: "B.002", name: "Ủy quyền lĩnh thay chế độ bảo hiểm xã hội", linhVuc: "Bảo hiểm xã hội" }),
    record({ code: "B.003", name: "Đăng ký đóng bảo hiểm y tế theo hộ gia đình", linhVuc: "Bảo hiểm y tế" }),
    record({ code: "B.004", name: "Giải quyết hưởng bảo hiểm xã hội một lần cho người ra nước ngoài định cư", linhVuc: "Bảo hiểm xã hội" }),
  ]);
  const ranked = (...codes: string[]) => codes.map((code, i) => ({ doc: index.docIdOf(code) ?? -1, score: 10 - i }));

  it("is a topic when other families' names hold its words and it explains little of the first name", () => {
    expect(namesTopicOnly(index, analyzeQuery("bảo hiểm", index), ranked("B.001", "B.002", "B.003"), 0.3)).toBe(true);
  });

  it("is no topic when the question explains most of the first name", () => {
    expect(namesTopicOnly(index, analyzeQuery("hưởng bảo hiểm xã hội một lần", index), ranked("B.001", "B.002", "B.003"), 0.9)).toBe(false);
  });

  it("is no topic when the others holding its words are the first one's siblings, or hold less", () => {
    expect(namesTopicOnly(index, analyzeQuery("bảo hiểm", index), ranked("B.001", "B.004", "T.000001"), 0.3)).toBe(false);
    expect(namesTopicOnly(index, analyzeQuery("bảo hiểm xã hội", index), ranked("B.001", "B.003", "B.002"), 0.5)).toBe(false);
  });
});
