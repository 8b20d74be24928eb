import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTerminalChat } from "../../../bots/terminal/terminal-channel.js";
import { buildConversation } from "../../../src/wiring/conversation.js";
import { CookieJar, csrfTokenIn, signInOverHttp, startTestService, type TestService } from "../../support/console-service.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const OPERATOR = { kind: "operator", label: "test" } as const;

// The administrator's organisation pages over HTTP on the real service: profile, departments, categories, calendar.
describe(`admin pages: organisation, departments, categories, calendar (${backend})`, () => {
  let svc: TestService;
  let jar: CookieJar;
  let csrf: string;

  const get = async (path: string) => fetch(`${svc.url}${path}`, { headers: { cookie: jar.header() }, redirect: "manual" });
  const post = async (path: string, fields: Record<string, string>) =>
    fetch(`${svc.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: csrf, ...fields }).toString() });
  const auditOf = async (action: string) => (await svc.services.audit.list({ action })).map((e) => ({ before: e.before, after: e.after, entityId: e.entityId }));

  beforeAll(async () => {
    svc = await startTestService();
    const admin = await svc.createStaff("admin");
    ({ jar } = await signInOverHttp(svc.url, admin.email, admin.password));
    csrf = csrfTokenIn(await (await get("/console")).text());
  });
  afterAll(async () => svc?.close());

  it("saves the profile, audits what changed, and the bot tells citizens the new phone after its refresh", async () => {
    const conversation = await buildConversation(svc.service.database, pino({ level: "silent" }));
    const res = await post("/console/admin/organisation", { name: "phường Hòa An", phone: "0236 3999 111", address: "12 Lê Lợi", officeHours: "Sáng 7h30–11h30, thứ Hai đến thứ Sáu" });
    expect(res.status).toBe(303);
    const org = await svc.services.organisation.current();
    expect(org).toMatchObject({ name: "phường Hòa An", phone: "0236 3999 111", address: "12 Lê Lợi" });
    const [entry] = await auditOf("organisation.update");
    expect(entry?.after).toMatchObject({ phone: "0236 3999 111" });
    expect(await (await get("/console/admin/organisation")).text()).toContain("Điện thoại: 0236 3999 111");

    await conversation.refreshKnowledgeBase();
    const input = new PassThrough();
    let output = "";
    input.end("/canbo\n");
    await runTerminalChat({ input, output: { write: (t: string) => (output += t) }, createPipeline: (c) => conversation.pipelineFor(c), userId: "admin-profile-test" });
    expect(output).toContain("0236 3999 111");
    expect(output).toContain("12 Lê Lợi");
  });

  it("refuses a bad phone and an empty name, keeps what was typed and changes nothing", async () => {
    const res = await post("/console/admin/organisation", { name: "", phone: "gọi tôi", address: "Địa chỉ mới", officeHours: "" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Vui lòng điền mục này.");
    expect(html).toContain("Địa chỉ mới");
    expect(await svc.services.organisation.current()).toMatchObject({ name: "phường Hòa An", address: "12 Lê Lợi" });
  });

  it("creates, edits and deactivates a department; a name with HTML is shown as text", async () => {
    const created = await post("/console/admin/departments", { code: "xss", name: "<script>alert(1)</script>", kind: "external", email: "Dien.Luc@evn.vn", phone: "", active: "on" });
    expect(created.status).toBe(303);
    const d = (await svc.services.departments.findByCode("XSS"))!;
    expect(d).toMatchObject({ kind: "external", email: "dien.luc@evn.vn", active: true });
    const list = await (await get("/console/admin/departments")).text();
    expect(list).toContain("&lt;script>alert(1)&lt;/script>");
    expect(list).not.toContain("<script>alert(1)");
    const taken = await post("/console/admin/departments", { code: "XSS", name: "Trùng mã", kind: "internal", active: "on" });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain("Đã có một mục khác dùng giá trị này.");
    expect(await post(`/console/admin/departments/${d.id}`, { name: "Điện lực Hòa An", kind: "external", email: "dien.luc@evn.vn", phone: "1900 1006", active: "on" })).toHaveProperty("status", 303);
    expect(await post(`/console/admin/departments/${d.id}/active`, { active: "off" })).toHaveProperty("status", 303);
    expect(await svc.services.departments.findById(d.id)).toMatchObject({ name: "Điện lực Hòa An", phone: "1900 1006", active: false, code: "XSS" });
    expect((await auditOf("department.update"))[0]).toMatchObject({ before: { name: "<script>alert(1)</script>", phone: null }, after: { name: "Điện lực Hòa An", phone: "1900 1006" } });
    expect((await auditOf("department.deactivate"))[0]).toMatchObject({ before: { active: true }, after: { active: false } });
    expect((await get("/console/admin/departments/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("creates and edits a feedback category with its department, deadline policy and urgency", async () => {
    const vp = (await svc.services.departments.findByCode("VP"))!;
    const { policies } = await svc.services.categories.list(OPERATOR);
    expect(policies.length).toBeGreaterThan(0);
    const res = await post("/console/admin/categories", { code: "Cay_Do", name: "Cây đổ", description: "", departmentId: vp.id, slaPolicyId: policies[0]!.id, urgent: "on", active: "on" });
    expect(res.status).toBe(303);
    const category = (await svc.services.categories.list(OPERATOR)).categories.find((c) => c.code === "cay_do")!;
    expect(category).toMatchObject({ name: "Cây đổ", departmentId: vp.id, slaPolicyId: policies[0]!.id, urgent: true, active: true });
    const bad = await post(`/console/admin/categories/${category.id}`, { name: "Cây đổ", departmentId: "00000000-0000-4000-8000-000000000000", slaPolicyId: "", active: "on" });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Giá trị không có trong danh sách.");
    expect(await post(`/console/admin/categories/${category.id}`, { name: "Cây đổ, cành gãy", departmentId: vp.id, slaPolicyId: "", active: "on" })).toHaveProperty("status", 303);
    expect(await svc.services.categories.get(OPERATOR, category.id)).toMatchObject({ name: "Cây đổ, cành gãy", slaPolicyId: null, urgent: false });
    expect((await auditOf("category.update"))[0]).toMatchObject({ before: { urgent: true, slaPolicyId: policies[0]!.id }, after: { urgent: false, slaPolicyId: null } });
    expect(await (await get("/console/admin/categories")).text()).toContain("Cây đổ, cành gãy");
  });

  it("shows a year's holidays from the lunar calendar and adds, edits and removes days, all audited", async () => {
    const year = 2027;
    expect((await post("/console/admin/calendar/generate", { year: String(year) })).status).toBe(303);
    const page = await (await get(`/console/admin/calendar?year=${year}`)).text();
    // Tết 2027 falls on 6 February; Giỗ Tổ (10/3 lunar) on 16 April 2027
    expect(page).toContain("06/02/2027");
    expect(page).toContain("Tết Nguyên đán (mùng 1)");
    expect(page).toContain("16/04/2027");
    expect(page).toContain("Giỗ Tổ Hùng Vương");
    // a make-up working day on a Saturday; refused on a Wednesday with a message that says why
    expect((await post("/console/admin/calendar/days", { date: "2027-01-09", name: "Làm bù cho 4/1", kind: "working_day" })).status).toBe(303);
    const refused = await post("/console/admin/calendar/days", { date: "2027-01-06", name: "Làm bù", kind: "working_day" });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("vốn đã là ngày làm việc");
    expect((await post("/console/admin/calendar/days/2027-01-09", { name: "Làm bù Tết Dương lịch", kind: "working_day", year: "2027" })).status).toBe(303);
    expect((await post("/console/admin/calendar/days/2027-04-16/remove", { year: "2027" })).status).toBe(303);
    const days = await svc.services.calendarAdmin.year(OPERATOR, (await svc.services.organisation.current())!.id, year);
    expect(days.days.find((d) => d.date === "2027-01-09")).toMatchObject({ kind: "working_day", name: "Làm bù Tết Dương lịch", origin: "admin", removedAt: null });
    expect(days.days.find((d) => d.date === "2027-04-16")?.removedAt).not.toBeNull();
    expect((await auditOf("calendar.day_edit"))[0]).toMatchObject({ entityId: "2027-01-09", before: { name: "Làm bù cho 4/1" }, after: { name: "Làm bù Tết Dương lịch" } });
    expect((await auditOf("calendar.day_remove"))[0]).toMatchObject({ entityId: "2027-04-16", before: { removed: false }, after: { removed: true } });
  });
});
