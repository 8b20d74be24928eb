/**
 * Issue #10 point 6, end to end: on the fake Telegram a citizen asks, gets an answer and says "sai rồi"; the bot says
 * sorry with the ward's contact and two ways on, and the question (masked) shows on the console's unanswered page
 * as "báo trả lời sai" for an administrator.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MENU_CHOICE } from "../../../src/core/conversation/menu.js";
import { startChatWorld, until, type ChatWorld } from "../../support/chat-world.js";
import { signInOverHttp } from "../../support/console-service.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const CHAT = 990101;

describe(`a citizen saying the bot's answer was wrong (${backend})`, () => {
  let w: ChatWorld;

  beforeAll(async () => {
    w = await startChatWorld();
  }, 180_000);
  afterAll(async () => w?.close());

  const sent = () => w.telegram.callsOf("sendMessage", CHAT);
  async function say(text: string): Promise<{ text: string; buttons: string[] }> {
    const before = sent().length;
    expect(await w.telegramUpdate(CHAT, { text })).toBe(200);
    await until(() => sent().length > before, "the bot's answer");
    const last = sent().at(-1)!.payload;
    const keyboard = (last["reply_markup"] as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard ?? [];
    return { text: String(last["text"]), buttons: keyboard.flat().map((b) => b.callback_data ?? "") };
  }

  it("says sorry with the contact, offers other words or a person, and puts the masked question on the unanswered page", async () => {
    const org = await w.db.prisma.organisation.findFirstOrThrow();
    expect((await say("đăng ký khai sinh cần giấy tờ gì, số tôi 0912345678")).text).toContain("khai sinh");
    const sorry = await say("Sai rồi!");
    expect(sorry.text).toContain("Xin lỗi");
    expect(sorry.text).toContain(org.phone ?? org.name);
    expect(sorry.buttons).toEqual([MENU_CHOICE.qa, MENU_CHOICE.human]);
    await until(async () => (await w.db.prisma.unansweredQuestion.count({ where: { reason: "said_wrong" } })) === 1, "the question stored");
    const stored = await w.db.prisma.unansweredQuestion.findFirstOrThrow({ where: { reason: "said_wrong" } });
    expect(stored.text).toBe("đăng ký khai sinh cần giấy tờ gì, số tôi [số]");

    // a plain message that only contains "sai" after an answer is a question, not a complaint
    await say("đăng ký kết hôn cần gì");
    expect((await say("sai tên trong giấy khai sinh thì làm sao")).text).not.toContain("chưa đúng");
    expect(await w.db.prisma.unansweredQuestion.count({ where: { reason: "said_wrong" } })).toBe(1);

    const admin = await w.svc.createStaff("admin");
    const { jar } = await signInOverHttp(w.svc.url, admin.email, admin.password);
    const page = await (await fetch(`${w.svc.url}/console/unanswered`, { headers: { cookie: jar.header() } })).text();
    expect(page).toContain("đăng ký khai sinh cần giấy tờ gì, số tôi [số]");
    expect(page).toContain("báo trả lời sai: 1");
    expect(page).not.toContain("0912345678");
  });
});
