import { describe, expect, it } from "vitest";
import { KnowledgeBaseAnswers } from "../../../src/core/conversation/knowledge-base-answers.js";
import type { ProcedureRecord } from "../../../src/core/procedures/types.js";

const record = (code: string, name: string, fee: string): ProcedureRecord => ({
  code, name, linhVuc: "Hộ tịch", levels: ["xa"], agency: "UBND cấp xã", submitAt: null, subjects: null,
  channels: [{ kind: "counter", timeLimit: "Trong ngày", fee, description: null }],
  documents: ["Tờ khai"], steps: [], eligibility: null, result: null, legalBasis: [], sourceUrl: null, keywords: [], active: true,
});

describe("knowledge base answers", () => {
  it("answers from the records it was built with and switches to a replacement, cache included", async () => {
    const kb = new KnowledgeBaseAnswers([record("1.000001", "Đăng ký khai tử", "Miễn phí")]);
    expect(kb.size).toBe(1);
    const before = await kb.ask("lệ phí đăng ký khai tử");
    expect(before.answerText).toContain("Miễn phí");

    kb.replace([record("1.000001", "Đăng ký khai tử", "8.000 đồng"), record("1.000002", "Đăng ký kết hôn", "Miễn phí")]);
    expect(kb.size).toBe(2);
    const after = await kb.ask("lệ phí đăng ký khai tử");
    expect(after.answerText).toContain("8.000 đồng");
    expect((await kb.answerFor("1.000002", "fee"))?.candidates).toEqual([{ code: "1.000002", name: "Đăng ký kết hôn" }]);
    expect(await kb.answerFor("9.999999", "fee")).toBeNull();
  });
});
