import { describe, expect, it } from "vitest";
import type { Flow, FlowInput } from "../../../src/core/conversation/flow.js";
import { EMERGENCY_REPORT } from "../../../src/core/conversation/flows/emergency-flow.js";
import { MENU_CHOICE } from "../../../src/core/conversation/menu.js";
import type { ConversationOutcome } from "../../../src/core/conversation/flow.js";
import { CONTACT, choicesOf, createHarness, textOf } from "./harness.js";

/** A feedback flow that records how it was entered and keeps a draft in its state, as the real one will. */
function recordingFeedback() {
  const started: FlowInput[] = [];
  const flow: Flow = {
    name: "feedback",
    prefix: "f",
    start: async (_ctx, input) => {
      started.push(input);
      return { replies: [{ kind: "text", text: input.mode === "urgent" ? "đã nhận báo khẩn" : "mô tả sự việc" }], next: { step: "describe", data: { draft: "đèn hỏng" } } };
    },
    handle: async (ctx, message) =>
      message.kind === "text" && ctx.state ? { replies: [{ kind: "text", text: `tiếp: ${message.text}` }], next: { step: "describe", data: { draft: message.text } } } : null,
  };
  return { flow, started };
}

describe("emergencies in the conversation", () => {
  it("leads with the right number, then every number, and offers an urgent report when feedback can take one", async () => {
    const { flow } = recordingFeedback();
    const h = createHarness({ feedback: flow });
    const replies = await h.say("co nguoi ngat xiu ngoai duong");
    const text = textOf(replies);
    expect(text.split("\n")[0]).toContain("115");
    expect(text.indexOf("115")).toBeLessThan(text.indexOf("113"));
    for (const n of ["113", "114", "115"]) expect(text).toContain(`${n} –`);
    expect(choicesOf(replies)).toEqual([EMERGENCY_REPORT, MENU_CHOICE.human]);
  });

  it("says 'if it is dangerous' and how to go on when only the learnt reader took the message for an emergency", async () => {
    const { flow } = recordingFeedback();
    const h = createHarness({ feedback: flow });
    const named = textOf(await h.say("co nguoi ngat xiu ngoai duong"));
    expect(named.split("\n")[0]).toBe("🚨 Gọi ngay 115 (cấp cứu y tế)!");
    expect(named).not.toContain("Không phải việc khẩn cấp");
    // a stroke told in words the vocabulary does not hold (tests/unit/emergency/learnt-model.test.ts)
    const learnt = textOf(await h.say("me toi dang noi thi lap bap, mot ben tay khong cam duoc coc nua"));
    expect(learnt.split("\n")[0]).toBe("🚨 Nếu đang nguy hiểm, gọi ngay 115 (cấp cứu y tế)!");
    expect(learnt).toContain("Không phải việc khẩn cấp? Hãy gõ lại câu hỏi hoặc phản ánh của bạn.");
  });

  it("offers 'gặp cán bộ' and the ward's phone instead when no feedback flow is registered", async () => {
    const h = createHarness();
    const replies = await h.say("nhà hàng xóm đang bốc cháy");
    expect(textOf(replies).split("\n")[0]).toContain("114");
    expect(textOf(replies)).toContain(CONTACT.phone);
    expect(choicesOf(replies)).toEqual([MENU_CHOICE.human]);
  });

  it("starts the feedback flow in urgent mode with the emergency message when the report button is pressed", async () => {
    const { flow, started } = recordingFeedback();
    const h = createHarness({ feedback: flow });
    await h.say("dây điện đứt rơi xuống đường, đang tóe lửa");
    const replies = await h.press(EMERGENCY_REPORT);
    expect(textOf(replies)).toBe("đã nhận báo khẩn");
    expect(started).toEqual([{ mode: "urgent", text: "dây điện đứt rơi xuống đường, đang tóe lửa" }]);
    expect((await h.state())?.flow).toBe("feedback");
  });

  it("still starts an urgent report from an old button once the kept message has expired", async () => {
    const { flow, started } = recordingFeedback();
    const h = createHarness({ feedback: flow });
    await h.say("cháy nhà");
    h.advance(16);
    await h.press(EMERGENCY_REPORT);
    expect(started).toEqual([{ mode: "urgent" }]);
  });

  it("takes precedence inside another flow, and the next message resumes that flow with its draft", async () => {
    const { flow } = recordingFeedback();
    const h = createHarness({ feedback: flow });
    await h.press(MENU_CHOICE.feedback);
    expect(textOf(await h.say("đèn đường hỏng"))).toBe("tiếp: đèn đường hỏng");
    const emergency = await h.say("ơ có người bị điện giật ở cột điện");
    expect(textOf(emergency)).toContain("115");
    expect((await h.state())?.flow).toBe("emergency");
    expect(textOf(await h.say("và tối om cả ngõ"))).toBe("tiếp: và tối om cả ngõ");
    expect((await h.state())?.data).toEqual({ draft: "và tối om cả ngõ" });
  });

  it("answers an emergency typed after a procedure answer instead of treating it as a follow-up", async () => {
    const h = createHarness();
    await h.say("đăng ký kết hôn cần gì");
    const replies = await h.say("bố tôi không thở được");
    expect(textOf(replies)).toContain("115");
    expect(h.kb.asked).toHaveLength(1);
  });

  it("reads an emergency in a command's arguments", async () => {
    const h = createHarness();
    expect(textOf(await h.command("hoi", "cháy nhà số 5"))).toContain("114");
  });

  it("gives the numbers in a group chat too, without holding a conversation there", async () => {
    const h = createHarness();
    const replies = h.engine.replyToGroup({ channel: "telegram", externalUserId: "1", platformMessageId: "9", sentAt: new Date(), kind: "text", text: "có đánh nhau ở cổng chợ", isGroup: true });
    expect(textOf(replies).split("\n")[0]).toContain("113");
    expect(choicesOf(replies)).toEqual([]);
  });

  it("leaves look-alikes to the procedure questions", async () => {
    const h = createHarness();
    await h.say("giấy chứng tử làm ở đâu");
    await h.say("cháy hàng");
    expect(h.kb.asked.map((a) => a.question)).toEqual(["giấy chứng tử làm ở đâu", "cháy hàng"]);
  });

  it("tells the outcome hook about the emergency", async () => {
    const outcomes: ConversationOutcome[] = [];
    const h = createHarness({}, { onOutcome: (o) => outcomes.push(o) });
    await h.say("cuu voi");
    expect(outcomes).toEqual(["emergency"]);
  });
});
