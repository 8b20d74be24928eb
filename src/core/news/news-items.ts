/**
 * News items: what feeds and the portal's CMS bring in, and the editor's decision on each. An item from a source
 * that auto-publishes (or pushed by the CMS asking to publish) is published at once and broadcast to its topics'
 * subscribers; otherwise it waits for an editor, who approves it (published, broadcast or not) or skips it.
 * Every broadcast of an item carries the dedupe key `news:<item id>`, so an item is never sent twice, whoever acts.
 */
import { AppError } from "../shared/app-error.js";
import type { BroadcastService } from "./broadcast-service.js";
import { linkKeyOf, titleKeyOf } from "./feeds/dedupe-keys.js";
import { htmlToPlainText } from "./feeds/plain-text.js";
import type { FeedEntry, NewItem, NewsItem, NewsItemQuery, NewsItemStore, NewsSource } from "./feeds/types.js";

/** What the portal's CMS pushes (POST /api/news), already validated in shape. */
export interface PushedNews {
  orgId: string;
  url: string;
  title: string;
  summary?: string;
  imageUrl?: string;
  topicIds: string[];
  publishedAt?: Date;
  urgent?: boolean;
  /** True: publish and send now; false: wait for an editor's approval. */
  publish: boolean;
}

/** How an editor sends an approved item. */
export interface SendOptions {
  urgent?: boolean;
  /** Send at this time instead of now. */
  scheduledAt?: Date;
}

export class NewsItemService {
  private readonly clock: () => Date;

  constructor(
    private readonly items: NewsItemStore,
    private readonly broadcasts: Pick<BroadcastService, "create">,
    clock?: () => Date,
  ) {
    this.clock = clock ?? (() => new Date());
  }

  /**
   * Stores a poll's new items (duplicates left out) and publishes them when the source auto-publishes. On the
   * source's first poll (`baseline`) the backlog is stored as archived: subscribers get what is new from then on.
   *
   * @returns the items stored now and how many were broadcast.
   */
  async ingest(source: NewsSource, entries: readonly FeedEntry[], baseline: boolean): Promise<{ stored: NewsItem[]; broadcast: number }> {
    const status = baseline ? "archived" : source.autoPublish ? "published" : "pending_approval";
    const rows: NewItem[] = entries.map((e) => ({
      orgId: source.orgId,
      sourceId: source.id,
      origin: "feed",
      guid: e.guid,
      url: e.url,
      linkKey: linkKeyOf(e.url),
      titleKey: titleKeyOf(e.title),
      title: e.title,
      summary: e.summary,
      imageUrl: e.imageUrl,
      topicIds: source.topicIds,
      publishedAt: e.publishedAt,
      status,
      urgent: false,
    }));
    const stored = await this.items.insertNew(dedupeWithin(rows), this.clock());
    let broadcast = 0;
    if (status === "published") {
      // oldest first, so subscribers read them in the order they were published
      for (const item of [...stored].reverse()) if (await this.broadcast(item, "feed", null, {})) broadcast++;
    }
    return { stored, broadcast };
  }

  /**
   * Takes an item pushed by the CMS. Idempotent on the link: the same link again returns the stored item
   * unchanged (`created: false`) and sends nothing.
   *
   * @throws AppError 409 when an item with the same title (but another link) already exists.
   */
  async push(input: PushedNews, byTokenId: string | null): Promise<{ item: NewsItem; created: boolean; broadcastId: string | null }> {
    const linkKey = linkKeyOf(input.url);
    const existing = await this.items.byLinkKey(input.orgId, linkKey);
    if (existing) return { item: existing, created: false, broadcastId: null };
    const title = htmlToPlainText(input.title).replace(/\s+/gu, " ").slice(0, 300);
    if (!title) throw new AppError("news_title_missing", "The item needs a title");
    const row: NewItem = {
      orgId: input.orgId,
      sourceId: null,
      origin: "cms",
      guid: null,
      url: input.url,
      linkKey,
      titleKey: titleKeyOf(title),
      title,
      summary: input.summary ? htmlToPlainText(input.summary).slice(0, 600) || null : null,
      imageUrl: input.imageUrl ?? null,
      topicIds: [...new Set(input.topicIds)],
      publishedAt: input.publishedAt ?? null,
      status: input.publish ? "published" : "pending_approval",
      urgent: input.urgent ?? false,
    };
    const [item] = await this.items.insertNew([row], this.clock());
    if (!item) {
      // a concurrent push of the same link won, or the title is already known under another link
      const raced = await this.items.byLinkKey(input.orgId, linkKey);
      if (raced) return { item: raced, created: false, broadcastId: null };
      throw new AppError("news_duplicate_title", "An item with the same title already exists", 409);
    }
    const broadcastId = input.publish ? await this.broadcast(item, "api", byTokenId, { urgent: item.urgent }) : null;
    return { item, created: true, broadcastId };
  }

  /**
   * Publishes a waiting item without sending it (it stays on the portal only).
   *
   * @throws AppError 404 unknown item, 409 already decided.
   */
  async approve(id: string, byStaffId: string | null): Promise<NewsItem> {
    return this.decide(id, "published", byStaffId);
  }

