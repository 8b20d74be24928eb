/** /metrics' stored outcomes: grouped counts of tickets, deliveries, broadcasts and inbound messages, on both back ends. */
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { createStoredOutcomeSource } from "../../src/db/repositories/stored-outcomes-repository.js";
import { registerStoredOutcomeMetrics } from "../../src/http/stored-outcome-metrics.js";
import { backendName, openTestDb } from "../support/db.js";

let db: Database;

beforeAll(async () => {
  db = await openTestDb();
  const org = await db.prisma.organisation.create({ data: { code: "test-ward", name: "Phường Thử", level: "xa", province: "Thử" } });
  const citizen = await db.prisma.citizen.create({ data: {} });
  const identity = await db.prisma.channelIdentity.create({ data: { citizenId: citizen.id, channel: "telegram", externalId: "4401" } });
  const ticket = (code: string, status: "received" | "answered", urgent: boolean) => ({ code, orgId: org.id, status, urgent, text: "đèn đường hỏng" });
  await db.prisma.feedbackTicket.createMany({ data: [ticket("PA-1", "received", true), ticket("PA-2", "received", false), ticket("PA-3", "answered", false), ticket("PA-4", "answered", false)] });
  const broadcast = await db.prisma.broadcast.create({ data: { orgId: org.id, title: "Lịch tiêm", body: "…", message: { kind: "text", text: "Lịch tiêm" }, status: "done" } });
  const delivery = (status: "sent" | "failed" | "held", purpose: "reply" | "broadcast", extra: object = {}) => ({ identityId: identity.id, purpose, status, payload: { kind: "text", text: "x" }, ...extra });
  await db.prisma.delivery.createMany({
    data: [delivery("sent", "reply"), delivery("sent", "reply"), delivery("held", "reply"), delivery("failed", "broadcast", { broadcastId: broadcast.id })],
  });
  await db.prisma.inboundEvent.createMany({
    data: [
      { channel: "telegram", platformId: "1", kind: "text", status: "processed" },
      { channel: "telegram", platformId: "2", kind: "text", status: "processed" },
      { channel: "zalo", platformId: "3", kind: "text", status: "received" },
    ],
  });
});
afterAll(async () => {
  await db?.close();
});

describe(`stored outcomes (${backendName})`, () => {
  it("counts each table by status", async () => {
    const counts = await createStoredOutcomeSource(db.sql).read();
    const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(counts.feedback)).toEqual(sorted([
      { status: "received", urgent: true, count: 1 },
      { status: "received", urgent: false, count: 1 },
      { status: "answered", urgent: false, count: 2 },
    ]));
    expect(sorted(counts.deliveries)).toEqual(sorted([
      { purpose: "reply", status: "sent", count: 2 },
      { purpose: "reply", status: "held", count: 1 },
      { purpose: "broadcast", status: "failed", count: 1 },
    ]));
    expect(counts.broadcasts).toEqual([{ status: "done", count: 1 }]);
    expect(sorted(counts.inboundEvents)).toEqual(sorted([{ status: "processed", count: 2 }, { status: "received", count: 1 }]));
  });

  it("shows them as gauges, reading the database at most once per interval however often it is scraped", async () => {
    const source = createStoredOutcomeSource(db.sql);
    let reads = 0;
    let clock = 0;
    const registry = new Registry();
    registerStoredOutcomeMetrics(registry, { read: () => (reads++, source.read()) }, () => clock);
    const first = await registry.metrics();
    await registry.metrics();
    expect(reads).toBe(1);
    expect(first).toContain('motcua_feedback_tickets{status="answered",urgent="false"} 2');
    expect(first).toContain('motcua_deliveries{purpose="broadcast",status="failed"} 1');
    expect(first).toContain('motcua_inbound_events{status="received"} 1');
    expect(first).toContain("motcua_stored_outcomes_ok 1");

    await db.prisma.feedbackTicket.updateMany({ where: { code: "PA-2" }, data: { status: "answered" } });
    clock += 10_000;
    expect(await registry.metrics()).toContain('motcua_feedback_tickets{status="answered",urgent="false"} 3');
    expect(reads).toBe(2);
  });

  it("leaves the gauges empty and says so when the database cannot be read", async () => {
    const registry = new Registry();
    registerStoredOutcomeMetrics(registry, { read: () => Promise.reject(new Error("database unreachable")) });
    const text = await registry.metrics();
    expect(text).toContain("motcua_stored_outcomes_ok 0");
    expect(text).not.toMatch(/^motcua_feedback_tickets\{/mu);
  });
});
