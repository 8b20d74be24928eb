/**
 * Issue #16 point 2: after an answer, every choice label the bot can show, typed as text with or without
 * diacritics, does what pressing it does: the same procedure answers that aspect. The labels are read from the
 * replies themselves and from the message definitions, never copied here. Real Q&A over the demo knowledge base.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Choice, OutboundMessage } from "../../../src/core/channels/contract.js";
import { ProcedureQaFlow } from "../../../src/core/conversation/flows/procedure-qa-flow.js";
import { procedureAnswersFrom } from "../../../src/core/conversation/procedure-qa-answers.js";
import { foldText } from "../../../src/core/procedures/normalize.js";
import { MSG } from "../../../src/core/procedures/messages.vi.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import type { ProcedureAspect, ProcedureRecord } from "../../../src/core/procedures/types.js";
import { CONTACT, createHarness, textOf } from "./harness.js";

const demo = JSON.parse(readFileSync(new URL("../../../prisma/seed/procedures.demo.json", import.meta.url), "utf8")) as ProcedureRecord[];
const qa = new ProcedureQA(demo, { preferLevel: "xa" });
const ASPECTS = Object.keys(MSG.choice) as ProcedureAspect[];
/** Questions that start a conversation, each about a different procedure of the demo base. */
const FIRST_QUESTIONS = ["đăng ký khai tử", "làm giấy khai sinh cho con", "đăng ký kết hôn"];

function harness() {
  return createHarness({ qa: new ProcedureQaFlow(procedureAnswersFrom(qa, { cacheSize: 0 }), CONTACT) });
}

function choices(replies: OutboundMessage[]): Choice[] {
  return replies.flatMap((r) => (r.kind === "text" ? (r.choices ?? []) : []));
}

/** The label as a citizen types it: the emoji and punctuation of a button are not typed. */
const typed = (label: string): string => label.replace(/[^\p{L}\p{N}\s]/gu, "").trim();

describe.each(FIRST_QUESTIONS)("after the answer to %j", (first) => {
  const answered = qa.ask(first);
  const code = answered.procedureCode ?? "";

  it("is answered outright (the fixture's premise)", () => {
    expect(answered.outcome).toBe("answer");
    expect(code).not.toBe("");
  });

  // every label the answer shows: typing it does what pressing it does
  it("every shown choice, typed with and without diacritics, does what pressing it does", async () => {
    const h = harness();
    const shown = choices(await h.say(first));
    expect(shown.length).toBeGreaterThan(2);
    for (const choice of shown) {
      for (const text of [typed(choice.label), foldText(choice.label)]) {
        const pressedH = harness();
        await pressedH.say(first);
        const pressed = textOf(await pressedH.press(choice.data));
        const typedH = harness();
        await typedH.say(first);
        expect(textOf(await typedH.say(text)), `${choice.label} typed as ${JSON.stringify(text)}`).toBe(pressed);
      }
    }
  });

  it.each(ASPECTS)("the %s label, typed either way, answers that aspect of the same procedure", async (aspect) => {
    const expected = qa.answerFor(code, aspect);
    for (const text of [MSG.choice[aspect], foldText(MSG.choice[aspect]), MSG.choice[aspect].toUpperCase()]) {
      const h = harness();
      await h.say(first);
      expect(textOf(await h.say(text)), JSON.stringify(text)).toBe(expected);
    }
  });

  it.each([
    ["bao lâu", "time"], ["thời gian bao lâu", "time"], ["mất mấy ngày", "time"], ["mat may ngay thi xong", "time"],
    ["hết bao nhiêu tiền", "fee"], ["phi bao nhieu", "fee"], ["nộp ở đâu", "where"], ["nop cho nao", "where"],
    ["cần mang gì", "documents"], ["can giay to gi", "documents"], ["làm online được không", "online"],
    ["lam online dc ko", "online"],
  ] as const)("%j stays with the procedure and answers %s", async (text, aspect) => {
    const h = harness();
    await h.say(first);
    expect(textOf(await h.say(text))).toBe(qa.answerFor(code, aspect));
  });
});

describe("a new procedure named in a follow-up", () => {
  it.each([
    ["đăng ký khai tử", "lệ phí đăng ký kết hôn", "đăng ký kết hôn"],
    ["đăng ký khai tử", "thoi gian lam giay khai sinh", "đăng ký khai sinh"],
    ["đăng ký kết hôn", "nộp hồ sơ đăng ký khai tử ở đâu", "đăng ký khai tử"],
  ])("after %j, %j starts a new question", (first, followUp, other) => {
    const before = qa.ask(first).procedureCode;
    const after = qa.ask(followUp, { lastProcedureCode: before });
    expect(after.followUp).toBe(false);
    expect(after.procedureCode).toBe(qa.ask(other).procedureCode);
    expect(after.procedureCode).not.toBe(before);
  });
});
