import { createHash } from "node:crypto";
import type pg from "pg";
import type { PGlite } from "@electric-sql/pglite";

/**
 * SQL run straight on the driver, for the few statements every inbound message runs (store the event, find the
 * citizen and their dialogue state, save the state, record the outcome). On the 2-core development machine one
 * `$queryRaw` cost about 360 µs of the process's CPU, the same statement through `pg` as a named prepared statement
 * about 55 µs (and PostgreSQL skips parsing and planning it again); everything else keeps using Prisma.
 *
 * Values follow `pg`'s conventions on both backends: arrays, Dates, strings, numbers, booleans and null. Results
 * differ between drivers for bigint (string with pg, number with PGlite), so statements cast ids to text.
 */
export interface SqlStatement {
  /** Name of the prepared statement: derived from the text, so two texts never share one. */
  readonly name: string;
  readonly text: string;
}

/** Declares a statement once (at module level); its plan is then prepared once per connection. */
export function sqlStatement(text: string): SqlStatement {
  return { name: `motcua_${createHash("sha256").update(text).digest("hex").slice(0, 20)}`, text };
}

/** Runs declared statements. */
export interface SqlRunner {
  /** The rows the statement returns. */
  rows<R>(statement: SqlStatement, values: readonly unknown[]): Promise<R[]>;
  /** How many rows the statement inserted, updated or deleted. */
  count(statement: SqlStatement, values: readonly unknown[]): Promise<number>;
}

/** Over a `pg` pool: each statement is prepared on a connection the first time it runs there. */
export function pgSqlRunner(pool: pg.Pool): SqlRunner {
  const run = (statement: SqlStatement, values: readonly unknown[]) =>
    pool.query({ name: statement.name, text: statement.text, values: values as unknown[] });
  return {
    rows: async <R>(statement: SqlStatement, values: readonly unknown[]) => (await run(statement, values)).rows as R[],
    count: async (statement, values) => (await run(statement, values)).rowCount ?? 0,
  };
}

/** Over the embedded PGlite (one connection; statements wait their turn behind Prisma's). */
export function pgliteSqlRunner(pglite: PGlite): SqlRunner {
  return {
    rows: async <R>(statement: SqlStatement, values: readonly unknown[]) => (await pglite.query<R>(statement.text, values as unknown[])).rows,
    count: async (statement, values) => (await pglite.query(statement.text, values as unknown[])).affectedRows ?? 0,
  };
}
