/**
 * The audit page in an administrator's words (#13 walkthrough point 4): actions and fields by their Vietnamese
 * names, ids as the names of what they point at, no raw JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, csrfTokenIn, signInOverHttp, startTestService, type TestService } from "../../support/console-service.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const OPERATOR = { kind: "operator", label: "test" } as const;

describe(`the audit page (${backend})`, () => {
  let svc: TestService;
  let jar: CookieJar;
  let csrf: string;

  const get = async (path: string) => fetch(`${svc.url}${path}`, { headers: { cookie: jar.header() }, redirect: "manual" });
  const post = async (path: string, fields: Record<string, string>) =>
    fetch(`${svc.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: csrf, ...fields }).toString() });

  beforeAll(async () => {
    svc = await startTestService();
    const admin = await svc.createStaff("admin");
    ({ jar } = await signInOverHttp(svc.url, admin.email, admin.password));
    csrf = csrfTokenIn(await (await get("/console")).text());
  });
  afterAll(async () => svc?.close());

  it("names the action, the fields and the department a category was given, not codes and ids", async () => {
    const vp = (await svc.services.departments.findByCode("VP"))!;
    const { policies } = await svc.services.categories.list(OPERATOR);
    expect((await post("/console/admin/categories", { code: "cay_do", name: "Cây đổ", description: "", departmentId: vp.id, slaPolicyId: policies[0]!.id, active: "on" })).status).toBe(303);
    const html = await (await get("/console/admin/audit?action=category.create")).text();
    const table = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    expect(table).toContain("Tạo lĩnh vực phản ánh");
    expect(table).toContain("Lĩnh vực phản ánh");
    expect(table).toContain(`<strong>Phòng ban</strong>: — → ${vp.name}`);
    expect(table).toContain(`<strong>Hạn xử lý</strong>: — → ${policies[0]!.name}`);
    expect(table).toContain("<strong>Đang dùng</strong>: — → Có");
    expect(table).not.toContain("category.create");
    expect(table).not.toContain(vp.id);
    expect(table).not.toContain("departmentId");
    // the filter offers actions by name too
    expect(html).toContain('<option value="category.create" selected>Tạo lĩnh vực phản ánh</option>');
  });
});
