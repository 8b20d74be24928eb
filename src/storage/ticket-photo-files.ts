/**
 * Resolution photos staff upload, the photos citizens send from the chat, and the photos the ticket page shows, over the file storage port. An upload is
 * accepted only when its content is a JPEG, PNG or WebP image (read from the bytes with file-type, never from the
 * browser's word or the file name) within the size cap. Implements the core `TicketPhotoFiles` port.
 */
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../core/shared/app-error.js";
import type { FileStorage } from "../core/shared/file-storage.js";
import type { TicketPhotoFiles } from "../core/feedback/desk/ports.js";
import type { StoredFile } from "../core/feedback/ports.js";
import type { CitizenPhotoKeeper } from "../core/feedback/attachments.js";

/** Largest resolution photo accepted (a phone's full-size JPEG is 2–8 MB). */
export const MAX_RESOLUTION_PHOTO_BYTES = 10 * 1024 * 1024;
const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp"]);

export class StoredTicketPhotos implements TicketPhotoFiles, CitizenPhotoKeeper {
  constructor(private readonly storage: FileStorage) {}

  async keep(ticketId: string, bytes: Uint8Array): Promise<StoredFile> {
    const type = bytes.length > 0 && bytes.length <= MAX_RESOLUTION_PHOTO_BYTES ? await fileTypeFromBuffer(bytes) : undefined;
    if (!type || !ACCEPTED.has(type.mime)) throw new AppError("photo_refused", "not an accepted image", 422);
    const storagePath = await this.storage.put(`tickets/${ticketId}/staff-${randomUUID()}.${type.ext}`, bytes, type.mime);
    return { storagePath, mimeType: type.mime, sizeBytes: bytes.length };
  }

  /** A citizen's photo downloaded from the chat, checked like a staff upload (type by content, size cap). */
  async keepCitizenPhoto(ticketId: string, attachmentId: string, bytes: Uint8Array): Promise<StoredFile> {
    const type = bytes.length > 0 && bytes.length <= MAX_RESOLUTION_PHOTO_BYTES ? await fileTypeFromBuffer(bytes) : undefined;
    if (!type || !ACCEPTED.has(type.mime)) throw new AppError("photo_refused", "not an accepted image", 422);
    const storagePath = await this.storage.put(`tickets/${ticketId}/${attachmentId}.${type.ext}`, bytes, type.mime);
    return { storagePath, mimeType: type.mime, sizeBytes: bytes.length };
  }

  read(storagePath: string): Promise<Uint8Array | null> {
    return this.storage.get(storagePath);
  }

  discard(storagePath: string): Promise<void> {
    return this.storage.remove(storagePath);
  }
}
