/**
 * Use cases of broadcasts: create one (now or scheduled) from an announcement, a news item or a procedure change;
 * start it (one set-based fan-out); start the scheduled ones whose time came; cancel; report reach and progress.
 * The rules of a fan-out (reply windows, quiet hours, the digest, urgency) are computed here and handed to the store
 * as a plan, so the store's one statement applies them to every recipient at once.
 */
import { INTERACTION_WINDOW_MS, WINDOW_SAFETY_MARGIN_MS } from "../channels/interaction-window.js";
import type { ChannelName } from "../channels/contract.js";
import { AppError } from "../shared/app-error.js";
import { composeBroadcastMessage } from "./compose.js";
import { nextDigestAt, parseQuietHours, quietUntil, type QuietHours } from "./local-time.js";
import type { Audience, BroadcastHistoryQuery, BroadcastStore } from "./ports.js";
import type { Broadcast, BroadcastDraft, BroadcastKind, BroadcastProgress, ChannelReach, FanOutPlan } from "./types.js";

/** Citizens who asked about a procedure this recently hear when it changes. */
export const PROCEDURE_INTEREST_DAYS = 90;

/** Limits of an editor's input; the platforms split longer texts, but a broadcast this long is a mistake. */
export const BROADCAST_LIMITS = { title: 200, body: 8_000, link: 2_000 } as const;

export interface NewsSettings {
  /** The organisation's time zone, e.g. "Asia/Ho_Chi_Minh". */
  timeZone: string;
  /** Quiet hours of subscribers who did not choose their own (NEWS_QUIET_HOURS); null: none. */
  defaultQuietHours: QuietHours | null;
  /** Local hour of the daily digest (NEWS_DIGEST_HOUR). */
  digestHour: number;
}

export interface BroadcastServiceOptions extends NewsSettings {
  store: BroadcastStore;
  /** Channels news is sent on (configured ones); subscribers elsewhere (the terminal) are not counted. */
  channels: readonly string[];
  clock?: () => Date;
}

export class BroadcastService {
  private readonly clock: () => Date;

  constructor(private readonly opts: BroadcastServiceOptions) {
    this.clock = opts.clock ?? (() => new Date());
  }

  /**
   * Validates and stores a broadcast, and starts it at once unless it is scheduled.
   *
   * @returns the broadcast's id, whether it was created now (false: one with the same dedupe key exists), and the
   *   number of recipients when it was started now.
   * @throws AppError (400) for an empty or oversized title/body, a link that is not http(s), a schedule in the past.
   */
  async create(draft: BroadcastDraft): Promise<{ id: string; created: boolean; recipients: number | null }> {
    const clean = validateDraft(draft, this.clock());
    const message = composeBroadcastMessage({ kind: clean.kind, title: clean.title, body: clean.body, link: clean.link ?? null, urgent: clean.urgent });
    const { id, created } = await this.opts.store.create(clean, message);
    if (!created || clean.scheduledAt) return { id, created, recipients: null };
    return { id, created, recipients: await this.start(id) };
  }

  /**
   * Fans a draft or scheduled broadcast out to its recipients now.
   *
   * @returns the number of deliveries created, or null when it had already started or was cancelled.
   */
  async start(id: string): Promise<number | null> {
    const b = await this.opts.store.get(id);
    if (!b) throw new AppError("broadcast_not_found", `No broadcast ${id}`, 404);
    if (b.status !== "draft" && b.status !== "scheduled") return null;
    return this.opts.store.fanOut(id, audienceOf(b), await this.plan(b.urgent, b.kind, this.clock()));
  }

  /** Starts every scheduled broadcast whose time has come; returns how many it started. */
  async startDue(limit = 20): Promise<number> {
    let started = 0;
    for (const id of await this.opts.store.dueScheduled(this.clock(), limit)) {
      if ((await this.start(id)) !== null) started++;
    }
    return started;
  }

  /**
   * Cancels a broadcast: what has not been sent stays unsent (held and waiting deliveries included); sends already
   * in flight at that moment finish.
   *
   * @throws AppError 404 for an unknown id, 409 when it already finished.
   */
  async cancel(id: string, byStaffId?: string): Promise<Broadcast> {
    const before = await this.opts.store.get(id);
    if (!before) throw new AppError("broadcast_not_found", `No broadcast ${id}`, 404);
    if (before.status === "done") throw new AppError("broadcast_finished", "This broadcast has already been sent to everyone; it cannot be cancelled", 409);
    if (before.status === "cancelled") return before;
    const after = await this.opts.store.cancel(id, this.clock(), byStaffId);
    if (!after) throw new AppError("broadcast_not_found", `No broadcast ${id}`, 404);
    return after;
  }

