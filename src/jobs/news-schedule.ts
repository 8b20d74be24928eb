/**
 * The news side of the scheduler role: starts scheduled broadcasts whose time has come. Safe on several replicas:
 * starting a broadcast moves it out of `scheduled` in the same statement that fans it out, so one replica wins.
 */
import type { BroadcastService } from "../core/news/broadcast-service.js";
import type { NewsLogger } from "../core/news/news-sender.js";

/** How often scheduled broadcasts are looked for: a broadcast goes out at most this late. */
export const SCHEDULED_BROADCAST_CHECK_MS = 15_000;

/** Starts the periodic check; stop() clears it and waits for a check in progress. */
export function startNewsSchedule(deps: { broadcasts: Pick<BroadcastService, "startDue">; logger: NewsLogger; intervalMs?: number }): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const started = await deps.broadcasts.startDue();
        if (started > 0) deps.logger.info({ broadcasts: started }, "scheduled broadcasts started");
      } catch (err) {
        deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "starting scheduled broadcasts failed");
      }
    });
  };
  const timer = setInterval(tick, deps.intervalMs ?? SCHEDULED_BROADCAST_CHECK_MS);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
