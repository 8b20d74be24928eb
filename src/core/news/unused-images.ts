/**
 * Images editors uploaded for an announcement that was never sent or scheduled (the form abandoned, the draft
 * left) are removed after a day; an image any broadcast refers to is kept for as long as the broadcast is.
 */

/** How long an uploaded image may wait for the announcement it was uploaded for. */
export const UNUSED_IMAGE_GRACE_MS = 24 * 60 * 60 * 1000;

/** The stored announcement images, by file name. */
export interface StoredImageFiles {
  stored(): Promise<Array<{ name: string; storedAt: Date }>>;
  remove(name: string): Promise<void>;
}

/** The file names of images some broadcast refers to. */
export interface ImagesInUse {
  imageNamesInUse(): Promise<Set<string>>;
}

/**
 * Removes the images stored longer than `graceMs` that no broadcast refers to. Safe to run twice at once
 * (removing a removed file is not an error).
 *
 * @returns how many were removed.
 */
export async function removeUnusedImages(files: StoredImageFiles, broadcasts: ImagesInUse, now: Date, graceMs = UNUSED_IMAGE_GRACE_MS): Promise<number> {
  const old = (await files.stored()).filter((f) => now.getTime() - f.storedAt.getTime() >= graceMs);
  if (old.length === 0) return 0;
  // read after listing: a broadcast created meanwhile with an older image is seen here
  const used = await broadcasts.imageNamesInUse();
  let removed = 0;
  for (const file of old) {
    if (used.has(file.name)) continue;
    await files.remove(file.name);
    removed += 1;
  }
  return removed;
}
