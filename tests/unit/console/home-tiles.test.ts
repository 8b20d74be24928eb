/**
 * The overview's tiles follow the menu (#13 walkthrough point 5): the ticket queue before news, whatever order the
 * routes were declared in.
 */
import type { VNode } from "preact";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTER } from "../../../src/core/feedback/desk/queue.js";
import { TICKET_STATUSES } from "../../../src/core/feedback/ticket.js";
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
    const status = Object.fromEntries([["open", 3], ["all", 5], ...TICKET_STATUSES.map((s) => [s, 0])]);
    const counts = { total: 3, status: { ...status, triage: 1 }, category: new Map(), department: new Map(), urgent: 1, overdue: 2, today: 0, reopened: 0 };
    const queue = async () => ({ filter: DEFAULT_FILTER, items: [], counts, overview: counts, next: null, paged: false, departments: [], categories: [], seesAll: true });
    const services = { tickets: { queue } };
    const request = { actor: { kind: "staff", id: "s", orgId: "o", email: "a@b.vn", fullName: "Quản trị viên", roles: ["admin"] }, menu, services, org: { id: "o" }, now: new Date() } as unknown as StaffRequest;
    const result = await (homeRoutes[0] as StaffRoute).handle(request);
    const html = result.kind === "page" ? toHtml(result.body as VNode, "t") : "";
    const order = [...html.matchAll(/<a class="tile" href="[^"]*"><strong>([^<]*)<\/strong>/gu)].map((m) => m[1]);
    expect(order).toEqual(["Hàng đợi phản ánh", "Mẫu trả lời", "Tin chờ duyệt", "Nhật ký thao tác"]);
    // the queue's counts head the page, before the tiles
    expect(html.indexOf('id="home-tickets"')).toBeLessThan(html.indexOf('class="tile"'));
    expect(html).toMatch(/Quá hạn <span class="chip-count">2<\/span>/u);
  });
});
