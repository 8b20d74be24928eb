import { describe, expect, it } from "vitest";
import { choiceDataFits, renderableChoices, splitText } from "../../../src/core/channels/render.js";

describe("splitText", () => {
  it("splits on paragraph boundaries first", () => {
    const para = (c: string) => c.repeat(30);
    const parts = splitText([para("a"), para("b"), para("c")].join("\n\n"), 70);
    expect(parts).toEqual([`${para("a")}\n\n${para("b")}`, para("c")]);
  });

  it("falls back to lines, then words, then a hard cut, never exceeding the limit", () => {
    const text = `${"word ".repeat(50)}\n${"x".repeat(130)}`;
    const parts = splitText(text, 40);
    expect(parts.every((p) => p.length <= 40 && p.length > 0)).toBe(true);
    expect(parts.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });

  it("keeps a short text whole", () => {
    expect(splitText("  xin chào  ", 4096)).toEqual(["xin chào"]);
  });
});

describe("choice data", () => {
  it("accepts 64 bytes and refuses 65 or multibyte overflow", () => {
    expect(choiceDataFits("p:" + "1".repeat(62))).toBe(true);
    expect(choiceDataFits("p:" + "1".repeat(63))).toBe(false);
    expect(choiceDataFits("đ".repeat(33))).toBe(false);
  });

  it("drops choices whose data does not fit and keeps at most eight", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ label: String(i), data: `m:${i}` }));
    expect(renderableChoices([{ label: "x", data: "x".repeat(65) }, ...many]).map((c) => c.label)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
  });
});
