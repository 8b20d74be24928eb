import { ConfigError } from "../config.js";
import { isAppError } from "../core/shared/app-error.js";
import { MigrationError } from "../db/migrate.js";

/** Exit codes of the CLI: 0 done, 1 could not run (database, lock), 2 bad input or configuration. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 1;

/**
 * Runs a command body and turns expected failures into one clear line on stderr and an exit code: configuration
 * and input errors never show a stack trace.
 */
export async function runGuarded(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`motcua: invalid configuration: ${problem}\n`);
      process.exit(EXIT_BAD_INPUT);
    }
    if (isAppError(error)) {
      process.stderr.write(`motcua: ${error.message}\n`);
      process.exit(error.httpStatus >= 500 ? EXIT_FAILURE : EXIT_BAD_INPUT);
    }
    if (error instanceof MigrationError) {
      process.stderr.write(`motcua: ${error.message}\n`);
      process.exit(EXIT_FAILURE);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "3D000" || code === "28P01") {
      process.stderr.write(`motcua: cannot reach the database (${code}); check DATABASE_URL\n`);
      process.exit(EXIT_FAILURE);
    }
    process.stderr.write(`motcua: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    process.exit(EXIT_FAILURE);
  }
}
