import { Gauge, type Registry } from "prom-client";
import type { StoredOutcomeCounts, StoredOutcomeSource } from "../core/shared/stored-outcomes.js";

/** Counts are read from the database at most this often, however often /metrics is scraped. */
export const STORED_OUTCOMES_MAX_AGE_MS = 10_000;

/**
 * Feedback tickets, deliveries, broadcasts and inbound messages by status, counted in the database at scrape time
 * (cached {@link STORED_OUTCOMES_MAX_AGE_MS}; one reading at a time). When the database cannot be read, the gauges are
 * left empty rather than stale and `motcua_stored_outcomes_ok` turns 0.
 */
export function registerStoredOutcomeMetrics(registry: Registry, source: StoredOutcomeSource, now: () => number = Date.now): void {
  let cached: { at: number; counts: Promise<StoredOutcomeCounts | null> } | undefined;
  const counts = (): Promise<StoredOutcomeCounts | null> => {
    if (!cached || now() - cached.at >= STORED_OUTCOMES_MAX_AGE_MS) {
      cached = { at: now(), counts: source.read().catch(() => null) };
    }
    return cached.counts;
  };

  new Gauge({
    name: "motcua_stored_outcomes_ok",
    help: "1 when the stored outcomes below could be counted in the database at the last reading, 0 otherwise",
    registers: [registry],
    async collect() {
      this.set((await counts()) ? 1 : 0);
    },
  });
  /** One gauge over one kind of row: `rows` picks and labels them from a reading. */
  const countsGauge = <L extends string>(name: string, help: string, labelNames: readonly L[], rows: (c: StoredOutcomeCounts) => Array<{ labels: Record<L, string>; count: number }>) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        const read = await counts();
        for (const { labels, count } of read ? rows(read) : []) this.set(labels, count);
      },
    });
  countsGauge("motcua_feedback_tickets", "Feedback tickets by status and urgency", ["status", "urgent"], (c) =>
    c.feedback.map((r) => ({ labels: { status: r.status, urgent: String(r.urgent) }, count: r.count })),
  );
  countsGauge("motcua_deliveries", "Outbound messages by purpose (reply, ticket_update, broadcast, digest) and status (sent, retry, held, failed, blocked, ...)", ["purpose", "status"], (c) =>
    c.deliveries.map((r) => ({ labels: { purpose: r.purpose, status: r.status }, count: r.count })),
  );
  countsGauge("motcua_broadcasts", "Broadcasts by status", ["status"], (c) => byStatus(c.broadcasts));
  countsGauge("motcua_inbound_events", "Messages received by handling status (received = not handled yet, processed, failed, ignored)", ["status"], (c) => byStatus(c.inboundEvents));
}

function byStatus(rows: Array<{ status: string; count: number }>): Array<{ labels: { status: string }; count: number }> {
  return rows.map((r) => ({ labels: { status: r.status }, count: r.count }));
}
