/**
 * The department console in a real browser against the real service: the queue (filters, search, a new ticket
 * appearing without a reload), the ticket page and its actions with a reply template, the stale-form refusal,
 * contacts on request, another department's ticket refused by address and by form, and the reply templates page.
 * Every page is checked with axe and kept as a 360 px screenshot.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfTokenIn, signInOverHttp, startTestService, type TestService } from "../support/console-service.js";
import { deskOn, vn, type DeskHarness } from "../integration/desk/desk-harness.js";
import { desktopScreenshot, expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, PHONE, phoneScreenshot, signIn } from "./support/browser.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

describe.skipIf(!hasChromium)(`department console in a browser (${backend})`, () => {
  let svc: TestService;
  let browser: Browser;
  let h: DeskHarness;
  let officer: { id: string; email: string; password: string };
  const tickets: Record<string, { id: string; code: string }> = {};

  beforeAll(async () => {
    svc = await startTestService();
    browser = await launchBrowser();
    h = await deskOn(svc.service.database);
    officer = await svc.createStaff("officer", { departments: ["KTHTDT"], name: "Trần Văn Bình" });
    // a morning's queue: one overdue, one due soon, an urgent one, one reported by three citizens, another department's
    const file = async (key: string, text: string, opts: Parameters<DeskHarness["report"]>[1]) => {
      const { ticket } = await h.report(text, opts);
      tickets[key] = { id: ticket.id, code: ticket.code };
    };
    await file("late", "Ổ gà sâu trước cổng trường tiểu học Hòa An, xe máy đã ngã hai lần.", { at: vn("2026-11-30 09:00"), address: "12 Lê Lợi" });
    await file("lamp", "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay, tối đi lại rất nguy hiểm <script>alert(1)</script>", { at: new Date(Date.now() - 60 * 60_000) });
    await file("urgent", "Cây to nghiêng sắp đổ ra đường Hai Bà Trưng", { urgent: true, at: new Date(Date.now() - 5 * 60_000) });
    await file("police", "Tụ tập đua xe đêm khuya đường ven sông", { department: "CA", category: "an-ninh", at: new Date(Date.now() - 30 * 60_000) });
    await db().ticketReporter.createMany({
      data: [1, 2].map((n) => ({ ticketId: tickets.lamp!.id, text: `Đèn ngõ 5 Trần Phú tắt (người thứ ${n + 1})`, citizenId: null, identityId: null })),
    });
    h.clock.now = new Date();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  const db = () => svc.service.database.prisma;

  /** Waits until the page shows a text (after a form's redirect). */
  const shown = (page: Page, text: string) => page.getByText(text, { exact: false }).first().waitFor();

  /** A signed-in page at phone width, as most officers open the console. */
  async function signedIn(email = officer.email, password = officer.password): Promise<Page> {
    const { page } = await newPage(browser, PHONE);
    await signIn(page, svc.url, email, password);
    return page;
  }

  it("shows an officer their queue, due first, with what is late at a glance", async () => {
    const page = await signedIn();
    await page.goto(`${svc.url}/console/tickets`);
    const codes = await page.locator(".ticket-line .ticket-code").allTextContents();
    expect(codes).toEqual([tickets.late!.code, tickets.urgent!.code, tickets.lamp!.code]);
    expect(codes).not.toContain(tickets.police!.code);
    await expect(page.locator(".ticket-line").first().locator(".due.overdue").textContent()).resolves.toMatch(/^Quá hạn/u);
    // citizen text is text, never markup
    await expect(page.locator(".ticket-line", { hasText: tickets.lamp!.code }).locator(".ticket-excerpt").textContent()).resolves.toContain("<script>alert(1)</script>");
    await expect(page.locator(".ticket-line", { hasText: tickets.lamp!.code }).textContent()).resolves.toContain("3 người phản ánh");
    await page.getByRole("link", { name: /Quá hạn 1/u }).waitFor();
    await expectAccessible(page, "queue");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "tickets-queue");
    await desktopScreenshot(page, "tickets-queue");
    // a quick view, then a search without diacritics
    await page.getByRole("link", { name: /Quá hạn 1/u }).click();
    expect(await page.locator(".ticket-line .ticket-code").allTextContents()).toEqual([tickets.late!.code]);
    await page.getByLabel("Tìm phản ánh").fill("den duong tran phu");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    expect(await page.locator(".ticket-line .ticket-code").allTextContents()).toEqual([]);
    await shown(page, "Không có phản ánh nào khớp bộ lọc này");
    await page.getByRole("link", { name: /^Đang mở/u }).click();
    expect(await page.locator(".ticket-line .ticket-code").allTextContents()).toEqual([tickets.lamp!.code]);
    await page.context().close();
  });

  it("shows a new ticket in the open queue without a reload", async () => {
    const page = await signedIn();
    await page.goto(`${svc.url}/console/tickets`);
    await page.evaluate(() => ((window as unknown as { loaded: boolean }).loaded = true));
    h.clock.now = new Date();
    const { ticket } = await h.report("Nước ngập sâu đoạn đường Pasteur sau mưa");
    await page.locator(".ticket-line", { hasText: ticket.code }).waitFor({ timeout: 25_000 });
    await expect(page.locator(".ticket-line", { hasText: ticket.code }).locator(".badge.info").textContent()).resolves.toBe("Mới");
    expect(await page.evaluate(() => (window as unknown as { loaded?: boolean }).loaded)).toBe(true); // same page, no reload
    await page.context().close();
  }, 45_000);

  it("accepts, replies with a template and resolves with a photo from the ticket page, each step queued for the citizen's chat", async () => {
    await svc.services.audit.record({ actor: { kind: "operator", label: "test" }, action: "test.start", entityType: "test" });
    const admin = await svc.createStaff("admin");
    const page = await signedIn(admin.email, admin.password);
    await page.goto(`${svc.url}/console/tickets/templates`);
    await phoneScreenshot(page, "tickets-templates-empty");
    await page.getByLabel("Dùng cho").selectOption({ label: "Phòng Kinh tế, Hạ tầng và Đô thị" });
    await page.getByLabel("Tên mẫu").fill("Đã cử người kiểm tra");
    await page.getByLabel("Nội dung").fill("Phản ánh {ma}: ngày {ngay}, {don_vi} đã cử người kiểm tra. Hạn trả lời {han}.");
    await page.getByRole("button", { name: "Lưu mẫu" }).click();
    await shown(page, "Đã tạo.");
    await expectAccessible(page, "templates");
    await phoneScreenshot(page, "tickets-templates");
    await page.context().close();

    const officerPage = await signedIn();
    await officerPage.goto(`${svc.url}/console/tickets/${tickets.lamp!.id}`);
    await expectAccessible(officerPage, "ticket before acceptance");
    expect(await overflowsPhone(officerPage)).toBe(false);
    await phoneScreenshot(officerPage, "ticket-routed");
    await desktopScreenshot(officerPage, "ticket-routed");
    await officerPage.getByRole("button", { name: "Tiếp nhận phản ánh" }).click();
    await shown(officerPage, "Đã tiếp nhận. Người dân đã được báo kèm hạn trả lời.");
    await officerPage.getByLabel("Mẫu trả lời").selectOption({ label: "Đã cử người kiểm tra" });
    await officerPage.waitForFunction(() => (document.querySelector("#f-reply-text") as HTMLTextAreaElement | null)?.value.includes("đã cử người"));
    const reply = await officerPage.locator("#f-reply-text").inputValue();
    expect(reply).toContain(tickets.lamp!.code);
    expect(reply).toContain("Phòng Kinh tế, Hạ tầng và Đô thị");
    expect(reply).not.toContain("{");
    await officerPage.getByRole("button", { name: "Gửi trả lời" }).click();
    await shown(officerPage, "Đã gửi trả lời cho người dân.");
    // a file that only claims to be a photo is refused, and the ticket stays as it was
    await officerPage.getByText("Đã giải quyết xong").click();
    await officerPage.getByLabel("Kết quả xử lý").fill("Đã thay bóng đèn ngõ 5 Trần Phú.");
    await officerPage.getByLabel("Ảnh kết quả").setInputFiles({ name: "anh.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<html>not a photo</html>") });
    await officerPage.getByRole("button", { name: "Đánh dấu đã giải quyết" }).click();
    await shown(officerPage, "không phải ảnh JPEG");
    await expect(officerPage.getByLabel("Kết quả xử lý").inputValue()).resolves.toBe("Đã thay bóng đèn ngõ 5 Trần Phú.");
    expect((await db().feedbackTicket.findUniqueOrThrow({ where: { id: tickets.lamp!.id } })).status).toBe("answered");
    // a real photo (the browser draws one) goes with the resolution
    const photo = await officerPage.locator("header.top").screenshot({ type: "png" });
    await officerPage.getByLabel("Ảnh kết quả").setInputFiles({ name: "ket-qua.png", mimeType: "image/png", buffer: photo });
    await officerPage.getByRole("button", { name: "Đánh dấu đã giải quyết" }).click();
    await shown(officerPage, "Đã đánh dấu giải quyết.");
    const shownPhoto = officerPage.locator(".timeline-item img");
    await shownPhoto.waitFor();
    await shownPhoto.scrollIntoViewIfNeeded();
    await officerPage.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await shownPhoto.elementHandle());
    const photoUrl = await shownPhoto.getAttribute("src");
    const timeline = await officerPage.locator(".timeline-item .timeline-head strong").allTextContents();
    expect(timeline).toEqual(["Người dân gửi phản ánh", "Chuyển đến đơn vị", "Thêm người phản ánh cùng vấn đề", "Tiếp nhận", "Trả lời người dân", "Đã giải quyết"].filter((l) => l !== "Thêm người phản ánh cùng vấn đề"));
    const messages = await officerPage.locator(".messages .message").count();
    expect(messages).toBe(3);
    await expectAccessible(officerPage, "ticket resolved");
    await phoneScreenshot(officerPage, "ticket-resolved");
    await desktopScreenshot(officerPage, "ticket-resolved");
    await officerPage.context().close();
    // the photo is served only to staff who may see the ticket
    const police = await svc.createStaff("officer", { departments: ["CA"] });
    const { jar } = await signInOverHttp(svc.url, police.email, police.password);
    expect((await fetch(`${svc.url}${photoUrl}`, { headers: { cookie: jar.header() } })).status).toBe(404);
    expect((await fetch(`${svc.url}${photoUrl}`, { redirect: "manual" })).status).toBe(303);
  }, 120_000); // three pages, five forms and an upload: over 30 s when the machine's two cores are shared

  it("refuses a form from a page someone else changed meanwhile, keeping what was typed", async () => {
    const colleague = await svc.createStaff("officer", { departments: ["KTHTDT"] });
    const mine = await signedIn();
    const theirs = await signedIn(colleague.email, colleague.password);
    await mine.goto(`${svc.url}/console/tickets/${tickets.urgent!.id}`);
    await theirs.goto(`${svc.url}/console/tickets/${tickets.urgent!.id}`);
    await theirs.getByRole("button", { name: "Tiếp nhận phản ánh" }).click();
    await shown(theirs, "Đã tiếp nhận.");
    await mine.getByText("Ghi chú nội bộ").first().click();
    await mine.getByLabel("Ghi chú").fill("Đã gọi đội cây xanh");
    const [response] = await Promise.all([mine.waitForResponse((r) => r.request().method() === "POST"), mine.getByRole("button", { name: "Lưu ghi chú" }).click()]);
    expect(response.status()).toBe(409);
    await shown(mine, "Phiếu này vừa thay đổi, hãy tải lại");
    await expect(mine.getByLabel("Ghi chú").inputValue()).resolves.toBe("Đã gọi đội cây xanh");
    expect(await db().ticketEvent.count({ where: { ticketId: tickets.urgent!.id, type: "note" } })).toBe(0);
    await phoneScreenshot(mine, "ticket-conflict");
    await mine.context().close();
    await theirs.context().close();
  });

  it("shows contacts on request to an officer of the department, writing the view to the audit log", async () => {
    const ticket = await db().feedbackTicket.findUniqueOrThrow({ where: { id: tickets.late!.id } });
    await db().citizen.update({ where: { id: ticket.citizenId! }, data: { fullName: "Lê Thị Mai", phone: "0903 111 222" } });
    const page = await signedIn();
    await page.goto(`${svc.url}/console/tickets/${tickets.late!.id}`);
    expect(await page.content()).not.toContain("0903 111 222");
    await page.getByRole("link", { name: "Xem thông tin liên hệ" }).click();
    await page.getByText("0903 111 222").waitFor();
    expect(await db().auditLog.count({ where: { action: "ticket.personal_data_view", entityId: ticket.id, actorId: officer.id } })).toBe(1);
    await expectAccessible(page, "contacts shown");
    await page.context().close();
  });

  it("refuses another department's ticket by address and by form", async () => {
    const page = await signedIn();
    const response = await page.goto(`${svc.url}/console/tickets/${tickets.police!.id}`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Không tìm thấy" }).waitFor();
    await phoneScreenshot(page, "ticket-not-found");
    await page.context().close();
    // a hand-made form with a valid session and CSRF token
    const { jar } = await signInOverHttp(svc.url, officer.email, officer.password);
    const csrf = csrfTokenIn(await (await fetch(`${svc.url}/console/tickets`, { headers: { cookie: jar.header() } })).text());
    const police = await db().feedbackTicket.findUniqueOrThrow({ where: { id: tickets.police!.id } });
    for (const action of ["accept", "reply", "note", "transfer", "contacts"]) {
      const res = await fetch(`${svc.url}/console/tickets/${police.id}/${action}`, {
        method: action === "contacts" ? "GET" : "POST",
        redirect: "manual",
        headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
        ...(action === "contacts" ? {} : { body: new URLSearchParams({ _csrf: csrf, version: String(police.version), text: "x", reason: "x", departmentId: police.departmentId! }).toString() }),
      });
      expect(res.status, action).toBe(404);
    }
    const after = await db().feedbackTicket.findUniqueOrThrow({ where: { id: police.id } });
    expect([after.status, after.version]).toEqual([police.status, police.version]);
  });
});
