/**
 * The Zalo path end to end: signed webhook → express route → real database → conversation engine → Zalo adapter →
 * fake Open API. Flows are data (FLOW_SCRIPTS): later flows (feedback, tracking, subscriptions) add a script here.
 */
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZaloAdapter } from "../../bots/zalo/adapter.js";
import { ZaloOaClient } from "../../bots/zalo/client.js";
import { sendOrHold } from "../../bots/zalo/held-first.js";
import { ZaloTokenManager } from "../../bots/zalo/token-manager.js";
import { ConversationEngine } from "../../src/core/conversation/engine.js";
import { PersonalDataFlow } from "../../src/core/conversation/flows/personal-data-flow.js";
import { ProcedureQaFlow } from "../../src/core/conversation/flows/procedure-qa-flow.js";
import { MessagePipeline } from "../../src/core/conversation/message-pipeline.js";
import { MSG } from "../../src/core/conversation/messages.vi.js";
import type { Database } from "../../src/db/database.js";
import { ChannelCredentialRepository } from "../../src/db/repositories/channel-credential-repository.js";
import { PgConversationStateStore } from "../../src/db/repositories/conversation-state-repository.js";
import { PrismaDeliveryQueue } from "../../src/db/repositories/delivery-repository.js";
import { createHeldDeliveryRepository } from "../../src/db/repositories/held-delivery-repository.js";
import { PrismaIdentityStore } from "../../src/db/repositories/identity-repository.js";
import { PgInboundEventStore } from "../../src/db/repositories/inbound-event-repository.js";
import { createZaloFollowerRepository } from "../../src/db/repositories/zalo-follower-repository.js";
import { createApp } from "../../src/http/app.js";
import { createMetrics } from "../../src/http/metrics.js";
import { zaloWebhookRouter, type ZaloWebhookRouter } from "../../src/http/routes/zalo-webhook.js";
import { FakeZaloApi, signZaloEvent, zaloEvents } from "../fakes/zalo-api.js";
import { until } from "../support/chat-world.js";
import { backendName, openTestDb } from "../support/db.js";
import { CONTACT } from "../unit/conversation/harness.js";
import { TinyKb } from "../unit/conversation/tiny-kb.js";

const KEYS = { appId: "1234567890123456789", oaSecretKey: "oa-secret-key-test" };
let db: Database;
let fake: FakeZaloApi;
let router: ZaloWebhookRouter;
let server: import("node:http").Server;
let base: string;
let held: ReturnType<typeof createHeldDeliveryRepository>;
let adapter: ZaloAdapter;
let zaloTokens: ZaloTokenManager;

async function post(event: Record<string, unknown>, headers?: Record<string, string>): Promise<number> {
  const signed = signZaloEvent(event, KEYS);
  const res = await fetch(`${base}/webhooks/zalo`, { method: "POST", headers: headers ?? signed.headers, body: signed.rawBody });
  await res.text();
  return res.status;
}

/** Posts an event, waits for everything it started, returns the texts the citizen received meanwhile. */
async function exchange(user: string, event: Record<string, unknown>): Promise<string[]> {
  const before = fake.textsTo(user).length;
  expect(await post(event)).toBe(200);
  await router.drain();
  return fake.textsTo(user).slice(before);
}

beforeAll(async () => {
  db = await openTestDb();
  fake = await new FakeZaloApi(KEYS.appId).start();
  fake.refreshToken = "rt-seed";
  const logger = pino({ level: "silent" });
  const credentials = new ChannelCredentialRepository(db.prisma, `zalo:${KEYS.appId}`);
  await credentials.seed("rt-seed");
  const tokens = (zaloTokens = new ZaloTokenManager(credentials, { oauthBase: fake.url, appId: KEYS.appId, appSecret: fake.appSecret }, logger));
  held = createHeldDeliveryRepository(db.prisma);
  adapter = new ZaloAdapter({ client: new ZaloOaClient({ openApiBase: fake.url, tokens }), ...KEYS, buttons: false, choiceMemory: held });
  const identities = new PrismaIdentityStore(db.prisma, db.sql);
  const engine = new ConversationEngine({
    states: new PgConversationStateStore(db.sql),
    contact: CONTACT,
    flows: { qa: new ProcedureQaFlow(new TinyKb(), CONTACT), personalData: new PersonalDataFlow(identities) },
  });
  const pipeline = new MessagePipeline({
    adapter,
    engine,
    identities,
    events: new PgInboundEventStore(db.sql),
    deliveries: new PrismaDeliveryQueue(db.prisma),
    logger,
  });
  router = zaloWebhookRouter({ adapter, pipeline, followers: createZaloFollowerRepository(db.prisma), held, logger });
  // mounted as the service mounts it, so refusals go through the central error handler
  const app = createApp({ logger, metrics: createMetrics(), checkReady: db.isReady, routers: [router] });
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await fake?.close();
  await db?.close();
});

