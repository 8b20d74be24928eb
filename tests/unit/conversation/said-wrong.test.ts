import { describe, expect, it } from "vitest";
import type { EscalationReason } from "../../../src/core/conversation/engine.js";
import { MENU_CHOICE } from "../../../src/core/conversation/menu.js";
import { MSG } from "../../../src/core/conversation/messages.vi.js";
import { isSaidWrong } from "../../../src/core/conversation/said-wrong.js";
import { CONTACT, choicesOf, createHarness, textOf } from "./harness.js";

describe("a citizen saying the answer was wrong", () => {
  it.each(["sai rồi", "Sai rồi!", "SAI", "không phải cái này", "không đúng", "ko phai", "KHÔNG ĐÚNG Ạ", "bạn trả lời sai rồi", "không phải cái tôi hỏi", "nhầm rồi", "k dung y toi", "không phải thủ tục này đâu"])(
    "recognises %j",
    (text) => expect(isSaidWrong(text)).toBe(true),
  );

  it.each(["không", "ko", "đúng rồi", "cảm ơn", "sai tên trong giấy khai sinh", "không phải khai sinh mà là kết hôn", "làm sao sửa thông tin sai trên sổ hộ khẩu", "không phải đóng lệ phí đúng không", ""])(
    "leaves %j to the normal routing",
    (text) => expect(isSaidWrong(text)).toBe(false),
  );

  function harnessWithEscalations() {
    const escalations: Array<[string, EscalationReason]> = [];
    const h = createHarness({}, { onEscalation: (question, _message, reason) => escalations.push([question, reason]) });
    return { h, escalations };
  }

  it("right after an answer: says sorry, offers other words or a person with the ward's contact, and reports the question once", async () => {
    const { h, escalations } = harnessWithEscalations();
    expect(textOf(await h.say("đăng ký kết hôn cần gì, gọi 0912345678"))).toContain("Tờ khai đăng ký kết hôn");
    const sorry = await h.say("sai rồi");
    expect(textOf(sorry)).toBe(MSG.saidWrong(CONTACT));
    expect(textOf(sorry)).toContain(CONTACT.phone);
    expect(choicesOf(sorry)).toEqual([MENU_CHOICE.qa, MENU_CHOICE.human]);
    // the question, masked as the Q&A flow keeps it
    expect(escalations).toEqual([["đăng ký kết hôn cần gì, gọi [số]", "said_wrong"]]);
    // the wrong procedure is not followed any more, and a person asked for next is not a second report
    expect(await h.state()).toBeNull();
    expect(textOf(await h.press(MENU_CHOICE.human))).toBe(MSG.human(CONTACT));
    expect(textOf(await h.press(MENU_CHOICE.qa))).toBe(MSG.askQuestion);
    expect(escalations).toHaveLength(1);
  });

  it("after choices too, but not without an answer before it nor once the follow-up time is over", async () => {
    const { h, escalations } = harnessWithEscalations();
    expect(textOf(await h.say("không phải cái này"))).not.toBe(MSG.saidWrong(CONTACT));
    await h.say("khai sinh hết bao nhiêu tiền");
    expect(textOf(await h.say("ko phai"))).toBe(MSG.saidWrong(CONTACT));
    await h.say("đăng ký kết hôn");
    h.advance(31);
    expect(textOf(await h.say("không đúng"))).not.toBe(MSG.saidWrong(CONTACT));
    expect(escalations).toEqual([["khai sinh hết bao nhiêu tiền", "said_wrong"]]);
  });

  it("still answers a follow-up or a new question after an answer", async () => {
    const { h, escalations } = harnessWithEscalations();
    await h.say("đăng ký kết hôn cần gì");
    expect(textOf(await h.say("lệ phí bao nhiêu?"))).toContain("Miễn lệ phí");
    expect(escalations).toEqual([]);
  });
});
