/** The Q&A flow tells the engine what each question came to, for /metrics (answered, clarified, declined). */
import { describe, expect, it } from "vitest";
import type { ConversationOutcome } from "../../../src/core/conversation/flow.js";
import { createHarness } from "./harness.js";

describe("question outcomes", () => {
  it("reports answered, clarified and declined questions, and nothing for a greeting", async () => {
    const seen: ConversationOutcome[] = [];
    const h = createHarness({}, { onOutcome: (outcome) => void seen.push(outcome) });
    await h.say("đăng ký kết hôn");
    await h.say("khai sinh");
    await h.say("xin chào");
    await h.say("giá vàng hôm nay");
    expect(seen).toEqual(["qa_answered", "qa_clarified", "qa_declined"]);
  });

  it("counts an aspect button as a question answered", async () => {
    const seen: ConversationOutcome[] = [];
    const h = createHarness({}, { onOutcome: (outcome) => void seen.push(outcome) });
    await h.press("p:1.000894:fee");
    expect(seen).toEqual(["qa_answered"]);
  });
});
