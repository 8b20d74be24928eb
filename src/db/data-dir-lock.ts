import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { AppError } from "../core/shared/app-error.js";

/**
 * PGlite has no inter-process locking: two processes on one data directory silently lose writes. A pid lock file
 * makes the second process fail fast instead; a lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "motcua.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(file, "utf8") === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          "data_dir_in_use",
          `the data directory ${path.resolve(dir)} is in use by another motcua process (pid ${owner}); stop it first or set DATA_DIR to another directory`,
          503,
        );
      }
      try {
        unlinkSync(file);
      } catch {
        // another process took it over meanwhile; try again
      }
    }
  }
  throw new AppError("data_dir_in_use", `could not lock the data directory ${path.resolve(dir)}`, 503);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
