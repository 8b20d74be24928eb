/**
 * Fixes from a staff walkthrough of the console at phone width (issue #13): what a refused form says must be seen
 * where the page opens, not screens below; a broadcast that reaches nobody says so. The service runs without any
 * chat channel connected, as a new installation does.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../../support/console-service.js";
import { deskOn, type DeskHarness } from "../../integration/desk/desk-harness.js";
import { linkKeyOf, titleKeyOf } from "../../../src/core/news/feeds/dedupe-keys.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, phoneScreenshot, signIn } from "../support/browser.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
/** Waits until a condition holds (a dialog answered by the browser). */
async function until(ok: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The tester's phone. */
const PHONE_390 = { width: 390, height: 844 };

describe.skipIf(!hasChromium)(`console walkthrough fixes in a browser (${backend})`, () => {
  let svc: TestService;
  let browser: Browser;
  let h: DeskHarness;
  let officer: { email: string; password: string };
  let editor: { email: string; password: string };

  beforeAll(async () => {
    svc = await startTestService();
    browser = await launchBrowser();
    h = await deskOn(svc.service.database);
    h.clock.now = new Date();
    officer = await svc.createStaff("officer", { departments: ["KTHTDT"], name: "Nguyễn Văn Hạ Tầng" });
    editor = await svc.createStaff("editor", { name: "Biên tập viên Lan" });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  async function phonePage(who: { email: string; password: string }): Promise<Page> {
    const { page } = await newPage(browser, PHONE_390);
    page.on("dialog", (d) => void d.accept());
    await signIn(page, svc.url, who.email, who.password);
    return page;
  }

  /** Whether an element is at least partly inside the first screen of the page as it opened. */
  const inFirstScreen = async (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      return window.scrollY === 0 && box.height > 0 && box.top >= 0 && box.top < window.innerHeight;
    });

  it("says a refused resolution's problem at the top of the ticket page, with a link down to the form", async () => {
    const { ticket } = await h.report("Đèn đường ở ngõ 12 phố Trần Phú bị hỏng 1 tuần nay rồi, tối om lắm");
    const page = await phonePage(officer);
    await page.goto(`${svc.url}/console/tickets/${ticket.id}`);
    await page.getByRole("button", { name: "Tiếp nhận phản ánh" }).click();
    await page.waitForURL(/notice=ticket_accepted/);
    await page.locator("#act-resolve summary").click();
    await page.getByLabel("Kết quả xử lý").fill("Đã thay bóng đèn mới.");
    await page.locator("#f-photo").setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not a photo") });
    await page.getByRole("button", { name: "Đánh dấu đã giải quyết" }).click();
    await page.waitForLoadState("domcontentloaded");

    const summary = page.locator(".problem-summary");
    await expect(summary.textContent()).resolves.toContain("Tệp này không phải ảnh JPEG, PNG hoặc WebP");
    expect(await inFirstScreen(page, ".problem-summary")).toBe(true);
    await expectAccessible(page, "ticket page after a refused resolution");
    await phoneScreenshot(page, "walkthrough-resolve-refused");
    // the link goes down to the form, which is open with the note kept
    await summary.getByRole("link").click();
    expect(await page.evaluate(() => location.hash)).toBe("#act-resolve");
    expect(await page.locator("#act-resolve").evaluate((el) => { const b = el.getBoundingClientRect(); return b.bottom > 0 && b.top < window.innerHeight; })).toBe(true);
    await expect(page.getByLabel("Kết quả xử lý").inputValue()).resolves.toBe("Đã thay bóng đèn mới.");
    expect((await svc.service.database.prisma.feedbackTicket.findUniqueOrThrow({ where: { id: ticket.id } })).status).not.toBe("resolved");
  });

  it("asks for the urgent confirmation at the top of the compose page, and says so when the tick is missing", async () => {
    const page = await phonePage(editor);
    await page.goto(`${svc.url}/console/broadcasts/new`);
    await page.getByLabel("Tiêu đề").fill("Cắt nước khẩn khu phố 3");
    await page.getByLabel("Nội dung").fill("Vỡ ống nước chính, khu phố 3 mất nước đến 18 giờ hôm nay. Xe bồn cấp nước đặt tại nhà văn hóa khu phố.");
    await page.getByLabel("Khẩn cấp").check();
    await page.getByRole("button", { name: "Gửi thông báo" }).click();
    await page.getByRole("button", { name: "Xác nhận và gửi" }).waitFor();

    const summary = page.locator(".problem-summary");
    await expect(summary.textContent()).resolves.toContain("thông báo khẩn cần bạn xác nhận");
    expect(await inFirstScreen(page, ".problem-summary")).toBe(true);
    await phoneScreenshot(page, "walkthrough-urgent-confirm");

    // "Xác nhận và gửi" without the tick: nothing is sent, and the page says why where it opens
    await page.getByRole("button", { name: "Xác nhận và gửi" }).click();
    await page.waitForLoadState("domcontentloaded");
    await expect(summary.textContent()).resolves.toContain("bạn chưa đánh dấu ô «Tôi xác nhận đây là thông báo khẩn»");
    expect(await inFirstScreen(page, ".problem-summary")).toBe(true);
    await expect(page.locator("#urgent-confirm").textContent()).resolves.toContain("bạn chưa đánh dấu ô");
    expect(await svc.service.database.prisma.broadcast.count({ where: { title: "Cắt nước khẩn khu phố 3" } })).toBe(0);
    await expectAccessible(page, "urgent confirmation missing");
    await phoneScreenshot(page, "walkthrough-urgent-confirm-missing");
  });

  it("says plainly that a broadcast reached nobody because no channel is connected, not that it was sent", async () => {
    const page = await phonePage(editor);
    await page.goto(`${svc.url}/console/broadcasts/new`);
    await page.getByLabel("Tiêu đề").fill("Lịch cắt điện ngày 12/12");
    await page.getByLabel("Nội dung").fill("Điện lực thông báo cắt điện khu phố 2, 3 từ 7h00 đến 17h00 ngày 12/12/2026 để bảo dưỡng đường dây.");
    await page.getByRole("button", { name: "Gửi thông báo" }).click();
    await page.waitForURL(/\/console\/broadcasts\/[0-9a-f-]{36}\?notice=/);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("không gửi đến ai");
    await expect(page.locator("p.notice").getAttribute("class")).resolves.toBe("notice warning");
    expect(text).toContain("không đến được ai: chưa kênh nào (Zalo, Telegram) được kết nối");
    expect(text).not.toContain("Đã bắt đầu gửi thông báo");
    expect(text).not.toContain("Đã gửi xong");
    await expect(page.locator("#figures .badge").first().textContent()).resolves.toBe("Không ai nhận");
    expect(await inFirstScreen(page, "#figures .callout")).toBe(true);
    await expectAccessible(page, "broadcast to nobody");
    await phoneScreenshot(page, "walkthrough-broadcast-nobody");
    // the list says the same
    await page.goto(`${svc.url}/console/broadcasts`);
    await expect(page.locator("tr", { hasText: "Lịch cắt điện ngày 12/12" }).textContent()).resolves.toContain("Không ai nhận");
  });

  it("asks before skipping or sending a news item, and brings a skipped one back with 'Khôi phục'", async () => {
    const db = svc.service.database.prisma;
    const org = await db.organisation.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const url = "https://phuong.example.gov.vn/tin/ra-quan-ve-sinh";
    const title = "Ra quân tổng vệ sinh môi trường sáng Chủ nhật";
    const { id } = await db.newsItem.create({
      data: { orgId: org.id, sourceId: null, origin: "cms", url, linkKey: linkKeyOf(url), titleKey: titleKeyOf(title), title, summary: "Mời bà con tham gia.", topicIds: [], fetchedAt: new Date(), status: "pending_approval" },
    });
    const status = async () => (await db.newsItem.findUniqueOrThrow({ where: { id } })).status;
    const { page } = await newPage(browser, PHONE_390);
    const asked: string[] = [];
    let answer = false;
    page.on("dialog", (d) => {
      asked.push(d.message());
      void (answer ? d.accept() : d.dismiss());
    });
    await signIn(page, svc.url, editor.email, editor.password);
    await page.goto(`${svc.url}/console/news`);
    const card = page.locator("article.news-item", { hasText: title });

    // "Bỏ qua" asks; saying no leaves the item waiting
    await card.getByRole("button", { name: "Bỏ qua" }).click();
    await until(() => asked.length === 1);
    expect(asked[0]).toContain("Bỏ qua tin này?");
    expect(await status()).toBe("pending_approval");
    // "Duyệt và gửi ngay" says who it reaches; saying no sends nothing
    await card.getByRole("button", { name: "Duyệt và gửi ngay" }).click();
    await until(() => asked.length === 2);
    expect(asked[1]).toContain("Duyệt và gửi tin này ngay cho tất cả người đăng ký nhận tin?");
    expect(await status()).toBe("pending_approval");
    expect(await db.broadcast.count({ where: { newsItemId: id } })).toBe(0);

    // skipped after a yes, then restored from the "Đã bỏ qua" tab
    answer = true;
    await card.getByRole("button", { name: "Bỏ qua" }).click();
    await page.waitForURL(/notice=news_skipped$/);
    expect(await status()).toBe("skipped");
    await page.goto(`${svc.url}/console/news?view=skipped`);
    await phoneScreenshot(page, "walkthrough-news-skipped");
    await card.getByRole("button", { name: "Khôi phục" }).click();
    await page.waitForURL(/notice=news_restored$/);
    expect(await status()).toBe("pending_approval");
    await expect(card.count()).resolves.toBe(1);
    await expectAccessible(page, "news restored");
  });
});
