import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { createApp } from "../../../src/http/app.js";
import { createMetrics } from "../../../src/http/metrics.js";
import { CLI_OPERATOR } from "../../../src/core/staff/actor.js";
import type { Database } from "../../../src/db/database.js";
import { createStaffStore } from "../../../src/db/repositories/staff-repository.js";
import { seedDemo } from "../../../src/db/seed/seed.js";
import { hashPassword } from "../../../src/security/password.js";
import { buildCalendarService } from "../../../src/wiring/calendar.js";
import { buildStaffConsole, buildStaffServices } from "../../../src/wiring/console.js";
import { buildNews } from "../../../src/wiring/news.js";
import { buildFeedback } from "../../../src/wiring/feedback.js";
import { LocalFileStorage } from "../../../src/storage/local-file-storage.js";
import { tmpdir } from "node:os";
import path from "node:path";
import { CookieJar, csrfTokenIn, signInOverHttp } from "../../support/console-service.js";
import { backendName, openTestDb } from "../../support/db.js";

async function serve(db: Database, env: Record<string, string>): Promise<{ base: string; server: Server }> {
  const config = loadConfig({ DATA_DIR: "memory://", ...env });
  const staffConsole = buildStaffConsole(db, config, {
    news: await buildNews(db, config),
    desk: { feedback: (await buildFeedback(db, config.feedback)).service, calendar: buildCalendarService(db), files: new LocalFileStorage(path.join(tmpdir(), "motcua-console-http")) },
  });
  const app = createApp({ logger: pino({ level: "silent" }), metrics: createMetrics(), checkReady: async () => ({ ok: true }), routers: [staffConsole.apiAuth.guard, staffConsole.router], https: config.https });
  const server = app.listen(0);
  await new Promise((r) => server.once("listening", r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

// The console's HTTP plumbing: cookies, security headers, static files, redirects, errors.
describe(`console HTTP plumbing (${backendName})`, () => {
  let db: Database;
  let plain: { base: string; server: Server };
  let secure: { base: string; server: Server };
  const account = { email: "an@ward.vn", password: "an-password-123" };

  beforeAll(async () => {
    db = await openTestDb();
    const { orgId } = await seedDemo(db.prisma, { email: "root@ward.vn", password: "root-password-1" });
    plain = await serve(db, {});
    secure = await serve(db, { PUBLIC_BASE_URL: "https://motcua.ward.example" });
    const services = buildStaffServices(db, { console: { sessionIdleMinutes: 60, sessionMaxHours: 12 } });
    const created = await services.staffAccounts.create(CLI_OPERATOR, { email: account.email, fullName: "An", roles: ["editor"], departmentIds: [] }, orgId);
    await createStaffStore(db.prisma).setPassword(created.account.id, await hashPassword(account.password), false, new Date());
  });
  afterAll(async () => {
    plain?.server.close();
    secure?.server.close();
    await db?.close();
  });

  it("over https: __Host- cookies, Secure, httpOnly, SameSite=Lax, and pages that ask for https", async () => {
    const form = await fetch(`${secure.base}/console/sign-in`);
    const pre = form.headers.getSetCookie().join("\n");
    expect(pre).toMatch(/^__Host-motcua_pre=[A-Za-z0-9_-]+; Max-Age=43200; Path=\/; Expires=.+; HttpOnly; Secure; SameSite=Lax$/);
    expect(form.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const jar = new CookieJar();
    jar.take(form);
    const signedIn = await fetch(`${secure.base}/console/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: csrfTokenIn(await form.text()), ...account }).toString(),
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.getSetCookie().join("\n")).toMatch(/^__Host-motcua_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; .*HttpOnly; Secure; SameSite=Lax$/);
  });

  it("over plain http (a ward intranet): no Secure flag and no request upgrade, which would break the pages", async () => {
    const form = await fetch(`${plain.base}/console/sign-in`);
    expect(form.headers.getSetCookie()[0]).not.toContain("Secure");
    expect(form.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(form.headers.get("cache-control")).toBe("no-store");
  });

  it("serves its stylesheet and htmx from the app itself", async () => {
    const css = await fetch(`${plain.base}/console/static/console.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const htmx = await fetch(`${plain.base}/console/static/htmx.min.js`);
    expect(htmx.status).toBe(200);
    expect(await htmx.text()).toContain("htmx");
    expect((await fetch(`${plain.base}/console/static/../../package.json`)).status).not.toBe(200);
    const page = await (await fetch(`${plain.base}/console/sign-in`)).text();
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // no CDN, no outside address
  });

  it("never sends a signed-in person to another site after sign-in", async () => {
    for (const next of ["https://evil.example/", "//evil.example/console", "/console/../x", "/consolex"]) {
      const jar = new CookieJar();
      const form = await fetch(`${plain.base}/console/sign-in?next=${encodeURIComponent(next)}`);
      jar.take(form);
      const html = await form.text();
      const post = await fetch(`${plain.base}/console/sign-in`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: csrfTokenIn(html), next, ...account }).toString(),
      });
      expect(post.headers.get("location"), next).toBe("/console");
    }
  });

  it("shows the signed-in a console 404 page, and strangers only the sign-in page", async () => {
    const { jar } = await signInOverHttp(plain.base, account.email, account.password);
    const missing = await fetch(`${plain.base}/console/no-such-page`, { headers: { cookie: jar.header() } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Không tìm thấy");
    const stranger = await fetch(`${plain.base}/console/no-such-page`, { redirect: "manual" });
    expect(stranger.status).toBe(303);
    expect(stranger.headers.get("location")).toBe("/console/sign-in?next=%2Fconsole%2Fno-such-page");
  });

  it("answers the JSON API with 401 JSON, never the sign-in page", async () => {
    const res = await fetch(`${plain.base}/api/me`);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
  });
});
