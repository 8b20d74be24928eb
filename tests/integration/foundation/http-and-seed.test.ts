import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/http/app.js";
import { createMetrics } from "../../../src/http/metrics.js";
import { seedDemo } from "../../../src/db/seed/seed.js";
import { verifyPassword } from "../../../src/security/password.js";
import type { Database } from "../../../src/db/database.js";
import { backendName, openTestDb } from "../../support/db.js";

describe(`HTTP skeleton and demo seed (${backendName})`, () => {
  let db: Database;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    db = await openTestDb();
    // a stand-in webhook route that logs through the request's logger, as the error handler does
    const hooks = express.Router().post("/webhooks/test", (_req, res) => {
      (res.locals.log as { info(o: object, m: string): void }).info({}, "webhook seen");
      res.json({ ok: true });
    });
    const app = createApp({ logger: pino({ level: "silent" }), metrics: createMetrics(), checkReady: () => db.isReady(), routers: [hooks] });
    server = app.listen(0);
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await db?.close();
  });

  it("seeds the demo ward once: a second run creates nothing", async () => {
    const first = await seedDemo(db.prisma, { email: "Admin@Example.vn", password: "correct horse battery" });
    expect(first.created.department).toBe(8);
    expect(first.created.procedure).toBeGreaterThanOrEqual(40); // the demo knowledge base, into an empty table
    expect(first.generatedAdmin).toBeUndefined();
    const codes = (await db.prisma.department.findMany({ select: { code: true } })).map((d) => d.code).sort();
    expect(codes).toEqual(["CA", "DN", "KTHTDT", "MT", "QS", "TTHCC", "VHXH", "VP"]);
    const admin = await db.prisma.staffAccount.findUniqueOrThrow({ where: { email: "admin@example.vn" }, include: { roles: true } });
    expect(admin.roles.map((r) => r.role)).toEqual(["admin"]);
    expect(await verifyPassword("correct horse battery", admin.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong", admin.passwordHash)).toBe(false);

    const counts = async () => Promise.all([db.prisma.procedure.count(), db.prisma.department.count(), db.prisma.feedbackCategory.count(), db.prisma.topic.count(), db.prisma.calendarDay.count(), db.prisma.staffAccount.count()]);
    const before = await counts();
    const second = await seedDemo(db.prisma, { email: "other@example.vn" });
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("answers health, readiness and metrics, with a request id", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain("motcua_process_cpu_seconds_total");
    expect(metrics).toMatch(/motcua_http_requests_total\{method="GET",route="\/healthz",status="200"\} 1/);
  });

  it("sends browser security headers on pages and APIs but not on webhook answers, and no ETag on either", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(health.headers.get("content-security-policy")).toContain("default-src 'self'");
    const hook = await fetch(`${base}/webhooks/test`, { method: "POST" });
    expect(hook.status).toBe(200);
    expect(await hook.json()).toEqual({ ok: true });
    expect(hook.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(hook.headers.get("content-security-policy")).toBeNull();
    expect([health.headers.get("etag"), hook.headers.get("etag")]).toEqual([null, null]);
  });

  it("answers unknown routes with a JSON 404 for APIs and a Vietnamese page for consoles, never a stack", async () => {
    const api = await fetch(`${base}/api/nothing`, { headers: { "x-request-id": "req-123" } });
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { code: "not_found", message: "No route for GET /api/nothing", requestId: "req-123" } });
    const page = await fetch(`${base}/console/nothing`);
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain("Không tìm thấy trang");
    expect(html).not.toMatch(/at .*\.ts:\d+/);
  });

  it("turns /readyz red when the database is gone", async () => {
    await db.close();
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "not_ready", reason: "database unreachable" });
    db = await openTestDb(); // for afterAll
  });
});
