import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOOTSTRAP_ADMIN, startTestService, type TestService } from "../support/console-service.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, phoneScreenshot, signIn } from "./support/browser.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

// Sign-in, the one-time password, wrong passwords, lockout, sign-out and CSRF, in a real browser against the real
// service (migrations, seed, console router) on port 0.
describe.skipIf(!hasChromium)(`console sign-in in a browser (${backend})`, () => {
  let svc: TestService;
  let browser: Browser;

  beforeAll(async () => {
    svc = await startTestService();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  it("sends the signed-out to the sign-in page and back to where they wanted to go", async () => {
    const { context, page } = await newPage(browser);
    const account = await svc.createStaff("admin");
    await page.goto(`${svc.url}/console/password`);
    expect(new URL(page.url()).pathname).toBe("/console/sign-in");
    await expectAccessible(page, "sign-in page");
    expect(await overflowsPhone(page)).toBe(false);
    await phoneScreenshot(page, "sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Mật khẩu").fill(account.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/\/console\/password$/);
    await context.close();
  });

  it("makes the bootstrap administrator change the password before anything else", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, svc.url, BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password);
    expect(new URL(page.url()).pathname).toBe("/console/password");
    await expect(page.getByText("mật khẩu dùng một lần", { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(await page.locator("nav.side").count()).toBe(0);
    // every other page sends them back here
    await page.goto(`${svc.url}/console`);
    expect(new URL(page.url()).pathname).toBe("/console/password");
    await expectAccessible(page, "password page");
    await phoneScreenshot(page, "password-change");

    // the rules: at least 10 characters, not the e-mail
    await page.getByLabel("Mật khẩu hiện tại").fill(BOOTSTRAP_ADMIN.password);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("short");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("short");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(page.getByText("Mật khẩu cần ít nhất 10 ký tự.").isVisible()).resolves.toBe(true);
    await page.getByLabel("Mật khẩu hiện tại").fill(BOOTSTRAP_ADMIN.password);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill(BOOTSTRAP_ADMIN.email);
    await page.getByLabel("Nhập lại mật khẩu mới").fill(BOOTSTRAP_ADMIN.email);
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(page.getByText("Mật khẩu không được trùng với email.").isVisible()).resolves.toBe(true);

    await page.getByLabel("Mật khẩu hiện tại").fill(BOOTSTRAP_ADMIN.password);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("một câu dễ nhớ của tôi");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("một câu dễ nhớ của tôi");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await page.waitForURL(/\/console\?notice=password_changed$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("Đã đổi mật khẩu");
    expect(await page.locator("nav.side").count()).toBe(1);
    await expectAccessible(page, "overview");
    await phoneScreenshot(page, "overview-admin");
    const audit = await svc.services.audit.list({ action: "staff.password_change" });
    expect(audit.map((a) => a.actorLabel)).toContain(BOOTSTRAP_ADMIN.email);
    await context.close();
  });

  it("refuses a wrong password without saying whether the e-mail exists", async () => {
    const { context, page } = await newPage(browser);
    const account = await svc.createStaff("editor");
    const responses: number[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith("/console/sign-in") && r.request().method() === "POST") responses.push(r.status());
    });
    await signIn(page, svc.url, account.email, "not the password");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Email hoặc mật khẩu không đúng");
    await signIn(page, svc.url, "nobody@motcua.test", "not the password");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Email hoặc mật khẩu không đúng");
    expect(responses).toEqual([401, 401]);
    // the e-mail stays filled in, the password does not
    await expect(page.getByLabel("Email").inputValue()).resolves.toBe("nobody@motcua.test");
    await expect(page.getByLabel("Mật khẩu").inputValue()).resolves.toBe("");
    await context.close();
  });

  it("locks an account after five wrong passwords, even against the right one, and audits the lock", async () => {
    const { context, page } = await newPage(browser);
    const account = await svc.createStaff("officer", { departments: ["VP"] });
    for (let i = 0; i < 5; i++) await signIn(page, svc.url, account.email, `wrong-${i}-password`);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Tài khoản tạm khóa");
    await signIn(page, svc.url, account.email, account.password);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Tài khoản tạm khóa");
    expect(new URL(page.url()).pathname).toBe("/console/sign-in");
    const locks = await svc.services.audit.list({ action: "staff.locked", entityId: account.id });
    expect(locks).toHaveLength(1);
    expect(locks[0]!.detail).toMatchObject({ email: account.email, failures: 5 });
    await phoneScreenshot(page, "sign-in-locked");
    await context.close();
  });

  it("signs out: the session ends on the server, and the console asks for sign-in again", async () => {
    const { context, page } = await newPage(browser);
    const account = await svc.createStaff("leader");
    await signIn(page, svc.url, account.email, account.password);
    expect(new URL(page.url()).pathname).toBe("/console");
    const cookie = (await context.cookies()).find((c) => c.name === "motcua_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL(/\/console\/sign-in\?notice=signed_out$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("Bạn đã đăng xuất");
    // the old cookie value is worthless now, even if someone kept it
    const stale = await fetch(`${svc.url}/console`, { headers: { cookie: `motcua_session=${cookie!.value}` }, redirect: "manual" });
    expect(stale.status).toBe(303);
    expect(stale.headers.get("location")).toBe("/console/sign-in");
    await context.close();
  });

  it("refuses a form posted without its CSRF token, and one from another site", async () => {
    const { context, page } = await newPage(browser);
    const account = await svc.createStaff("editor");
    await signIn(page, svc.url, account.email, account.password);
    await page.goto(`${svc.url}/console/password`);
    await page.evaluate(() => document.querySelector('main input[name="_csrf"]')?.remove());
    await page.getByLabel("Mật khẩu hiện tại").fill(account.password);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("mật khẩu mới rất dài");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("mật khẩu mới rất dài");
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Đổi mật khẩu" }).click()]);
    expect(response.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Biểu mẫu đã hết hạn");
    // a token of another browser does not fit this session either
    const cookie = (await context.cookies()).find((c) => c.name === "motcua_session")!;
    const forged = await fetch(`${svc.url}/console/sign-out`, {
      method: "POST",
      headers: { cookie: `motcua_session=${cookie.value}`, "content-type": "application/x-www-form-urlencoded" },
      body: "_csrf=bm90LXRoZS10b2tlbi1vZi10aGlzLXNlc3Npb24tYXQtYWxs",
    });
    expect(forged.status).toBe(403);
    // the password did not change and the session is still alive
    await page.goto(`${svc.url}/console`);
    expect(new URL(page.url()).pathname).toBe("/console");
    await context.close();
  });
});
