/**
 * Photos citizens send with a report are downloaded from the platform after the ticket exists, never while the chat
 * waits: each Attachment row is claimed under a lease, fetched through its channel's adapter (Telegram getFile, Zalo
 * image URL), checked by content and size, and stored through the file storage port. A failed download leaves the
 * ticket as it is and is tried again with back-off; content that is not an accepted image is given up at once.
 */
import { backoffMs } from "../channels/delivery.js";
import { isAppError } from "../shared/app-error.js";
import type { StoredFile } from "./ports.js";

/** Largest photo taken from a chat (Telegram's largest photo size is far below; Zalo's images are compressed too). */
export const MAX_CITIZEN_PHOTO_BYTES = 10 * 1024 * 1024;
/** Downloads tried before an attachment is given up. */
export const MAX_ATTACHMENT_ATTEMPTS = 8;

/** A photo waiting to be fetched. */
export interface PendingAttachment {
  id: string;
  ticketId: string;
  channel: string;
  platformFileId: string | null;
  url: string | null;
  /** Downloads tried so far. */
  attempts: number;
}

/** Port: the attachments table as a work queue (claimed with SKIP LOCKED under a lease). */
export interface AttachmentQueue {
  /** Pending attachments of these channels that are due at `now`, or whose lease expired; leased to the caller. */
  claimDue(now: Date, limit: number, channels: readonly string[]): Promise<PendingAttachment[]>;
  markStored(id: string, file: StoredFile): Promise<void>;
  /** Another try at `nextAttemptAt`; `error` is a short code, never a URL or a platform id. */
  markRetry(id: string, error: string, nextAttemptAt: Date): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
}

/** A channel that can hand over a file a citizen sent (the channel adapter). */
export interface FileSource {
  /** The file's bytes; throws when the platform cannot give them or they exceed `maxBytes`. */
  downloadFile(file: { platformFileId: string | null; url: string | null }, maxBytes: number): Promise<Uint8Array>;
}

/** Port: checks a photo's bytes (type by content, size) and stores them; throws AppError `photo_refused` if not an image. */
export interface CitizenPhotoKeeper {
  keepCitizenPhoto(ticketId: string, attachmentId: string, bytes: Uint8Array): Promise<StoredFile>;
}

export interface AttachmentFetchDeps {
  queue: AttachmentQueue;
  sources: ReadonlyMap<string, FileSource>;
  photos: CitizenPhotoKeeper;
  batchSize?: number;
}

export interface FetchResult {
  stored: number;
  retried: number;
  failed: number;
}

/**
 * Fetches one batch of due attachments.
 *
 * @param now - the time to judge what is due by.
 */
export async function fetchAttachments(deps: AttachmentFetchDeps, now: Date): Promise<FetchResult> {
  const result: FetchResult = { stored: 0, retried: 0, failed: 0 };
  const due = await deps.queue.claimDue(now, deps.batchSize ?? 20, [...deps.sources.keys()]);
  for (const a of due) {
    const source = deps.sources.get(a.channel);
    try {
      if (!source) throw new Error("no_source");
      const bytes = await source.downloadFile({ platformFileId: a.platformFileId, url: a.url }, MAX_CITIZEN_PHOTO_BYTES);
      await deps.queue.markStored(a.id, await deps.photos.keepCitizenPhoto(a.ticketId, a.id, bytes));
      result.stored++;
    } catch (err) {
      // not an image, or too large: trying again would fetch the same bytes
      if (isAppError(err) && err.code === "photo_refused") {
        await deps.queue.markFailed(a.id, "not_an_image");
        result.failed++;
        continue;
      }
      const code = err instanceof Error ? (err.name === "Error" ? err.message : err.name).slice(0, 60) : "unknown";
      const attempts = a.attempts + 1;
      if (attempts >= MAX_ATTACHMENT_ATTEMPTS) {
        await deps.queue.markFailed(a.id, code);
        result.failed++;
      } else {
        await deps.queue.markRetry(a.id, code, new Date(now.getTime() + backoffMs(attempts)));
        result.retried++;
      }
    }
  }
  return result;
}
