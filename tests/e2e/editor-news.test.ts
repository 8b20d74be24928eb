import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkKeyOf, titleKeyOf } from "../../src/core/news/feeds/dedupe-keys.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, phoneScreenshot, signIn } from "./support/browser.js";
import { startEditorWorld, until, type EditorWorld } from "./support/editor-world.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const MINUTE = 60_000;

// Incoming news and the sources page in a real browser against the real service, its send workers and the fake
// Telegram and Zalo: items waiting for approval are approved (edited), skipped, or approved and sent; the sources
// page shows a working and a failing feed and pauses one.
describe.skipIf(!hasChromium)(`editor news in a browser (${backend})`, () => {
  let world: EditorWorld;
  let browser: Browser;
  let editor: { email: string; password: string };
  let orgId: string;
  let topics: Array<{ id: string; name: string }>;
  const sources = { portal: "", documents: "" };

  const prisma = () => world.svc.service.database.prisma;

  async function addItem(title: string, o: { sourceId?: string | null; status?: "pending_approval" | "published" | "archived"; topicIds?: string[]; minutesAgo?: number } = {}) {
    const url = `https://phuong.example.gov.vn/tin/${randomUUID()}`;
    const row = await prisma().newsItem.create({
      data: {
        orgId,
        sourceId: o.sourceId === undefined ? sources.portal : o.sourceId,
        origin: o.sourceId === null ? "cms" : "feed",
        url,
        linkKey: linkKeyOf(url),
        titleKey: titleKeyOf(title),
        title,
        summary: `${title}: tóm tắt cho người dân, <b>không</b> phải HTML.`,
        topicIds: o.topicIds ?? [topics[0]!.id],
        publishedAt: new Date(world.now().getTime() - (o.minutesAgo ?? 30) * MINUTE),
        fetchedAt: new Date(world.now().getTime() - (o.minutesAgo ?? 30) * MINUTE),
        status: o.status ?? "pending_approval",
      },
    });
    return row.id;
  }

  beforeAll(async () => {
    world = await startEditorWorld();
    browser = await launchBrowser();
    editor = await world.svc.createStaff("editor", { name: "Biên tập viên Hòa" });
    const org = await prisma().organisation.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    orgId = org.id;
    topics = await prisma().topic.findMany({ where: { orgId }, orderBy: { position: "asc" }, select: { id: true, name: true } });
    expect(topics.length).toBeGreaterThanOrEqual(2);
    const now = world.now();
    // not due during the test: the scheduler's poller must not touch their state (the addresses do not exist)
    const later = new Date(now.getTime() + 86_400_000);
    sources.portal = (
      await prisma().newsSource.create({
        data: { orgId, nextPollAt: later, name: "Tin ảnh hoạt động phường", url: "https://phuong.example.gov.vn/rss/hoat-dong.xml", topicIds: [topics[0]!.id], lastPolledAt: new Date(now.getTime() - 5 * MINUTE), lastSuccessAt: new Date(now.getTime() - 5 * MINUTE), baselinedAt: now },
      })
    ).id;
    sources.documents = (
      await prisma().newsSource.create({
        data: { orgId, nextPollAt: later, name: "Lịch công tác UBND phường", url: "https://phuong.example.gov.vn/rss/van-ban.xml", topicIds: [topics[1]!.id], autoPublish: true, lastPolledAt: new Date(now.getTime() - 2 * MINUTE), lastError: "http_503", lastErrorAt: new Date(now.getTime() - 2 * MINUTE), failureCount: 3 },
      })
    ).id;
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
  const card = (page: Page, title: string) => page.locator("article.news-item").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

  it("approves an edited item, skips one, refuses an empty title, and approves and sends one that Telegram and Zalo receive", async () => {
    const edited = await addItem("Ra quân tổng vệ sinh môi trường", { minutesAgo: 50 });
    const skipped = await addItem("Tin trùng lặp cần bỏ", { minutesAgo: 40 });
    const sent = await addItem("Lịch tiếp công dân tháng 12", { minutesAgo: 20, topicIds: [] });
    const pushed = await addItem("Tin cổng thông tin gửi sang", { sourceId: null, minutesAgo: 10 });
    await addItem("Tin đã đăng từ trước", { status: "published", minutesAgo: 90 });

    const page = await editorPage();
    await page.goto(`${world.svc.url}/console/news`);
    await expect(page.locator("article.news-item").count()).resolves.toBe(4);
    // newest first, with source, topics and the CMS as a source
    await expect(page.locator("article.news-item h2").allTextContents()).resolves.toEqual(["Tin cổng thông tin gửi sang", "Lịch tiếp công dân tháng 12", "Tin trùng lặp cần bỏ", "Ra quân tổng vệ sinh môi trường"]);
    await expect(card(page, "Tin cổng thông tin gửi sang").textContent()).resolves.toContain("Cổng thông tin gửi sang");
    await expect(card(page, "Lịch tiếp công dân tháng 12").textContent()).resolves.toContain("Tất cả người đăng ký");
    await expect(card(page, "Ra quân tổng vệ sinh môi trường").textContent()).resolves.toContain(`Tin ảnh hoạt động phường${"Ngày đăng"}`);
    // the summary's markup is shown as the text it is
    await expect(card(page, "Tin trùng lặp cần bỏ").locator(".news-summary").textContent()).resolves.toContain("<b>không</b>");
    await expect(page.locator(".count-badge").first().textContent()).resolves.toContain("4");
    await expectAccessible(page, "incoming news");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "editor-news-incoming");

    // approve with an edited title and a second topic: published, not sent
    const first = card(page, "Ra quân tổng vệ sinh môi trường");
    await first.getByText("Sửa tiêu đề, tóm tắt, chủ đề trước khi duyệt").click();
    await first.getByLabel("Tiêu đề").fill("Ra quân tổng vệ sinh môi trường sáng Chủ nhật");
    await first.getByLabel(topics[1]!.name).check();
    await first.getByRole("button", { name: "Chỉ duyệt, không gửi" }).click();
    await page.waitForURL(/\/console\/news\?notice=news_approved$/);
    await expect(page.locator("p.notice").textContent()).resolves.toContain("Đã duyệt tin");
    const approved = await prisma().newsItem.findUniqueOrThrow({ where: { id: edited } });
    expect(approved).toMatchObject({ status: "published", title: "Ra quân tổng vệ sinh môi trường sáng Chủ nhật", topicIds: [topics[0]!.id, topics[1]!.id] });
    expect(await prisma().broadcast.count({ where: { newsItemId: edited } })).toBe(0);

    // skip
    await card(page, "Tin trùng lặp cần bỏ").getByRole("button", { name: "Bỏ qua" }).click();
    await page.waitForURL(/notice=news_skipped$/);
    expect((await prisma().newsItem.findUniqueOrThrow({ where: { id: skipped } })).status).toBe("skipped");

    // an empty title is refused beside the field; nothing is decided
    const cms = card(page, "Tin cổng thông tin gửi sang");
    await cms.getByText("Sửa tiêu đề, tóm tắt, chủ đề trước khi duyệt").click();
    await cms.getByLabel("Tiêu đề").fill("   ");
    await cms.getByRole("button", { name: "Duyệt và gửi ngay" }).click();
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain("Tin chưa được duyệt");
    await expect(page.locator(".field.has-error .error").first().textContent()).resolves.toBe("Vui lòng điền mục này.");
    await expectAccessible(page, "refused edit");
    expect((await prisma().newsItem.findUniqueOrThrow({ where: { id: pushed } })).status).toBe("pending_approval");

    // approve and send: the broadcast page, and every reachable subscriber gets it once
    await page.goto(`${world.svc.url}/console/news`);
    await card(page, "Lịch tiếp công dân tháng 12").getByRole("button", { name: "Duyệt và gửi ngay" }).click();
    await page.waitForURL(/\/console\/broadcasts\/[0-9a-f-]{36}\?notice=broadcast_sent$/);
    await until(async () => (await page.locator("#figures").getAttribute("data-status")) === "done", 20_000, "news broadcast done");
    await expect(page.locator('[data-figure="sent"] dd').textContent()).resolves.toBe("5");
    for (const chat of world.subscribers.telegram) expect(world.telegram.textsTo(chat).filter((t) => t.includes("Lịch tiếp công dân tháng 12"))).toHaveLength(1);
    await until(() => world.subscribers.zaloIn.every((u) => world.zalo.textsTo(u).some((t) => t.includes("Lịch tiếp công dân tháng 12"))), 5_000, "Zalo received");
    const broadcast = await prisma().broadcast.findFirstOrThrow({ where: { newsItemId: sent } });
    expect(broadcast).toMatchObject({ kind: "news", createdVia: "console" });

    // a second decision on a decided item (another editor's stale page) changes nothing and says so
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const again = await page.request.post(`${world.svc.url}/console/news/${sent}`, { form: { _csrf: csrf, action: "send" } });
    expect(again.url()).toMatch(/notice=news_decided$/);
    expect(await prisma().broadcast.count({ where: { newsItemId: sent } })).toBe(1);

    // the tabs: approved items with the edited title
    await page.goto(`${world.svc.url}/console/news?view=published`);
    await expect(page.locator("article.news-item h2").allTextContents()).resolves.toEqual(["Lịch tiếp công dân tháng 12", "Ra quân tổng vệ sinh môi trường sáng Chủ nhật", "Tin đã đăng từ trước"]);
    expect(await page.getByRole("button", { name: "Duyệt và gửi ngay" }).count()).toBe(0);
    // the one sent links to its figures; an approved one never sent can be sent now, once
    await expect(card(page, "Lịch tiếp công dân tháng 12").getByRole("link", { name: "Xem số liệu gửi" }).count()).resolves.toBe(1);
    await expect(card(page, "Lịch tiếp công dân tháng 12").getByRole("button", { name: "Gửi cho người đăng ký ngay" }).count()).resolves.toBe(0);
    await expectAccessible(page, "approved news");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "editor-news-approved");
    const staleCsrf = await page.locator('input[name="_csrf"]').first().inputValue();
    await card(page, "Ra quân tổng vệ sinh môi trường sáng Chủ nhật").getByRole("button", { name: "Gửi cho người đăng ký ngay" }).click();
    await page.waitForURL(/\/console\/broadcasts\/[0-9a-f-]{36}\?notice=broadcast_sent$/);
    await until(async () => (await page.locator("#figures").getAttribute("data-status")) === "done", 20_000, "approved news sent later");
    for (const chat of world.subscribers.telegram) expect(world.telegram.textsTo(chat).filter((t) => t.includes("Ra quân tổng vệ sinh môi trường sáng Chủ nhật"))).toHaveLength(1);
    // the same button on a page left open: refused with a notice, nothing sent twice
    const later = await page.request.post(`${world.svc.url}/console/news/${edited}`, { form: { _csrf: staleCsrf, action: "send_later" } });
    expect(later.url()).toMatch(/view=published&notice=news_send_refused$/);
    expect(await prisma().broadcast.count({ where: { newsItemId: edited } })).toBe(1);
    const actions = (await world.svc.services.audit.list({ entityType: "news_item" })).map((a) => `${a.action}:${a.entityId}`);
    expect(actions).toEqual(expect.arrayContaining([`news.approve:${edited}`, `news.skip:${skipped}`, `news.approve_send:${sent}`, `news.send_later:${edited}`]));
    await page.context().close();
  }, 90_000);

  it("shows each source's last fetch, error state and counts, and pauses and resumes a source", async () => {
    await addItem("Lịch công tác tuần 49", { sourceId: sources.documents, minutesAgo: 200 });
    await addItem("Lịch công tác tuần 50", { sourceId: sources.documents, minutesAgo: 190 });
    await addItem("Lịch công tác tuần 48", { sourceId: sources.documents, minutesAgo: 300, status: "archived" });
    const page = await editorPage();
    await page.goto(`${world.svc.url}/console/news/sources`);
    const row = (name: string) => page.locator("article.news-source").filter({ has: page.getByRole("heading", { name, exact: true }) });
    // the menu marks this page only, not its parent "Tin chờ duyệt"
    await expect(page.locator('nav.side a[aria-current="page"]').allTextContents()).resolves.toEqual(["Nguồn tin"]);
    // the demo organisation's own feeds are listed too
    await expect(page.locator("article.news-source").count()).resolves.toBeGreaterThanOrEqual(2);
    const failing = await row("Lịch công tác UBND phường").textContent();
    expect(failing).toContain("Đang lỗi");
    expect(failing).toContain("Máy chủ nguồn tin trả lỗi 503");
    expect(failing).toContain("3 lần liên tiếp");
    expect(failing).toContain("Tự đăng và gửi");
    expect(failing).toContain("2 chờ duyệt, 0 đã đăng, 0 bỏ qua");
    expect(failing).toContain("3 tin đã lấy về");
    const portal = await row("Tin ảnh hoạt động phường").textContent();
    expect(portal).toContain("Bình thường");
    expect(portal).toContain("Chờ biên tập viên duyệt");
    await expectAccessible(page, "sources page");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "editor-news-sources");

    await row("Tin ảnh hoạt động phường").getByRole("button", { name: "Tạm dừng" }).click();
    await page.waitForURL(/notice=source_paused$/);
    await expect(row("Tin ảnh hoạt động phường").textContent()).resolves.toContain("Đang tạm dừng");
    expect((await prisma().newsSource.findUniqueOrThrow({ where: { id: sources.portal } })).pausedAt).not.toBeNull();
    await row("Tin ảnh hoạt động phường").getByRole("button", { name: "Tiếp tục lấy tin" }).click();
    await page.waitForURL(/notice=source_resumed$/);
    expect((await prisma().newsSource.findUniqueOrThrow({ where: { id: sources.portal } })).pausedAt).toBeNull();
    const audit = (await world.svc.services.audit.list({ entityType: "news_source" })).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(["news_source.pause", "news_source.resume"]));
    await page.context().close();
  }, 60_000);
});
