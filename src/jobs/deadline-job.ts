/**
 * The scheduler's deadline job: every minute, reminders before ticket deadlines and escalations after them
 * (src/core/feedback/desk/deadline-watch.ts), then the staff e-mails waiting in the outbox. Any number of processes
 * may run it: one takes each tick, and the alerts' unique key keeps a later tick from raising anything twice.
 */
import cron from "node-cron";
import { watchDeadlines, type DeadlineWatchDeps, type WatchOutcome } from "../core/feedback/desk/deadline-watch.js";
import { sendStaffEmails, type Mailer, type StaffEmailOutbox } from "../core/feedback/desk/staff-mail.js";
import type { PipelineLogger } from "../core/conversation/message-pipeline.js";

/** Every minute: a reminder or an escalation is at most a minute late. */
export const DEADLINE_CRON = "* * * * *";

export interface DeadlineJobDeps {
  watch: DeadlineWatchDeps;
  outbox: StaffEmailOutbox;
  /** Unset: no SMTP configured, alerts show in the console only. */
  mailer?: Mailer;
  logger: PipelineLogger;
}

/**
 * One tick; failures are logged and the next tick tries again (nothing raised is lost: alerts and e-mails are rows).
 *
 * @returns what the tick raised, or null when it failed.
 */
export async function runDeadlineTick(deps: DeadlineJobDeps, now = new Date()): Promise<WatchOutcome | null> {
  let outcome: WatchOutcome | null = null;
  try {
    outcome = await watchDeadlines(deps.watch, now);
    if (outcome.reminders + outcome.escalations > 0) deps.logger.info({ ...outcome }, "deadline alerts raised");
  } catch (err) {
    deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "deadline check failed");
  }
  if (deps.mailer) {
    try {
      const sent = await sendStaffEmails(deps.outbox, deps.mailer, now);
      if (sent.sent + sent.retried + sent.failed > 0) deps.logger.info(sent, "staff e-mails");
    } catch (err) {
      deps.logger.error({ err: err instanceof Error ? err.name : "unknown" }, "sending staff e-mails failed");
    }
  }
  return outcome;
}

/** Schedules the tick in the organisation's time zone, never overlapping itself. */
export function startDeadlineJob(deps: DeadlineJobDeps): { stop(): Promise<void> } {
  const task = cron.schedule(DEADLINE_CRON, () => runDeadlineTick(deps).then(() => undefined), { timezone: "Asia/Ho_Chi_Minh", noOverlap: true, name: "ticket-deadlines" });
  return { stop: async () => void (await task.destroy()) };
}
