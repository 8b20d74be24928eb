/**
 * How the work the service stores has ended so far, counted in the database when /metrics is scraped: feedback
 * tickets by status, deliveries (replies, ticket updates, broadcasts) by purpose and status, broadcasts by status,
 * and inbound messages by handling status. Read from the rows themselves, so the figures hold across processes and
 * restarts and need no hook in the code that changes those rows.
 */

export interface StoredOutcomeCounts {
  feedback: Array<{ status: string; urgent: boolean; count: number }>;
  deliveries: Array<{ purpose: string; status: string; count: number }>;
  broadcasts: Array<{ status: string; count: number }>;
  inboundEvents: Array<{ status: string; count: number }>;
}

/** Port: src/db/repositories/stored-outcomes-repository.ts implements it. */
export interface StoredOutcomeSource {
  /** One consistent-enough reading of every count (a few grouped counts; may throw when the database is down). */
  read(): Promise<StoredOutcomeCounts>;
}