  /** Live figures of one broadcast. @throws AppError 404 for an unknown id. */
  async progress(id: string): Promise<BroadcastProgress> {
    const p = await this.opts.store.progress(id, this.clock());
    if (!p) throw new AppError("broadcast_not_found", `No broadcast ${id}`, 404);
    return p;
  }

  /** Broadcasts with their figures, newest first (the editor's history). */
  async history(query: BroadcastHistoryQuery): Promise<BroadcastProgress[]> {
    return this.opts.store.history(query, this.clock());
  }

  /** Who a broadcast to `topicIds` (empty: everyone) would reach if sent now, per channel. */
  async reach(topicIds: string[], urgent: boolean): Promise<ChannelReach[]> {
    return this.opts.store.reach({ kind: "topics", topicIds }, await this.plan(urgent, "announcement", this.clock()));
  }

  /** Marks broadcasts done whose deliveries are all settled (sent, failed, held for the window, cancelled). */
  async finishCompleted(ids?: readonly string[]): Promise<number> {
    return this.opts.store.finishCompleted(this.clock(), ids);
  }

  private async plan(urgent: boolean, kind: BroadcastKind, at: Date): Promise<FanOutPlan> {
    const windows = this.opts.channels.flatMap((channel) => {
      const length = INTERACTION_WINDOW_MS[channel as ChannelName];
      return length === undefined ? [] : [{ channel, edge: new Date(at.getTime() - length + WINDOW_SAFETY_MARGIN_MS) }];
    });
    const quiet: FanOutPlan["quiet"] = [];
    if (!urgent) {
      for (const setting of await this.opts.store.quietSettings()) {
        const until = quietUntil(resolveQuietHours(setting, this.opts.defaultQuietHours), at, this.opts.timeZone);
        if (until) quiet.push({ setting, until });
      }
    }
    return {
      at,
      channels: [...this.opts.channels],
      windows,
      quiet,
      digestAt: urgent ? null : nextDigestAt(at, this.opts.digestHour, this.opts.timeZone),
      ...(kind === "procedure_alert" ? { askedSince: new Date(at.getTime() - PROCEDURE_INTEREST_DAYS * 86_400_000) } : {}),
      priority: urgent ? 1 : 0,
    };
  }
}

/** A subscriber's quiet hours: their own setting, or the organisation's default when they chose none. */
export function resolveQuietHours(setting: string | null, fallback: QuietHours | null): QuietHours | null {
  if (setting === null) return fallback;
  const parsed = parseQuietHours(setting);
  return parsed === undefined ? fallback : parsed;
}

function audienceOf(b: Broadcast): Audience {
  return b.kind === "procedure_alert" && b.procedureCode
    ? { kind: "procedure", topicIds: [], procedureCode: b.procedureCode }
    : { kind: "topics", topicIds: b.topicIds };
}

function validateDraft(d: BroadcastDraft, now: Date): BroadcastDraft {
  const title = d.title.normalize("NFC").trim();
  const body = d.body.normalize("NFC").trim();
  if (!title) throw new AppError("broadcast_title_missing", "A broadcast needs a title");
  if (title.length > BROADCAST_LIMITS.title) throw new AppError("broadcast_title_too_long", `The title is longer than ${BROADCAST_LIMITS.title} characters`);
  if (body.length > BROADCAST_LIMITS.body) throw new AppError("broadcast_body_too_long", `The text is longer than ${BROADCAST_LIMITS.body} characters`);
  const link = d.link?.trim() || undefined;
  if (link !== undefined && !isHttpUrl(link)) throw new AppError("broadcast_link_invalid", "The link must be an http(s) address");
  const imageUrl = d.imageUrl?.trim() || undefined;
  if (imageUrl !== undefined && !isHttpUrl(imageUrl)) throw new AppError("broadcast_image_invalid", "The image must be an http(s) address");
  if (d.scheduledAt && d.scheduledAt.getTime() < now.getTime() - 60_000) throw new AppError("broadcast_schedule_past", "The scheduled time has already passed");
  if (d.kind === "procedure_alert" && !d.procedureCode) throw new AppError("broadcast_procedure_missing", "A procedure alert names its procedure");
  const { link: _l, imageUrl: _i, ...rest } = d;
  return { ...rest, title, body, ...(link ? { link } : {}), ...(imageUrl ? { imageUrl } : {}), topicIds: [...new Set(d.topicIds)] };
}

/** Whether `value` is an http(s) address short enough to send (links and images of broadcasts). */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "" && value.length <= BROADCAST_LIMITS.link;
  } catch {
    return false;
  }
}
