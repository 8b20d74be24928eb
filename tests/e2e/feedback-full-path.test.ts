/**
 * Issue #13 point 6, the whole path in a real browser against the real service: a citizen reports on the fake
 * Telegram with a photo → the ticket is routed to its department → an officer signs in, sees the photo, accepts,
 * replies with a template and resolves with a note → the citizen receives each step in the same chat and rates it.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedbackChoice } from "../../src/core/feedback/choices.js";
import { PNG_BYTES } from "../fakes/zalo-api.js";
import { startChatWorld, until, type ChatWorld } from "../support/chat-world.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, PHONE, phoneScreenshot, signIn } from "./support/browser.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const CHAT = 990001;

describe.skipIf(!hasChromium)(`a citizen's report from chat to resolution (${backend})`, () => {
  let w: ChatWorld;
  let browser: Browser;

  beforeAll(async () => {
    w = await startChatWorld();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  const texts = () => w.telegram.textsTo(CHAT);
  /** Sends an update and waits for the chat to receive one more message; returns it. */
  async function send(body: Record<string, unknown>): Promise<string> {
    const before = texts().length;
    expect(await w.telegramUpdate(CHAT, body)).toBe(200);
    await until(() => texts().length > before, "the bot's answer");
    return texts().at(-1) ?? "";
  }
  const received = (part: string) => until(() => texts().some((t) => t.includes(part)), `"${part}" in the citizen's chat`);
  const shown = (page: Page, text: string) => page.getByText(text, { exact: false }).first().waitFor();

  it("reports with a photo, and follows accept, a template reply and the resolution in the chat, then rates", async () => {
    // the citizen writes once, adds a photo and sends
    w.telegram.files.set("lamp-photo", PNG_BYTES);
    expect(await send({ text: "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay, tối đi lại rất nguy hiểm" })).toContain("Sự việc:");
    expect(await send({ photo: [{ file_id: "lamp-photo", file_unique_id: "lp", width: 1280, height: 960 }] })).toContain("Ảnh: 1 ảnh");
    const confirmation = await send({ callback_query: { data: feedbackChoice("intake", "send") } });
    const code = /PA-\d{4}-[0-9A-Z]{4}/u.exec(confirmation)?.[0] ?? "";
    expect(confirmation).toContain("Đã chuyển tới Phòng Kinh tế, Hạ tầng và Đô thị");
    const ticket = await w.db.prisma.feedbackTicket.findUniqueOrThrow({ where: { code } });
    expect(ticket.status).toBe("routed");
    await until(async () => (await w.db.prisma.attachment.findFirstOrThrow({ where: { ticketId: ticket.id } })).status === "stored", "photo stored", 30_000);

    // an administrator wrote the department's reply template earlier
    const admin = await w.svc.createStaff("admin");
    const adminPage = (await newPage(browser, PHONE)).page;
    await signIn(adminPage, w.svc.url, admin.email, admin.password);
    await adminPage.goto(`${w.svc.url}/console/tickets/templates`);
    await adminPage.getByLabel("Dùng cho").selectOption({ label: "Phòng Kinh tế, Hạ tầng và Đô thị" });
    await adminPage.getByLabel("Tên mẫu").fill("Đã cử người kiểm tra");
    await adminPage.getByLabel("Nội dung").fill("Phản ánh {ma}: {don_vi} đã cử người kiểm tra, sẽ báo kết quả trước {han}.");
    await adminPage.getByRole("button", { name: "Lưu mẫu" }).click();
    await shown(adminPage, "Đã tạo.");
    await adminPage.context().close();

    // the department's officer finds it in their queue, with the citizen's photo
    const officer = await w.svc.createStaff("officer", { departments: ["KTHTDT"], name: "Trần Văn Bình" });
    const { page } = await newPage(browser, PHONE);
    await signIn(page, w.svc.url, officer.email, officer.password);
    await page.goto(`${w.svc.url}/console/tickets`);
    await page.locator(".ticket-line", { hasText: code }).getByRole("link").first().click();
    await shown(page, code);
    const photo = page.getByAltText("Ảnh người dân gửi, số 1");
    await photo.scrollIntoViewIfNeeded();
    await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await photo.elementHandle());
    await expectAccessible(page, "reported ticket");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "full-path-ticket-from-chat");

    await page.getByRole("button", { name: "Tiếp nhận phản ánh" }).click();
    await shown(page, "Đã tiếp nhận.");
    await received(`đã nhận xử lý phản ánh ${code}`);
    expect(texts().at(-1)).toContain("Hẹn trả lời trước");

    await page.getByLabel("Mẫu trả lời").selectOption({ label: "Đã cử người kiểm tra" });
    await page.waitForFunction(() => (document.querySelector("#f-reply-text") as HTMLTextAreaElement | null)?.value.includes("đã cử người"));
    await page.getByRole("button", { name: "Gửi trả lời" }).click();
    await shown(page, "Đã gửi trả lời cho người dân.");
    await received(`Phản ánh ${code}: Phòng Kinh tế, Hạ tầng và Đô thị đã cử người kiểm tra`);

    await page.getByText("Đã giải quyết xong").click();
    await page.getByLabel("Kết quả xử lý").fill("Đã thay bóng đèn ngõ 5 Trần Phú.");
    await page.getByRole("button", { name: "Đánh dấu đã giải quyết" }).click();
    await shown(page, "Đã đánh dấu giải quyết.");
    await received(`Phản ánh ${code} đã được giải quyết`);
    const resolved = w.telegram.callsOf("sendMessage", CHAT).at(-1)?.payload as { reply_markup?: { inline_keyboard?: Array<Array<{ callback_data: string }>> } };
    const buttons = resolved.reply_markup?.inline_keyboard?.flat().map((b) => b.callback_data) ?? [];
    expect(buttons).toContain(feedbackChoice("rate", code, "5"));
    expect(buttons).toContain(feedbackChoice("reopen", code));

    // the citizen rates it from the chat; the officer's page shows the closed ticket
    expect(await send({ callback_query: { data: feedbackChoice("rate", code, "5") } })).toContain("Cảm ơn bạn đã đánh giá");
    expect(await w.db.prisma.feedbackTicket.findUniqueOrThrow({ where: { code } })).toMatchObject({ status: "closed", rating: 5 });
    await page.reload();
    await shown(page, "Đã đóng");
    await phoneScreenshot(page, "full-path-ticket-rated");
    // every step reached the citizen once, in order
    const steps = [`Mã tra cứu: ${code}`, "đã nhận xử lý", "đã cử người kiểm tra", "đã được giải quyết", "Cảm ơn bạn đã đánh giá"].map((s) => texts().findIndex((t) => t.includes(s)));
    expect(steps.every((i, n) => i >= 0 && (n === 0 || i > (steps[n - 1] ?? -1)))).toBe(true);
    await page.context().close();
  }, 180_000);
});
