/**
 * The news send worker of a process with the worker role: claims batches of broadcast deliveries and sends them
 * (src/core/news/news-sender.ts), marks broadcasts done once all their deliveries are settled, and idles when
 * nothing is due. Any number of processes may run it on one database.
 */
import type { BroadcastService } from "../core/news/broadcast-service.js";
import type { NewsLogger, NewsSender } from "../core/news/news-sender.js";

export interface NewsWorkerDeps {
  sender: NewsSender;
  broadcasts: Pick<BroadcastService, "finishCompleted">;
  logger: NewsLogger;
  /** Pause when nothing is due (default 1 s): how long a new broadcast waits for its first send at most. */
  idleMs?: number;
}

/** How often, while busy, broadcasts worked on are checked for completion. */
const COMPLETION_CHECK_MS = 5_000;

/**
 * Starts the loop.
 *
 * @returns a handle whose stop() stops claiming, gives back claimed rows not yet sent and waits for the sends in
 *   flight to have their outcomes stored.
 */
export function startNewsWorker(deps: NewsWorkerDeps): { stop(): Promise<void> } {
  let stopped = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const touched = new Set<string>();
  let checkedAt = Date.now();

  const loop = async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = (await deps.sender.runOnce()).claimed;
        for (const id of deps.sender.takeTouchedBroadcasts()) touched.add(id);
        if (claimed === 0) {
          // idle: every send has its outcome, so each broadcast still marked sending can be checked
          await deps.sender.drain();
          touched.clear();
          checkedAt = Date.now();
          const done = await deps.broadcasts.finishCompleted();
          if (done > 0) deps.logger.info({ broadcasts: done }, "broadcasts finished");
        } else if (Date.now() - checkedAt >= COMPLETION_CHECK_MS && touched.size > 0) {
          checkedAt = Date.now();
          await deps.broadcasts.finishCompleted([...touched]);
          touched.clear();
        }
      } catch (err) {
        deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "news batch failed");
        claimed = 0;
      }
      if (claimed === 0 && !stopped) await pause(deps.idleMs ?? 1_000);
    }
  };
  const running = loop();
  return {
    stop: async () => {
      stopped = true;
      deps.sender.stop();
      wake?.();
      await running;
      await deps.sender.drain();
    },
  };
}
