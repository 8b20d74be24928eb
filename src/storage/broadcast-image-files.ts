/**
 * Images editors attach to announcements, over the file storage port. An upload is accepted only when its bytes
 * are a JPEG or PNG (read with file-type, never from the browser's word or the file name) within the size cap;
 * it is stored under a random name and served publicly at PUBLIC_BASE_URL/media/broadcasts/<name>, because
 * Telegram and Zalo fetch a broadcast's image from its address. Implements the core `BroadcastImageStore` port.
 */
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { BroadcastImageStore } from "../core/news/broadcast-desk.js";
import type { StoredImageFiles } from "../core/news/unused-images.js";
import type { FileStorage } from "../core/shared/file-storage.js";

/** Telegram fetches photos by URL up to 5 MB; Zalo takes bigger ones by URL too. */
export const MAX_BROADCAST_IMAGE_BYTES = 5 * 1024 * 1024;
/** Where the images are served, below the service's public address. */
export const BROADCAST_IMAGE_PATH = "/media/broadcasts";

const TYPES: Record<string, { ext: string }> = { "image/jpeg": { ext: "jpg" }, "image/png": { ext: "png" } };
/** The storage folder of announcement images. */
const FOLDER = "broadcasts";
const NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png)$/u;

/** A stored image as the media route serves it. */
export interface ServedImage {
  contentType: "image/jpeg" | "image/png";
  bytes: Uint8Array;
}

export class StoredBroadcastImages implements BroadcastImageStore, StoredImageFiles {
  private readonly base: string;

  constructor(
    private readonly storage: FileStorage,
    publicBaseUrl: string,
    readonly maxBytes = MAX_BROADCAST_IMAGE_BYTES,
  ) {
    this.base = `${publicBaseUrl.replace(/\/+$/u, "")}${BROADCAST_IMAGE_PATH}/`;
  }

  async store(bytes: Uint8Array): Promise<{ url: string } | { problem: "not_image" | "image_too_large" }> {
    if (bytes.length > this.maxBytes) return { problem: "image_too_large" };
    const type = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
    const accepted = type ? TYPES[type.mime] : undefined;
    if (!type || !accepted) return { problem: "not_image" };
    const name = `${randomUUID()}.${accepted.ext}`;
    await this.storage.put(`${FOLDER}/${name}`, bytes, type.mime);
    return { url: `${this.base}${name}` };
  }

  owns(url: string): boolean {
    return url.startsWith(this.base) && NAME.test(url.slice(this.base.length));
  }

  async exists(url: string): Promise<boolean> {
    return this.owns(url) && (await this.storage.get(`${FOLDER}/${url.slice(this.base.length)}`)) !== null;
  }

  async stored(): Promise<Array<{ name: string; storedAt: Date }>> {
    const files = await this.storage.list(FOLDER);
    return files.map((f) => ({ name: f.storagePath.slice(FOLDER.length + 1), storedAt: f.storedAt })).filter((f) => NAME.test(f.name));
  }

  async remove(name: string): Promise<void> {
    if (NAME.test(name)) await this.storage.remove(`${FOLDER}/${name}`);
  }

  /** The image stored under `name` (the last segment of its address), or null for anything else. */
  async read(name: string): Promise<ServedImage | null> {
    if (!NAME.test(name)) return null;
    const bytes = await this.storage.get(`${FOLDER}/${name}`);
    if (!bytes) return null;
    return { contentType: name.endsWith(".png") ? "image/png" : "image/jpeg", bytes };
  }
}
