import type { StoredOutcomeCounts, StoredOutcomeSource } from "../../core/shared/stored-outcomes.js";
import { sqlStatement, type SqlRunner } from "../sql.js";

// Grouped counts by status. The statuses are read as text, so a status added to an enum later shows up without a
// change here. "InboundEvent" and "Delivery" have (status, …) indexes, which PostgreSQL can count from.
const FEEDBACK = sqlStatement(`SELECT "status"::text AS "status", "urgent", count(*)::int AS "count" FROM "FeedbackTicket" GROUP BY 1, 2`);
// by status only: PostgreSQL counts that from the (status, nextAttemptAt) index alone (68 ms over a million rows on
// the development machine), where adding the purpose read every row (300-370 ms)
const DELIVERIES = sqlStatement(`SELECT "status"::text AS "status", count(*)::int AS "count" FROM "Delivery" GROUP BY 1`);
const BROADCASTS = sqlStatement(`SELECT "status"::text AS "status", count(*)::int AS "count" FROM "Broadcast" GROUP BY 1`);
const INBOUND = sqlStatement(`SELECT "status"::text AS "status", count(*)::int AS "count" FROM "InboundEvent" GROUP BY 1`);

/**
 * Reads the stored outcomes for /metrics (four grouped counts, run one after the other so a scrape holds one
 * connection at a time).
 */
export function createStoredOutcomeSource(sql: SqlRunner): StoredOutcomeSource {
  return {
    async read(): Promise<StoredOutcomeCounts> {
      const feedback = await sql.rows<{ status: string; urgent: boolean; count: number }>(FEEDBACK, []);
      const deliveries = await sql.rows<{ status: string; count: number }>(DELIVERIES, []);
      const broadcasts = await sql.rows<{ status: string; count: number }>(BROADCASTS, []);
      const inboundEvents = await sql.rows<{ status: string; count: number }>(INBOUND, []);
      return { feedback, deliveries, broadcasts, inboundEvents };
    },
  };
}
