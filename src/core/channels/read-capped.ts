/**
 * Reads a downloaded body up to a size cap, so a file a citizen sent can never fill memory: the download stops as
 * soon as it passes the cap.
 */
import { AppError } from "../shared/app-error.js";

/**
 * Concatenates `body` while it stays within `maxBytes`.
 *
 * @throws AppError `photo_refused` once the body is larger than `maxBytes` (the rest is not read).
 */
export async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new AppError("photo_refused", "file larger than the cap", 422);
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
