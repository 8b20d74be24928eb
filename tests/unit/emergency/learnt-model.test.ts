/**
 * The learnt emergency reader (issue #16 point 1): the shipped model is the one its examples give, it reads wording
 * the vocabulary does not name, and what the vocabulary rules out (paperwork, a condition, another meaning) stays
 * ruled out.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { emergencyTrainingExamples } from "../../../scripts/lib/emergency-examples.js";
import { detectEmergency, LEARNT_THRESHOLD } from "../../../src/core/conversation/emergency/detect-emergency.js";
import { LearntEmergencyReader, trainEmergencyModel } from "../../../src/core/conversation/emergency/learnt-model.js";
import { LEARNT_EMERGENCY_MODEL } from "../../../src/core/conversation/emergency/learnt-model.gen.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const reader = new LearntEmergencyReader(LEARNT_EMERGENCY_MODEL);

describe("the learnt emergency reader", () => {
  it("ships the model its examples give (after changing an example: npx tsx scripts/train-emergency-model.ts)", () => {
    const { examples, basis } = emergencyTrainingExamples(root);
    expect(examples.filter((e) => e.service !== null).length).toBeGreaterThan(1000);
    expect(LEARNT_EMERGENCY_MODEL.basis).toBe(basis);
    const fresh = trainEmergencyModel(examples, basis);
    expect(fresh.weights).toBe(LEARNT_EMERGENCY_MODEL.weights);
    expect(fresh.bias).toEqual(LEARNT_EMERGENCY_MODEL.bias);
  }, 30_000);

  it("reads a stroke told in words the vocabulary does not hold, with 115 first", () => {
    const text = "me toi dang noi thi lap bap, mot ben tay khong cam duoc coc nua";
    const reading = reader.read(text);
    expect(reading.emergency).toBeGreaterThanOrEqual(LEARNT_THRESHOLD);
    expect(reading.service).toBe("115");
    const found = detectEmergency(text);
    expect(found?.services[0]).toBe("115");
    expect(found?.learnt).toBeCloseTo(reading.emergency);
  });

  it.each(["xin chào", "ok", "hủy", "1", "thời gian bao lâu", "cảm ơn ad nhiều", "làm giấy khai sinh cần gì"])("is far from sure of small talk and questions: %s", (text) => {
    expect(reader.read(text).emergency).toBeLessThan(LEARNT_THRESHOLD - 0.2);
  });

  it.each([
    // a machine that jerks: the vocabulary reads another meaning, the reader alone would alarm
    "máy giặt giật giật khi vắt",
    // a condition asked about
    "lỡ mà thấy người bất tỉnh dưới đường thì có nên đỡ dậy",
    // a past, recurring matter
    "ông hàng xóm hay say xỉn rồi đập phá đồ đạc, có lần ném đá vào nhà tôi",
  ])("leaves alone what the vocabulary rules out: %s", (text) => {
    expect(detectEmergency(text)).toBeNull();
  });

  it("refuses a model whose weights do not fit its buckets", () => {
    expect(() => new LearntEmergencyReader({ ...LEARNT_EMERGENCY_MODEL, bits: 14 })).toThrow(/malformed/);
  });
});
