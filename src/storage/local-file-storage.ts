/**
 * Files on the local disk under a root directory (DATA_DIR/uploads by default). Writes go to a temporary name and
 * are renamed into place, so a crash never leaves half a photo under its final name; keys and paths are checked so
 * nothing is read or written outside the root.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { AppError } from "../core/shared/app-error.js";
import type { FileStorage } from "../core/shared/file-storage.js";

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/u;

export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<string> {
    const target = this.resolve(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString("hex")}.part`;
    await writeFile(temp, bytes);
    await rename(temp, target);
    return key;
  }

  async get(storagePath: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.resolve(storagePath)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async remove(storagePath: string): Promise<void> {
    await rm(this.resolve(storagePath), { force: true });
  }

  async list(folder: string): Promise<Array<{ storagePath: string; storedAt: Date }>> {
    let names: string[];
    try {
      names = await readdir(this.resolve(folder));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw err;
    }
    const files: Array<{ storagePath: string; storedAt: Date }> = [];
    for (const name of names) {
      const key = `${folder}/${name}`;
      // a temporary name of a write in progress (or of one a crash cut short) is not a stored file
      if (name.endsWith(".part") || !SAFE_KEY.test(key)) continue;
      try {
        const info = await stat(this.resolve(key));
        if (info.isFile()) files.push({ storagePath: key, storedAt: info.mtime });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
    }
    return files;
  }

  private resolve(key: string): string {
    if (!SAFE_KEY.test(key) || key.split("/").some((s) => s === ".." || s === ".")) throw new AppError("storage_bad_key", "invalid storage key", 400);
    const full = path.resolve(this.root, key);
    if (!full.startsWith(`${this.root}${path.sep}`)) throw new AppError("storage_bad_key", "invalid storage key", 400);
    return full;
  }
}
