import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";

/** Debian's chromium (installed by .ci/run when tests/e2e exists). */
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** Screenshots kept as test artefacts (gitignored; the README's images are copies under docs/console/). */
export const ARTEFACTS = fileURLToPath(new URL("../artefacts", import.meta.url));

/** Phone width the console must work at. */
export const PHONE = { width: 360, height: 780 };
/** A ward office PC. */
export const DESKTOP = { width: 1366, height: 768 };

/**
 * One headless chromium per test file. playwright's launch() gives each browser a fresh temporary user-data
 * directory (it refuses a --user-data-dir argument), so no profile state leaks between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A fresh context (its own cookie jar) with one page; Vietnamese locale, the organisation's time zone. */
export async function newPage(browser: Browser, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  // a missing element fails within seconds, not at the test's timeout
  page.setDefaultTimeout(8_000);
  return { context, page };
}

/** Signs in through the form; the page ends on whatever the console shows next. */
export async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/console/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu", { exact: false }).first().fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForLoadState("domcontentloaded");
}

/** A full-page screenshot at phone width, kept under tests/e2e/artefacts/<name>.png. */
export async function phoneScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  const file = path.join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (before) await page.setViewportSize(before);
  return file;
}

/** The whole page at an office PC's width, beside the phone screenshots. */
export async function desktopScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const before = page.viewportSize();
  await page.setViewportSize(DESKTOP);
  // a page opened on a wide screen starts with its menu open (menu.js folds it only on a phone)
  await page.evaluate(() => document.querySelector("details.menu")?.setAttribute("open", ""));
  const file = path.join(ARTEFACTS, `${name}-desktop.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (before) await page.setViewportSize(before);
  return file;
}

/** Whether anything outside a scrollable region makes the page wider than the phone. */
export async function overflowsPhone(page: Page): Promise<boolean> {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  if (before) await page.setViewportSize(before);
  return wide;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe-core on the page (WCAG 2.x A and AA rules) and fails on serious or critical violations. The script is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy does not restrict.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const grave = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(grave.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), label).toEqual([]);
}
