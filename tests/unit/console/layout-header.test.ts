/**
 * The console header (#13 walkthrough point 5): an account named after its role does not show the same words
 * twice; another shows its name and its roles.
 */
import { h, type VNode } from "preact";
import { describe, expect, it } from "vitest";
import type { OrganisationProfile } from "../../../src/core/organisation/ports.js";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import { toHtml } from "../../../src/http/console/render.js";
import { Layout } from "../../../src/http/console/views/layout.js";

const org: OrganisationProfile = { id: "o", code: "hoa-an", name: "Phường Hòa An", level: "xa", province: "Đà Nẵng", phone: null, address: null, officeHours: null, timezone: "Asia/Ho_Chi_Minh" };

function header(fullName: string, roles: StaffActor["roles"]): string {
  const actor = { kind: "staff", id: "s", orgId: "o", email: "a@b.vn", fullName, roles } as StaffActor;
  const html = toHtml(h(Layout, { title: "Tổng quan", org, actor, menu: [], currentPath: "/console", csrfToken: "t", children: h("p", {}, "…") }) as VNode, "t");
  const start = html.indexOf('<span class="who-name"');
  // what the header shows (its title attribute repeats the roles for a pointer's hover)
  return html.slice(html.indexOf(">", start) + 1, html.indexOf("</span>", start));
}

describe("the console header", () => {
  it("shows 'Quản trị viên' once for an account of that name and role", () => {
    expect(header("Quản trị viên", ["admin"]).match(/Quản trị viên/gu)).toHaveLength(1);
  });

  it("shows a person's name and their roles", () => {
    const who = header("Nguyễn Văn Hạ Tầng", ["officer"]);
    expect(who).toContain("Nguyễn Văn Hạ Tầng");
    expect(who).toContain("<small>Cán bộ phòng ban</small>");
  });
});
