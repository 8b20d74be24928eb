/**
 * What operators and balancers ask: `/healthz` (the process answers), `/readyz` (database reachable and migrations
 * applied: a balancer may send traffic), `/readyz/channels` (each messaging channel reaches its platform: for
 * alerting; a channel that is down does not take the console and the other channel's webhooks out of the balancer)
 * and `/metrics` (Prometheus, behind a bearer token when METRICS_TOKEN is set).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import express, { type Router } from "express";
import type { ChannelStatus } from "../../core/channels/channel-status.js";
import { AppError } from "../../core/shared/app-error.js";
import type { Metrics } from "../metrics.js";

export interface HealthDeps {
  metrics: Metrics;
  checkReady: () => Promise<{ ok: boolean; reason?: string }>;
  isShuttingDown?: () => boolean;
  /** The channels' states (src/core/channels/channel-status.ts). */
  channelStatus?: { list(): ChannelStatus[] };
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

/** Where /readyz points for the channels' detail. */
export const CHANNELS_DETAIL_PATH = "/readyz/channels";

/** The health, readiness and metrics routes. */
export function healthRouter(deps: HealthDeps): Router {
  const router = express.Router();
  const channelsUp = () => (deps.channelStatus?.list() ?? []).every((c) => c.state === "connected");

  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  router.get("/readyz", async (_req, res) => {
    if (deps.isShuttingDown?.()) {
      res.status(503).json({ status: "shutting_down" });
      return;
    }
    const ready = await deps.checkReady();
    const channels = deps.channelStatus ? { channels: channelsUp() ? "ok" : "degraded", channelsDetail: CHANNELS_DETAIL_PATH } : {};
    res.status(ready.ok ? 200 : 503).json(ready.ok ? { status: "ready", ...channels } : { status: "not_ready", reason: ready.reason, ...channels });
  });

  router.get(CHANNELS_DETAIL_PATH, (_req, res) => {
    const channels = (deps.channelStatus?.list() ?? []).map(describe);
    const up = channelsUp();
    res.status(up ? 200 : 503).json({ status: up ? "ok" : "degraded", channels });
  });

  const expected = deps.metricsToken ? digest(deps.metricsToken) : undefined;
  router.get("/metrics", async (req, res, next) => {
    if (expected) {
      const given = /^Bearer (.+)$/u.exec(req.get("authorization") ?? "")?.[1];
      if (!given || !timingSafeEqual(digest(given), expected)) {
        res.setHeader("www-authenticate", 'Bearer realm="metrics"');
        next(new AppError("unauthorized", "A valid bearer token is required for /metrics", 401));
        return;
      }
    }
    try {
      res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function describe(s: ChannelStatus) {
  return {
    channel: s.channel,
    state: s.state,
    since: s.since.toISOString(),
    ...(s.retryingSince ? { retryingSince: s.retryingSince.toISOString() } : {}),
    failures: s.failures,
    ...(s.lastError ? { lastError: { kind: s.lastError.kind, detail: s.lastError.detail, at: s.lastError.at.toISOString() } } : {}),
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
