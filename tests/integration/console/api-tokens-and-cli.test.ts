import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStaffCreate, runStaffResetPassword, runTokenCreate, type OpenStaffServices } from "../../../src/cli/commands/staff.js";
import { createApiAuth } from "../../../src/http/api/api-auth.js";
import { createApp } from "../../../src/http/app.js";
import { createMetrics } from "../../../src/http/metrics.js";
import type { StaffServices } from "../../../src/http/console/services.js";
import type { Database } from "../../../src/db/database.js";
import { seedDemo } from "../../../src/db/seed/seed.js";
import { buildStaffServices } from "../../../src/wiring/console.js";
import { backendName, openTestDb } from "../../support/db.js";

/** Captures what a CLI command prints. */
function capture() {
  let out = "";
  let err = "";
  return { io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } }, out: () => out, err: () => err };
}

// `motcua token create` / `staff create` / `staff reset-password` and the JSON API's bearer-token check, over the
// real database and a real HTTP server.
describe(`API tokens and the staff commands (${backendName})`, () => {
  let db: Database;
  let services: StaffServices;
  let open: OpenStaffServices;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    db = await openTestDb();
    await seedDemo(db.prisma, { email: "root@ward.vn", password: "root-password-1" });
    services = buildStaffServices(db, { console: { sessionIdleMinutes: 60, sessionMaxHours: 12 } });
    // the commands close what they open; the test keeps its database
    open = async () => ({ services, close: async () => {} });
    const apiAuth = createApiAuth(services.apiTokens);
    const news = express.Router().post("/api/news", apiAuth.require("news.push"), (_req, res) => {
      res.status(202).json({ accepted: true });
    });
    const app = createApp({ logger: pino({ level: "silent" }), metrics: createMetrics(), checkReady: async () => ({ ok: true }), routers: [apiAuth.guard, news] });
    server = app.listen(0);
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await db?.close();
  });

  const call = (path: string, token?: string, method = "GET") =>
    fetch(`${base}${path}`, { method, headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  it("creates an editor token shown once, stored only as a hash, that the API accepts", async () => {
    const c = capture();
    expect(await runTokenCreate({ role: "editor", name: "CMS cổng thông tin" }, open, c.io)).toBe(0);
    const token = /^(mc_[A-Za-z0-9_-]{43})$/m.exec(c.out())?.[1];
    expect(token, c.out()).toBeDefined();
    const stored = await db.prisma.apiToken.findFirstOrThrow({ where: { name: "CMS cổng thông tin" } });
    expect(stored.tokenHash).not.toContain(token!.slice(3));
    expect(stored.prefix).toBe(token!.slice(0, 10));
    expect(await (await call("/api/me", token)).json()).toEqual({ name: "CMS cổng thông tin", role: "editor" });
    expect((await call("/api/news", token, "POST")).status).toBe(202);
    const [audit] = await services.audit.list({ action: "api_token.create" });
    expect(audit).toMatchObject({ actorLabel: "cli", after: { name: "CMS cổng thông tin", role: "editor" } });
  });

  it("answers 401 JSON without a token, with an unknown one and after revocation; 403 for a role without the capability", async () => {
    const none = await call("/api/me");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect(await none.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect((await call("/api/news", "mc_not-a-real-token", "POST")).status).toBe(401);
    expect((await call("/api/unknown-route")).status).toBe(401);

    const leader = capture();
    await runTokenCreate({ role: "leader", name: "Báo cáo" }, open, leader.io);
    const leaderToken = /^(mc_\S+)$/m.exec(leader.out())![1]!;
    const refused = await call("/api/news", leaderToken, "POST");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "forbidden" } });

    const record = (await services.apiTokens.list({ kind: "operator", label: "test" })).find((t) => t.name === "Báo cáo")!;
    await services.apiTokens.revoke({ kind: "operator", label: "test" }, record.id);
    expect((await call("/api/me", leaderToken)).status).toBe(401);
  });

  it("refuses an officer token and an unknown role with a clear line and exit code 2", async () => {
    const c = capture();
    expect(await runTokenCreate({ role: "officer", name: "x" }, open, c.io)).toBe(2);
    expect(c.err()).toMatch(/^motcua: not created \(role: officer\)/);
    const d = capture();
    expect(await runTokenCreate({ role: "boss", name: "" }, open, d.io)).toBe(2);
    expect(d.err()).toContain("name: required, role: unknown");
  });

  it("creates an officer for a department with a one-time password that signs in and must be changed", async () => {
    const c = capture();
    expect(await runStaffCreate({ email: "Officer@Ward.vn", role: "officer", department: "KTHTDT", name: "Lê Văn Nam" }, open, c.io)).toBe(0);
    const password = /One-time password: (\S+)/.exec(c.out())?.[1];
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const result = await services.auth.signIn("officer@ward.vn", password!, "k");
    expect(result).toMatchObject({ ok: true, mustChangePassword: true, actor: { roles: ["officer"], fullName: "Lê Văn Nam" } });
    const kthtdt = await services.departments.findByCode("KTHTDT");
    if (result.ok) expect(result.actor.departmentIds).toEqual([kthtdt!.id]);
  });

  it("explains a bad staff command: unknown department, officer without one, duplicate e-mail, unknown account", async () => {
    const a = capture();
    expect(await runStaffCreate({ email: "x@ward.vn", role: "officer", department: "NOPE" }, open, a.io)).toBe(2);
    expect(a.err()).toBe("motcua: no department with code NOPE\n");
    const b = capture();
    expect(await runStaffCreate({ email: "x@ward.vn", role: "officer" }, open, b.io)).toBe(2);
    expect(b.err()).toContain("departments: required");
    const c = capture();
    expect(await runStaffCreate({ email: "officer@ward.vn", role: "editor" }, open, c.io)).toBe(2);
    expect(c.err()).toContain("email: taken");
    const d = capture();
    expect(await runStaffResetPassword("ghost@ward.vn", open, d.io)).toBe(2);
    expect(d.err()).toBe("motcua: no staff account with e-mail ghost@ward.vn\n");
  });

  it("resets a password: the old one stops working, the new one must be changed", async () => {
    const c = capture();
    expect(await runStaffResetPassword("root@ward.vn", open, c.io)).toBe(0);
    const password = /: (\S+-\S+-\S+)\n/.exec(c.out())?.[1];
    expect(await services.auth.signIn("root@ward.vn", "root-password-1", "k2")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await services.auth.signIn("root@ward.vn", password!, "k2")).toMatchObject({ ok: true, mustChangePassword: true });
  });
});
