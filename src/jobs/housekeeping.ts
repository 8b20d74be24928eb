import type { Logger } from "../logger.js";
import type { StaffAuth } from "../core/staff/staff-auth.js";

/** Every hour at minute 17 (off the hour, when other schedules run). */
export const HOUSEKEEPING_CRON = "17 * * * *";

/**
 * Removes what is kept only for a while: ended console sessions and day-old sign-in attempts. Deleting is
 * idempotent, so two schedulers running it at once do no harm.
 */
export async function runHousekeeping(auth: Pick<StaffAuth, "removeExpired">, logger: Logger): Promise<void> {
  try {
    const removed = await auth.removeExpired();
    if (removed.sessions + removed.attempts > 0) logger.info(removed, "housekeeping removed expired rows");
  } catch (err) {
    logger.error({ err }, "housekeeping failed");
  }
}
