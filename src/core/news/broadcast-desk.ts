/**
 * The editor's side of broadcasts (the console's news pages): compose an announcement, preview it as each platform
 * will show it with who it will reach, send it now or at a time, cancel it, and read its figures and the history.
 * Every call checks the permission table again (editors and admins send; leaders read) and every change is
 * audited. The sending itself is the news engine's (BroadcastService and the send workers).
 */
import type { AuditTrail } from "../audit/audit-trail.js";
import type { PreviewPart, MessagePreviewer } from "../channels/preview.js";
import { TEXT_LIMITS } from "../channels/render.js";
import { AppError, invalidInput } from "../shared/app-error.js";
import { announcementProblems, audienceTopics, fieldErrorOf, normaliseAnnouncement, type AnnouncementInput } from "./announcement-rules.js";
import type { Actor } from "../staff/actor.js";
import { assertAllowed } from "../staff/permissions.js";
import { isHttpUrl, type BroadcastService } from "./broadcast-service.js";
import { broadcastOutbound, composeBroadcastMessage } from "./compose.js";
import type { BroadcastHistoryQuery, TopicStore } from "./ports.js";
import type { BroadcastProgress, ChannelReach, Topic } from "./types.js";

export type { AnnouncementInput } from "./announcement-rules.js";

/** The platforms a preview shows, in this order, whether or not they are connected yet. */
export const PREVIEW_CHANNELS = ["telegram", "zalo"] as const;
export type PreviewChannel = (typeof PREVIEW_CHANNELS)[number];

/** One platform's preview. */
export interface PlatformPreview {
  channel: PreviewChannel;
  /** Characters per text message on this platform. */
  limit: number;
  /** False when the channel is not configured: nobody receives anything there. */
  connected: boolean;
  /** The messages each recipient gets, in order (long texts already split as sending will split them). */
  parts: PreviewPart[];
}

export interface AnnouncementPreview {
  platforms: PlatformPreview[];
  /** Who it would reach if sent now, per connected channel; null until topics are chosen. */
  reach: ChannelReach[] | null;
  /** What is still wrong with the input (shown beside the preview; sending refuses it). */
  problems: Record<string, string>;
}

/** Images editors upload: checked by content and size, stored through the storage port, served publicly. */
export interface BroadcastImageStore {
  /** Largest upload accepted. */
  readonly maxBytes: number;
  /** Checks and stores an upload. @returns its public address, or why it was refused. */
  store(bytes: Uint8Array): Promise<{ url: string } | { problem: "not_image" | "image_too_large" }>;
  /** Whether an address is one of the stored images (the form carries it back: it is checked, not trusted). */
  owns(url: string): boolean;
  /** Whether the image at one of the store's addresses is still stored (an unused one is removed after a day). */
  exists(url: string): Promise<boolean>;
}

export interface BroadcastDeskDeps {
  orgId: string;
  broadcasts: Pick<BroadcastService, "create" | "cancel" | "progress" | "history" | "reach">;
  topics: Pick<TopicStore, "list">;
  /** One previewer per platform, from the platform's own renderer. */
  previewers: ReadonlyMap<string, MessagePreviewer>;
  /** Channels news is sent on (configured). */
  channels: readonly string[];
  audit: Pick<AuditTrail, "record">;
  /** Null when images cannot be sent (no public address the platforms could fetch them from). */
  images: BroadcastImageStore | null;
  clock?: () => Date;
}

export class BroadcastDesk {
  private readonly clock: () => Date;

