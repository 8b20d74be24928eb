import { Counter, Gauge, type Registry } from "prom-client";
import type { ChannelState, ChannelStatus } from "../core/channels/channel-status.js";

/** What the channel metrics read (src/core/channels/channel-status.ts ChannelStatusBoard). */
export interface ChannelStatusSource {
  list(): ChannelStatus[];
  failureTotals(): Array<{ channel: string; kind: string; count: number }>;
}

const CHANNEL_STATES: readonly ChannelState[] = ["starting", "connected", "retrying", "misconfigured"];

/** Each channel's state at scrape time: up, state, when the outage began, and failed attempts by error kind. */
export function registerChannelMetrics(registry: Registry, board: ChannelStatusSource): void {
  new Gauge({
    name: "motcua_channel_up",
    help: "1 when the channel reaches its platform, 0 while it retries or is misconfigured",
    labelNames: ["channel"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of board.list()) this.set({ channel: s.channel }, s.state === "connected" ? 1 : 0);
    },
  });
  new Gauge({
    name: "motcua_channel_state",
    help: "The channel's state: 1 for the current one (starting, connected, retrying, misconfigured)",
    labelNames: ["channel", "state"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of board.list()) for (const state of CHANNEL_STATES) this.set({ channel: s.channel, state }, s.state === state ? 1 : 0);
    },
  });
  new Gauge({
    name: "motcua_channel_down_since_seconds",
    help: "Unix time the channel's current outage began; 0 while it is connected",
    labelNames: ["channel"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of board.list()) this.set({ channel: s.channel }, s.state === "connected" || !s.retryingSince ? 0 : s.retryingSince.getTime() / 1000);
    },
  });
  new Counter({
    name: "motcua_channel_failures_total",
    help: "Failed registrations, polls and token refreshes by channel and error kind",
    labelNames: ["channel", "kind"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const f of board.failureTotals()) this.inc({ channel: f.channel, kind: f.kind }, f.count);
    },
  });
}
