import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, csrfTokenIn, signInOverHttp, startTestService, type TestService } from "../../support/console-service.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

// The administrator's account, token and audit pages over HTTP, on the real service and database.
describe(`admin pages: staff accounts, API tokens, audit log (${backend})`, () => {
  let svc: TestService;
  let jar: CookieJar;
  let csrf: string;
  let adminEmail: string;
  let adminPassword: string;
  /** The sealed one-time secret a response set. */
  const sealedAfter = (res: Response) => /motcua_once=([^;]+)/.exec(res.headers.getSetCookie().join("\n"))?.[1] ?? "";

  // as a browser: every answer's cookies are kept (the one-time secret travels in one from a POST to its page)
  const get = async (path: string) => {
    const res = await fetch(`${svc.url}${path}`, { headers: { cookie: jar.header() }, redirect: "manual" });
    jar.take(res);
    return res;
  };
  const post = async (path: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ _csrf: csrf });
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    const res = await fetch(`${svc.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" }, body: body.toString() });
    jar.take(res);
    return res;
  };
  /** Follows a POST's see-other redirect as a browser does; the page it lands on. */
  const followed = async (res: Response) => {
    expect(res.status).toBe(303);
    return get(res.headers.get("location")!);
  };

  beforeAll(async () => {
    svc = await startTestService();
    const admin = await svc.createStaff("admin");
    adminEmail = admin.email;
    adminPassword = admin.password;
    ({ jar } = await signInOverHttp(svc.url, admin.email, admin.password));
    csrf = csrfTokenIn(await (await get("/console")).text());
  });
  afterAll(async () => svc?.close());

  it("creates an officer for one department, shows the one-time password once, and the officer must change it", async () => {
    const vp = (await svc.services.departments.findByCode("VP"))!;
    const posted = await post("/console/admin/staff", { email: "Lan.Officer@Ward.vn", fullName: "Nguyễn Thị Lan", roles: "officer", departmentIds: vp.id });
    // post-redirect-get: the password is shown on the page the POST sends the browser to, never in its address
    const shown = posted.headers.get("location") ?? "";
    expect(shown).toMatch(/^\/console\/admin\/staff\/[0-9a-f-]+\/one-time-password$/);
    const res = await followed(posted);
    expect(res.status).toBe(200);
    const html = await res.text();
    const password = /data-testid="one-time-password">([^<]+)</.exec(html)?.[1];
    expect(password).toMatch(/^\S{10,}$/);
    expect(shown).not.toContain(password!);
    // a reload shows it no more, says how to get a new one, and creates no second account
    const reloaded = await (await get(shown)).text();
    expect(reloaded).not.toContain(password!);
    expect(reloaded).toContain("đã hiện rồi nên không hiện lại");
    expect((await svc.services.staffAccounts.list({ kind: "operator", label: "test" })).filter((a) => a.email === "lan.officer@ward.vn")).toHaveLength(1);
    // another session of the same administrator cannot read it, even with the cookie copied
    expect(sealedAfter(posted)).not.toBe("");
    const other = await signInOverHttp(svc.url, adminEmail, adminPassword);
    const copied = await fetch(`${svc.url}${shown}`, { headers: { cookie: `${other.jar.header()}; motcua_once=${sealedAfter(posted)}` } });
    expect(await copied.text()).not.toContain(password!);
    const account = (await svc.services.staffAccounts.list({ kind: "operator", label: "test" })).find((a) => a.email === "lan.officer@ward.vn")!;
    expect(account.mustChangePassword).toBe(true);
    expect(account.roles).toEqual([{ role: "officer", departmentId: vp.id }]);
    // the list shows the account but never the password again
    const list = await (await get("/console/admin/staff")).text();
    expect(list).toContain("lan.officer@ward.vn");
    expect(list).not.toContain(password!);
    // the officer signs in with it and is sent to the password page
    const officer = await signInOverHttp(svc.url, "lan.officer@ward.vn", password!);
    const next = await fetch(`${svc.url}/console/tickets`, { headers: { cookie: officer.jar.header() }, redirect: "manual" });
    expect(next.status).toBe(303);
    expect(next.headers.get("location")).toMatch(/^\/console\/password/);
  });

  it("refuses an officer without a department and a taken e-mail, keeping what was typed", async () => {
    const res = await post("/console/admin/staff", { email: adminEmail, fullName: "Người thứ hai", roles: "officer" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Đã có một mục khác dùng giá trị này.");
    expect(html).toContain("Người thứ hai");
    expect((await svc.services.staffAccounts.list({ kind: "operator", label: "test" })).filter((a) => a.fullName === "Người thứ hai")).toHaveLength(0);
  });

  it("disables an account (its sessions end), resets a password, and audits both with before and after", async () => {
    const target = await svc.createStaff("editor");
    const session = await signInOverHttp(svc.url, target.email, target.password);
    expect((await fetch(`${svc.url}/console`, { headers: { cookie: session.jar.header() }, redirect: "manual" })).status).toBe(200);
    const saved = await post(`/console/admin/staff/${target.id}`, { fullName: "Biên tập", roles: "editor" });
    expect(saved.status).toBe(303);
    expect((await fetch(`${svc.url}/console`, { headers: { cookie: session.jar.header() }, redirect: "manual" })).status).toBe(303);
    const reset = await followed(await post(`/console/admin/staff/${target.id}/reset-password`, {}));
    expect(await reset.text()).toMatch(/data-testid="one-time-password">\S{10,}</);
    const audit = await (await get(`/console/admin/audit?action=staff.disable`)).text();
    expect(audit).toContain("Khóa tài khoản");
    expect(audit).toMatch(/<strong>Đang dùng<\/strong>: Có → Không/);
  });

  it("refuses to let an administrator disable themselves", async () => {
    const me = (await svc.services.staffAccounts.list({ kind: "operator", label: "test" })).find((a) => a.email === adminEmail)!;
    const res = await post(`/console/admin/staff/${me.id}`, { fullName: "Quản trị", roles: "admin" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Bạn không thể tự khóa tài khoản của mình.");
    expect((await svc.services.staffAccounts.get({ kind: "operator", label: "test" }, me.id)).active).toBe(true);
  });

  it("creates an API token shown once that then works, lists only its prefix, and revokes it", async () => {
    const posted = await post("/console/admin/tokens", { name: "CMS cổng thông tin", role: "editor" });
    const res = await followed(posted);
    const token = /data-testid="api-token">([^<]+)</.exec(await res.text())?.[1];
    expect(token).toMatch(/^mc_/);
    // a reload creates no second token and does not show this one again
    const reloaded = await (await get(posted.headers.get("location")!)).text();
    expect(reloaded).not.toContain(token!);
    expect(reloaded).toContain("đã hiện rồi nên không hiện lại");
    expect((await svc.services.apiTokens.list({ kind: "operator", label: "test" })).filter((t) => t.name === "CMS cổng thông tin")).toHaveLength(1);
    expect(await svc.services.apiTokens.authenticate(token!)).toMatchObject({ name: "CMS cổng thông tin", roles: ["editor"] });
    const list = await (await get("/console/admin/tokens")).text();
    expect(list).toContain("CMS cổng thông tin");
    expect(list).not.toContain(token!);
    const id = /action="\/console\/admin\/tokens\/([0-9a-f-]+)\/revoke"/.exec(list)![1]!;
    expect((await post(`/console/admin/tokens/${id}/revoke`, {})).status).toBe(303);
    expect(await svc.services.apiTokens.authenticate(token!)).toBeNull();
    const officerToken = await post("/console/admin/tokens", { name: "x", role: "officer" });
    expect(officerToken.status).toBe(422);
  });

  it("filters the audit log by who, action and period, and pages it", async () => {
    const all = await (await get(`/console/admin/audit?who=${encodeURIComponent(adminEmail)}`)).text();
    expect(all).toContain("Tạo mã truy cập");
    expect(all).toContain("Tạo tài khoản");
    const tokensOnly = await (await get(`/console/admin/audit?action=api_token.revoke`)).text();
    const table = (html: string) => html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    expect(table(tokensOnly)).toContain("Thu hồi mã truy cập");
    expect(table(tokensOnly)).not.toContain("Tạo tài khoản");
    const future = await (await get(`/console/admin/audit?from=2099-01-01`)).text();
    expect(future).toContain("Không có mục nào khớp bộ lọc.");
    for (let i = 0; i < 55; i++) await svc.services.audit.record({ actor: { kind: "operator", label: "paging" }, action: "test.paging", entityType: "test", entityId: String(i) });
    const first = await (await get(`/console/admin/audit?action=test.paging`)).text();
    expect(first.match(/<code>test\.paging<\/code>/g)).toHaveLength(50);
    const older = /href="(\/console\/admin\/audit\?[^"]*before=\d+[^"]*)"/.exec(first)![1]!.replaceAll("&amp;", "&");
    const second = await (await get(older)).text();
    expect(second.match(/<code>test\.paging<\/code>/g)).toHaveLength(5);
  });
});
