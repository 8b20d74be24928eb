/**
 * The feed side of the scheduler role: every interval, polls the portal feeds that are due (each source has its
 * own interval; a failing one backs off). Safe on several replicas: a source is claimed under a lease.
 */
import type { FeedPoller } from "../core/news/feeds/feed-poller.js";
import type { NewsLogger } from "../core/news/news-sender.js";

/** How often due sources are looked for (a source is polled at most this late). */
export const FEED_POLL_CHECK_MS = 60_000;

export interface FeedPollDeps {
  poller: Pick<FeedPoller, "pollDue">;
  logger: NewsLogger;
  intervalMs?: number;
  /** The poller's HTTP client: its connection pool is closed at stop, once the poll in progress ended. */
  fetcher?: { close(): Promise<void> };
}

/** Starts the periodic poll; stop() clears it, waits for a poll in progress, then closes the fetcher. */
export function startFeedPoll(deps: FeedPollDeps): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = (async () => {
      try {
        const polls = await deps.poller.pollDue();
        const failed = polls.filter((p) => p.outcome === "failed").length;
        if (polls.length > 0) deps.logger.info({ sources: polls.length, failed, stored: polls.reduce((n, p) => n + p.stored, 0) }, "feeds polled");
      } catch (err) {
        deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "feed polling failed");
      } finally {
        busy = false;
      }
    })();
  };
  const timer = setInterval(tick, deps.intervalMs ?? FEED_POLL_CHECK_MS);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await deps.fetcher?.close();
    },
  };
}
