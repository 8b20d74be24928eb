/**
 * The overview's tiles follow the menu (#13 walkthrough point 5): the ticket queue before news, whatever order the
 * routes were declared in.
 */
import type { VNode } from "preact";
import { describe, expect, it } from "vitest";
import { homeRoutes } from "../../../src/http/console/pages/home.js";
import type { StaffRequest, StaffRoute } from "../../../src/http/console/route.js";
import { toHtml } from "../../../src/http/console/render.js";

describe("the overview's tiles", () => {
  it("lists the pages by menu group, then by their place in it", async () => {
    const menu = [
      { group: "news" as const, label: "Tin chờ duyệt", href: "/console/news", order: 10 },
      { group: "admin" as const, label: "Nhật ký thao tác", href: "/console/admin/audit", order: 60 },
      { group: "tickets" as const, label: "Mẫu trả lời", href: "/console/tickets/templates", order: 20 },
      { group: "tickets" as const, label: "Hàng đợi phản ánh", href: "/console/tickets", order: 10 },
    ];
    const request = { actor: { kind: "staff", id: "s", orgId: "o", email: "a@b.vn", fullName: "Quản trị viên", roles: ["admin"] }, menu } as unknown as StaffRequest;
    const result = await (homeRoutes[0] as StaffRoute).handle(request);
    const html = result.kind === "page" ? toHtml(result.body as VNode, "t") : "";
    const order = [...html.matchAll(/<a class="tile" href="[^"]*"><strong>([^<]*)<\/strong>/gu)].map((m) => m[1]);
    expect(order).toEqual(["Hàng đợi phản ánh", "Mẫu trả lời", "Tin chờ duyệt", "Nhật ký thao tác"]);
  });
});
