import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, newTrackingCode, parseTrackingCode } from "../../../src/core/feedback/tracking-code.js";

const at = new Date("2026-11-30T18:00:00Z"); // 1 December 01:00 in Vietnam

describe("tracking codes", () => {
  it("names the month in Vietnam's time and has no ambiguous letters", () => {
    for (let i = 0; i < 200; i++) {
      const code = newTrackingCode(at);
      expect(code).toMatch(/^PA-2612-[0-9A-HJKMNP-TW-Z]{4}$/u);
      expect(parseTrackingCode(code)).toEqual({ kind: "valid", code });
    }
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_ALPHABET).not.toMatch(/[ILOUV]/u);
  });

  it("is not sequential: codes drawn one after another differ", () => {
    const codes = new Set(Array.from({ length: 50 }, () => newTrackingCode(at)));
    expect(codes.size).toBeGreaterThan(45);
  });

  it("recognises every single wrong symbol and every swap of neighbours as mistyped", () => {
    const code = newTrackingCode(at, () => 7);
    const body = code.slice(8); // 4 symbols
    for (let i = 0; i < 4; i++) {
      for (const c of CODE_ALPHABET) {
        if (c === body[i]) continue;
        const typo = `PA-2612-${body.slice(0, i)}${c}${body.slice(i + 1)}`;
        expect(parseTrackingCode(typo).kind, typo).toBe("mistyped");
      }
    }
    const digitsSwapped = `PA-2621-${body}`;
    expect(parseTrackingCode(digitsSwapped).kind).toBe("mistyped");
    for (let i = 0; i < 3; i++) {
      if (body[i] === body[i + 1]) continue;
      const swapped = `PA-2612-${body.slice(0, i)}${body[i + 1]}${body[i]}${body.slice(i + 2)}`;
      expect(parseTrackingCode(swapped).kind, swapped).toBe("mistyped");
    }
  });

  it("reads the ways people type a code", () => {
    const code = newTrackingCode(at, (max) => max - 1);
    const rest = code.slice(8);
    expect(parseTrackingCode(`ma ${code.toLowerCase()} a`)).toEqual({ kind: "valid", code });
    expect(parseTrackingCode(`pa 26 12 ${rest.toLowerCase()}`)).toEqual({ kind: "valid", code });
    expect(parseTrackingCode(`PA2612${rest}`)).toEqual({ kind: "valid", code });
    expect(parseTrackingCode("tôi muốn hỏi về thủ tục")).toEqual({ kind: "none" });
    expect(parseTrackingCode("PA-2613-AAAA").kind).toBe("mistyped"); // month 13
  });

  it("reads O as zero and I or L as one", () => {
    const code = newTrackingCode(at, () => 0); // random symbols "000"
    const typed = code.replace("PA-2612-000", "PA-2612-OOO");
    expect(parseTrackingCode(typed)).toEqual({ kind: "valid", code });
  });
});
