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
        // a session the console did not accept would be sent to sign in (sign-out itself goes there with a notice)
        expect(res.headers.get("location") ?? "", label).not.toMatch(/^\/console\/sign-in(\?next=|$)/);
      } else {
        expect(res.status, label).toBe(403);
      }
      seen.push(`${route.method} ${route.path}`);
    }
    expect(seen.length).toBe(staffRoutes.length);
  });

});
