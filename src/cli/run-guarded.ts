import { ConfigError } from "../config.js";
import { isAppError } from "../core/shared/app-error.js";
import { MigrationError } from "../db/migrate.js";

/** Exit codes of the CLI: 0 done, 1 could not run (database, lock), 2 bad input or configuration. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 1;

/**
 * What the CLI says about a failure, and its exit code: configuration and input errors are one clear line each,
 * never a stack trace. The one place these rules live (runGuarded and the testable command bodies use it).
 */
export function describeFailure(error: unknown): { lines: string[]; exitCode: number } {
  if (error instanceof ConfigError) return { lines: error.problems.map((p) => `invalid configuration: ${p}`), exitCode: EXIT_BAD_INPUT };
  if (isAppError(error)) return { lines: [error.message], exitCode: error.httpStatus >= 500 ? EXIT_FAILURE : EXIT_BAD_INPUT };
  if (error instanceof MigrationError) return { lines: [error.message], exitCode: EXIT_FAILURE };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "3D000" || code === "28P01") {
    return { lines: [`cannot reach the database (${code}); check DATABASE_URL`], exitCode: EXIT_FAILURE };
  }
  return { lines: [`unexpected error: ${(error as Error).message ?? String(error)}`], exitCode: EXIT_FAILURE };
}

/** Runs a command body; a failure is printed as {@link describeFailure} says and ends the process with its code. */
export async function runGuarded(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const { lines, exitCode } = describeFailure(error);
    for (const line of lines) process.stderr.write(`motcua: ${line}\n`);
    process.exit(exitCode);
  }
}
