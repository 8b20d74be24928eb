/**
 * The worker that downloads report photos from the platforms (src/core/feedback/attachments.ts): a batch every few
 * seconds; a batch that errors (database down) is logged and the next tick tries again.
 */
import { fetchAttachments, type AttachmentFetchDeps } from "../core/feedback/attachments.js";
import type { PipelineLogger } from "../core/conversation/message-pipeline.js";

/** How often pending photos are looked for. */
const ATTACHMENT_INTERVAL_MS = 3_000;

/** Starts fetching; `stop` waits for the batch in progress. */
export function startAttachmentFetcher(deps: AttachmentFetchDeps & { logger: PipelineLogger; intervalMs?: number }): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = fetchAttachments(deps, new Date())
      .then((r) => {
        if (r.stored || r.retried || r.failed) deps.logger.info({ ...r }, "report photos fetched");
      })
      .catch((err: unknown) => deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "report photo fetch failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, deps.intervalMs ?? ATTACHMENT_INTERVAL_MS);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
