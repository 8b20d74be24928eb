import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isWordedAsQuestion, namesProblem, readReport } from "../../../src/core/conversation/detect-report.js";
import { detectIntent } from "../../../src/core/conversation/intents.js";
import { intentTrainingSet } from "../../../src/core/conversation/report-intent/examples.js";
import { ReportIntentClassifier } from "../../../src/core/conversation/report-intent/model.js";
import { trainReportIntent, type IntentExample } from "../../../src/core/conversation/report-intent/train.js";

const TOY: IntentExample[] = [
  ...["đèn hỏng", "cống tắc", "rác bốc mùi", "đường ngập", "đèn đường hỏng", "cống bốc mùi", "rác tràn", "đường tắc"].map((text) => ({ text, report: true })),
  ...["khai sinh cần gì", "kết hôn ở đâu", "căn cước cần gì", "tạm trú ở đâu", "khai sinh ở đâu", "kết hôn cần gì"].map((text) => ({ text, report: false })),
];
const BARS = { report: 0.9, askingReport: 0.99, placedProblem: 0.6, unsure: 0.4 };

describe("the report/question classifier", () => {
  it("learns which words mark a report from labelled examples alone", () => {
    const c = new ReportIntentClassifier(trainReportIntent(TOY, { minCount: 1 }), BARS);
    expect(c.probability("cống hỏng")).toBeGreaterThan(0.5);
    expect(c.probability("tạm trú cần gì")).toBeLessThan(0.5);
  });

  it("gives the same model for the same examples", () => {
    expect(trainReportIntent(TOY, { minCount: 1 })).toEqual(trainReportIntent(TOY, { minCount: 1 }));
  });

  it("refuses to train on one class", () => {
    expect(() => trainReportIntent(TOY.filter((e) => e.report))).toThrow(/both/u);
  });

  it("sets a higher bar for a message worded as a question and a lower one for a problem at a place", () => {
    const c = new ReportIntentClassifier(trainReportIntent(TOY, { minCount: 1 }), BARS);
    const p = c.probability("đèn hỏng");
    const at = (bars: Partial<typeof BARS>) => new ReportIntentClassifier(c.model, { ...BARS, ...bars });
    expect(at({ report: p - 0.01, askingReport: p + 0.001 }).verdict("đèn hỏng", { asking: true, placedProblem: false }).verdict).toBe("unsure");
    expect(at({ report: p - 0.01 }).verdict("đèn hỏng", { asking: false, placedProblem: false }).verdict).toBe("report");
    expect(at({ report: p + 0.001, placedProblem: p - 0.01 }).verdict("đèn hỏng", { asking: false, placedProblem: true }).verdict).toBe("report");
    expect(at({ unsure: p + 0.001, report: 0.999 }).verdict("đèn hỏng", { asking: false, placedProblem: false }).verdict).toBe("question");
  });

  it("frames the knowledge base's procedure names and keywords as questions, with and without marks", () => {
    const set = intentTrainingSet(["đèn hỏng"], [{ name: "Thủ tục đăng ký khai sinh", keywords: ["làm giấy khai sinh"] }], ["xin chào"]);
    expect(set.filter((e) => e.report)).toEqual([{ text: "đèn hỏng", report: true }]);
    const questions = set.filter((e) => !e.report).map((e) => e.text);
    expect(questions.some((q) => q.includes("đăng ký khai sinh"))).toBe(true);
    expect(questions.some((q) => /^[a-z0-9 ]+$/u.test(q))).toBe(true);
    expect(questions).toContain("xin chào");
  });
});

describe("reading a message with the shipped model", () => {
  it.each([
    "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay",
    "rac o dau hem 12 ba ngay khong ai thu gom",
    "Xe rác không đến thu gom khu phố 4 đã một tuần",
    "tiếng ồn công trình ban đêm",
  ])("takes %s as a report", (text) => {
    expect(readReport(text).verdict).toBe("report");
  });

  it.each(["làm giấy khai sinh cho con cần gì", "lam can cuoc o dau", "đăng ký tạm trú online được không", "giá vàng hôm nay bao nhiêu"])(
    "leaves %s to the Q&A",
    (text) => {
      expect(readReport(text).verdict).toBe("question");
    },
  );

  it("reads marks where they were typed: 'ở đâu' asks, 'ở đầu ngõ' says where", () => {
    expect(isWordedAsQuestion("nộp hồ sơ ở đâu")).toBe(true);
    expect(isWordedAsQuestion("rác ở đầu ngõ không ai dọn")).toBe(false);
    expect(isWordedAsQuestion("rac o dau hem khong ai don")).toBe(false);
    expect(isWordedAsQuestion("nop ho so o dau")).toBe(true);
    expect([namesProblem("cống tắc"), namesProblem("cong tac"), namesProblem("làm khai sinh")]).toEqual([true, true, false]);
  });
});

/**
 * The blind sets kept as regression measures, each with the floors of its last blind scoring (README):
 *  1. scored once at dde3114 before it was read: reports 0.838 taken, 0.138 asked; questions 1/60 taken;
 *  2. scored at ceb3a57 before it was read: reports 0.675 taken, 0.263 asked, 5 missed; questions 0/60 taken; at
 *     a599a22, still unread: 0.725 taken, 0.275 asked, none missed; 1 of 80 questions and others taken;
 *  3. scored unread at a2eb273 and at the end of its round: reports 0.95 taken, 0.038 asked, 1 missed; questions
 *     0/60 taken, 1 asked; 1 of 20 others taken.
 */
const BLIND_SETS = [
  { file: "report-intent-blind-1.jsonl", maxMissed: 2, minTaken: 67, maxOthersTaken: 1 },
  { file: "report-intent-blind-2.jsonl", maxMissed: 0, minTaken: 58, maxOthersTaken: 1 },
  { file: "report-intent-blind-3.jsonl", maxMissed: 1, minTaken: 76, maxOthersTaken: 1 },
];

/** What the conversation does with a message: files it as a report, asks which it is, or leaves it to the Q&A. */
function outcome(text: string): "report" | "asked" | "not" {
  const kind = detectIntent(text).kind;
  return kind === "feedback" || kind === "emergency" ? "report" : kind === "report_or_question" ? "asked" : "not";
}

describe("the blind sets kept as regression measures", () => {
  it.each(BLIND_SETS)("$file loses no more reports and takes no more questions for reports than when it was scored blind", (set) => {
    const rows = readFileSync(new URL(`../../fixtures/report-intent/${set.file}`, import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; kind: string });
    const reports = rows.filter((r) => r.kind === "report").map((r) => outcome(r.text));
    const others = rows.filter((r) => r.kind !== "report").map((r) => outcome(r.text));
    expect(reports).toHaveLength(80);
    expect(reports.filter((o) => o === "not").length).toBeLessThanOrEqual(set.maxMissed);
    expect(reports.filter((o) => o === "report").length).toBeGreaterThanOrEqual(set.minTaken);
    expect(others.filter((o) => o === "report").length).toBeLessThanOrEqual(set.maxOthersTaken);
  });
});
