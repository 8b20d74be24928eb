/** /readyz, /readyz/channels and the bearer token of /metrics, on the real express app (no database needed). */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelStatusBoard } from "../../../src/core/channels/channel-status.js";
import { createApp } from "../../../src/http/app.js";
import { createMetrics } from "../../../src/http/metrics.js";

const METRICS_TOKEN = "metrics-token-0123456789";
const logger = pino({ level: "silent" });
const board = new ChannelStatusBoard(logger);
let server: Server;
let base: string;

beforeAll(async () => {
  const app = createApp({ logger, metrics: createMetrics({ channelStatus: board }), checkReady: async () => ({ ok: true }), channelStatus: board, metricsToken: METRICS_TOKEN });
  server = app.listen(0);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server?.close());

describe("health routes", () => {
  it("keeps /readyz ready while a channel retries, and /readyz/channels says which and why", async () => {
    board.register("telegram");
    board.register("zalo");
    board.connected("zalo");
    board.failed("telegram", "unavailable", "telegram network: ECONNREFUSED");
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", channels: "degraded", channelsDetail: "/readyz/channels" });
    const detail = await fetch(`${base}/readyz/channels`);
    expect(detail.status).toBe(503);
    const body = (await detail.json()) as { channels: Array<Record<string, unknown>> };
    expect(body.channels).toEqual([
      expect.objectContaining({ channel: "telegram", state: "retrying", failures: 1, retryingSince: expect.any(String), lastError: expect.objectContaining({ kind: "unavailable", detail: "telegram network: ECONNREFUSED" }) }),
      expect.objectContaining({ channel: "zalo", state: "connected", failures: 0 }),
    ]);
    board.connected("telegram");
    expect((await fetch(`${base}/readyz/channels`)).status).toBe(200);
  });

  it("refuses /metrics without the bearer token, with the JSON error shape of every API", async () => {
    for (const authorization of [undefined, "Bearer wrong-token-0000000000", `Basic ${METRICS_TOKEN}`]) {
      const res = await fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      expect(await res.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String), requestId: expect.any(String) } });
    }
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    const text = await ok.text();
    expect(text).toContain('motcua_channel_up{channel="telegram"} 1');
    expect(text).toContain('motcua_channel_failures_total{channel="telegram",kind="unavailable"} 1');
  });
});
