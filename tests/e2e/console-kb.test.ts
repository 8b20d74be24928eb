import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnansweredQuestions } from "../../src/core/unanswered/unanswered-questions.js";
import { createUnansweredStore } from "../../src/db/repositories/unanswered-repository.js";
import { startTestService, type TestService } from "../support/console-service.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, PHONE, phoneScreenshot, signIn } from "./support/browser.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const record = (code: string, name: string) =>
  JSON.stringify({ code, name, linhVuc: "Thử nghiệm", levels: ["xa"], channels: [{ kind: "counter", timeLimit: "2 ngày làm việc", fee: "Miễn phí", description: null }], documents: ["Đơn đề nghị"] });

// The knowledge base pages in a real browser against the real service: upload a malformed file (rejected lines
// shown, nothing changed), a good one (dry run, apply, listed), a question with HTML tried as text, local words and
// the unanswered questions; 360 px screenshots and axe on each main page.
describe.skipIf(!hasChromium)(`knowledge base pages in a browser (${backend})`, () => {
  let svc: TestService;
  let browser: Browser;
  let page: Page;
  const procedures = () => svc.service.database.prisma.procedure.count();

  beforeAll(async () => {
    svc = await startTestService();
    browser = await launchBrowser();
    const admin = await svc.createStaff("admin", { name: "Quản trị Hòa" });
    page = (await newPage(browser)).page;
    page.on("dialog", (d) => void d.accept());
    await signIn(page, svc.url, admin.email, admin.password);
  });
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  async function upload(name: string, text: string): Promise<void> {
    await page.goto(`${svc.url}/console/kb/import`);
    await page.locator("#f-file").setInputFiles({ name, mimeType: "application/x-ndjson", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "Tải lên và chạy thử" }).click();
    await page.waitForURL(/\/console\/kb\/import\/[0-9a-f-]{36}$/);
  }

  it("shows each rejected line of a malformed file and changes nothing", async () => {
    const before = await procedures();
    await upload("hong.jsonl", [record("9.400001", "Thủ tục thử một"), "{không phải json", JSON.stringify({ code: "9.400002", levels: ["xa"] })].join("\n"));
    const rows = page.locator("table.rejections tbody tr");
    await rows.first().waitFor();
    expect(await rows.locator("td:first-child").allTextContents()).toEqual(["2", "3"]);
    // each reason says in plain Vietnamese what to fix
    expect(await rows.locator("td:nth-child(2)").allTextContents()).toEqual(["Dòng này không phải JSON hợp lệ: kiểm tra dấu ngoặc { }, dấu phẩy và dấu ngoặc kép.", "Tên thủ tục: còn thiếu."]);
    expect(await page.getByText("không được áp dụng, không có gì thay đổi").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Áp dụng" }).count()).toBe(0);
    expect(await procedures()).toBe(before);
    await expectAccessible(page, "import with rejected lines");
    await phoneScreenshot(page, "kb-import-rejected");
  });

  it("dry-runs a good file, applies it, and lists the new procedure", async () => {
    const before = await procedures();
    await upload("moi.jsonl", `${record("9.400003", "Cấp giấy phép nuôi chim bồ câu")}\n${record("9.400004", "Đăng ký chăn nuôi ong mật")}\n`);
    await page.getByRole("button", { name: "Áp dụng" }).waitFor();
    expect(await page.locator("dl.import-counts").textContent()).toContain("Thêm mới2");
    expect(await procedures()).toBe(before);
    await phoneScreenshot(page, "kb-import-dry-run");
    await page.getByRole("button", { name: "Áp dụng" }).click();
    await page.getByText("Đã nhập xong").waitFor();
    expect(await procedures()).toBe(before + 2);
    await page.getByRole("link", { name: "Xem danh sách thủ tục" }).click();
    await page.getByLabel("Tên hoặc mã thủ tục").fill("chim bồ câu");
    await page.getByRole("button", { name: "Tìm" }).click();
    const listed = page.locator("table tbody tr");
    expect(await listed.count()).toBe(1);
    expect(await listed.first().textContent()).toContain("9.400003");
    await page.goto(`${svc.url}/console/kb/procedures`);
    expect(await overflowsPhone(page)).toBe(false);
    // on a phone each procedure is a card (no table squeezed into a sideways-scrolling frame)
    const size = page.viewportSize();
    await page.setViewportSize(PHONE);
    const sideways = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>(".table-wrap")).filter((w) => w.scrollWidth > w.clientWidth + 1).length);
    expect(sideways).toBe(0);
    if (size) await page.setViewportSize(size);
    await expectAccessible(page, "procedure list");
    await phoneScreenshot(page, "kb-procedures");
    await page.goto(`${svc.url}/console/kb/procedures/1.001193`);
    expect(await page.locator(".chat-answer").textContent()).toContain("khai sinh");
    await expectAccessible(page, "procedure page");
    await phoneScreenshot(page, "kb-procedure");
  });

  it("shows a question with HTML as text, with the bot's answer and ranked candidates", async () => {
    const question = `<b id="injected">đăng ký khai sinh</b><script>window.hacked=1</script>`;
    await page.goto(`${svc.url}/console/kb/try`);
    await page.getByLabel("Câu hỏi").fill(question);
    await page.getByRole("button", { name: "Xem bot trả lời" }).click();
    await page.locator("table.candidates").waitFor();
    expect(await page.locator("#injected").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.getByLabel("Câu hỏi").inputValue()).toBe(question);
    expect(await page.locator("table.candidates tbody tr").first().textContent()).toContain("1.001193");
    expect(await overflowsPhone(page)).toBe(false);
    await expectAccessible(page, "try a question");
    await phoneScreenshot(page, "kb-try");
  });

  it("adds a local word that changes what the bot answers", async () => {
    const topOf = async (q: string) => {
      await page.goto(`${svc.url}/console/kb/try?q=${encodeURIComponent(q)}`);
      return page.locator("table.candidates tbody tr td:nth-child(2)").first().textContent();
    };
    expect(await topOf("làm giấy chào đời cho con")).not.toBe("1.001193");
    await page.goto(`${svc.url}/console/kb/local-words`);
    await page.getByLabel("Từ địa phương", { exact: true }).fill("giấy chào đời");
    await page.getByLabel("Mã thủ tục").fill("1.001193");
    await page.getByRole("button", { name: "Thêm từ" }).click();
    await page.getByRole("cell", { name: "giấy chào đời" }).waitFor();
    await expectAccessible(page, "local words");
    await phoneScreenshot(page, "kb-local-words");
    expect(await topOf("làm giấy chào đời cho con")).toBe("1.001193");
    expect(await page.getByText("Bot hiểu câu hỏi thành").isVisible()).toBe(true);
  });

  it("groups the unanswered questions with masked numbers", async () => {
    const unanswered = new UnansweredQuestions(createUnansweredStore(svc.service.database.prisma));
    await unanswered.record("xin giấy phép bán hàng rong, gọi 0912345678", "declined", "telegram");
    await unanswered.record("Cho hỏi xin giấy phép bán hàng rong ạ", "declined", "zalo");
    await unanswered.record("<i>đổi bằng lái xe</i>", "human", "telegram");
    await page.goto(`${svc.url}/console/unanswered`);
    const rows = page.locator("table.unanswered tbody tr");
    expect(await rows.count()).toBe(2);
    expect(await rows.first().locator("td").first().textContent()).toBe("2");
    expect(await page.locator("table.unanswered").textContent()).toContain("gọi [số]");
    expect(await page.locator("table.unanswered i").count()).toBe(0);
    expect(await overflowsPhone(page)).toBe(false);
    await expectAccessible(page, "unanswered questions");
    await phoneScreenshot(page, "kb-unanswered");
  });
});
