import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../src/core/channels/contract.js";
import type { Database } from "../../src/db/database.js";
import { PgConversationStateStore } from "../../src/db/repositories/conversation-state-repository.js";
import { PrismaIdentityStore } from "../../src/db/repositories/identity-repository.js";
import { PgInboundEventStore } from "../../src/db/repositories/inbound-event-repository.js";
import { backendName, openTestDb } from "../support/db.js";

// The statements every inbound message runs, on the real database: storing the event (idempotent), touching its
// sender in the same statement, and writing the outcomes.
describe(`inbound events, their senders and outcomes (${backendName})`, () => {
  let db: Database;
  let identities: PrismaIdentityStore;
  let states: PgConversationStateStore;
  let n = 0;

  beforeAll(async () => {
    db = await openTestDb();
    identities = new PrismaIdentityStore(db.prisma, db.sql);
    states = new PgConversationStateStore(db.sql);
  });
  afterAll(async () => {
    await db?.close();
  });

  const event = (externalId: string, sentAt = new Date()) => {
    const platformId = `e${++n}`;
    const payload = { channel: "telegram", externalUserId: externalId, platformMessageId: platformId, sentAt, kind: "text", text: "xin chào" } as InboundMessage;
    return { channel: "telegram", platformId, kind: "text", payload };
  };
  const identityRow = (externalId: string) => db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "telegram", externalId } } });

  it("stores an event once per platform id, also when copies go in one statement", async () => {
    const events = new PgInboundEventStore(db.sql);
    const e = event("100");
    // four statements run at once; the copies submitted meanwhile go together in the next one
    const recorded = await Promise.all(Array.from({ length: 8 }, () => events.record(e)));
    expect(recorded.filter((r) => r !== null)).toHaveLength(1);
    expect(await events.record(e)).toBeNull();
    expect(await db.prisma.inboundEvent.count({ where: { platformId: e.platformId } })).toBe(1);
  });

  it("stores a message carrying a NUL character (jsonb refuses it) without the NUL, and one with a literal \\u0000 as typed", async () => {
    const events = new PgInboundEventStore(db.sql);
    const withNul = event("150");
    const typed = event("151");
    const recorded = await Promise.all([
      events.record({ ...withNul, payload: { ...withNul.payload, text: "giấy\u0000 khai sinh" } as InboundMessage }),
      events.record({ ...typed, payload: { ...typed.payload, text: "mã \\u0000 lạ" } as InboundMessage }),
    ]);
    expect(recorded.every((r) => r !== null)).toBe(true);
    const stored = await db.prisma.inboundEvent.findMany({ where: { platformId: { in: [withNul.platformId, typed.platformId] } } });
    const text = (platformId: string) => (stored.find((r) => r.platformId === platformId)?.payload as { text: string } | undefined)?.text;
    expect([text(withNul.platformId), text(typed.platformId)]).toEqual(["giấy khai sinh", "mã \\u0000 lạ"]);
  });

  it("touches a known sender with the stored event and reads their dialogue state; a new citizen comes back as null", async () => {
    const events = new PgInboundEventStore(db.sql);
    const known = await identities.touch("telegram", "200", new Date("2026-01-01T00:00:00Z"));
    await identities.markUnreachable("telegram", "200", "blocked");
    const expiresAt = new Date(Date.now() + 30 * 60_000);
    expect(await states.save(known.id, { flow: "qa", step: "answered", data: { lastProcedureCode: "1.000894" }, expiresAt }, null)).toBe(true);

    const at = new Date("2026-03-02T02:00:00Z");
    const recorded = await events.record({ ...event("200"), sender: { externalId: "200", at } });
    expect(recorded?.sender).toMatchObject({ id: known.id, citizenId: known.citizenId, externalId: "200", reachable: true });
    expect(recorded?.sender?.dialogue).toMatchObject({ flow: "qa", step: "answered", data: { lastProcedureCode: "1.000894" }, version: 0 });
    expect(recorded?.sender?.dialogue?.expiresAt.getTime()).toBe(expiresAt.getTime());
    const row = await identityRow("200");
    expect(row).toMatchObject({ reachable: true, unreachableReason: null });
    expect(row.lastInteractionAt?.toISOString()).toBe(at.toISOString());

    const unknown = await events.record({ ...event("201"), sender: { externalId: "201", at } });
    expect(unknown).toMatchObject({ sender: null });
    expect(unknown?.id).toMatch(/^\d+$/);
    // no sender named: nobody is touched or read
    expect(await events.record(event("200"))).not.toHaveProperty("sender");
  });

  it("does not touch the sender of a redelivered event", async () => {
    const events = new PgInboundEventStore(db.sql);
    await identities.touch("telegram", "300", new Date("2026-01-01T00:00:00Z"));
    const e = event("300");
    expect(await events.record({ ...e, sender: { externalId: "300", at: new Date("2026-02-01T00:00:00Z") } })).not.toBeNull();
    expect(await events.record({ ...e, sender: { externalId: "300", at: new Date("2026-03-01T00:00:00Z") } })).toBeNull();
    expect((await identityRow("300")).lastInteractionAt?.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });

  it("writes the outcomes of handled events together and clears their payload", async () => {
    const events = new PgInboundEventStore(db.sql, { finishBatchMs: 5 });
    const a = await events.record(event("500"));
    const b = await events.record(event("500"));
    await Promise.all([events.finish(a!.id, { status: "failed", error: "TypeError" }), events.finish(b!.id, { status: "processed" })]);
    expect(await db.prisma.inboundEvent.findUniqueOrThrow({ where: { id: BigInt(a!.id) } })).toMatchObject({ status: "failed", error: "TypeError", payload: null });
    const row = await db.prisma.inboundEvent.findUniqueOrThrow({ where: { id: BigInt(b!.id) } });
    expect(row).toMatchObject({ status: "processed", payload: null });
    expect(row.processedAt).not.toBeNull();
  });

  it("lets batches that share senders in opposite order wait for each other instead of deadlocking", async () => {
    // a table as large as a town's, so that the planner looks identities up one by one through the index
    await db.prisma.$executeRawUnsafe(`
      WITH c AS (INSERT INTO "Citizen" ("id") SELECT gen_random_uuid() FROM generate_series(1, 20000) RETURNING "id")
      INSERT INTO "ChannelIdentity" ("id", "citizenId", "channel", "externalId")
      SELECT gen_random_uuid(), c."id", 'telegram', 'town-' || row_number() OVER () FROM c`);
    await db.prisma.$executeRawUnsafe(`ANALYZE "ChannelIdentity"`);
    const senders = Array.from({ length: 40 }, (_, i) => `town-${i * 97 + 1}`);
    // the second batch also carries citizens of its own: different sets, so no shared order falls out of hashing
    const others = Array.from({ length: 150 }, (_, i) => `town-${i * 89 + 5}`);
    const stores = [new PgInboundEventStore(db.sql), new PgInboundEventStore(db.sql)];
    const finisher = new PgInboundEventStore(db.sql, { finishBatchMs: 0 });
    let handled: Array<{ id: string; identityId: string }> = [];
    for (let round = 0; round < 15; round++) {
      const at = new Date();
      // each store sends its first few alone and the rest as one statement; the two big ones overlap in time, and
      // with them the outcomes of the previous round, which name the same identities (a foreign key) in reverse
      const records = stores.flatMap((store, k) => (k === 0 ? senders : [...others, ...senders].reverse()).map((s) => store.record({ ...event(s), sender: { externalId: s, at } })));
      const outcomes = [...handled].reverse().map((h) => finisher.finish(h.id, { status: "processed", identityId: h.identityId }));
      const results = await Promise.allSettled([...records, ...outcomes]);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      handled = (await Promise.all(records)).flatMap((r) => (r?.sender ? [{ id: r.id, identityId: r.sender.id }] : []));
    }
    const touched = await db.prisma.channelIdentity.count({ where: { externalId: { in: senders }, reachable: true } });
    expect(touched).toBe(senders.length);
  });

  it("marks a citizen unreachable only as of the event that said so", async () => {
    const touched = new Date("2026-03-02T02:00:00Z");
    await identities.touch("telegram", "600", touched);
    await identities.markUnreachable("telegram", "600", "unfollowed", new Date(touched.getTime() - 1000));
    expect((await identityRow("600")).reachable).toBe(true);
    await identities.markUnreachable("telegram", "600", "unfollowed", new Date(touched.getTime() + 1000));
    expect(await identityRow("600")).toMatchObject({ reachable: false, unreachableReason: "unfollowed" });
    await identities.touch("telegram", "600", new Date(touched.getTime() + 2000));
    await identities.markUnreachable("telegram", "600", "blocked");
    expect(await identityRow("600")).toMatchObject({ reachable: false, unreachableReason: "blocked" });
  });
});