  constructor(private readonly deps: BroadcastDeskDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Whether images can be attached, and how large. */
  images(): { enabled: boolean; maxMb: number } {
    return { enabled: this.deps.images !== null, maxMb: Math.floor((this.deps.images?.maxBytes ?? 0) / 1024 / 1024) };
  }

  /**
   * Checks and stores an uploaded image.
   *
   * @returns its public address.
   * @throws AppError 422 `invalid_input` `{ image: problem }` for a file that is not a JPEG or PNG or is too large.
   */
  async uploadImage(actor: Actor, bytes: Uint8Array): Promise<string> {
    assertAllowed(actor, "broadcasts.send");
    if (!this.deps.images) throw invalidInput({ image: "invalid" });
    const stored = await this.deps.images.store(bytes);
    if ("problem" in stored) throw invalidInput({ image: stored.problem });
    return stored.url;
  }

  /** The channels news is sent on (a broadcast with no recipient says whether any is connected). */
  connectedChannels(): readonly string[] {
    return this.deps.channels;
  }

  /** The organisation's topics, for the audience choice. */
  topics(): Promise<Topic[]> {
    return this.deps.topics.list();
  }

  /**
   * The announcement as each platform will show it and who it reaches now, at their next message or in the digest.
   * Works on unfinished input: the problems found so far come with it.
   */
  async preview(actor: Actor, input: AnnouncementInput): Promise<AnnouncementPreview> {
    assertAllowed(actor, "broadcasts.send");
    const topics = await this.deps.topics.list();
    const clean = normaliseAnnouncement(input);
    const message = composeBroadcastMessage({ kind: "announcement", title: clean.title || "…", body: clean.body, link: isHttpUrl(clean.link) ? clean.link : null, urgent: clean.urgent });
    const image = clean.imageUrl !== null && this.deps.images?.owns(clean.imageUrl) ? clean.imageUrl : null;
    const messages = broadcastOutbound({ imageUrl: image, message });
    const platforms = PREVIEW_CHANNELS.map((channel): PlatformPreview => {
      const previewer = this.deps.previewers.get(channel);
      return { channel, limit: TEXT_LIMITS[channel], connected: this.deps.channels.includes(channel), parts: previewer ? messages.flatMap(previewer) : [] };
    });
    const topicIds = audienceTopics(clean, topics);
    const reach = clean.audience === "topics" && topicIds.length === 0 ? null : await this.deps.broadcasts.reach(topicIds, clean.urgent);
    return { platforms, reach, problems: this.problemsOf(clean, topics) };
  }

  /**
   * Sends the announcement now or schedules it.
   *
   * @returns the broadcast's id and, when sent now, how many deliveries were created.
   * @throws AppError 422 `invalid_input` with a problem per field (an urgent one must be confirmed: `urgentConfirmed`).
   */
  async submit(actor: Actor, input: AnnouncementInput): Promise<{ id: string; recipients: number | null }> {
    assertAllowed(actor, "broadcasts.send");
    const topics = await this.deps.topics.list();
    const clean = normaliseAnnouncement(input);
    const problems = this.problemsOf(clean, topics);
    // an upload left on an open form for more than a day has been removed: sending would fail at every recipient
    if (!problems.image && clean.imageUrl !== null && !(await this.deps.images?.exists(clean.imageUrl))) problems.image = "image_gone";
    if (Object.keys(problems).length > 0) throw invalidInput(problems);
    const topicIds = audienceTopics(clean, topics);
    const scheduledAt = clean.when === "later" ? (clean.scheduledAt ?? undefined) : undefined;
    let created: { id: string; recipients: number | null };
    try {
      created = await this.deps.broadcasts.create({
        orgId: this.deps.orgId,
        kind: "announcement",
        title: clean.title,
        body: clean.body,
        ...(clean.link ? { link: clean.link } : {}),
        ...(clean.imageUrl ? { imageUrl: clean.imageUrl } : {}),
        topicIds,
        urgent: clean.urgent,
        createdVia: "console",
        ...(actor.kind === "staff" ? { createdById: actor.id } : {}),
        ...(scheduledAt ? { scheduledAt } : {}),
      });
    } catch (error) {
      throw fieldErrorOf(error);
    }
    await this.deps.audit.record({
      actor,
      action: scheduledAt ? "broadcast.schedule" : "broadcast.send",
      entityType: "broadcast",
      entityId: created.id,
      detail: { title: clean.title, urgent: clean.urgent, topics: topicIds.length === 0 ? "all" : topicIds, scheduledAt: scheduledAt?.toISOString() ?? null, recipients: created.recipients, image: clean.imageUrl !== null },
    });
    return { id: created.id, recipients: created.recipients };
  }

  /**
   * Cancels a scheduled or running broadcast: what has not been sent stays unsent.
   *
   * @throws AppError 404 unknown (or another organisation's), 409 already finished.
   */
  async cancel(actor: Actor, id: string): Promise<void> {
    assertAllowed(actor, "broadcasts.send");
    const before = await this.figures(actor, id);
    const after = await this.deps.broadcasts.cancel(id, actor.kind === "staff" ? actor.id : undefined);
    await this.deps.audit.record({
      actor,
      action: "broadcast.cancel",
      entityType: "broadcast",
      entityId: id,
      before: { status: before.broadcast.status, sent: before.sent },
      after: { status: after.status },
    });
  }

  /** The live figures of one broadcast. @throws AppError 404 unknown (or another organisation's). */
  async figures(actor: Actor, id: string): Promise<BroadcastProgress> {
    assertAllowed(actor, "broadcasts.view");
    const progress = await this.deps.broadcasts.progress(id);
    if (progress.broadcast.orgId !== this.deps.orgId) throw new AppError("broadcast_not_found", `No broadcast ${id}`, 404);
    return progress;
  }

  private problemsOf(input: AnnouncementInput, topics: readonly Topic[]): Record<string, string> {
    const problems = announcementProblems(input, topics, this.clock());
    if (input.imageUrl !== null && !this.deps.images?.owns(input.imageUrl)) problems.image = "invalid";
    return problems;
  }

  /** Broadcasts with their figures, newest first. */
  async history(actor: Actor, query: Omit<BroadcastHistoryQuery, "orgId">): Promise<BroadcastProgress[]> {
    assertAllowed(actor, "broadcasts.view");
    return this.deps.broadcasts.history({ ...query, orgId: this.deps.orgId });
  }
}
