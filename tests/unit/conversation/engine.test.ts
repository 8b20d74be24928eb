import { describe, expect, it } from "vitest";
import type { Flow } from "../../../src/core/conversation/flow.js";
import { ConversationConflictError } from "../../../src/core/conversation/engine.js";
import { ERASE_NO, ERASE_YES } from "../../../src/core/conversation/flows/personal-data-flow.js";
import { MENU_CHOICE } from "../../../src/core/conversation/menu.js";
import { MSG } from "../../../src/core/conversation/messages.vi.js";
import { CONTACT, choicesOf, createHarness, textOf } from "./harness.js";

describe("conversation engine: menu and commands", () => {
  it("/start greets with the six-item main menu and clears any flow", async () => {
    const h = createHarness();
    await h.say("đăng ký kết hôn cần gì");
    const replies = await h.command("start");
    expect(textOf(replies)).toContain(CONTACT.name);
    expect(choicesOf(replies)).toEqual(Object.values(MENU_CHOICE));
    expect(await h.state()).toBeNull();
  });

  it("answers planned features honestly with the ward's contact instead of a stub", async () => {
    const h = createHarness();
    for (const replies of [await h.press(MENU_CHOICE.feedback), await h.command("tracuu", "PA-2611-7K3Q"), await h.command("nhantin", "tatca"), await h.say("tôi muốn phản ánh rác")]) {
      expect(textOf(replies)).toContain("đang được chuẩn bị");
      expect(textOf(replies)).toContain(CONTACT.phone);
    }
  });

  it("routes a planned feature to its flow once one is registered", async () => {
    const started: unknown[] = [];
    const news: Flow = {
      name: "news",
      prefix: "n",
      start: async (_ctx, input) => {
        started.push(input);
        return { replies: [{ kind: "text", text: "chọn chủ đề" }], next: null };
      },
      handle: async () => null,
    };
    const h = createHarness({ news });
    expect(textOf(await h.command("nhantin", "tatca"))).toBe("chọn chủ đề");
    await h.command("dungnhantin");
    expect(started).toEqual([
      { args: "tatca", mode: "all" },
      { args: "", mode: "unsubscribe" },
    ]);
  });

  it("answers an unknown command with the menu", async () => {
    const h = createHarness();
    const replies = await h.command("abcxyz");
    expect(textOf(replies)).toBe(MSG.unknownCommand);
    expect(choicesOf(replies)).toContain(MENU_CHOICE.qa);
  });

  it("gives the emergency numbers at once", async () => {
    const h = createHarness();
    const text = textOf(await h.say("cháy nhà ở hẻm 12 Lê Lợi"));
    expect(text).toContain("114");
    expect(text).toContain("113");
  });
});

describe("conversation engine: procedure Q&A", () => {
  it("answers, remembers the procedure and follows up on it", async () => {
    const h = createHarness();
    const first = await h.say("dang ky ket hon can giay to gi");
    expect(textOf(first)).toContain("Tờ khai đăng ký kết hôn");
    expect(choicesOf(first)).toContain("p:1.000894:fee");
    // the question is kept (masked) beside the answer, for the unanswered page if a person is asked for next
    expect((await h.state())?.data).toEqual({ lastProcedureCode: "1.000894", lastQuestion: "dang ky ket hon can giay to gi" });

    const follow = await h.say("lệ phí bao nhiêu?");
    expect(textOf(follow)).toContain("Đăng ký kết hôn\nfee: Miễn lệ phí");
    expect(h.kb.asked[1]).toEqual({ question: "lệ phí bao nhiêu?", lastProcedureCode: "1.000894" });
  });

  it("forgets the follow-up context once the state expires", async () => {
    const h = createHarness();
    await h.say("đăng ký kết hôn");
    h.advance(31);
    const replies = await h.say("lệ phí bao nhiêu?");
    expect(h.kb.asked[1]?.lastProcedureCode).toBeUndefined();
    expect(textOf(replies)).toContain("chưa tìm thấy");
  });

  it("offers candidates as buttons and answers the one pressed", async () => {
    const h = createHarness();
    const clarify = await h.say("khai sinh hết bao nhiêu tiền");
    expect(textOf(clarify)).toBe(MSG.clarify);
    expect(choicesOf(clarify)).toEqual(["p:1.001193:fee", "p:1.001695:fee", MENU_CHOICE.human]);
    const answer = await h.press("p:1.001695:fee");
    expect(textOf(answer)).toContain("100.000 đồng");
    expect((await h.state())?.data).toEqual({ lastProcedureCode: "1.001695", lastQuestion: "khai sinh hết bao nhiêu tiền" });
  });

  it("says it found nothing and offers a person", async () => {
    const h = createHarness();
    const replies = await h.say("con mèo nhà tôi bị lạc");
    expect(textOf(replies)).toContain("chưa tìm thấy");
    expect(choicesOf(replies)).toContain(MENU_CHOICE.human);
    expect(textOf(await h.press(MENU_CHOICE.human))).toContain(CONTACT.phone);
  });

  it("strips a greeting and answers the question after it", async () => {
    const h = createHarness();
    expect(textOf(await h.say("xin chào, đăng ký kết hôn lệ phí"))).toContain("Miễn lệ phí");
  });

  it("/hoi without a question asks for one", async () => {
    const h = createHarness();
    expect(textOf(await h.command("hoi"))).toBe(MSG.askQuestion);
    expect(textOf(await h.command("hoi", "kết hôn bao lâu"))).toContain("Ngay trong ngày");
  });
});

