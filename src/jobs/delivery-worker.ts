/**
 * Retries of replies that could not be sent at once (rate limits, platform outages, timeouts). Rows are claimed
 * with SKIP LOCKED and a lease, sent through the channel's adapter (which paces itself), and their outcome stored:
 * sent, another try later (retry_after or exponential back-off), failed after too many attempts, or blocked.
 */
import { ChannelError, type ChannelAdapter } from "../core/channels/contract.js";
import { backoffMs, failureCode, MAX_DELIVERY_ATTEMPTS, type DeliveryQueue, type QueuedDelivery } from "../core/channels/delivery.js";
import type { IdentityStore } from "../core/people/identity.js";
import type { PipelineLogger } from "../core/conversation/message-pipeline.js";

export interface DeliveryWorkerDeps {
  deliveries: DeliveryQueue;
  /** Adapter per channel name; only deliveries to these channels are claimed. */
  adapters: ReadonlyMap<string, ChannelAdapter>;
  identities: IdentityStore;
  logger: PipelineLogger;
  /** When given, only deliveries to these users (external ids) are claimed. */
  recipients?: readonly string[];
  batchSize?: number;
  clock?: () => Date;
}

export interface BatchResult {
  sent: number;
  retried: number;
  failed: number;
}

/** Claims and sends one batch of due deliveries. */
export async function runDeliveryBatch(deps: DeliveryWorkerDeps): Promise<BatchResult> {
  const now = (deps.clock ?? (() => new Date()))();
  const batch = await deps.deliveries.claimDue(now, deps.batchSize ?? 50, [...deps.adapters.keys()], deps.recipients);
  const result: BatchResult = { sent: 0, retried: 0, failed: 0 };
  // one chat's replies stay in order; chats proceed in parallel under the adapter's pacing
  const byChat = new Map<string, QueuedDelivery[]>();
  for (const d of batch) byChat.set(`${d.channel}:${d.externalId}`, [...(byChat.get(`${d.channel}:${d.externalId}`) ?? []), d]);
  const outcomes = await Promise.allSettled([...byChat.values()].map((list) => sendInOrder(deps, list, result)));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
  if (failure) throw failure.reason;
  return result;
}

async function sendInOrder(deps: DeliveryWorkerDeps, list: QueuedDelivery[], result: BatchResult): Promise<void> {
  for (let i = 0; i < list.length; i++) {
    const d = list[i] as QueuedDelivery;
    const adapter = deps.adapters.get(d.channel);
    if (!adapter) {
      await deps.deliveries.markFailed(d.id, { status: "retry", lastError: "no_adapter", nextAttemptAt: new Date(Date.now() + backoffMs(d.attempts + 1)) });
      result.retried++;
      continue;
    }
    try {
      const sent = await adapter.send({ channel: adapter.channel, externalUserId: d.externalId }, d.payload);
      await deps.deliveries.markSent(d.id, new Date(), sent.platformMessageId);
      result.sent++;
    } catch (err) {
      const error = err instanceof ChannelError ? err : new ChannelError("unavailable", "send failed", undefined, { cause: err });
      deps.logger.warn({ deliveryId: d.id, identityId: d.identityId, error: error.kind, attempts: d.attempts + 1 }, "delivery failed");
      if (error.kind === "forbidden") await deps.identities.markUnreachable(d.channel, d.externalId, "blocked");
      // the rest of this chat's batch goes after this one, so nothing overtakes it
      for (const rest of list.slice(i)) {
        const attempts = rest.attempts + 1;
        const again = error.retryable && attempts < MAX_DELIVERY_ATTEMPTS;
        const delay = error.retryAfterSec !== undefined ? error.retryAfterSec * 1000 : backoffMs(attempts);
        // outside the reply window (Zalo): no point retrying on a timer; it goes out at the next interaction
        const held = error.kind === "outside_window";
        await deps.deliveries.markFailed(rest.id, {
          status: held ? "held" : again ? "retry" : error.kind === "forbidden" ? "blocked" : "failed",
          lastError: failureCode(error.kind),
          ...(again && !held ? { nextAttemptAt: new Date(Date.now() + delay) } : {}),
        });
        if (again) result.retried++;
        else result.failed++;
      }
      return;
    }
  }
}

/**
 * Runs batches every `intervalMs` until stopped; a batch that errors (database down) is logged and retried.
 *
 * @returns a handle whose stop() waits for the batch in progress.
 */
export function startDeliveryWorker(deps: DeliveryWorkerDeps & { intervalMs?: number }): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runDeliveryBatch(deps)
      .catch((err: unknown) => deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "delivery batch failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, deps.intervalMs ?? 2_000);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
