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
  new Gauge({
    name: "motcua_feedback_tickets",
    help: "Feedback tickets by status and urgency",
    labelNames: ["status", "urgent"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await counts())?.feedback ?? []) this.set({ status: r.status, urgent: String(r.urgent) }, r.count);
    },
  });
  new Gauge({
    name: "motcua_deliveries",
    help: "Outbound messages (replies, ticket updates, broadcasts, digests) by status: sent, retry, held, failed, blocked, ...",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await counts())?.deliveries ?? []) this.set({ status: r.status }, r.count);
    },
  });
  new Gauge({
    name: "motcua_broadcasts",
    help: "Broadcasts by status",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await counts())?.broadcasts ?? []) this.set({ status: r.status }, r.count);
    },
  });
  new Gauge({
    name: "motcua_inbound_events",
    help: "Messages received by handling status (received = not handled yet, processed, failed, ignored)",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await counts())?.inboundEvents ?? []) this.set({ status: r.status }, r.count);
    },
  });
}
