import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateTime, localDateTimeValue } from "../../src/http/console/format.js";
import type { StaffRoute } from "../../src/http/console/route.js";
import { CONSOLE_ROUTES } from "../../src/http/console/routes.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, phoneScreenshot, signIn } from "./support/browser.js";
import { startEditorWorld, until, type EditorWorld } from "./support/editor-world.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/** A paragraph of about 330 characters; seven of them pass Zalo's 2,000 but not Telegram's 4,096. */
const PARAGRAPH =
  "Do ảnh hưởng của bão số 9, từ đêm nay đến hết ngày mai trên địa bàn phường có mưa to đến rất to, nguy cơ ngập úng ở các tuyến đường trũng thấp và sạt lở tại khu vực ven sông. " +
  "Người dân không đi qua ngầm tràn, không đánh bắt cá trên sông, chằng chống nhà cửa, kê cao tài sản và theo dõi thông tin từ chính quyền địa phương.";

// The editor's broadcasts in a real browser against the real service, its send workers and the fake Telegram and
// Zalo: compose with the live preview, send an urgent announcement and watch it finish; schedule under a moving
// clock and cancel; an editor's HTML arrives as text.
describe.skipIf(!hasChromium)(`editor broadcasts in a browser (${backend})`, () => {
  let world: EditorWorld;
  let browser: Browser;
  let editor: { email: string; password: string };

  beforeAll(async () => {
    world = await startEditorWorld();
    browser = await launchBrowser();
    editor = await world.svc.createStaff("editor", { name: "Biên tập viên Lan" });
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  async function editorPage(): Promise<Page> {
    const { page } = await newPage(browser);
    page.on("dialog", (d) => void d.accept());
    await signIn(page, world.svc.url, editor.email, editor.password);
    return page;
  }

  it("previews a long urgent announcement split for Zalo, asks to confirm, sends it and shows the final figures", async () => {
    const page = await editorPage();
    await page.goto(`${world.svc.url}/console/broadcasts/new`);
    await expectAccessible(page, "compose page");
    expect(await overflowsPhone(page)).toBe(false);
    const body = Array.from({ length: 7 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join("\n\n");
    expect(body.length).toBeGreaterThan(2_000);
    expect(body.length).toBeLessThan(4_000);
    await page.getByLabel("Tiêu đề").fill("Cảnh báo mưa lũ đêm nay");
    await page.getByLabel("Nội dung").fill(body);

    // the preview follows the typing: one message on Telegram, the same text split in two on Zalo
    const zaloBubbles = page.locator(".platform-zalo .bubble");
    await until(async () => (await zaloBubbles.count()) === 2 && (await page.locator(".platform-telegram .bubble").count()) === 1, 10_000, "preview split");
    await expect(page.locator(".platform-zalo").textContent()).resolves.toContain("Zalo sẽ nhận thành 2 tin");
    const zaloParts = await zaloBubbles.locator(".bubble-text").allTextContents();
    expect(zaloParts.every((t) => t.length <= 2_000)).toBe(true);
    expect(zaloParts.join(" ")).toContain("7. Do ảnh hưởng");
    // reach: the 3 Telegram chats now; on Zalo 2 now and 1 only at their next message
    const rows = page.locator("#reach-title ~ .table-wrap tbody tr");
    const reach = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent).join(" ")));
    expect(reach).toEqual([
      "Nhận ngay 3 2",
      "Trong đó chờ hết giờ yên lặng 0 0",
      "Trong bản tin cuối ngày 0 0",
      "Khi họ nhắn lại (quá 7 ngày chưa nhắn Zalo) 0 1",
      "Tổng 3 3",
    ]);
    await phoneScreenshot(page, "editor-compose-preview");

    await page.getByLabel("Khẩn cấp").check();
    await page.getByRole("button", { name: "Gửi thông báo" }).click();
    // urgent: the page comes back once with a confirmation, nothing is sent yet
    await expect(page.locator("#urgent-confirm").filter({ hasText: "Xác nhận gửi thông báo khẩn" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain("thông báo khẩn cần bạn xác nhận");
    expect(await world.svc.service.database.prisma.broadcast.count({ where: { title: "Cảnh báo mưa lũ đêm nay" } })).toBe(0);
    await expectAccessible(page, "urgent confirmation");
    await phoneScreenshot(page, "editor-compose-urgent-confirm");
    // the preview now carries the urgent heading; these are the parts Zalo must receive
    const urgentParts = await zaloBubbles.locator(".bubble-text").allTextContents();
    expect(urgentParts).toHaveLength(2);
    expect(urgentParts[0]).toMatch(/^⚠️ KHẨN: Cảnh báo mưa lũ đêm nay/);
    await page.getByLabel("Tôi xác nhận đây là thông báo khẩn").check();
    await page.getByRole("button", { name: "Xác nhận và gửi" }).click();
    await page.waitForURL(/\/console\/broadcasts\/[0-9a-f-]{36}\?notice=broadcast_sent$/);

    // the live page follows the workers to the end without a reload
    await until(async () => (await page.locator("#figures").getAttribute("data-status")) === "done", 20_000, "broadcast done");
    const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).textContent();
    await expect(figure("recipients")).resolves.toBe("6");
    await expect(figure("sent")).resolves.toBe("5");
    await expect(figure("held")).resolves.toBe("1");
    await expect(figure("failed")).resolves.toBe("0");
    await expect(page.locator("#figures").textContent()).resolves.toContain("Đã gửi xong");
    await expectAccessible(page, "broadcast page");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "editor-broadcast-done");

    // what the platforms received: the whole text, urgent heading, split for Zalo at the same places
    for (const chat of world.subscribers.telegram) {
      const texts = world.telegram.textsTo(chat);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain("⚠️ KHẨN: Cảnh báo mưa lũ đêm nay");
      expect(texts[0]).toContain("7. Do ảnh hưởng");
    }
    for (const user of world.subscribers.zaloIn) {
      const texts = world.zalo.textsTo(user);
      expect(texts).toEqual(urgentParts);
    }
    expect(world.zalo.textsTo(world.subscribers.zaloOut[0]!)).toEqual([]);
    const audit = await world.svc.services.audit.list({ action: "broadcast.send" });
    expect(audit[0]?.detail).toMatchObject({ title: "Cảnh báo mưa lũ đêm nay", urgent: true, recipients: 6 });
    await page.context().close();
  }, 90_000);

  it("sends a scheduled announcement when the clock reaches its time, and never one cancelled before", async () => {
    const page = await editorPage();
    const at = new Date(world.now().getTime() + 3 * 3_600_000);
    const local = localDateTimeValue(at, "Asia/Ho_Chi_Minh");
    const schedule = async (title: string) => {
      await page.goto(`${world.svc.url}/console/broadcasts/new`);
      await page.getByLabel("Tiêu đề").fill(title);
      await page.getByLabel("Nội dung").fill(`${title}: mời bà con đến nhà văn hóa khu phố lúc 8 giờ sáng.`);
      await page.getByLabel("Hẹn giờ gửi").check();
      await page.getByLabel("Ngày giờ gửi").fill(local);
      await page.getByRole("button", { name: "Đặt lịch gửi" }).click();
      await page.waitForURL(/\?notice=broadcast_scheduled$/);
      return new URL(page.url()).pathname;
    };
    const kept = await schedule("Họp tổ dân phố số 3");
    await expect(page.locator("#figures").textContent()).resolves.toContain(`Sẽ gửi lúc ${formatDateTime(new Date(Math.floor(at.getTime() / 60_000) * 60_000), "Asia/Ho_Chi_Minh")}`);
    await phoneScreenshot(page, "editor-broadcast-scheduled");
    const dropped = await schedule("Họp tổ dân phố số 5");
    await page.getByRole("button", { name: "Hủy gửi" }).click();
    await page.waitForURL(/\?notice=broadcast_cancelled$/);
    await expect(page.locator("#figures").getAttribute("data-status")).resolves.toBe("cancelled");
    await expectAccessible(page, "cancelled broadcast");

    // nothing goes out before the time
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const texts = () => world.subscribers.telegram.flatMap((c) => world.telegram.textsTo(c)).join("\n");
    expect(texts()).not.toContain("Họp tổ dân phố");
    world.advance(3 * 3_600_000 + 60_000);
    await page.goto(`${world.svc.url}${kept}`);
    await until(async () => (await page.locator("#figures").getAttribute("data-status")) === "done", 20_000, "scheduled broadcast sent");
    await expect(page.locator('[data-figure="sent"] dd').textContent()).resolves.toBe("5");
    await until(() => world.subscribers.zaloIn.every((u) => world.zalo.textsTo(u).some((t) => t.includes("Họp tổ dân phố số 3"))), 5_000, "Zalo received");
    expect(texts()).toContain("Họp tổ dân phố số 3");
    expect(texts()).not.toContain("Họp tổ dân phố số 5");
    await page.goto(`${world.svc.url}${dropped}`);
    await expect(page.locator("[data-figure]").count()).resolves.toBe(0); // cancelled before it started: nobody was chosen
    await expect(page.locator("#figures").getAttribute("data-status")).resolves.toBe("cancelled");
    expect((await world.svc.services.audit.list({ action: "broadcast.cancel" })).map((a) => a.entityId)).toContain(dropped.split("/").pop());
    await page.context().close();
  }, 90_000);

  it("sends an editor's HTML as text, on both platforms and in the preview", async () => {
    const page = await editorPage();
    let dialogs = 0;
    page.on("dialog", () => void dialogs++);
    const html = '<b>Lưu ý</b> <script>alert(1)</script> <a href="https://x.invalid">bấm</a> & 5 < 6';
    await page.goto(`${world.svc.url}/console/broadcasts/new`);
    await page.getByLabel("Tiêu đề").fill("Thông báo <i>nghỉ</i> lễ");
    await page.getByLabel("Nội dung").fill(html);
    await until(async () => ((await page.locator(".platform-telegram .bubble-text").textContent()) ?? "").includes("<script>"), 10_000, "preview");
    expect(await page.locator(".platform-telegram .bubble-text b, .platform-telegram .bubble-text script").count()).toBe(0);
    await page.getByRole("button", { name: "Gửi thông báo" }).click();
    await page.waitForURL(/\?notice=broadcast_sent$/);
    await until(async () => (await page.locator("#figures").getAttribute("data-status")) === "done", 20_000, "broadcast done");
    await expect(page.locator(".chat-answer").textContent()).resolves.toContain(html);
    const chat = world.subscribers.telegram[0]!;
    const call = world.telegram.callsOf("sendMessage", chat).find((c) => String(c.payload.text).includes("nghỉ"))!;
    expect(call.payload.text).toContain("📢 Thông báo <i>nghỉ</i> lễ");
    expect(call.payload.text).toContain(html);
    expect(call.payload.parse_mode).toBeUndefined();
    expect(world.zalo.textsTo(world.subscribers.zaloIn[0]!).join("\n")).toContain(html);
    expect(dialogs).toBe(0);
    await page.context().close();
  }, 60_000);

  it("refuses an officer every editor route, and lets a leader read without sending", async () => {
    const editorRoutes = CONSOLE_ROUTES.filter((r): r is StaffRoute => r.access !== "public" && r.access !== "signed_in" && /^(news|broadcasts)\./.test(r.access));
    expect(editorRoutes.length).toBeGreaterThanOrEqual(7);
    const [id] = (await world.svc.service.database.prisma.broadcast.findMany({ select: { id: true }, take: 1 })).map((b) => b.id);
    const url = (r: StaffRoute) => `${world.svc.url}/console${r.path.replace(/:id\b/g, id!)}`;

    const officer = await world.svc.createStaff("officer", { departments: ["VP"] });
    const { page } = await newPage(browser);
    await signIn(page, world.svc.url, officer.email, officer.password);
    expect(await page.locator("nav.side").textContent()).not.toContain("Tin tức và thông báo");
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    for (const route of editorRoutes) {
      const status =
        route.method === "GET"
          ? (await page.goto(url(route)))!.status()
          : (await page.request.post(url(route), { form: { _csrf: csrf, title: "x", body: "y" }, maxRedirects: 0 })).status();
      expect(status, `${route.method} ${route.path}`).toBe(403);
    }
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Bạn không có quyền dùng trang này");
    expect(await world.svc.service.database.prisma.broadcast.count({ where: { title: "x" } })).toBe(0);
    await page.context().close();

    const leader = await world.svc.createStaff("leader");
    const reader = (await newPage(browser)).page;
    await signIn(reader, world.svc.url, leader.email, leader.password);
    await reader.goto(`${world.svc.url}/console/broadcasts`);
    await expect(reader.locator("tbody tr").count()).resolves.toBeGreaterThanOrEqual(3);
    expect(await reader.getByRole("link", { name: "Soạn thông báo mới" }).count()).toBe(0);
    await expectAccessible(reader, "history (leader)");
    await phoneScreenshot(reader, "editor-history");
    await reader.goto(`${world.svc.url}/console/broadcasts/${id}`);
    expect(await reader.getByRole("button", { name: "Hủy gửi" }).count()).toBe(0);
    expect((await reader.goto(`${world.svc.url}/console/broadcasts/new`))!.status()).toBe(403);
    await reader.context().close();
  }, 60_000);
});
