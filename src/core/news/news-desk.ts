/**
 * The editor's side of incoming news (issue #14 point 1): the items feeds and the CMS bring in that wait for
 * approval, with the editor's decision on each (approve, optionally editing title, summary and topics; approve and
 * send now; skip), and the sources page (each feed's last fetch, error state and item counts; pause and resume).
 * Every call checks the permission table again and every decision or pause is audited. The decisions themselves
 * are the news engine's (NewsItemService): an item is sent at most once, whoever acts.
 */
import type { AuditTrail } from "../audit/audit-trail.js";
import { AppError, invalidInput } from "../shared/app-error.js";
import type { Actor } from "../staff/actor.js";
import { assertAllowed } from "../staff/permissions.js";
import type { NewsItem, NewsItemStatus } from "./feeds/types.js";
import type { NewsItemService } from "./news-items.js";
import type { TopicStore } from "./ports.js";
import type { Topic } from "./types.js";

/** Longest title and summary an editor may give an item (the engine's own caps for what feeds bring). */
export const ITEM_TITLE_MAX = 300;
export const ITEM_SUMMARY_MAX = 600;
/** Ids are UUIDs; anything else is an unknown item (not a database error). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** A feed as the sources page shows it. */
export interface SourceOverview {
  id: string;
  name: string;
  url: string;
  topicIds: string[];
  autoPublish: boolean;
  pollMinutes: number;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  /** Error code of the last failed poll (timeout, http_500, malformed…); null after a success. */
  lastError: string | null;
  lastErrorAt: Date | null;
  /** Failed polls in a row. */
  failureCount: number;
  /** Set while an editor has paused the source (it is not polled). */
  pausedAt: Date | null;
  /** Items stored from this source, per status. */
  items: Record<NewsItemStatus, number>;
}

/** The sources of one organisation, for the editor (implemented in src/db/repositories/news/). */
export interface NewsSourceDirectory {
  /** Every source of the organisation with its item counts, by name. */
  overview(orgId: string): Promise<SourceOverview[]>;
  /** Pauses (a date) or resumes (null) a source. @returns false when the organisation has no such source. */
  setPaused(orgId: string, id: string, pausedAt: Date | null): Promise<boolean>;
}

/** What an editor may change before approving. */
export interface ItemEdits {
  title: string;
  summary: string;
  topicIds: string[];
}

/** On a waiting item: approve, send (approve and send now) or skip; on an approved, unsent one: send_later; on a skipped one: restore (back to waiting). */
export type ItemDecision = "approve" | "send" | "skip" | "send_later" | "restore";

/** An item with the name of the source it came from (null: pushed by the CMS) and its broadcast if it was sent. */
export interface IncomingItem extends NewsItem {
  sourceName: string | null;
  broadcastId: string | null;
}

export interface NewsDeskDeps {
  orgId: string;
  items: Pick<NewsItemService, "get" | "list" | "approve" | "approveAndSend" | "sendApproved" | "skip" | "restore" | "revise" | "countPending" | "broadcastsOf">;
  sources: NewsSourceDirectory;
  topics: Pick<TopicStore, "list">;
  audit: Pick<AuditTrail, "record">;
  clock?: () => Date;
}

const AUDIT_ACTIONS: Record<ItemDecision, string> = { approve: "news.approve", send: "news.approve_send", skip: "news.skip", send_later: "news.send_later", restore: "news.restore" };

export class NewsDesk {
  private readonly clock: () => Date;

