/**
 * Port for stored files (photos of reports, resolution photos, later the editors' images). The local disk under
 * DATA_DIR implements it (src/storage/local-file-storage.ts); an S3-compatible store would plug in here.
 */
export interface FileStorage {
  /**
   * Stores bytes under `key` (a relative path made of safe segments, e.g. "tickets/<id>/<id>.jpg").
   *
   * @returns the storage path to keep with the record (opaque to callers).
   */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<string>;
  /** The bytes of a stored file, or null when it is not there. */
  get(storagePath: string): Promise<Uint8Array | null>;
  /** Removes a stored file; a missing one is not an error. */
  remove(storagePath: string): Promise<void>;
  /** The files stored directly under `folder` (a key prefix without the trailing slash), with when each was stored. */
  list(folder: string): Promise<Array<{ storagePath: string; storedAt: Date }>>;
}
