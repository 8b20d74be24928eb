import { describe, expect, it } from "vitest";
import { ChannelError, type InboundMessage } from "../../../src/core/channels/contract.js";
import { MessagePipeline } from "../../../src/core/conversation/message-pipeline.js";
import { createHarness, textOf } from "./harness.js";
import { MemoryDeliveries, MemoryEvents, RecordingAdapter, TouchingEvents } from "./memory-ports.js";

const silent = { info() {}, warn() {}, error() {} };

function setup() {
  const h = createHarness();
  const adapter = new RecordingAdapter();
  const events = new MemoryEvents();
  const deliveries = new MemoryDeliveries();
  const pipeline = new MessagePipeline({ adapter, engine: h.engine, identities: h.identities, events, deliveries, logger: silent });
  return { h, adapter, events, deliveries, pipeline };
}

/** With an event store that touches the sender while storing the event, as the PostgreSQL one does. */
function setupTouching() {
  const h = createHarness();
  const adapter = new RecordingAdapter();
  const events = new TouchingEvents(h.identities, h.states);
  const deliveries = new MemoryDeliveries();
  const pipeline = new MessagePipeline({ adapter, engine: h.engine, identities: h.identities, events, deliveries, logger: silent });
  return { h, adapter, events, deliveries, pipeline };
}

const text = (id: string, t: string, extra: Partial<InboundMessage> = {}): InboundMessage =>
  ({ channel: "telegram", externalUserId: "7", platformMessageId: id, sentAt: new Date(), kind: "text", text: t, ...extra }) as InboundMessage;

