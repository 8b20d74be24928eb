/**
 * Shapes and ports of feed ingestion: a news source (a portal feed kept as data), what fetching it gave, the items
 * it offers, and the stores of sources and items (implemented in src/db/repositories/news/).
 */

/** Why a poll failed, stored on the source (NewsSource.lastError) so an editor sees which feed is broken. */
export type FeedErrorCode = "internal" | "timeout" | "network" | "too_large" | "too_many_redirects" | "malformed" | "bad_url" | `http_${number}`;

/** A feed that could not be read; `code` is stored, `detail` is a short hint (never a body). */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "FeedError";
  }
}

/** A portal feed the engine polls. */
export interface NewsSource {
  id: string;
  orgId: string;
  name: string;
  url: string;
  topicIds: string[];
  autoPublish: boolean;
  pollMinutes: number;
  etag: string | null;
  lastModified: string | null;
  failureCount: number;
  /** Null until the first successful poll recorded the feed's backlog. */
  baselinedAt: Date | null;
}

/** One item of a feed, text already plain. */
export interface FeedEntry {
  guid: string | null;
  url: string;
  title: string;
  summary: string | null;
  imageUrl: string | null;
  /** Null when the feed gives no (valid) date. */
  publishedAt: Date | null;
}

/** What a conditional GET gave. */
export type FetchedFeed =
  | { status: "not_modified" }
  | { status: "ok"; body: string; etag: string | null; lastModified: string | null; finalUrl: string };

/** Fetches feeds over HTTP with the source's validators, a timeout, a size cap and limited redirects. */
export interface FeedFetcher {
  /** @throws FeedError for every failure (timeouts, statuses other than 200/304, oversized bodies, loops). */
  fetch(url: string, validators: { etag: string | null; lastModified: string | null }): Promise<FetchedFeed>;
}

/** Sources and their polling state. */
export interface NewsSourceStore {
  /** Claims up to `limit` due, unpaused sources until `leaseUntil` (another poller skips them). */
  claimDue(now: Date, limit: number, leaseUntil: Date): Promise<NewsSource[]>;
  /** A poll that worked (200 or 304): validators kept, error cleared, next poll planned, lease released. */
  recordSuccess(id: string, r: { at: Date; nextPollAt: Date; etag?: string | null; lastModified?: string | null; baselined?: boolean }): Promise<void>;
  /** A poll that failed: error stored, failures counted, next poll planned (backed off), lease released. */
  recordFailure(id: string, r: { at: Date; nextPollAt: Date; error: FeedErrorCode }): Promise<void>;
}

export type NewsItemStatus = "pending_approval" | "published" | "skipped" | "archived";

/** A stored news item. */
export interface NewsItem {
  id: string;
  orgId: string;
  sourceId: string | null;
  origin: "feed" | "cms";
  guid: string | null;
  url: string;
  title: string;
  summary: string | null;
  imageUrl: string | null;
  topicIds: string[];
  publishedAt: Date | null;
  fetchedAt: Date;
  status: NewsItemStatus;
  urgent: boolean;
  decidedById: string | null;
  decidedAt: Date | null;
}

/** An item to store, with its deduplication keys. */
export interface NewItem {
  orgId: string;
  sourceId: string | null;
  origin: "feed" | "cms";
  guid: string | null;
  url: string;
  linkKey: string;
  titleKey: string;
  title: string;
  summary: string | null;
  imageUrl: string | null;
  topicIds: string[];
  publishedAt: Date | null;
  status: NewsItemStatus;
  urgent: boolean;
}

/** Which items a list shows (the editor's incoming-news page): newest fetched first, keyset paged. */
export interface NewsItemQuery {
  orgId: string;
  statuses?: readonly NewsItemStatus[];
  sourceId?: string;
  before?: { fetchedAt: Date; id: string };
  limit: number;
}

/** News items. */
export interface NewsItemStore {
  /**
   * Stores the items that are new: one whose link key, (source, guid) or title key already exists in the
   * organisation is a duplicate and is left out. Safe to race (unique keys decide).
   *
   * @returns the items stored now, in the given order.
   */
  insertNew(items: readonly NewItem[], at: Date): Promise<NewsItem[]>;
  /** The item with this link key in the organisation (the CMS push is idempotent on its link). */
  byLinkKey(orgId: string, linkKey: string): Promise<NewsItem | null>;
  get(id: string): Promise<NewsItem | null>;
  /**
   * Moves an item from one of `from` to `to`, recording who decided; null when it was not in one of `from`
   * (another editor decided first).
   */
  decide(id: string, from: readonly NewsItemStatus[], to: NewsItemStatus, by: string | null, at: Date, urgent?: boolean): Promise<NewsItem | null>;
  list(query: NewsItemQuery): Promise<NewsItem[]>;
  /** Changes a waiting item (status pending_approval); null when it is not waiting. */
  revise(id: string, edits: { title: string; titleKey: string; summary: string | null; topicIds: string[] }): Promise<NewsItem | null>;
  /** Items waiting for approval per organisation (the console's badge). */
  countPending(orgId: string): Promise<number>;
  /** The broadcast of each of these items that has one (item id → broadcast id). */
  broadcastsOf(ids: readonly string[]): Promise<Map<string, string>>;
}