  /**
   * Publishes a waiting item and sends it to its topics' subscribers (now, or at `scheduledAt`). An item decided
   * meanwhile (approved, skipped) is refused like any stale decision; {@link sendApproved} sends an approved one.
   *
   * @returns the item and the broadcast's id.
   * @throws AppError 404 unknown item, 409 decided meanwhile or already sent.
   */
  async approveAndSend(id: string, byStaffId: string | null, options: SendOptions = {}): Promise<{ item: NewsItem; broadcastId: string }> {
    const now = this.clock();
    const item = (await this.items.decide(id, ["pending_approval"], "published", byStaffId, now, options.urgent)) ?? (await this.mustExist(id, "published"));
    const broadcastId = await this.broadcast(item, "console", byStaffId, options);
    if (!broadcastId) throw new AppError("news_already_sent", "This item has already been sent", 409);
    return { item, broadcastId };
  }

  /**
   * Sends an item approved earlier without sending (from the approved tab). Only an item still published and never
   * sent: one skipped, waiting or sent meanwhile is refused, so a page left open never sends twice.
   *
   * @returns the broadcast's id.
   * @throws AppError 404 unknown item, 409 not published or already sent.
   */
  async sendApproved(id: string, byStaffId: string | null, options: SendOptions = {}): Promise<{ item: NewsItem; broadcastId: string }> {
    const item = await this.items.get(id);
    if (!item) throw new AppError("news_item_not_found", `No news item ${id}`, 404);
    if (item.status !== "published") throw new AppError("news_item_decided", `This item is ${item.status}; only an approved item can be sent later`, 409);
    const broadcastId = await this.broadcast(item, "console", byStaffId, options);
    if (!broadcastId) throw new AppError("news_already_sent", "This item has already been sent", 409);
    return { item, broadcastId };
  }

  /** The broadcast of each of these items that was sent (item id → broadcast id). */
  broadcastsOf(ids: readonly string[]): Promise<Map<string, string>> {
    return this.items.broadcastsOf(ids);
  }

  /** Skips a waiting item: it is never sent. @throws AppError 404 unknown item, 409 already decided. */
  async skip(id: string, byStaffId: string | null): Promise<NewsItem> {
    return this.decide(id, "skipped", byStaffId);
  }

  /**
   * Brings a skipped item back to the waiting list (an editor's undo of "Bỏ qua"); it is decided again from there.
   * @throws AppError 404 unknown item, 409 not skipped (decided otherwise meanwhile).
   */
  async restore(id: string, byStaffId: string | null): Promise<NewsItem> {
    const item = await this.items.decide(id, ["skipped"], "pending_approval", byStaffId, this.clock());
    return item ?? this.mustExist(id, "pending_approval");
  }

  /**
   * Changes a waiting item's title, summary and topics (the editor's edits before approving).
   *
   * @returns the item as changed, or null when it is no longer waiting (decided meanwhile).
   */
  revise(id: string, edits: { title: string; summary: string | null; topicIds: string[] }): Promise<NewsItem | null> {
    return this.items.revise(id, { ...edits, titleKey: titleKeyOf(edits.title) });
  }

  get(id: string): Promise<NewsItem | null> {
    return this.items.get(id);
  }

  /** Items newest first (the incoming-news page: `statuses: ["pending_approval"]`). */
  list(query: NewsItemQuery): Promise<NewsItem[]> {
    return this.items.list(query);
  }

  countPending(orgId: string): Promise<number> {
    return this.items.countPending(orgId);
  }

  private async decide(id: string, to: "published" | "skipped", by: string | null): Promise<NewsItem> {
    const item = await this.items.decide(id, ["pending_approval"], to, by, this.clock());
    return item ?? this.mustExist(id, to);
  }

  private async mustExist(id: string, wanted: string): Promise<never> {
    const item = await this.items.get(id);
    if (!item) throw new AppError("news_item_not_found", `No news item ${id}`, 404);
    throw new AppError("news_item_decided", `This item is already ${item.status}; it cannot be ${wanted} now`, 409);
  }

  /** Creates the item's broadcast once; null when it already had one. */
  private async broadcast(item: NewsItem, via: "feed" | "api" | "console", by: string | null, options: SendOptions): Promise<string | null> {
    const { id, created } = await this.broadcasts.create({
      orgId: item.orgId,
      kind: "news",
      title: item.title.slice(0, 200),
      body: item.summary ?? "",
      link: item.url,
      ...(item.imageUrl ? { imageUrl: item.imageUrl } : {}),
      topicIds: item.topicIds,
      urgent: options.urgent ?? item.urgent,
      newsItemId: item.id,
      dedupeKey: `news:${item.id}`,
      createdVia: via,
      ...(by && via === "console" ? { createdById: by } : {}),
      ...(options.scheduledAt ? { scheduledAt: options.scheduledAt } : {}),
    });
    return created ? id : null;
  }
}

/** A feed listing one article twice (same link or title) keeps the first. */
function dedupeWithin(rows: NewItem[]): NewItem[] {
  const links = new Set<string>();
  const titles = new Set<string>();
  return rows.filter((r) => {
    if (links.has(r.linkKey) || titles.has(r.titleKey)) return false;
    links.add(r.linkKey);
    titles.add(r.titleKey);
    return true;
  });
}
