import { describe, expect, it } from "vitest";
import { calibratedConfidence, decideOutcome, type RankFeatures } from "../../../src/core/procedures/calibration.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { FAMILY_KB } from "./fixtures.js";

const plain: RankFeatures = { nameCoverage: 1, inName: 1, inField: 1, coverage: 1, margin: 0.5, wardField: true, notAtWard: false, vague: false };

describe("calibrated confidence", () => {
  it("is high for a question that names a procedure plainly and a clear winner", () => {
    expect(calibratedConfidence(plain)).toBeGreaterThan(0.9);
    expect(decideOutcome(plain, calibratedConfidence(plain), 1)).toBe("answer");
  });

  it("grows with every feature of the evidence", () => {
    const weaker = { ...plain, nameCoverage: 0.5, inName: 0.5, coverage: 0.5, margin: 0.1 };
    const base = calibratedConfidence(weaker);
    expect(calibratedConfidence({ ...weaker, nameCoverage: 0.8 })).toBeGreaterThan(base);
    expect(calibratedConfidence({ ...weaker, inName: 0.8 })).toBeGreaterThan(base);
    expect(calibratedConfidence({ ...weaker, margin: 0.4 })).toBeGreaterThan(base);
    expect(calibratedConfidence({ ...weaker, wardField: false })).toBeLessThan(base);
    expect(calibratedConfidence({ ...weaker, notAtWard: true })).toBeLessThan(base);
  });

  it("declines on weak evidence however large the margin", () => {
    const weak = { ...plain, nameCoverage: 0.1, inName: 0.4, inField: 0.4, coverage: 0.5, margin: 1 };
    expect(decideOutcome(weak, calibratedConfidence(weak), 1)).toBe("none");
  });

  it("asks back instead of declining when the question's own words are firmly found in a long name", () => {
    const longName = { ...plain, nameCoverage: 0.15, inName: 0.6, inField: 0.6, coverage: 0.7, margin: 0.5, wardField: false };
    const confidence = calibratedConfidence(longName);
    expect(decideOutcome(longName, confidence, 1, 0)).toBe("none");
    expect(decideOutcome(longName, confidence, 1, 0.7)).toBe("clarify");
    expect(decideOutcome({ ...longName, notAtWard: true }, confidence, 1, 0.7)).toBe("none");
  });

  it("asks back, rather than declining, when a phrase anchors a fair share of the question and of the name", () => {
    // a story naming the procedure in part: a third of the name mentioned, a quarter of the question firmly found
    const story = { ...plain, nameCoverage: 0.3, inName: 0.2, inField: 0.25, coverage: 0.3, margin: 0.1, wardField: false };
    const confidence = calibratedConfidence(story);
    expect(confidence).toBeLessThan(0.15);
    expect(decideOutcome(story, confidence, 1, 0)).toBe("none");
    expect(decideOutcome(story, confidence, 1, 0.25)).toBe("clarify");
    // too little of the name, or a topic of another body named: declined
    expect(decideOutcome({ ...story, nameCoverage: 0.2 }, confidence, 1, 0.25)).toBe("none");
    expect(decideOutcome({ ...story, namesOtherBody: true }, confidence, 1, 0.25)).toBe("none");
    expect(decideOutcome({ ...story, notAtWard: true }, confidence, 1, 0.25)).toBe("none");
  });

  it("asks back when several candidates are close, and for a vague question", () => {
    expect(decideOutcome(plain, calibratedConfidence(plain), 3)).toBe("clarify");
    expect(decideOutcome({ ...plain, vague: true }, calibratedConfidence(plain), 1)).toBe("clarify");
  });
});

describe("outcomes on a knowledge base", () => {
  const qa = new ProcedureQA(FAMILY_KB, { preferLevel: "xa" });

  it("never answers what the ward does not do or what only shares a common word", () => {
    for (const q of ["giá vàng hôm nay bao nhiêu", "thành lập công ty TNHH cần gì", "mở công ty cổ phần cần gì", "xin visa du lịch", "tỷ số trận bóng tối qua"]) {
      expect(qa.ask(q).outcome, q).not.toBe("answer");
    }
    expect(qa.ask("giá vàng hôm nay bao nhiêu").outcome).toBe("none");
  });

  it("asks back with choices, never 'none', for a vague follow-up-needed question", () => {
    for (const q of ["mất giấy tờ rồi làm sao", "thủ tục hộ tịch"]) {
      const result = qa.ask(q);
      expect(result.outcome, q).toBe("clarify");
      expect(result.choices?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(result.choices?.length ?? 0).toBeLessThanOrEqual(4);
    }
  });

  it("answers with high confidence when the question names the procedure", () => {
    const result = qa.ask("đăng ký khai tử cho bố");
    expect(result.outcome).toBe("answer");
    expect(result.candidates[0]?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(result.candidates[1]?.confidence ?? 0).toBeLessThan(result.candidates[0]?.confidence ?? 0);
  });
});
