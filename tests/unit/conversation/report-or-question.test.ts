import { describe, expect, it } from "vitest";
import { namesProblem, readReport } from "../../../src/core/conversation/detect-report.js";
import type { Flow, FlowInput } from "../../../src/core/conversation/flow.js";
import { ProcedureQaFlow } from "../../../src/core/conversation/flows/procedure-qa-flow.js";
import { detectIntent } from "../../../src/core/conversation/intents.js";
import { CONTACT, choicesOf, createHarness, textOf } from "./harness.js";
import { TinyKb } from "./tiny-kb.js";

/** A feedback flow that records how it was entered. */
function recordingFeedback() {
  const started: FlowInput[] = [];
  const flow: Flow = {
    name: "feedback",
    prefix: "f",
    start: async (_ctx, input) => {
      started.push(input);
      return { replies: [{ kind: "text", text: `tóm tắt: ${input.text ?? ""}` }], next: { step: "confirm", data: { text: input.text ?? "" } } };
    },
    handle: async () => null,
  };
  return { flow, started };
}

function harness() {
  const feedback = recordingFeedback();
  const kb = new TinyKb();
  const h = createHarness({ feedback: feedback.flow, qa: new ProcedureQaFlow(kb, CONTACT, undefined, { offerReports: true }) });
  return { ...h, kb, started: feedback.started };
}

// a dispute with a neighbour: a report to the ward, or a question of what to do; the classifier is not sure
const UNSURE = "nhà bên xây lấn đất";

describe("a message that could be a report or a question", () => {
  it("is asked about once, with two buttons, when the detector is unsure", async () => {
    expect(readReport(UNSURE).verdict).toBe("unsure");
    expect(detectIntent(UNSURE)).toEqual({ kind: "report_or_question", text: UNSURE });
    const h = harness();
    const replies = await h.say(UNSURE);
    expect(textOf(replies)).toContain("phản ánh sự việc");
    expect(choicesOf(replies)).toEqual(["i:report", "i:question"]);
    expect(h.started).toEqual([]);
  });

  it("carries the text into intake when the citizen chooses a report", async () => {
    const h = harness();
    await h.say(UNSURE);
    const replies = await h.press("i:report");
    expect(h.started).toEqual([{ text: UNSURE }]);
    expect(textOf(replies)).toContain(`tóm tắt: ${UNSURE}`);
    expect((await h.state())?.flow).toBe("feedback");
  });

  it("carries the text into the Q&A when the citizen chooses a question, typed as a number too", async () => {
    const h = harness();
    await h.say(UNSURE);
    await h.say("2");
    expect(h.kb.asked.map((a) => a.question)).toEqual([UNSURE]);
    expect(h.started).toEqual([]);
  });

  it("offers to file a text the Q&A cannot answer as a report, and files exactly that text", async () => {
    const h = harness();
    await h.say(UNSURE);
    const notFound = await h.press("i:question");
    expect(choicesOf(notFound)).toContain("p:report");
    await h.press("p:report");
    expect(h.started).toEqual([{ text: UNSURE }]);
  });

  it("says the text is gone rather than filing nothing when the offer has expired", async () => {
    const h = harness();
    await h.say(UNSURE);
    await h.press("i:question");
    h.advance(120);
    const replies = await h.press("p:report");
    expect(h.started).toEqual([]);
    expect(textOf(replies)).toContain("gõ lại");
  });

  it("keeps plain 'not found' for a text that names no problem", async () => {
    const h = harness();
    const replies = await h.say("giá vàng hôm nay bao nhiêu");
    expect(choicesOf(replies)).not.toContain("p:report");
    expect(choicesOf(replies)).not.toContain("i:report");
  });

  it("asks nothing without a feedback flow: the Q&A answers as before", async () => {
    const h = createHarness();
    const replies = await h.say(UNSURE);
    expect(choicesOf(replies)).not.toContain("i:report");
    expect(h.kb.asked.map((a) => a.question)).toEqual([UNSURE]);
  });
});

describe("short messages read as a citizen means them (written for this test, in no training file)", () => {
  it.each(["den duong hong", "rac ngap ngo 5", "cong ngo 3 tac", "mat nuoc 2 hom roi", "karaoke hat toi 12h dem", "rac day hem 9", "vỉa hè đầu chợ bị lấn"])(
    "takes the casual report %s as a report",
    (text) => {
      expect(detectIntent(text).kind).toBe("feedback");
    },
  );

  it.each(["hoi cau khac", "hỏi câu khác nhé", "hoi cau khac di", "cho hỏi", "cho hoi", "cho hỏi với", "ad oi cho hoi", "chao buoi sang", "chào buổi tối", "xin chào cả nhà", "xin chao moi nguoi"])(
    "neither takes %s for a report nor asks about it",
    (text) => {
      expect(["feedback", "report_or_question", "emergency"]).not.toContain(detectIntent(text).kind);
    },
  );

  it("reads 'hôi', 'cầu', 'chợ' and 'ồn' as problem and place words only where the citizen typed their marks", () => {
    expect(namesProblem("cống hôi")).toBe(true);
    expect(namesProblem("cong hoi")).toBe(false);
    expect(namesProblem("cong hoi thoi")).toBe(true);
    expect(namesProblem("karaoke ồn")).toBe(true);
    expect(namesProblem("cam on")).toBe(false);
  });
});
