import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { ChannelState, ChannelStatus } from "../core/channels/channel-status.js";

/** Prometheus metrics of one process: Node's process metrics, HTTP requests by route, and the channels' states. */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route" | "status">;
}

/** What the metrics read at scrape time. */
export interface MetricsSources {
  /** The channels' states (src/core/channels/channel-status.ts ChannelStatusBoard). */
  channelStatus?: { list(): ChannelStatus[]; failureTotals(): Array<{ channel: string; kind: string; count: number }> };
}

const CHANNEL_STATES: readonly ChannelState[] = ["starting", "connected", "retrying", "misconfigured"];

/** Creates the registry and its metrics. */
export function createMetrics(sources: MetricsSources = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "motcua_" });
  const httpRequests = new Counter({
    name: "motcua_http_requests_total",
    help: "HTTP requests by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "motcua_http_request_duration_seconds",
    help: "HTTP request duration by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  if (sources.channelStatus) registerChannelMetrics(registry, sources.channelStatus);
  return { registry, httpRequests, httpDuration };
}

function registerChannelMetrics(registry: Registry, board: NonNullable<MetricsSources["channelStatus"]>): void {
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
