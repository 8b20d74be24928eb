import { describe, expect, it } from "vitest";
import { procedureAnswersFrom } from "../../../src/core/conversation/procedure-qa-answers.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import type { ProcedureRecord } from "../../../src/core/procedures/types.js";

function record(code: string, name: string, fee: string): ProcedureRecord {
  return {
    code,
    name,
    linhVuc: "Hộ tịch",
    levels: ["xa"],
    agency: "UBND cấp xã",
    submitAt: null,
    subjects: null,
    channels: [{ kind: "counter", timeLimit: "Ngay trong ngày", fee, description: null }],
    documents: ["Tờ khai theo mẫu"],
    steps: [],
    eligibility: null,
    result: null,
    legalBasis: [],
    sourceUrl: null,
    keywords: [],
    active: true,
  };
}

const RECORDS = [
  record("1.000894", "Thủ tục đăng ký kết hôn", "Miễn lệ phí"),
  record("1.001193", "Thủ tục đăng ký khai sinh", "Miễn lệ phí"),
  record("1.000656", "Thủ tục đăng ký khai tử", "Miễn lệ phí"),
];

describe("procedureAnswersFrom", () => {
  it("answers with the procedure as the only candidate, and follows up on it", async () => {
    const answers = procedureAnswersFrom(new ProcedureQA(RECORDS));
    const first = await answers.ask("đăng ký kết hôn");
    expect(first.outcome).toBe("answer");
    expect(first.candidates).toEqual([{ code: "1.000894", name: "Thủ tục đăng ký kết hôn" }]);
    const follow = await answers.ask("lệ phí bao nhiêu", { lastProcedureCode: "1.000894" });
    expect(follow).toMatchObject({ outcome: "answer", aspect: "fee", candidates: [{ code: "1.000894" }] });
  });

  it("answers a button press by code and refuses an unknown code", async () => {
    const answers = procedureAnswersFrom(new ProcedureQA(RECORDS));
    expect((await answers.answerFor("1.001193", "fee"))?.answerText).toContain("Miễn lệ phí");
    expect(await answers.answerFor("9.999999", "fee")).toBeNull();
  });

  it("says none for a question outside the knowledge base", async () => {
    const answers = procedureAnswersFrom(new ProcedureQA(RECORDS));
    expect((await answers.ask("giá vàng hôm nay")).outcome).toBe("none");
  });

  it("remembers answers per question and last procedure, so the service is asked once", async () => {
    const qa = new ProcedureQA(RECORDS);
    let calls = 0;
    const ask = qa.ask.bind(qa);
    qa.ask = (q, c) => {
      calls++;
      return ask(q, c);
    };
    const answers = procedureAnswersFrom(qa, { cacheSize: 2 });
    await answers.ask("đăng ký kết hôn");
    await answers.ask("  Đăng ký kết hôn ");
    await answers.ask("đăng ký kết hôn", { lastProcedureCode: "1.001193" });
    expect(calls).toBe(2);
    await answers.ask("khai tử");
    await answers.ask("đăng ký kết hôn");
    expect(calls).toBe(4);
  });
});