  constructor(private readonly deps: NewsDeskDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Items in the given statuses, newest fetched first, keyset paged, each with its source's name. */
  async incoming(actor: Actor, query: { statuses: readonly NewsItemStatus[]; before?: { fetchedAt: Date; id: string }; limit: number }): Promise<IncomingItem[]> {
    assertAllowed(actor, "news.approve");
    const [items, sources] = await Promise.all([this.deps.items.list({ orgId: this.deps.orgId, ...query }), this.deps.sources.overview(this.deps.orgId)]);
    const names = new Map(sources.map((s) => [s.id, s.name]));
    const sent = await this.deps.items.broadcastsOf(items.filter((i) => i.status === "published").map((i) => i.id));
    return items.map((i) => ({ ...i, sourceName: i.sourceId ? (names.get(i.sourceId) ?? null) : null, broadcastId: sent.get(i.id) ?? null }));
  }

  /** Items waiting for approval (the menu's badge). */
  pendingCount(actor: Actor): Promise<number> {
    assertAllowed(actor, "news.approve");
    return this.deps.items.countPending(this.deps.orgId);
  }

  /** The organisation's topics (an item's topics are chosen among them). */
  topics(): Promise<Topic[]> {
    return this.deps.topics.list();
  }

  /**
   * Decides on an item: approve (published on the portal, not sent), send (approved and sent now to its topics'
   * subscribers) or skip (never sent); send_later sends an item approved earlier and never sent. `edits`, given with
   * approve or send, change the waiting item first. Each is refused (409) when the item is no longer as the editor
   * saw it (decided or sent by someone else meanwhile).
   *
   * @returns the broadcast's id when sent.
   * @throws AppError 422 `invalid_input` for wrong edits, 404 unknown item, 409 decided meanwhile by someone else.
   */
  async decide(actor: Actor, id: string, decision: ItemDecision, edits?: ItemEdits): Promise<{ broadcastId: string | null }> {
    assertAllowed(actor, "news.approve");
    if (decision === "send" || decision === "send_later") assertAllowed(actor, "broadcasts.send");
    const by = actor.kind === "staff" ? actor.id : null;
    const before = UUID.test(id) ? await this.deps.items.get(id) : null;
    if (!before || before.orgId !== this.deps.orgId) throw new AppError("news_item_not_found", `No news item ${id}`, 404);
    const changed = (decision === "approve" || decision === "send") && edits ? await this.revise(before, edits) : [];
    let broadcastId: string | null = null;
    if (decision === "skip") await this.deps.items.skip(id, by ?? "");
    else if (decision === "restore") await this.deps.items.restore(id, by ?? "");
    else if (decision === "approve") await this.deps.items.approve(id, by ?? "");
    else if (decision === "send") broadcastId = (await this.deps.items.approveAndSend(id, by ?? "")).broadcastId;
    else broadcastId = (await this.deps.items.sendApproved(id, by ?? "")).broadcastId;
    await this.deps.audit.record({
      actor,
      action: AUDIT_ACTIONS[decision],
      entityType: "news_item",
      entityId: id,
      before: { status: before.status },
      after: { status: decision === "skip" ? "skipped" : decision === "restore" ? "pending_approval" : "published" },
      detail: { title: before.title, edited: changed, broadcastId },
    });
    return { broadcastId };
  }

  /** Every source with its last fetch, error state and item counts. */
  async sources(actor: Actor): Promise<SourceOverview[]> {
    assertAllowed(actor, "news.sources");
    return this.deps.sources.overview(this.deps.orgId);
  }

  /**
   * Pauses a source (it is not polled until resumed) or resumes it.
   *
   * @throws AppError 404 unknown source (or another organisation's).
   */
  async setPaused(actor: Actor, id: string, paused: boolean): Promise<void> {
    assertAllowed(actor, "news.sources");
    const found = UUID.test(id) && (await this.deps.sources.setPaused(this.deps.orgId, id, paused ? this.clock() : null));
    if (!found) throw new AppError("news_source_not_found", `No news source ${id}`, 404);
    await this.deps.audit.record({ actor, action: paused ? "news_source.pause" : "news_source.resume", entityType: "news_source", entityId: id, after: { paused } });
  }

  /** Checks and applies the editor's changes to a waiting item. @returns the fields changed. */
  private async revise(item: NewsItem, edits: ItemEdits): Promise<string[]> {
    const title = edits.title.replace(/\s+/gu, " ").trim();
    const summary = edits.summary.replace(/\r\n?/gu, "\n").trim();
    const topicIds = [...new Set(edits.topicIds)];
    const known = new Set((await this.deps.topics.list()).map((t) => t.id));
    const problems: Record<string, string> = {};
    if (!title) problems.title = "required";
    else if (title.length > ITEM_TITLE_MAX) problems.title = "too_long";
    if (summary.length > ITEM_SUMMARY_MAX) problems.summary = "too_long";
    if (topicIds.some((t) => !known.has(t))) problems.topicIds = "unknown";
    if (Object.keys(problems).length > 0) throw invalidInput(problems);
    const changed = [
      ...(title !== item.title ? ["title"] : []),
      ...(summary !== (item.summary ?? "") ? ["summary"] : []),
      ...(topicIds.length !== item.topicIds.length || topicIds.some((t) => !item.topicIds.includes(t)) ? ["topics"] : []),
    ];
    if (changed.length === 0) return [];
    const revised = await this.deps.items.revise(item.id, { title, summary: summary || null, topicIds });
    // decided meanwhile: the decision below reports it (409) and nothing was changed
    return revised ? changed : [];
  }
}
