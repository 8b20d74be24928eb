/**
 * Polls the portal feeds that are due: each source is claimed under a lease (one poller per source however many
 * schedulers run), fetched with its validators (a 304 costs nothing), parsed and its new items ingested. A broken
 * feed stores its error and is retried later with a growing interval; it never stops the others.
 */
import type { NewsLogger } from "../news-sender.js";
import type { NewsItemService } from "../news-items.js";
import { parseFeed } from "./parse-feed.js";
import { FeedError, type FeedErrorCode, type FeedFetcher, type NewsSource, type NewsSourceStore } from "./types.js";

export interface FeedPollerOptions {
  sources: NewsSourceStore;
  fetcher: FeedFetcher;
  items: Pick<NewsItemService, "ingest">;
  logger: NewsLogger;
  clock?: () => Date;
  /** Sources polled at once (default 4). */
  concurrency?: number;
  /** Items kept per poll (default 200): a huge feed keeps its newest. */
  maxItems?: number;
}

/** Longest wait between polls of a failing source. */
const MAX_BACKOFF_MINUTES = 24 * 60;
/** How long a claimed source belongs to its poller (a fetch has its own, shorter timeout). */
const LEASE_MS = 5 * 60_000;

/** Figures of one poll of one source. */
export interface SourcePoll {
  sourceId: string;
  outcome: "new_items" | "unchanged" | "not_modified" | "baselined" | "failed";
  stored: number;
  broadcast: number;
  error?: FeedErrorCode;
}

export class FeedPoller {
  private readonly clock: () => Date;

  constructor(private readonly opts: FeedPollerOptions) {
    this.clock = opts.clock ?? (() => new Date());
  }

  /**
   * Polls every due source once (at most `limit`).
   *
   * @returns one figure per source polled.
   */
  async pollDue(limit = 20): Promise<SourcePoll[]> {
    const now = this.clock();
    const due = await this.opts.sources.claimDue(now, limit, new Date(now.getTime() + LEASE_MS));
    const results: SourcePoll[] = [];
    const queue = [...due];
    const worker = async () => {
      for (let source = queue.shift(); source; source = queue.shift()) results.push(await this.poll(source));
    };
    await Promise.all(Array.from({ length: Math.min(this.opts.concurrency ?? 4, due.length) }, worker));
    return results;
  }

  /** Polls one claimed source; never throws (a failure is stored on the source). */
  async poll(source: NewsSource): Promise<SourcePoll> {
    try {
      const fetched = await this.opts.fetcher.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
      if (fetched.status === "not_modified") {
        await this.opts.sources.recordSuccess(source.id, { at: this.clock(), nextPollAt: this.next(source.pollMinutes) });
        return { sourceId: source.id, outcome: "not_modified", stored: 0, broadcast: 0 };
      }
      const entries = parseFeed(fetched.body, fetched.finalUrl, this.opts.maxItems);
      const baseline = source.baselinedAt === null;
      const { stored, broadcast } = await this.opts.items.ingest(source, entries, baseline);
      await this.opts.sources.recordSuccess(source.id, {
        at: this.clock(),
        nextPollAt: this.next(source.pollMinutes),
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        ...(baseline ? { baselined: true } : {}),
      });
      this.opts.logger.info({ sourceId: source.id, entries: entries.length, stored: stored.length, broadcast }, "feed polled");
      return { sourceId: source.id, outcome: baseline ? "baselined" : stored.length ? "new_items" : "unchanged", stored: stored.length, broadcast };
    } catch (error) {
      const code: FeedErrorCode = error instanceof FeedError ? error.code : "internal";
      const failures = source.failureCount + 1;
      const minutes = Math.min(MAX_BACKOFF_MINUTES, source.pollMinutes * 2 ** Math.min(failures - 1, 10));
      await this.opts.sources
        .recordFailure(source.id, { at: this.clock(), nextPollAt: this.next(minutes), error: code })
        .catch((err: unknown) => this.opts.logger.error({ sourceId: source.id, err: err instanceof Error ? err.name : "unknown" }, "feed error not stored"));
      this.opts.logger.warn({ sourceId: source.id, error: code, failures }, "feed poll failed");
      return { sourceId: source.id, outcome: "failed", stored: 0, broadcast: 0, error: code };
    }
  }

  private next(minutes: number): Date {
    return new Date(this.clock().getTime() + minutes * 60_000);
  }
}
