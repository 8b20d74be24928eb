import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, backendName } from "../support/db.js";
import type { Database } from "../../src/db/database.js";

describe(`database (${backendName})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("applies every migration and reports ready", async () => {
    expect(await db.isReady()).toEqual({ ok: true });
    const rows = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*)::bigint AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  it("enforces one inbound event per channel and platform id", async () => {
    await db.prisma.inboundEvent.create({ data: { channel: "telegram", platformId: "u1", kind: "text" } });
    await expect(db.prisma.inboundEvent.create({ data: { channel: "telegram", platformId: "u1", kind: "text" } })).rejects.toThrow();
    await db.prisma.inboundEvent.create({ data: { channel: "zalo", platformId: "u1", kind: "text" } });
    expect(await db.prisma.inboundEvent.count()).toBe(2);
  });
});