type Step = { event: (user: string) => Record<string, unknown>; expect: (texts: string[], user: string) => void | Promise<void> };
const joined = (texts: string[]) => texts.join("\n---\n");

/** Every conversation flow that exists, as scripts run through the Zalo webhook. */
const FLOW_SCRIPTS: Array<{ name: string; steps: Step[] }> = [
  {
    name: "procedure Q&A with a follow-up question",
    steps: [
      { event: (u) => zaloEvents.text(u, "đăng ký kết hôn cần giấy tờ gì"), expect: (t) => expect(joined(t)).toContain("Tờ khai đăng ký kết hôn") },
      { event: (u) => zaloEvents.text(u, "lệ phí bao nhiêu"), expect: (t) => expect(joined(t)).toContain("fee: Miễn lệ phí") },
    ],
  },
  {
    name: "choices as numbered text, answered with a number",
    steps: [
      {
        event: (u) => zaloEvents.text(u, "khai sinh"),
        expect: (t) => {
          expect(joined(t)).toContain("1. Đăng ký khai sinh\n2. Đăng ký khai sinh có yếu tố nước ngoài");
          expect(joined(t)).toContain("Trả lời 1, 2 hoặc 3 để chọn.");
        },
      },
      { event: (u) => zaloEvents.text(u, "2"), expect: (t) => expect(joined(t)).toContain("Mã 1.001695") },
    ],
  },
  {
    name: "cancel",
    steps: [
      { event: (u) => zaloEvents.text(u, "khai sinh"), expect: (t) => expect(t).toHaveLength(1) },
      { event: (u) => zaloEvents.text(u, "hủy"), expect: (t) => expect(joined(t)).toContain(MSG.cancelled) },
      { event: (u) => zaloEvents.text(u, "hủy"), expect: (t) => expect(joined(t)).toContain(MSG.nothingToCancel) },
    ],
  },
  {
    name: "photo, location and an unreadable sticker",
    steps: [
      { event: (u) => zaloEvents.image(u, `${fake.url}/assets/photo.png`, "ổ gà"), expect: (t) => expect(joined(t)).toContain(MSG.photoReceived(CONTACT)) },
      { event: (u) => zaloEvents.location(u, 10.7769, 106.7009), expect: (t) => expect(joined(t)).toContain(MSG.locationReceived(CONTACT)) },
      { event: (u) => zaloEvents.sticker(u), expect: (t) => expect(joined(t)).toContain(MSG.unsupported) },
    ],
  },
  {
    name: "follow gets the welcome and the menu; unfollow pauses subscriptions",
    steps: [
      {
        event: (u) => zaloEvents.follow(u),
        expect: (t) => {
          expect(joined(t)).toContain(MSG.welcome(CONTACT));
          expect(joined(t)).toContain("Trả lời 1, 2, 3, 4, 5 hoặc 6 để chọn.");
        },
      },
      {
        event: (u) => zaloEvents.unfollow(u),
        expect: async (t, u) => {
          expect(t).toEqual([]);
          const identity = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "zalo", externalId: u } }, include: { subscriptions: true } });
          expect({ isFollower: identity.isFollower, reachable: identity.reachable }).toEqual({ isFollower: false, reachable: false });
          expect(identity.subscriptions.every((s) => s.pausedAt !== null)).toBe(true);
          expect(identity.subscriptions.length).toBe(1);
        },
      },
    ],
  },
];

