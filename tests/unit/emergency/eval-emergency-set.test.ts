import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEmergencySet } from "../../../src/cli/commands/eval-emergency.js";
import { evaluateEmergencies } from "../../../src/core/conversation/emergency/evaluate.js";

function setFile(lines: object[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "emergency-set-")), "set.jsonl");
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
  return file;
}

describe("motcua eval emergency: the expected number", () => {
  it("reads it from `number` (the blind sets) as from `service`, and a null number as none", async () => {
    const cases = await loadEmergencySet(
      setFile([
        { id: "a", text: "nhà hàng xóm đang bốc cháy", emergency: true, number: "114" },
        { id: "b", text: "ông tôi không thở nữa", emergency: true, service: "115" },
        { id: "c", text: "làm giấy chứng tử cần gì", emergency: false, number: null },
      ]),
    );
    expect(cases.map((c) => c.service)).toEqual(["114", "115", undefined]);
    expect(evaluateEmergencies(cases).emergencies.rightNumberFirst).toEqual({ n: 2, correct: 2 });
  });

  it("counts a wrong number first as wrong", async () => {
    const cases = await loadEmergencySet(setFile([{ text: "nhà hàng xóm đang bốc cháy", emergency: true, number: "113" }]));
    expect(evaluateEmergencies(cases).emergencies.rightNumberFirst).toEqual({ n: 1, correct: 0 });
  });
});
