import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFeedback, type Feedback } from "../../../src/wiring/feedback.js";
import { CookieJar, csrfTokenIn, signInOverHttp, startTestService, type TestService } from "../../support/console-service.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const PAGE = "/console/admin/routing-rules";
const MESSAGE = "Ở chợ Hòa An rác để tràn ra lối đi mấy hôm nay";

// The administrator's routing rules over HTTP on the real service, and the router reading them as the service's
// one-minute refresh does (Feedback.reloadRules).
describe(`admin page: routing rules (${backend})`, () => {
  let svc: TestService;
  let jar: CookieJar;
  let csrf: string;
  let feedback: Feedback;

  const get = async (path: string, cookies = jar) => fetch(`${svc.url}${path}`, { headers: { cookie: cookies.header() }, redirect: "manual" });
  const post = async (path: string, fields: Record<string, string>, cookies = jar, token = csrf) =>
    fetch(`${svc.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie: cookies.header(), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: token, ...fields }).toString() });
  const auditOf = async (action: string) => (await svc.services.audit.list({ action })).map((e) => ({ before: e.before, after: e.after, entityId: e.entityId }));
  const rules = async () => svc.services.routingRules.list({ kind: "operator", label: "test" }, (await svc.services.organisation.current())!.id);

  beforeAll(async () => {
    svc = await startTestService();
    const admin = await svc.createStaff("admin");
    ({ jar } = await signInOverHttp(svc.url, admin.email, admin.password));
    csrf = csrfTokenIn(await (await get("/console")).text());
    feedback = await buildFeedback(svc.service.database, svc.config.feedback);
  });
  afterAll(async () => svc?.close());

  it("lists the demo ward's seeded rules, which route; with no rule, the empty state explains with an example", async () => {
    const seeded = await (await get(PAGE)).text();
    expect(seeded).toContain("công viên Bàu Tràm");
    expect(seeded).toContain("chợ tạm Hòa An");
    expect(seeded).toContain("trong vòng một phút");
    expect(feedback.router.route("Đèn ở công viên Bàu Tràm tắt cả tuần")).toMatchObject({ by: "rule", departmentCode: "KTHTDT", categoryCode: "ha-tang" });
    expect(await (await get("/console")).text()).toContain(`href="${PAGE}"`);

    await svc.service.database.prisma.routingRule.deleteMany({});
    const empty = await (await get(PAGE)).text();
    expect(empty).toContain("Chưa có quy tắc nào.");
    expect(empty).toContain("“chợ Hòa An”");
  });

  it("creates a rule that routes a message, then switching it off stops routing by it; both audited", async () => {
    expect(feedback.router.route(MESSAGE).by).not.toBe("rule");
    const market = (await svc.services.departments.findByCode("MT"))!;
    const created = await post(PAGE, { kind: "place", phrases: "chợ Hòa An\n  chợ   Hoà An mới ", departmentId: market.id, categoryId: "", priority: "5", active: "on" });
    expect(created.status).toBe(303);
    const [rule] = await rules();
    expect(rule).toMatchObject({ kind: "place", phrases: ["chợ Hòa An", "chợ Hoà An mới"], departmentId: market.id, categoryId: null, priority: 5, active: true });
    const list = await (await get(PAGE)).text();
    expect(list).toContain("chợ Hòa An; chợ Hoà An mới");
    expect(list).toContain("Địa điểm");
    expect(list).toContain(market.name);

    await feedback.reloadRules();
    expect(feedback.router.route(MESSAGE)).toMatchObject({ by: "rule", departmentCode: "MT", confidence: 1 });
    expect(feedback.router.route("o cho hoa an rac tran ra loi di")).toMatchObject({ by: "rule", departmentCode: "MT" });

    expect((await post(`${PAGE}/${rule!.id}/active`, { active: "off" })).status).toBe(303);
    await feedback.reloadRules();
    expect(feedback.router.route(MESSAGE).by).not.toBe("rule");
    expect(await (await get(PAGE)).text()).toContain("Đã tắt");

    expect((await auditOf("routing_rule.create"))[0]).toMatchObject({ entityId: rule!.id, after: { kind: "place", phrases: ["chợ Hòa An", "chợ Hoà An mới"], departmentId: market.id, active: true } });
    expect((await auditOf("routing_rule.deactivate"))[0]).toMatchObject({ entityId: rule!.id, before: { active: true }, after: { active: false } });
  });

  it("edits a rule's phrases and category, audited before and after", async () => {
    const [rule] = await rules();
    const category = (await svc.services.categories.list({ kind: "operator", label: "test" })).categories.find((c) => c.code === "rac-thai")!;
    const saved = await post(`${PAGE}/${rule!.id}`, { kind: "keyword", phrases: "rác chợ Hòa An", departmentId: rule!.departmentId, categoryId: category.id, priority: "2", active: "on" });
    expect(saved.status).toBe(303);
    await feedback.reloadRules();
    expect(feedback.router.route("Rác chợ Hòa An bốc mùi")).toMatchObject({ by: "rule", departmentCode: "MT", categoryCode: "rac-thai" });
    expect((await auditOf("routing_rule.update"))[0]).toMatchObject({
      entityId: rule!.id,
      before: { kind: "place", phrases: ["chợ Hòa An", "chợ Hoà An mới"], categoryId: null, priority: 5, active: false },
      after: { kind: "keyword", phrases: ["rác chợ Hòa An"], categoryId: category.id, priority: 2, active: true },
    });
    expect(await (await get(`${PAGE}/${rule!.id}`)).text()).toContain("rác chợ Hòa An");
  });

  it("refuses a missing or too short phrase and an unknown department with clear errors, keeping what was typed", async () => {
    const before = (await rules()).length;
    const empty = await post(PAGE, { kind: "keyword", phrases: " \n ", departmentId: "", priority: "0", active: "on" });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Vui lòng điền mục này.");
    const vp = (await svc.services.departments.findByCode("VP"))!;
    const short = await post(PAGE, { kind: "keyword", phrases: "đèn hẻm 9\nx", departmentId: vp.id, priority: "0", active: "on" });
    expect(short.status).toBe(422);
    const shortHtml = await short.text();
    expect(shortHtml).toContain("Mỗi cụm từ dài từ 2 đến 80 ký tự.");
    expect(shortHtml).toContain("đèn hẻm 9");
    const long = await post(PAGE, { kind: "keyword", phrases: "a".repeat(81), departmentId: vp.id, priority: "0", active: "on" });
    expect(long.status).toBe(422);
    const unknown = await post(PAGE, { kind: "keyword", phrases: "karaoke", departmentId: "00000000-0000-4000-8000-000000000000", priority: "0", active: "on" });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain("Giá trị không có trong danh sách.");
    expect((await rules()).length).toBe(before);
    expect((await get(`${PAGE}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it("shows HTML typed in a phrase as text", async () => {
    const vp = (await svc.services.departments.findByCode("VP"))!;
    expect((await post(PAGE, { kind: "keyword", phrases: "<script>alert(1)</script>", departmentId: vp.id, priority: "0", active: "on" })).status).toBe(303);
    const html = await (await get(PAGE)).text();
    expect(html).toContain("&lt;script>alert(1)&lt;/script>");
    expect(html).not.toContain("<script>alert(1)");
  });

  it("refuses the page and its actions to a non-administrator", async () => {
    const editor = await svc.createStaff("editor");
    const { jar: editorJar } = await signInOverHttp(svc.url, editor.email, editor.password);
    const editorCsrf = csrfTokenIn(await (await get("/console", editorJar)).text());
    expect(await (await get("/console", editorJar)).text()).not.toContain(`href="${PAGE}"`);
    expect((await get(PAGE, editorJar)).status).toBe(403);
    const count = (await rules()).length;
    const vp = (await svc.services.departments.findByCode("VP"))!;
    expect((await post(PAGE, { kind: "keyword", phrases: "karaoke", departmentId: vp.id, priority: "0", active: "on" }, editorJar, editorCsrf)).status).toBe(403);
    expect((await rules()).length).toBe(count);
  });
});
