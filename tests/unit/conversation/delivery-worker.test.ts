import { describe, expect, it } from "vitest";
import { ChannelError } from "../../../src/core/channels/contract.js";
import { MAX_DELIVERY_ATTEMPTS } from "../../../src/core/channels/delivery.js";
import { runDeliveryBatch } from "../../../src/jobs/delivery-worker.js";
import { MemoryDeliveries, MemoryIdentities, RecordingAdapter } from "./memory-ports.js";

const silent = { info() {}, warn() {}, error() {} };

async function setup(attempts = 1) {
  const deliveries = new MemoryDeliveries();
  const identities = new MemoryIdentities();
  const adapter = new RecordingAdapter();
  for (const text of ["một", "hai"]) {
    await deliveries.enqueue({ identityId: "i1", payload: { kind: "text", text }, status: "retry", nextAttemptAt: new Date(0), lastError: "unavailable", attempts });
  }
  for (const row of deliveries.rows) Object.assign(row, { channel: "telegram", externalId: "42" });
  const deps = { deliveries, identities, logger: silent, adapters: new Map([["telegram", adapter]]) };
  return { deliveries, identities, adapter, deps };
}

describe("delivery worker", () => {
  it("sends due deliveries in order and marks them sent", async () => {
    const { deliveries, adapter, deps } = await setup();
    expect(await runDeliveryBatch(deps)).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(adapter.sent.map((s) => (s.message.kind === "text" ? s.message.text : ""))).toEqual(["một", "hai"]);
    expect(deliveries.rows.map((r) => r.status)).toEqual(["sent", "sent"]);
  });

  it("reschedules after retry_after and keeps the later message behind the first", async () => {
    const { deliveries, adapter, deps } = await setup();
    adapter.failWith = new ChannelError("rate_limited", "429", 30);
    const before = Date.now();
    expect(await runDeliveryBatch(deps)).toEqual({ sent: 0, retried: 2, failed: 0 });
    expect(deliveries.rows.every((r) => r.status === "retry" && r.nextAttemptAt.getTime() >= before + 30_000)).toBe(true);
  });

  it("claims only deliveries of channels it has an adapter for", async () => {
    const { deliveries, deps } = await setup();
    expect(await runDeliveryBatch({ ...deps, adapters: new Map() })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(deliveries.rows.map((r) => r.status)).toEqual(["retry", "retry"]);
  });

  it("gives up after the last attempt", async () => {
    const { deliveries, adapter, deps } = await setup(MAX_DELIVERY_ATTEMPTS - 1);
    adapter.failWith = new ChannelError("unavailable", "500");
    expect(await runDeliveryBatch(deps)).toEqual({ sent: 0, retried: 0, failed: 2 });
    expect(deliveries.rows.map((r) => r.status)).toEqual(["failed", "failed"]);
  });

  it("stores a block and marks the citizen unreachable", async () => {
    const { deliveries, identities, adapter, deps } = await setup();
    adapter.failWith = new ChannelError("forbidden", "403");
    await runDeliveryBatch(deps);
    expect(deliveries.rows.map((r) => r.status)).toEqual(["blocked", "blocked"]);
    expect(identities.unreachable).toEqual(["telegram:42"]);
  });
});
