/**
 * End to end through the real express app on port 0, a real test database and the fake Telegram Bot API:
 * webhook → secret → stored event → engine → replies (or queued deliveries) at the fake.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET_HEADER, TelegramChannel } from "../../bots/telegram/telegram-channel.js";
import { ConversationEngine } from "../../src/core/conversation/engine.js";
import { PersonalDataFlow } from "../../src/core/conversation/flows/personal-data-flow.js";
import { ProcedureQaFlow } from "../../src/core/conversation/flows/procedure-qa-flow.js";
import { MessagePipeline } from "../../src/core/conversation/message-pipeline.js";
import { MSG } from "../../src/core/conversation/messages.vi.js";
import type { Database } from "../../src/db/database.js";
import { PgConversationStateStore } from "../../src/db/repositories/conversation-state-repository.js";
import { PrismaDeliveryQueue } from "../../src/db/repositories/delivery-repository.js";
import { PrismaIdentityStore } from "../../src/db/repositories/identity-repository.js";
import { PgInboundEventStore } from "../../src/db/repositories/inbound-event-repository.js";
import { createApp } from "../../src/http/app.js";
import { createMetrics } from "../../src/http/metrics.js";
import { telegramWebhookRouter } from "../../src/http/routes/telegram-webhook.js";
import { runDeliveryBatch } from "../../src/jobs/delivery-worker.js";
import { FakeTelegramApi } from "../fakes/telegram-api.js";
import { backendName, openTestDb } from "../support/db.js";
import { CONTACT } from "../unit/conversation/harness.js";
import { TinyKb } from "../unit/conversation/tiny-kb.js";

const SECRET = "test-secret-0123456789";
const logger = pino({ level: "silent" });

let db: Database;
let fake: FakeTelegramApi;
let server: Server;
let base: string;
let pipeline: MessagePipeline;
let channel: TelegramChannel;
let identities: PrismaIdentityStore;
let deliveries: PrismaDeliveryQueue;
let updateId = 1000;

beforeAll(async () => {
  db = await openTestDb();
  fake = await FakeTelegramApi.start({ token: "123456:TEST-token-abcdefghijklmnop" });
  channel = new TelegramChannel({
    botToken: "123456:TEST-token-abcdefghijklmnop",
    webhookSecret: SECRET,
    apiRoot: fake.apiRoot,
    globalRatePerSec: 1000,
    maxInlineWaitSec: 2,
    callTimeoutMs: 1000,
  });
  identities = new PrismaIdentityStore(db.prisma, db.sql);
  deliveries = new PrismaDeliveryQueue(db.prisma);
  const engine = new ConversationEngine({
    states: new PgConversationStateStore(db.sql),
    contact: CONTACT,
    flows: { qa: new ProcedureQaFlow(new TinyKb(), CONTACT), personalData: new PersonalDataFlow(identities) },
  });
  pipeline = new MessagePipeline({ adapter: channel, engine, identities, events: new PgInboundEventStore(db.sql), deliveries, logger });
  const app = createApp({ logger, metrics: createMetrics(), checkReady: db.isReady, routers: [telegramWebhookRouter({ channel, pipeline })] });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await pipeline?.drain();
  await new Promise((resolve) => server?.close(resolve));
  await channel?.close();
  await fake?.close();
  await db?.close();
});

function post(body: unknown, secret: string | null = SECRET): Promise<Response> {
  return fetch(`${base}/webhooks/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === null ? {} : { [SECRET_HEADER]: secret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function message(chatId: number, fields: Record<string, unknown>, chatType = "private") {
  return {
    update_id: ++updateId,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), from: { id: chatId > 0 ? chatId : 777, is_bot: false, first_name: "Dân" }, chat: { id: chatId, type: chatType }, ...fields },
  };
}

const text = (chatId: number, t: string) => message(chatId, { text: t });

function callback(chatId: number, data: string, id: string) {
  return { update_id: ++updateId, callback_query: { id, from: { id: chatId, is_bot: false, first_name: "Dân" }, chat_instance: "x", data, message: { message_id: 1, date: 0, chat: { id: chatId, type: "private" } } } };
}

async function replies(chatId: number, count: number): Promise<string[]> {
  await fake.waitFor(() => fake.textsTo(chatId).length >= count);
  return fake.textsTo(chatId);
}

function keyboardOf(chatId: number, index: number): string[] {
  const call = fake.callsOf("sendMessage", chatId)[index];
  const markup = call?.payload.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? "");
}

describe(`Telegram webhook end to end (${backendName})`, () => {
  it("answers a procedure question and its follow-up, remembering the procedure in the database", async () => {
    expect((await post(text(1001, "đăng ký kết hôn cần giấy tờ gì"))).status).toBe(200);
    expect((await replies(1001, 1))[0]).toContain("Tờ khai đăng ký kết hôn");
    expect(keyboardOf(1001, 0)).toContain("p:1.000894:fee");
    await post(text(1001, "lệ phí bao nhiêu?"));
    expect((await replies(1001, 2))[1]).toContain("Miễn lệ phí");
    const identity = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "telegram", externalId: "1001" } }, include: { conversation: true } });
    expect(identity.conversation?.data).toEqual({ lastProcedureCode: "1.000894", lastQuestion: "lệ phí bao nhiêu?" });
  });

  it("disambiguates by button and answers the callback query", async () => {
    await post(text(1002, "khai sinh hết bao nhiêu tiền"));
    await replies(1002, 1);
    expect(keyboardOf(1002, 0)).toEqual(["p:1.001193:fee", "p:1.001695:fee", "m:human"]);
    await post(callback(1002, "p:1.001695:fee", "cbq-1"));
    expect((await replies(1002, 2))[1]).toContain("100.000 đồng");
    expect(fake.callsOf("answerCallbackQuery").map((c) => c.payload.callback_query_id)).toContain("cbq-1");
  });

  it("cancels a flow with hủy", async () => {
    await post(message(1003, { text: "/xoadulieu" }));
    expect(keyboardOf(1003, 0)).toEqual([]);
    await replies(1003, 1);
    expect(keyboardOf(1003, 0)).toEqual(["d:erase:yes", "d:erase:no"]);
    await post(text(1003, "hủy"));
    expect((await replies(1003, 2))[1]).toBe(MSG.cancelled);
    expect(await db.prisma.conversationState.count({ where: { identity: { externalId: "1003" } } })).toBe(0);
  });

  it("says it found nothing for unknown input and offers a person", async () => {
    await post(text(1004, "con mèo nhà tôi đi lạc"));
    expect((await replies(1004, 1))[0]).toContain("chưa tìm thấy");
    expect(keyboardOf(1004, 0)).toContain("m:human");
  });

  it("accepts a photo (largest size) and a location", async () => {
    const photo = message(1005, { photo: [{ file_id: "small", width: 90, height: 90 }, { file_id: "big", width: 1280, height: 960 }], caption: "đèn hỏng" });
    await post(photo);
    expect((await replies(1005, 1))[0]).toContain("ảnh");
    await post(message(1005, { location: { latitude: 10.77, longitude: 106.7 } }));
    expect((await replies(1005, 2))[1]).toContain("vị trí");
    await pipeline.drain();
    const kinds = await db.prisma.inboundEvent.findMany({ where: { platformId: { in: [String(photo.update_id), String(photo.update_id + 1)] } }, select: { kind: true, status: true } });
    expect(kinds).toEqual(expect.arrayContaining([{ kind: "photo", status: "processed" }, { kind: "location", status: "processed" }]));
  });

  it("points a group chat to the private chat without creating an identity", async () => {
    await post(message(-100555, { text: "/start" }, "supergroup"));
    expect((await replies(-100555, 1))[0]).toContain("nhắn riêng");
    expect(await db.prisma.channelIdentity.count({ where: { externalId: "777" } })).toBe(0);
  });

  it("refuses a wrong or missing secret with 401 and stores nothing", async () => {
    const before = await db.prisma.inboundEvent.count();
    const calls = fake.calls.length;
    const refused = await post(text(1006, "xin chào"), "wrong-secret-0123456789");
    expect(refused.status).toBe(401);
    // the same answer as a refused Zalo webhook (zalo-webhook.test.ts)
    expect(await refused.json()).toEqual({ error: { code: "unauthorized", message: "Invalid webhook secret", requestId: expect.any(String) } });
    expect((await post(text(1006, "xin chào"), null)).status).toBe(401);
    expect((await post(text(1006, "xin chào"), SECRET.slice(0, -1))).status).toBe(401);
    await pipeline.drain();
    expect(await db.prisma.inboundEvent.count()).toBe(before);
    expect(fake.calls.length).toBe(calls);
  });

  it("answers a redelivered update once", async () => {
    const update = text(1007, "đăng ký kết hôn");
    const statuses = await Promise.all([post(update), post(update), post(update)].map(async (r) => (await r).status));
    await post(update);
    expect(statuses).toEqual([200, 200, 200]);
    await replies(1007, 1);
    await pipeline.drain();
    expect(fake.textsTo(1007)).toHaveLength(1);
    expect(await db.prisma.inboundEvent.count({ where: { platformId: String(update.update_id) } })).toBe(1);
  });

  it("rejects malformed JSON with 400 and keeps serving", async () => {
    const bad = await post('{"update_id": 1, "message": {');
    expect(bad.status).toBe(400);
    expect((await post(text(1008, "xin chào"))).status).toBe(200);
    expect((await replies(1008, 1))[0]).toBe(MSG.greeting);
  });

  it("acknowledges edited messages and other updates without storing them", async () => {
    const before = await db.prisma.inboundEvent.count();
    const edited = { update_id: ++updateId, edited_message: { message_id: 1, date: 0, edit_date: 1, chat: { id: 1009, type: "private" }, from: { id: 1009, is_bot: false, first_name: "x" }, text: "sửa" } };
    expect((await post(edited)).status).toBe(200);
    expect((await post({ update_id: ++updateId, poll: { id: "p" } })).status).toBe(200);
    expect(await db.prisma.inboundEvent.count()).toBe(before);
  });

  it("waits out a short 429 retry_after and delivers", async () => {
    fake.fail("sendMessage", { kind: "rate_limited", retryAfter: 1 });
    await post(text(1010, "xin chào"));
    await replies(1010, 1);
    const attempts = fake.callsOf("sendMessage", 1010);
    expect(attempts.map((c) => c.outcome)).toEqual(["rate_limited", "ok"]);
    // honouring retry_after is the behaviour under test (lower bound only; 100 ms slack for timer and clock granularity)
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it("queues a reply behind a long 429 and the worker delivers it once due", async () => {
    // longer than the channel waits in process (maxInlineWaitSec: 2)
    fake.fail("sendMessage", { kind: "rate_limited", retryAfter: 3 });
    await post(text(1011, "xin chào"));
    await fake.waitFor(() => fake.callsOf("sendMessage", 1011).length === 1);
    await pipeline.drain();
    const queued = await db.prisma.delivery.findFirstOrThrow({ where: { identity: { externalId: "1011" } } });
    expect(queued).toMatchObject({ status: "retry", lastError: "rate_limited" });
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 1_000);
    const worker = { deliveries, identities, logger, adapters: new Map([["telegram", channel]]) };
    expect(await runDeliveryBatch(worker)).toEqual({ sent: 0, retried: 0, failed: 0 });
    const due = await runDeliveryBatch({ ...worker, clock: () => new Date(Date.now() + 4_000) });
    expect(due.sent).toBe(1);
    expect(fake.textsTo(1011)).toEqual([MSG.greeting]);
    expect(fake.callsOf("sendMessage", 1011).map((c) => c.outcome)).toEqual(["rate_limited", "ok"]);
    expect((await db.prisma.delivery.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("sent");
  });

  it("handles a message that was acknowledged but never handled (a crash in between), and keeps no body after", async () => {
    const crashed = text(1913, "xin chào");
    const [parsed] = channel.parseWebhook(crashed);
    const accepted = await pipeline.accept([parsed!]); // stored and acknowledged; the process "dies" before dispatch
    expect(accepted).toHaveLength(1);
    const stored = await db.prisma.inboundEvent.findFirstOrThrow({ where: { channel: "telegram", platformId: parsed!.platformMessageId } });
    expect(stored).toMatchObject({ status: "received" });
    expect(stored.payload).not.toBeNull();

    expect(await pipeline.recoverUnfinished(new Date())).toBe(0); // the accepting process still owns it
    const later = new Date(Date.now() + 3 * 60_000); // its lease has expired: the process is taken to be gone
    expect(await pipeline.recoverUnfinished(later)).toBe(1);
    expect(await pipeline.recoverUnfinished(later)).toBe(0); // claimed once, by one recoverer
    await pipeline.drain();
    expect(fake.textsTo(1913)).toEqual([MSG.greeting]);
    // outcomes are written in small batches: wait until this one is
    await expect.poll(async () => db.prisma.inboundEvent.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "processed", payload: null });
    expect(await pipeline.recoverUnfinished(new Date(Date.now() + 10 * 60_000))).toBe(0);
  });

  it("sends a reply again when the worker that claimed it died mid-send (lease expired)", async () => {
    const identity = await identities.touch("telegram", "1914", new Date());
    const row = await db.prisma.delivery.create({
      data: { identityId: identity.id, purpose: "reply", payload: { kind: "text", text: "trả lời bị kẹt" }, status: "sending", leaseUntil: new Date(Date.now() - 1_000) },
    });
    const worker = { deliveries, identities, logger, adapters: new Map([["telegram", channel]]) };
    expect((await runDeliveryBatch(worker)).sent).toBe(1);
    expect(fake.textsTo(1914)).toEqual(["trả lời bị kẹt"]);
    expect((await db.prisma.delivery.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("sent");
    const live = await db.prisma.delivery.create({
      data: { identityId: identity.id, purpose: "reply", payload: { kind: "text", text: "đang gửi" }, status: "sending", leaseUntil: new Date(Date.now() + 60_000) },
    });
    expect((await runDeliveryBatch(worker)).sent).toBe(0); // another worker still owns it
    expect((await db.prisma.delivery.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("sending");
  });

  it("marks a citizen who blocked the bot unreachable (403)", async () => {
    fake.fail("sendMessage", { kind: "forbidden" });
    await post(text(1012, "xin chào"));
    await fake.waitFor(() => fake.callsOf("sendMessage", 1012).length === 1);
    await pipeline.drain();
    const identity = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "telegram", externalId: "1012" } }, include: { deliveries: true } });
    expect(identity).toMatchObject({ reachable: false, unreachableReason: "blocked" });
    expect(identity.deliveries.map((d) => d.status)).toEqual(["blocked"]);
  });

  it("turns a hanging Bot API call into a queued retry", async () => {
    fake.fail("sendMessage", { kind: "hang" });
    await post(text(1013, "xin chào"));
    await fake.waitFor(() => fake.callsOf("sendMessage", 1013).length === 1);
    await pipeline.drain();
    const queued = await db.prisma.delivery.findFirstOrThrow({ where: { identity: { externalId: "1013" } } });
    expect(queued).toMatchObject({ status: "retry", lastError: "unavailable" });
  });
});
