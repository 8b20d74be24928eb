/**
 * The administrator's pages in a real browser against the real service: every page passes axe and is kept as a
 * 360 px screenshot (the routing rules page with the demo rules and with one added); a department named with HTML shows as text; the administrator creates an officer for one
 * department, the officer signs in with the one-time password, must change it, and then sees only what the
 * officer role allows.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/console-service.js";
import { expectAccessible, hasChromium, launchBrowser, newPage, overflowsPhone, PHONE, phoneScreenshot, signIn } from "./support/browser.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const XSS = "<script>alert(1)</script>";

describe.skipIf(!hasChromium)(`administrator pages in a browser (${backend})`, () => {
  let svc: TestService;
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    svc = await startTestService();
    browser = await launchBrowser();
    const account = await svc.createStaff("admin", { name: "Lê Quản Trị" });
    admin = (await newPage(browser, PHONE)).page;
    admin.on("dialog", (d) => void d.accept());
    await signIn(admin, svc.url, account.email, account.password);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  it("creates a department whose name is HTML and shows it as text", async () => {
    await admin.goto(`${svc.url}/console/admin/departments`);
    await admin.getByLabel("Mã", { exact: false }).first().fill("TEST");
    await admin.getByLabel("Tên phòng ban").fill(XSS);
    await admin.getByRole("button", { name: "Thêm phòng ban" }).click();
    await admin.waitForURL(/notice=created/);
    await expect(admin.getByRole("link", { name: XSS }).textContent()).resolves.toBe(XSS);
    expect(await admin.evaluate(() => document.querySelectorAll("main script").length)).toBe(0);
  });

  it("shows every administrator page accessibly at phone width", async () => {
    // a token, so that the tokens table has a row to lay out
    await svc.services.apiTokens.create({ kind: "operator", label: "test" }, { name: "CMS cổng thông tin phường Hòa An", role: "editor" });
    const pages: Array<[string, string, string]> = [
      ["/console/admin/organisation", "Thông tin đơn vị", "admin-organisation"],
      ["/console/admin/departments", "Phòng ban", "admin-departments"],
      ["/console/admin/categories", "Loại phản ánh", "admin-categories"],
      ["/console/admin/routing-rules", "Quy tắc chuyển phản ánh", "admin-routing-rules-demo"],
      ["/console/admin/calendar?year=2027", "Lịch làm việc 2027", "admin-calendar"],
      ["/console/admin/staff", "Tài khoản cán bộ", "admin-staff"],
      ["/console/admin/tokens", "Mã truy cập API", "admin-tokens"],
      ["/console/admin/audit", "Nhật ký thao tác", "admin-audit"],
    ];
    for (const [path, heading, shot] of pages) {
      await admin.goto(`${svc.url}${path}`);
      await expect(admin.getByRole("heading", { level: 1 }).textContent(), path).resolves.toBe(heading);
      await expectAccessible(admin, path);
      expect(await overflowsPhone(admin), path).toBe(false);
      // every table (departments, categories, rules, staff, tokens, audit) stacks its rows on a phone instead of
      // scrolling sideways
      if (!["admin-organisation", "admin-calendar"].includes(shot)) await admin.locator("table.stack tbody tr").first().waitFor();
      expect(await tablesScrollSideways(admin), path).toEqual([]);
      await phoneScreenshot(admin, shot);
    }
    // the calendar of 2027 lists Tết and Giỗ Tổ, computed from the lunar calendar by the seed
    await admin.goto(`${svc.url}/console/admin/calendar?year=2027`);
    await expect(admin.locator("#day-2027-02-06-name").inputValue()).resolves.toBe("Tết Nguyên đán (mùng 1)");
    await expect(admin.locator("#day-2027-04-16-name").inputValue()).resolves.toBe("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
  });

  it("adds a routing rule through the form and lays the rules out as cards on a phone", async () => {
    await admin.goto(`${svc.url}/console/admin/routing-rules`);
    await admin.getByLabel("Cụm từ").fill("chợ Hòa An\nchợ Hòa An mới");
    await admin.getByLabel("Loại quy tắc").selectOption({ label: "Địa điểm" });
    await admin.getByLabel("Chuyển đến phòng ban").selectOption({ index: 1 });
    await admin.getByRole("button", { name: "Thêm quy tắc" }).click();
    await admin.waitForURL(/notice=created/);
    await expect(admin.getByRole("link", { name: "chợ Hòa An; chợ Hòa An mới" }).count()).resolves.toBe(1);
    await expectAccessible(admin, "/console/admin/routing-rules");
    expect(await overflowsPhone(admin)).toBe(false);
    expect(await tablesScrollSideways(admin)).toEqual([]);
    await phoneScreenshot(admin, "admin-routing-rules");
  });

  it("creates an officer for one department who must change the one-time password and then sees only the officer's pages", async () => {
    await admin.goto(`${svc.url}/console/admin/staff`);
    await admin.getByLabel("Email").fill("binh.officer@ward.vn");
    await admin.getByLabel("Họ và tên").fill("Trần Văn Bình");
    await admin.getByRole("checkbox", { name: /Cán bộ phòng ban/u }).check();
    await admin.getByRole("checkbox", { name: "Văn phòng HĐND và UBND phường" }).check();
    await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
    const password = (await admin.getByTestId("one-time-password").textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(10);
    await expectAccessible(admin, "one-time password");
    await phoneScreenshot(admin, "admin-staff-one-time-password");
    // post-redirect-get: reloading the result neither posts the form again nor shows the password again
    const created = await svc.services.staffAccounts.list({ kind: "operator", label: "test" });
    await admin.reload();
    await admin.getByText("đã hiện rồi nên không hiện lại", { exact: false }).waitFor();
    expect(await admin.content()).not.toContain(password);
    expect((await svc.services.staffAccounts.list({ kind: "operator", label: "test" })).length).toBe(created.length);
    // the list never shows it again
    await admin.goto(`${svc.url}/console/admin/staff`);
    expect(await admin.content()).not.toContain(password);
    await admin.getByText("Chưa đổi mật khẩu dùng một lần").first().waitFor();

    const { page: officer } = await newPage(browser, PHONE);
    await signIn(officer, svc.url, "binh.officer@ward.vn", password);
    expect(new URL(officer.url()).pathname).toBe("/console/password");
    await officer.getByLabel("Mật khẩu hiện tại").fill(password);
    await officer.getByLabel("Mật khẩu mới", { exact: true }).fill("đèn đường ngõ năm sáng rồi");
    await officer.getByLabel("Nhập lại mật khẩu mới").fill("đèn đường ngõ năm sáng rồi");
    await officer.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await officer.waitForURL(/notice=password_changed/);
    const menu = (await officer.locator("nav.side a").allTextContents()).map((t) => t.trim());
    expect(menu).toEqual(expect.arrayContaining(["Tổng quan"]));
    expect(menu.some((t) => /Hàng đợi/u.test(t))).toBe(true);
    for (const adminOnly of ["Thông tin đơn vị", "Phòng ban", "Tài khoản cán bộ", "Mã truy cập API", "Nhật ký thao tác", "Lịch làm việc"]) expect(menu).not.toContain(adminOnly);
    const refused = await officer.goto(`${svc.url}/console/admin/staff`);
    expect(refused?.status()).toBe(403);
    await officer.getByText("Bạn không có quyền dùng trang này").waitFor();

    // the administrator sees the creation and the officer's own password change in the audit log
    await admin.goto(`${svc.url}/console/admin/audit?action=staff.create`);
    await admin.getByText("binh.officer@ward.vn", { exact: false }).first().waitFor();
  });
});

/** Tables of the page whose box is wider than their frame (they would scroll sideways), by their label. */
function tablesScrollSideways(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>(".table-wrap")).filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => w.getAttribute("aria-label") ?? "?"),
  );
}
