import { describe, expect, it } from "vitest";
import { ChannelError, type InboundMessage } from "../../../src/core/channels/contract.js";
import { MessagePipeline } from "../../../src/core/conversation/message-pipeline.js";
import { createHarness, textOf } from "./harness.js";
import { MemoryDeliveries, MemoryEvents, RecordingAdapter } from "./memory-ports.js";

const silent = { info() {}, warn() {}, error() {} };

function setup() {
  const h = createHarness();
  const adapter = new RecordingAdapter();
  const events = new MemoryEvents();
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
});
