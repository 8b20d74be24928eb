import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PNG_BYTES } from "../fakes/zalo-api.js";
import { unusedPort } from "../support/free-port.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, phoneScreenshot, signIn } from "./support/browser.js";
import { startEditorWorld, until, type EditorWorld } from "./support/editor-world.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/** Files the editor picks: a text file named like a photo, a PNG over the 5 MB cap, and a real PNG. */
function fixtures(): { fake: string; huge: string; photo: string } {
  const dir = os.tmpdir();
  const fake = path.join(dir, `motcua-not-an-image-${process.pid}.png`);
  writeFileSync(fake, "Đây là văn bản, không phải ảnh.\n");
  const huge = path.join(dir, `motcua-huge-${process.pid}.png`);
  writeFileSync(huge, Buffer.concat([PNG_BYTES, Buffer.alloc(6 * 1024 * 1024)]));
  const photo = path.join(dir, `motcua-photo-${process.pid}.png`);
  writeFileSync(photo, PNG_BYTES);
  return { fake, huge, photo };
}

// An announcement's image in a real browser against the real service (PUBLIC_BASE_URL is its own address, so the
// platforms can fetch the image): a file that is not an image and one too large are refused beside the field with
// nothing lost; a PNG is stored, shown in the preview, served publicly, and sent as a photo on Telegram and
// uploaded then sent on Zalo, before the text.
describe.skipIf(!hasChromium)(`editor images in a browser (${backend})`, () => {
  let world: EditorWorld;
  let browser: Browser;
  let editor: { email: string; password: string };
  const files = fixtures();

  beforeAll(async () => {
    const port = await unusedPort();
    world = await startEditorWorld({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
    browser = await launchBrowser();
    editor = await world.svc.createStaff("editor", { name: "Biên tập viên Minh" });
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  async function composePage(): Promise<Page> {
    const { page } = await newPage(browser);
    page.on("dialog", (d) => void d.accept());
    await signIn(page, world.svc.url, editor.email, editor.password);
    await page.goto(`${world.svc.url}/console/broadcasts/new`);
    await page.getByLabel("Tiêu đề").fill("Ngày hội hiến máu tình nguyện");
    await page.getByLabel("Nội dung").fill("Sáng Chủ nhật 14/12 tại nhà văn hóa phường. Mang theo căn cước.");
    return page;
  }
  const imageError = (page: Page) => page.locator("#f-image-error").textContent();

  it("refuses a file that is not an image, and one too large, keeping what the editor typed", async () => {
    const page = await composePage();
    await page.getByLabel("Ảnh kèm theo").setInputFiles(files.fake);
    await page.getByRole("button", { name: "Gửi thông báo" }).click();
    await expect(imageError(page)).resolves.toBe("Tệp này không phải ảnh JPG hoặc PNG.");
    await expect(page.getByLabel("Tiêu đề").inputValue()).resolves.toBe("Ngày hội hiến máu tình nguyện");
    await expect(page.getByLabel("Nội dung").inputValue()).resolves.toContain("Mang theo căn cước");
    await expectAccessible(page, "refused image");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "editor-compose-image-refused");

    await page.getByLabel("Ảnh kèm theo").setInputFiles(files.huge);
    await page.getByRole("button", { name: "Gửi thông báo" }).click();
    await expect(imageError(page)).resolves.toBe("Ảnh quá lớn. Chọn ảnh nhỏ hơn.");
    expect(await world.svc.service.database.prisma.broadcast.count({ where: { title: "Ngày hội hiến máu tình nguyện" } })).toBe(0);
    await page.context().close();
  }, 60_000);

  it("stores a PNG, shows it in the preview, and sends it before the text on Telegram and Zalo", async () => {
    const page = await composePage();
    await page.getByLabel("Ảnh kèm theo").setInputFiles(files.photo);
    await page.getByRole("button", { name: "Xem trước" }).click();
    // the image is kept with the form and shown from its public address, in the form and on both platforms
    const kept = page.locator(".image-kept img");
    const url = await page.locator('input[name="imageUrl"]').inputValue();
    expect(url).toMatch(new RegExp(`^${world.svc.url}/media/broadcasts/[0-9a-f-]{36}\\.png$`));
    // the console loads it by its path, so it shows at whatever address the console is opened
    const src = new URL(url).pathname;
    await expect(kept.getAttribute("src")).resolves.toBe(src);
    await until(() => kept.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 1), 5_000, "image loaded");
    for (const platform of ["telegram", "zalo"]) {
      await expect(page.locator(`.platform-${platform} .bubble-image img`).getAttribute("src")).resolves.toBe(src);
    }
    const served = await fetch(url);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG_BYTES)).toBe(true);
    expect((await fetch(`${world.svc.url}/media/broadcasts/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    // the live preview still follows the typing on a form that carries a file (it posts the fields only)
    await page.getByLabel("Nội dung").fill("Sáng Chủ nhật 14/12 tại nhà văn hóa phường. Mang theo căn cước và ăn sáng nhẹ.");
    await until(async () => (await page.locator(".platform-zalo .bubble-text").allTextContents()).join(" ").includes("ăn sáng nhẹ"), 10_000, "live preview");
    await expect(page.locator(".platform-zalo .bubble-image img").getAttribute("src")).resolves.toBe(src);
    await expectAccessible(page, "compose with image");
    await phoneScreenshot(page, "editor-compose-image");

    await page.getByRole("button", { name: "Gửi thông báo" }).click();
    await page.waitForURL(/\/console\/broadcasts\/[0-9a-f-]{36}\?notice=broadcast_sent$/);
    await until(async () => (await page.locator("#figures").getAttribute("data-status")) === "done", 20_000, "broadcast done");
    for (const chat of world.subscribers.telegram) {
      const calls = world.telegram.callsOf("sendPhoto", chat).concat(world.telegram.callsOf("sendMessage", chat));
      calls.sort((a, b) => a.at - b.at);
      expect(calls.map((c) => c.method)).toEqual(["sendPhoto", "sendMessage"]);
      expect(calls[0]!.payload.photo).toBe(url);
      expect(String(calls[1]!.payload.text)).toContain("Ngày hội hiến máu tình nguyện");
    }
    // Zalo: the adapter fetched the image from its public address and uploaded it
    await until(() => world.subscribers.zaloIn.every((u) => world.zalo.sent.filter((s) => s.userId === u).length === 2), 5_000, "Zalo received");
    expect(world.zalo.calls.filter((c) => c.path === "/v2.0/oa/upload/image").length).toBeGreaterThanOrEqual(1);
    for (const user of world.subscribers.zaloIn) {
      const [image, text] = world.zalo.sent.filter((s) => s.userId === user);
      expect(JSON.stringify(image!.message.attachment)).toContain("attachment_id");
      expect(text!.message.text).toContain("Ngày hội hiến máu tình nguyện");
    }
    await expect(page.locator("img.sent-image").getAttribute("src")).resolves.toBe(src);
    await until(() => page.locator("img.sent-image").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 1), 5_000, "sent image loaded");
    const audit = await world.svc.services.audit.list({ action: "broadcast.send" });
    expect(audit[0]?.detail).toMatchObject({ title: "Ngày hội hiến máu tình nguyện", image: true });
    await page.context().close();
  }, 90_000);
});