describe(`Zalo webhook end to end (${backendName})`, () => {
  it.each(FLOW_SCRIPTS.map((s, i) => [s.name, s, i] as const))("%s", async (_name, script, i) => {
    const user = `70000${i}`;
    if (script.name.startsWith("follow")) await subscribeLater(user);
    for (const step of script.steps) {
      const texts = await exchange(user, step.event(user));
      await step.expect(texts, user);
    }
  });

  it("takes a number typed while Zalo has not yet answered the send that showed the choices", async () => {
    const user = "7000991";
    fake.lateAnswers.set("Trả lời 1, 2 hoặc 3", 1_500);
    try {
      expect(await post(zaloEvents.text(user, "khai sinh"))).toBe(200);
      await until(() => fake.textsTo(user).some((t) => t.includes("Trả lời 1, 2 hoặc 3")), "the choices shown");
      // the citizen answers at once, before the service has heard back from Zalo
      const before = fake.textsTo(user).length;
      expect(await post(zaloEvents.text(user, "2"))).toBe(200);
      await router.drain();
      expect(joined(fake.textsTo(user).slice(before))).toContain("Mã 1.001695");
    } finally {
      fake.lateAnswers.clear();
    }
  });

  it("does not take a number for the choices of a message that failed to send", async () => {
    const user = "7000992";
    await exchange(user, zaloEvents.text(user, "khai sinh")); // choices shown: 1. Đăng ký khai sinh, 2. … có yếu tố nước ngoài
    const failing = new ZaloAdapter({ client: new ZaloOaClient({ openApiBase: fake.url, tokens: zaloTokens }), ...KEYS, buttons: false, choiceMemory: held });
    fake.failWithHttp(502);
    const to = { channel: "zalo" as const, externalUserId: user };
    await expect(failing.send(to, { kind: "text", text: "Chọn một", choices: [{ label: "Khác", data: "x:other" }, { label: "Nữa", data: "x:more" }] })).rejects.toThrow();
    // "2" still means the second choice the citizen did see
    const reply = await failing.resolveNumberedReply({ channel: "zalo", externalUserId: user, platformMessageId: "m-two", sentAt: new Date(), kind: "text", text: "2" });
    expect(reply).toMatchObject({ kind: "choice" });
    expect((reply as { data: string }).data).not.toBe("x:more");
  });

  it("a forged or missing signature gets 401 and changes nothing", async () => {
    const events = await db.prisma.inboundEvent.count();
    const sent = fake.sent.length;
    const forged = signZaloEvent(zaloEvents.text("800001", "xin chào"), { ...KEYS, oaSecretKey: "wrong" });
    expect(await post(zaloEvents.text("800001", "xin chào"), forged.headers)).toBe(401);
    const refused = await fetch(`${base}/webhooks/zalo`, { method: "POST", headers: forged.headers, body: forged.rawBody });
    // the same answer as a refused Telegram webhook (telegram-webhook.test.ts)
    expect(await refused.json()).toEqual({ error: { code: "unauthorized", message: "Invalid webhook signature", requestId: expect.any(String) } });
    expect(await post(zaloEvents.text("800001", "xin chào"), { "content-type": "application/json" })).toBe(401);
    const malformed = await fetch(`${base}/webhooks/zalo`, { method: "POST", headers: forged.headers, body: "{not json" });
    expect(malformed.status).toBe(401);
    await router.drain();
    expect(await db.prisma.inboundEvent.count()).toBe(events);
    expect(await db.prisma.channelIdentity.count({ where: { externalId: "800001" } })).toBe(0);
    expect(fake.sent.length).toBe(sent);
  });

  it("a redelivered event is answered once; the OA's own echoes are ignored", async () => {
    const event = zaloEvents.text("800002", "đăng ký kết hôn lệ phí", "dup-1");
    expect(await exchange("800002", event)).toHaveLength(1);
    expect(await exchange("800002", event)).toHaveLength(0);
    expect(await exchange("800002", zaloEvents.echo("800002", "hi"))).toHaveLength(0);
    expect(await db.prisma.inboundEvent.count({ where: { channel: "zalo", platformId: "dup-1" } })).toBe(1);
  });

  it("stores contact details submitted through Zalo with a contact_info consent", async () => {
    await exchange("800003", zaloEvents.text("800003", "xin chào"));
    const replies = await exchange("800003", zaloEvents.submitInfo("800003", { name: "Lê Thị B", phone: "84912345678", address: "12 Hai Bà Trưng" }));
    // what the bot says matches what it did: stored, with the way to see and erase it
    expect(replies).toEqual([MSG.contactStored]);
    const identity = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "zalo", externalId: "800003" } }, include: { citizen: { include: { consents: true } } } });
    expect(identity.citizen.phone).toBe("84912345678");
    expect(identity.citizen.consents.map((c) => c.purpose)).toEqual(["contact_info"]);
  });

  it("does not tell a citizen their contact was stored when it was not", async () => {
    // an identity the service has never seen: the contact cannot be attached to anyone yet, so it is not kept
    const replies = await exchange("800013", zaloEvents.submitInfo("800013", { name: "Trần C", phone: "84900000013" }));
    expect(replies).toEqual([MSG.contactReceived]);
    const identity = await db.prisma.channelIdentity.findUnique({ where: { channel_externalId: { channel: "zalo", externalId: "800013" } }, include: { citizen: true } });
    expect(identity?.citizen.phone ?? null).toBeNull();
  });

  it("holds messages outside the 7-day window and delivers them first at the next interaction: ticket update, one news digest, then the reply", async () => {
    const user = "800004";
    await exchange(user, zaloEvents.text(user, "xin chào"));
    const identity = await db.prisma.channelIdentity.update({
      where: { channel_externalId: { channel: "zalo", externalId: user } },
      data: { lastInteractionAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    const target = { identityId: identity.id, to: { channel: "zalo" as const, externalUserId: user }, lastInteractionAt: identity.lastInteractionAt };
    const before = fake.textsTo(user).length;
    expect(await sendOrHold(adapter, held, target, { kind: "text", text: "Tin A: lịch cắt điện" }, "broadcast")).toBe("held");
    expect(await sendOrHold(adapter, held, target, { kind: "text", text: "Phản ánh PA-2611-7K3Q đã có trả lời" }, "ticket_update")).toBe("held");
    expect(await sendOrHold(adapter, held, target, { kind: "text", text: "Tin B: tiêm chủng" }, "broadcast")).toBe("held");
    // Zalo itself refusing (-230) also holds, even when our clock says the window is open
    fake.outsideWindow.add(user);
    expect(await sendOrHold(adapter, held, { ...target, lastInteractionAt: new Date() }, { kind: "text", text: "Tin C: họp tổ dân phố" }, "broadcast")).toBe("held");
    fake.outsideWindow.delete(user);
    expect(fake.textsTo(user).length).toBe(before);
    expect(await held.countHeld(identity.id)).toBe(4);

    const texts = await exchange(user, zaloEvents.text(user, "đăng ký kết hôn cần giấy tờ gì"));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toBe("Phản ánh PA-2611-7K3Q đã có trả lời");
    expect(texts[1]).toContain("3 tin mới");
    expect(texts[1]).toMatch(/Tin A[\s\S]*Tin B[\s\S]*Tin C/);
    expect(texts[2]).toContain("Tờ khai đăng ký kết hôn");
    expect(await held.countHeld(identity.id)).toBe(0);
  });
});

/** Gives the citizen one news subscription (identity created by a first message), so unfollow has one to pause. */
async function subscribeLater(user: string): Promise<void> {
  await exchange(user, zaloEvents.text(user, "xin chào"));
  const org = await db.prisma.organisation.create({ data: { code: `org-${user}`, name: "UBND phường Thử Nghiệm", level: "xa", province: "TP Hồ Chí Minh" } });
  const topic = await db.prisma.topic.create({ data: { orgId: org.id, code: "tin-chung", name: "Tin chung" } });
  const identity = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: "zalo", externalId: user } } });
  await db.prisma.subscription.create({ data: { identityId: identity.id, topicId: topic.id } });
}
