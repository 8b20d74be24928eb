import { randomUUID } from "node:crypto";
import express, { type Router } from "express";
import helmet from "helmet";
import type { Logger } from "../logger.js";
import type { Metrics } from "./metrics.js";
import { errorHandler } from "./error-handler.js";
import { healthRouter, type HealthDeps } from "./routes/health.js";
import { AppError } from "../core/shared/app-error.js";

export interface AppDeps {
  logger: Logger;
  metrics: Metrics;
  /** Database reachable and migrations applied. */
  checkReady: () => Promise<{ ok: boolean; reason?: string }>;
  /** Routers mounted at the root (webhooks, consoles); each brings its own body parser and limits. */
  routers?: Router[];
  /** True while the process drains for shutdown: /readyz turns 503 so a balancer stops sending traffic. */
  isShuttingDown?: () => boolean;
  /** The messaging channels' states, shown at /readyz/channels. */
  channelStatus?: HealthDeps["channelStatus"];
  /** Bearer token /metrics requires (METRICS_TOKEN); unset: open. */
  metricsToken?: string;
  /**
   * The service is reached over https (PUBLIC_BASE_URL). Only then may pages tell browsers to upgrade requests
   * to https: on a ward office's plain-http intranet address that would break every stylesheet and form.
   */
  https?: boolean;
}

/**
 * Builds the express app (no listen here): security headers, a request id on every request and log line, request
 * metrics by route, health endpoints, the mounted routers and one error handler. There is no global body parser:
 * webhooks verify signatures over their own raw bodies.
 */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // no ETag: no response of this service is a cacheable resource, and hashing every webhook answer costs CPU
  app.set("etag", false);
  app.set("trust proxy", "loopback");
  // security headers guard pages in browsers; platforms calling webhooks read none of them
  const securityHeaders = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: deps.https ? [] : null } } });
  app.use((req, res, next) => (req.path.startsWith("/webhooks/") ? next() : securityHeaders(req, res, next)));

  app.use((req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && /^[A-Za-z0-9._-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    // the request's logger, made when first used: most requests log nothing at the production level
    let log: Logger | undefined;
    Object.defineProperty(res.locals, "log", { get: () => (log ??= deps.logger.child({ requestId })), enumerable: true });
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const route = (req.route?.path as string | undefined) ? `${req.baseUrl}${req.route.path as string}` : "unmatched";
      const labels = { method: req.method, route, status: String(res.statusCode) };
      deps.metrics.httpRequests.inc(labels);
      deps.metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      if (deps.logger.isLevelEnabled("debug")) (res.locals.log as Logger).debug({ method: req.method, route, status: res.statusCode }, "request");
    });
    next();
  });

  app.use(healthRouter(deps));

  for (const router of deps.routers ?? []) app.use(router);

  app.use((req, _res, next) => {
    next(new AppError("not_found", `No route for ${req.method} ${req.path}`, 404));
  });
  app.use(errorHandler(deps.logger));
  return app;
}