describe("message pipeline", () => {
  it("handles a redelivered message once", async () => {
    const { adapter, pipeline, events } = setup();
    await pipeline.receive([text("u1", "đăng ký kết hôn")]);
    await pipeline.receive([text("u1", "đăng ký kết hôn")]);
    await pipeline.receive([text("u1", "đăng ký kết hôn"), text("u1", "đăng ký kết hôn")]);
    expect(adapter.sent).toHaveLength(1);
    expect([...events.rows.values()].map((r) => r.status)).toEqual(["processed"]);
  });

  it("keeps one citizen's messages in order", async () => {
    const { adapter, pipeline } = setup();
    pipeline.dispatch(await pipeline.accept([text("a", "đăng ký kết hôn"), text("b", "lệ phí bao nhiêu")]));
    await pipeline.drain();
    expect(adapter.sent.map((s) => textOf([s.message]))).toEqual([expect.stringContaining("Mã 1.000894"), expect.stringContaining("Miễn lệ phí")]);
  });

  it("queues the replies for a retry after a rate limit, keeping retry_after", async () => {
    const { adapter, pipeline, deliveries } = setup();
    adapter.failWith = new ChannelError("rate_limited", "429", 7);
    const before = Date.now();
    await pipeline.receive([text("u2", "xin chào")]);
    expect(deliveries.rows).toHaveLength(1);
    expect(deliveries.rows[0]).toMatchObject({ status: "retry", lastError: "rate_limited", inboundEventId: "1" });
    expect(deliveries.rows[0]!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 7000);
  });

  it("marks a citizen who blocked the bot unreachable and stores the reply as blocked", async () => {
    const { h, adapter, pipeline, deliveries } = setup();
    adapter.failWith = new ChannelError("forbidden", "403");
    await pipeline.receive([text("u3", "xin chào")]);
    expect(h.identities.unreachable).toEqual(["telegram:7"]);
    expect(deliveries.rows[0]?.status).toBe("blocked");
  });

  it("answers group chats at the group, without creating an identity", async () => {
    const { h, adapter, pipeline, events } = setup();
    await pipeline.receive([text("g1", "/start", { isGroup: true, conversationId: "-1001" })]);
    expect(adapter.sent[0]?.to.externalUserId).toBe("-1001");
    expect(h.identities.rows.size).toBe(0);
    expect([...events.rows.values()][0]?.status).toBe("ignored");
  });

  it("acknowledges button presses and stores a failure without throwing", async () => {
    const { h, adapter, pipeline, events } = setup();
    h.engine.handle = async () => {
      throw new TypeError("boom");
    };
    await pipeline.receive([{ channel: "telegram", externalUserId: "7", platformMessageId: "c1", sentAt: new Date(), kind: "choice", data: "m:qa", callbackId: "cb1" }]);
    expect(adapter.acknowledged).toHaveLength(1);
    expect([...events.rows.values()][0]).toMatchObject({ status: "failed", error: "TypeError" });
    expect(textOf(adapter.sent.map((s) => s.message))).toContain("hệ thống đang bận");
  });

  it("uses the sender the event store touched with the event, without touching them again", async () => {
    const { h, adapter, events, pipeline } = setupTouching();
    await pipeline.receive([text("t1", "xin chào")]); // first contact: the store does not know the citizen yet
    expect(h.identities.touches).toBe(1);
    await pipeline.receive([text("t2", "đăng ký kết hôn")]);
    await pipeline.receive([text("t3", "lệ phí bao nhiêu")]);
    expect(h.identities.touches).toBe(1);
    expect(events.senders.map((s) => s?.externalId)).toEqual(["7", "7", "7"]);
    expect(textOf([adapter.sent[2]!.message])).toContain("Miễn lệ phí");
  });

  it("stores a message without its sender while an earlier one of the chat is being handled, and reads the state when its turn comes", async () => {
    const { h, adapter, events, pipeline } = setupTouching();
    await pipeline.receive([text("s0", "xin chào")]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handle = h.engine.handle.bind(h.engine);
    h.engine.handle = async (...args) => {
      await gate;
      return handle(...args);
    };
    pipeline.dispatch(await pipeline.accept([text("s1", "đăng ký kết hôn")]));
    pipeline.dispatch(await pipeline.accept([text("s2", "lệ phí bao nhiêu")])); // s1 has not saved its state yet
    expect(events.senders.slice(1).map((s) => s?.externalId)).toEqual(["7", undefined]);
    release();
    await pipeline.drain();
    expect(adapter.sent.slice(1).map((s) => textOf([s.message]))).toEqual([expect.stringContaining("Mã 1.000894"), expect.stringContaining("Miễn lệ phí")]);
  });

  it("does not use the state read with an event once an earlier message of the chat was stored with it", async () => {
    const { h, adapter, pipeline } = setupTouching();
    await pipeline.receive([text("r0", "xin chào")]);
    // both stored before either is handled: both were read with the state before "đăng ký kết hôn" was answered
    pipeline.dispatch(await pipeline.accept([text("r1", "đăng ký kết hôn"), text("r2", "lệ phí bao nhiêu")]));
    await pipeline.drain();
    expect(h.identities.touches).toBe(1);
    expect(adapter.sent.slice(1).map((s) => textOf([s.message]))).toEqual([expect.stringContaining("Mã 1.000894"), expect.stringContaining("Miễn lệ phí")]);
  });

  it("leaves a citizen reachable when their unfollow is handled after a later message was stored", async () => {
    const { h, pipeline } = setupTouching();
    const t0 = new Date("2026-03-02T02:00:00Z");
    await pipeline.receive([text("f0", "xin chào", { sentAt: t0 })]);
    const unfollow = await pipeline.accept([{ channel: "telegram", externalUserId: "7", platformMessageId: "f1", sentAt: new Date(t0.getTime() + 1000), kind: "unfollow" }]);
    const back = await pipeline.accept([text("f2", "xin chào", { sentAt: new Date(t0.getTime() + 5000) })]); // touched while stored
    pipeline.dispatch([...unfollow, ...back]);
    await pipeline.drain();
    expect(h.identities.unreachable).toEqual([]);
    expect([...h.identities.rows.values()][0]?.identity.reachable).toBe(true);
  });
});
