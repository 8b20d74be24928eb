import { describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/staff/actor.js";
import { accessOf, assertAllowed, can, CAPABILITIES, capabilitiesOf, PERMISSIONS, READ_ONLY_CAPABILITIES } from "../../../src/core/staff/permissions.js";
import { STAFF_ROLES, type StaffRole } from "../../../src/core/staff/roles.js";

const staff = (roles: StaffRole[], departmentIds: string[] = []): Actor => ({ kind: "staff", id: "s", orgId: "o", email: "a@b.vn", fullName: "A", roles, departmentIds });

describe("the permission table", () => {
  it("gives the administrator every capability, everywhere", () => {
    expect(capabilitiesOf(["admin"])).toEqual(CAPABILITIES);
    for (const c of CAPABILITIES) expect(accessOf(staff(["admin"]), c), c).toEqual({ all: true });
  });

  it("leaves leaders read-only", () => {
    const held = capabilitiesOf(["leader"]);
    expect(held.length).toBeGreaterThan(0);
    expect(held.filter((c) => !READ_ONLY_CAPABILITIES.has(c))).toEqual([]);
  });

  it("binds officers to their departments for every ticket capability, and gives them nothing else", () => {
    const officer = staff(["officer"], ["d1", "d2"]);
    expect(capabilitiesOf(["officer"]).every((c) => c.startsWith("tickets."))).toBe(true);
    expect(can(officer, "tickets.act", { departmentId: "d1" })).toBe(true);
    expect(can(officer, "tickets.act", { departmentId: "d3" })).toBe(false);
    expect(can(officer, "tickets.act", { departmentId: null })).toBe(false); // unrouted tickets are triage's
    expect(can(officer, "tickets.triage")).toBe(false);
    expect(accessOf(officer, "tickets.view")).toEqual({ all: false, departmentIds: ["d1", "d2"] });
    expect(can(officer, "config.staff")).toBe(false);
  });

  it("lets triage see and act on every ticket, including unrouted ones, but not configure", () => {
    const triage = staff(["triage"]);
    expect(can(triage, "tickets.act", { departmentId: null })).toBe(true);
    expect(can(triage, "tickets.triage")).toBe(true);
    expect(capabilitiesOf(["triage"]).some((c) => c.startsWith("config."))).toBe(false);
  });

  it("gives editors news, broadcasts and reading the knowledge base, not tickets", () => {
    const held = capabilitiesOf(["editor"]);
    expect(held).toEqual(expect.arrayContaining(["news.approve", "news.push", "broadcasts.send", "kb.view", "unanswered.view"]));
    expect(held.some((c) => c.startsWith("tickets.") || c === "kb.edit")).toBe(false);
  });

  it("combines several roles: the widest grant wins", () => {
    expect(accessOf(staff(["officer", "leader"], ["d1"]), "tickets.view")).toEqual({ all: true });
    expect(can(staff(["officer", "editor"], ["d1"]), "news.approve")).toBe(true);
  });

  it("refuses with a 403 AppError in services, and lets the command-line operator through", () => {
    expect(() => assertAllowed(staff(["leader"]), "config.staff")).toThrow(expect.objectContaining({ code: "forbidden", httpStatus: 403 }));
    expect(() => assertAllowed({ kind: "operator", label: "cli" }, "config.staff")).not.toThrow();
    expect(accessOf(staff([]), "tickets.view")).toBeNull();
  });

  it("names only known roles in its grants", () => {
    for (const [capability, rule] of Object.entries(PERMISSIONS)) {
      for (const role of Object.keys(rule.grants)) expect(STAFF_ROLES, capability).toContain(role);
    }
  });
});
