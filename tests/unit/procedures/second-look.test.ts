/**
 * Issue #15: the second look at a declined question. A long story the first look declines is asked back when its
 * evidence, taken as a whole, looks like the kept sets' right procedures; an off-topic question, and a question
 * about a procedure a small base does not hold, stay declined. The shipped model is the one the kept sets give.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogueAt, secondLookExamples } from "../../../scripts/lib/second-look-examples.js";
import { loadKnowledgeBase } from "../../../src/cli/commands/ask.js";
import { fromPortalRecord } from "../../../src/core/procedures/portal-record.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { secondLook, trainSecondLook, SECOND_LOOK_THRESHOLD, type DeclineEvidence } from "../../../src/core/procedures/second-look.js";
import { SECOND_LOOK_MODEL } from "../../../src/core/procedures/second-look.gen.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const XA = new URL("../../../../shared/data/procedures/procedures_cap_xa.jsonl", import.meta.url);

const plain: DeclineEvidence = {
  nameCoverage: 0.2, inName: 0.2, inField: 0.2, coverage: 0.3, margin: 0.2, wardField: true, namesOtherBody: false,
  vague: false, confidence: 0.2, firmShare: 0.2, anchored: true, markedShare: 0, situationFound: false, gatePasses: true,
  contentWords: 8, words: 20, secondShare: 0.8, thirdShare: 0.7, asksVariant: false, namesAction: false,
};

describe("training the second look", () => {
  it("learns which way a feature points, and gives the same weights for the same examples", () => {
    const examples = Array.from({ length: 40 }, (_, i) => {
      const coverage = i / 40;
      return { evidence: { ...plain, coverage, words: 10 + (i % 7) }, right: coverage > 0.5 };
    });
    const model = trainSecondLook(examples, "toy");
    expect(secondLook(model, { ...plain, coverage: 0.9 })).toBeGreaterThan(0.8);
    expect(secondLook(model, { ...plain, coverage: 0.1 })).toBeLessThan(0.2);
    expect(trainSecondLook(examples, "toy")).toEqual(model);
  });
});

describe.skipIf(!existsSync(XA))("the second look over the commune-level records", () => {
  let qa: ProcedureQA;
  let demo: ProcedureQA;
  beforeAll(async () => {
    qa = new ProcedureQA(readFileSync(XA, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l))), { preferLevel: "xa" });
    demo = new ProcedureQA(await loadKnowledgeBase(`${root}prisma/seed/procedures.demo.json`), { preferLevel: "xa" });
  });

  it("ships the model the kept sets give (after changing the search or a set: npx tsx scripts/train-second-look.ts)", async () => {
    expect(catalogueAt(root)).toBe(true);
    const { examples, basis } = await secondLookExamples(root);
    expect(examples.length).toBeGreaterThan(500);
    expect(SECOND_LOOK_MODEL.basis).toBe(basis);
    expect(trainSecondLook(examples, basis)).toEqual(SECOND_LOOK_MODEL);
  }, 180_000);

  it("asks back a story the first look declined, with the right procedure among the choices", () => {
    const answer = qa.ask("Ruộng nhà tui trồng lúa, giờ muốn mần mô hình lúa - tôm, mùa khô thả tôm. Nghe nói phải đăng ký chuyển đổi với xã, nộp qua mạng được hông ha");
    expect(answer.declined?.secondLook).toBeGreaterThanOrEqual(SECOND_LOOK_THRESHOLD);
    expect(answer.outcome).toBe("clarify");
    expect(answer.choices?.map((c) => c.code)).toContain("1.008004");
  });

  it.each([
    "tien rac thang nay dong o dau, to truong thu hay len phuong",
    "công an giao thông hay đứng bắn tốc độ ở đoạn nào trên quốc lộ 1 vậy ae",
    "Người thuê nhà của tôi nợ 3 tháng tiền phòng rồi bỏ đi không liên lạc được, tôi có được tự ý bán đồ đạc họ để lại để trừ không",
  ])("keeps an off-topic question the first look declined declined: %s", (text) => {
    const answer = qa.ask(text);
    expect(answer.declined).toBeDefined();
    expect(answer.outcome).toBe("none");
  });

  it("keeps declined, on the 42-record demo base, a question about a procedure the base does not hold", () => {
    const answer = demo.ask("Nhà tôi còn giữ thanh kiếm cổ của cụ tổ để thờ, nghe nói phải khai báo với công an, khai ở đâu?");
    expect(answer.declined).toBeDefined();
    expect(answer.declined!.secondLook).toBeLessThan(SECOND_LOOK_THRESHOLD);
    expect(answer.outcome).toBe("none");
  });
});