describe("conversation engine: cancel", () => {
  it.each(["hủy", "huy", "/huy"])("%s leaves the active flow", async (word) => {
    const h = createHarness();
    await h.command("xoadulieu");
    expect((await h.state())?.flow).toBe("personal_data");
    const replies = word === "/huy" ? await h.command("huy") : await h.say(word);
    expect(textOf(replies)).toBe(MSG.cancelled);
    expect(await h.state()).toBeNull();
    // the old confirmation button no longer erases anything
    expect(textOf(await h.press(ERASE_YES))).toBe(MSG.eraseExpired);
    expect([...h.identities.rows.values()][0]?.erasedAt).toBeNull();
  });

  it("says there is nothing to cancel right after an answer, and forgets the procedure asked about", async () => {
    const h = createHarness();
    expect(textOf(await h.say("đăng ký kết hôn lệ phí"))).toContain("Miễn lệ phí");
    expect((await h.state())?.flow).toBe("qa");
    expect(textOf(await h.say("huy"))).toBe(MSG.nothingToCancel);
    expect(await h.state()).toBeNull();
  });

  it("says there is nothing to cancel outside a flow", async () => {
    const h = createHarness();
    expect(textOf(await h.say("hủy"))).toBe(MSG.nothingToCancel);
  });
});

describe("conversation engine: personal data", () => {
  it("/dulieu shows what is held", async () => {
    const h = createHarness();
    const row = [...(await (async () => (await h.say("xin chào"), h.identities.rows))()).values()][0]!;
    row.fullName = "Nguyễn Văn A";
    row.consents.push({ purpose: "news_subscription", grantedAt: new Date("2026-01-05T00:00:00Z"), withdrawnAt: null });
    row.subscriptions.push({ topicName: "Tin phường", active: true });
    const text = textOf(await h.command("dulieu"));
    expect(text).toContain("Nguyễn Văn A");
    expect(text).toContain("nhận tin (5/1/2026)");
    expect(text).toContain("Đang nhận tin: Tin phường");
  });

  it("/xoadulieu erases only after confirmation, by button or typed yes", async () => {
    for (const confirm of ["button", "typed"] as const) {
      const h = createHarness();
      await h.say("xin chào");
      const row = [...h.identities.rows.values()][0]!;
      Object.assign(row, { fullName: "Trần B", phone: "0900000000" });
      row.consents.push({ purpose: "contact_info", grantedAt: new Date(), withdrawnAt: null });
      row.subscriptions.push({ topicName: "Tin phường", active: true });
      const ask = await h.command("xoadulieu");
      expect(choicesOf(ask)).toEqual([ERASE_YES, ERASE_NO]);
      expect(row.erasedAt).toBeNull();
      const done = confirm === "button" ? await h.press(ERASE_YES) : await h.say("đồng ý");
      expect(textOf(done)).toBe(MSG.erased);
      expect(row).toMatchObject({ fullName: null, phone: null, subscriptions: [] });
      expect(row.consents[0]?.withdrawnAt).toBeInstanceOf(Date);
      expect(await h.state()).toBeNull();
    }
  });

  it("keeps the data when the citizen says no", async () => {
    const h = createHarness();
    await h.say("xin chào");
    const row = [...h.identities.rows.values()][0]!;
    row.fullName = "Lê C";
    await h.say("xóa dữ liệu");
    expect(textOf(await h.say("không"))).toBe(MSG.eraseKept);
    expect(row.fullName).toBe("Lê C");
  });
});

describe("conversation engine: other inputs", () => {
  it("answers photo, location and unsupported messages without losing the flow", async () => {
    const h = createHarness();
    await h.say("đăng ký kết hôn");
    expect(textOf(await h.send({ kind: "photo", platformFileId: "f1" }))).toContain("ảnh");
    expect(textOf(await h.send({ kind: "location", latitude: 10.77, longitude: 106.7 }))).toContain("vị trí");
    expect(textOf(await h.send({ kind: "unsupported", what: "sticker" }))).toBe(MSG.unsupported);
    expect((await h.state())?.data).toEqual({ lastProcedureCode: "1.000894", lastQuestion: "đăng ký kết hôn" });
  });

  it("points group chats to the private chat", () => {
    const h = createHarness();
    const replies = h.engine.replyToGroup({ channel: "telegram", externalUserId: "1", conversationId: "-100", platformMessageId: "9", sentAt: new Date(), isGroup: true, kind: "text", text: "hi" });
    expect(textOf(replies)).toContain("https://t.me/motcua_test_bot");
  });

  it("gives up with a typed error when the state keeps changing under it", async () => {
    const h = createHarness();
    h.states.save = async () => false;
    await expect(h.say("đăng ký kết hôn")).rejects.toBeInstanceOf(ConversationConflictError);
  });
});
