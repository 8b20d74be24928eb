import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/core/staff/actor.js";
import { can, type Capability } from "../../../src/core/staff/permissions.js";
import { STAFF_ROLES, type StaffRole } from "../../../src/core/staff/roles.js";
import { CONSOLE_ROUTES } from "../../../src/http/console/routes.js";
import type { StaffRoute } from "../../../src/http/console/route.js";
import { CookieJar, csrfTokenIn, signInOverHttp, startTestService, type TestService } from "../../support/console-service.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
/** Any id in a path: a well-formed id that does not exist, so allowed requests end in 404, never 500. */
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

const staffRoutes = CONSOLE_ROUTES.filter((r): r is StaffRoute => r.access !== "public")
  // sign-out ends the session the walk uses, so it goes last
  .sort((a, b) => Number(a.path === "/sign-out") - Number(b.path === "/sign-out"));
const urlOf = (route: StaffRoute) => `/console${route.path === "/" ? "" : route.path.replace(/:[A-Za-z]+/g, UNKNOWN_ID)}`;

// One table-driven walk: every console route, for every role and for a stranger, answers as the permission
// table says: 403 when the role lacks the route's capability, anything but 403 (and never a 5xx) when it has it.
describe(`every console route for every role (${backend})`, () => {
  let svc: TestService;
  const sessions = new Map<StaffRole, { jar: CookieJar; csrf: string; actor: Actor }>();

  beforeAll(async () => {
    svc = await startTestService();
    for (const role of STAFF_ROLES) {
      const account = await svc.createStaff(role, role === "officer" ? { departments: ["VP"] } : {});
      const { jar } = await signInOverHttp(svc.url, account.email, account.password);
      const home = await fetch(`${svc.url}/console`, { headers: { cookie: jar.header() } });
      const signedIn = (await svc.services.auth.authenticate(jar.get("motcua_session")!))!;
      sessions.set(role, { jar, csrf: csrfTokenIn(await home.text()), actor: signedIn.actor });
    }
  });
  afterAll(async () => svc?.close());

  it("sends a stranger to the sign-in page from every route", async () => {
    for (const route of staffRoutes) {
      const res = await fetch(`${svc.url}${urlOf(route)}`, { method: route.method, redirect: "manual" });
      expect(res.status, `${route.method} ${route.path}`).toBe(303);
      expect(res.headers.get("location"), `${route.method} ${route.path}`).toMatch(/^\/console\/sign-in/);
    }
  });

  it("shows each role a menu of exactly the pages it may open", async () => {
    for (const role of STAFF_ROLES) {
      const { jar, actor } = sessions.get(role)!;
      const html = await (await fetch(`${svc.url}/console`, { headers: { cookie: jar.header() } })).text();
      const nav = /<nav class="side"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
      const expected = staffRoutes.filter((r) => r.menu && r.method === "GET" && (r.access === "signed_in" || can(actor, r.access))).map(urlOf).sort();
      const shown = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).sort();
      expect(shown, role).toEqual(expected);
    }
  });

  it("gives the editor's pages to editors and admins, lets leaders read them, and keeps officers and triage out", () => {
    // issue #14's roles, as the table that the walk below enforces says them
    const editorRoutes = staffRoutes.filter((r) => r.access !== "signed_in" && /^(news|broadcasts)\./.test(r.access));
    expect(editorRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(["GET /broadcasts/new", "POST /broadcasts/new", "GET /broadcasts/:id", "POST /broadcasts/:id/cancel", "GET /broadcasts"]));
    for (const route of editorRoutes) {
      const label = `${route.method} ${route.path}`;
      for (const role of ["editor", "admin"] as const) expect(can(sessions.get(role)!.actor, route.access as Capability), `${role} ${label}`).toBe(true);
      for (const role of ["officer", "triage"] as const) expect(can(sessions.get(role)!.actor, route.access as Capability), `${role} ${label}`).toBe(false);
      expect(can(sessions.get("leader")!.actor, route.access as Capability), `leader ${label}`).toBe(route.method === "GET" && route.access === "broadcasts.view");
    }
  });

  it("gives the knowledge base to admins (editors read it) and the unanswered questions to admins, editors and leaders", () => {
    // issue #10 points 5 and 6, as the table that the walk below enforces says them
    const kbRoutes = staffRoutes.filter((r) => r.path.startsWith("/kb/") || r.path === "/unanswered");
    expect(kbRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(["GET /kb/procedures", "GET /kb/procedures/:code", "POST /kb/procedures/:code/active", "GET /kb/try", "GET /kb/import", "POST /kb/import", "GET /kb/import/:jobId", "POST /kb/import/:jobId/apply", "GET /kb/local-words", "POST /kb/local-words", "POST /kb/local-words/:id/delete", "GET /unanswered"]),
    );
    const allowed = (role: StaffRole, route: StaffRoute) => can(sessions.get(role)!.actor, route.access as Capability);
    for (const route of kbRoutes) {
      const label = `${route.method} ${route.path}`;
      expect(allowed("admin", route), `admin ${label}`).toBe(true);
      for (const role of ["officer", "triage"] as const) expect(allowed(role, route), `${role} ${label}`).toBe(false);
      // editors read procedures, try questions and read local words; only admins change anything
      expect(allowed("editor", route), `editor ${label}`).toBe(route.method === "GET" && route.access !== "kb.edit");
      expect(allowed("leader", route), `leader ${label}`).toBe(route.path === "/unanswered");
    }
  });

  it.each(STAFF_ROLES)("answers %s as the permission table says", async (role) => {
    const { jar, csrf, actor } = sessions.get(role)!;
    const seen: string[] = [];
    for (const route of staffRoutes) {
      const res = await fetch(`${svc.url}${urlOf(route)}`, {
        method: route.method,
        redirect: "manual",
        headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
        ...(route.method === "POST" ? { body: new URLSearchParams({ _csrf: csrf }).toString() } : {}),
      });
      const allowed = route.access === "signed_in" || can(actor, route.access);
      const label = `${role} ${route.method} ${route.path} (${route.access})`;
      expect(res.status, label).toBeLessThan(500);
      if (allowed) {
        expect(res.status, label).not.toBe(403);
        // a page without ids in its path opens for whoever may use it
        if (route.method === "GET" && !route.path.includes(":")) expect(res.status, label).toBe(200);
        // a session the console did not accept would be sent to sign in (sign-out itself goes there with a notice)
        expect(res.headers.get("location") ?? "", label).not.toMatch(/^\/console\/sign-in(\?next=|$)/);
      } else {
        expect(res.status, label).toBe(403);
      }
      seen.push(`${route.method} ${route.path}`);
    }
    expect(seen.length).toBe(staffRoutes.length);
  });

  // The JSON API by the same table: no token or an unknown one is 401 JSON; a token's role gets 403 where the table
  // refuses its capability and gets past the check (here 422: the body is empty) where it grants it.
  const API_ROUTES: Array<{ method: "GET" | "POST"; path: string; access: Capability | "signed_in"; allowedStatus: number }> = [
    { method: "GET", path: "/api/me", access: "signed_in", allowedStatus: 200 },
    { method: "POST", path: "/api/news", access: "news.push", allowedStatus: 422 },
  ];
  it("answers the JSON API as the permission table says, 401 JSON without a valid token", async () => {
    const call = (route: (typeof API_ROUTES)[number], token?: string) =>
      fetch(`${svc.url}${route.path}`, {
        method: route.method,
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(route.method === "POST" ? { body: "{}" } : {}),
      });
    for (const route of API_ROUTES) {
      for (const token of [undefined, "mc_not-a-token-of-this-service"]) {
        const res = await call(route, token);
        expect(res.status, `${route.method} ${route.path} ${token ? "unknown token" : "no token"}`).toBe(401);
        expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        expect(await res.json()).toMatchObject({ error: expect.anything() });
      }
    }
    // officers are bound to departments, so no token has that role
    for (const role of STAFF_ROLES.filter((r) => r !== "officer")) {
      const { token } = await svc.services.apiTokens.create({ kind: "operator", label: "test" }, { name: `walk ${role}`, role });
      const actor = (await svc.services.apiTokens.authenticate(token))!;
      for (const route of API_ROUTES) {
        const res = await call(route, token);
        const allowed = route.access === "signed_in" || can(actor, route.access);
        expect(res.status, `${role} token ${route.method} ${route.path}`).toBe(allowed ? route.allowedStatus : 403);
      }
    }
  });

  // The same walk over the ticket routes with real tickets: one of the officer's department (VP) and one of
  // another. A role with the capability for every department gets past the checks (the forms carry no version, so
  // an action ends in 409, or 422 when a field it needs is empty, never in a change); an officer gets past them on their own department's ticket and is
  // told "not found" on the other; a role without the capability is refused (403) on both.
  it.each(STAFF_ROLES)("answers %s on real tickets as the permission table and each ticket's department say", async (role) => {
    // a session of its own: the walk above ended its sessions with sign-out
    const account = await svc.createStaff(role, role === "officer" ? { departments: ["VP"] } : {});
    const { jar } = await signInOverHttp(svc.url, account.email, account.password);
    const csrf = csrfTokenIn(await (await fetch(`${svc.url}/console`, { headers: { cookie: jar.header() } })).text());
    const actor = (await svc.services.auth.authenticate(jar.get("motcua_session")!))!.actor;
    const org = (await svc.services.organisation.current())!;
    const dept = async (code: string) => (await svc.services.departments.findByCode(code))!.id;
    const prisma = svc.service.database.prisma;
    const own = await prisma.feedbackTicket.create({ data: { orgId: org.id, code: `PA-2612-${role.slice(0, 3).toUpperCase()}1`, departmentId: await dept("VP"), status: "routed", text: "Phản ánh của Văn phòng" } });
    const other = await prisma.feedbackTicket.create({ data: { orgId: org.id, code: `PA-2612-${role.slice(0, 3).toUpperCase()}2`, departmentId: await dept("KTHTDT"), status: "routed", text: "Phản ánh của phòng khác" } });
    const ticketRoutes = staffRoutes.filter((r) => r.path.startsWith("/tickets/:id"));
    expect(ticketRoutes.length).toBeGreaterThan(10);
    for (const ticket of [own, other]) {
      for (const route of ticketRoutes) {
        const url = `/console${route.path.replace(":id", ticket.id).replace(/:[A-Za-z]+/g, UNKNOWN_ID)}`;
        const res = await fetch(`${svc.url}${url}`, {
          method: route.method,
          redirect: "manual",
          headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
          ...(route.method === "POST" ? { body: new URLSearchParams({ _csrf: csrf, text: "x", reason: "x", note: "x", question: "x", redirectTo: "x" }).toString() } : {}),
        });
        const label = `${role} ${route.method} ${route.path} on ${ticket === own ? "own" : "other"} ticket`;
        expect(res.status, label).toBeLessThan(500);
        if (route.access !== "signed_in" && !can(actor, route.access)) expect(res.status, label).toBe(403);
        else if (!can(actor, "tickets.view", { departmentId: ticket.departmentId })) expect(res.status, label).toBe(404);
        else if (route.path.includes(":photoId")) expect(res.status, label).toBe(404); // no such photo
        else expect([200, 409, 422], label).toContain(res.status);
      }
      const after = await prisma.feedbackTicket.findUniqueOrThrow({ where: { id: ticket.id } });
      expect([after.status, after.version], role).toEqual(["routed", 0]);
    }
  });

});
