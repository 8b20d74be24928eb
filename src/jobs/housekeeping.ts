import type { Logger } from "../logger.js";
import type { StaffAuth } from "../core/staff/staff-auth.js";
import type { UnansweredQuestions } from "../core/unanswered/unanswered-questions.js";

/** Every hour at minute 17 (off the hour, when other schedules run). */
export const HOUSEKEEPING_CRON = "17 * * * *";

/**
 * Removes what is kept only for a while: ended console sessions, day-old sign-in attempts, unanswered questions
 * older than their retention and announcement images no broadcast took within a day. Deleting is idempotent, so two
 * schedulers running it at once do no harm.
 */
export async function runHousekeeping(
  auth: Pick<StaffAuth, "removeExpired">,
  logger: Logger,
  unanswered?: Pick<UnansweredQuestions, "removeExpired">,
  removeUnusedImages?: ((now: Date) => Promise<number>) | null,
  now: () => Date = () => new Date(),
): Promise<void> {
  try {
    const removed = {
      ...(await auth.removeExpired()),
      unansweredQuestions: (await unanswered?.removeExpired()) ?? 0,
      unusedImages: (await removeUnusedImages?.(now())) ?? 0,
    };
    if (removed.sessions + removed.attempts + removed.unansweredQuestions + removed.unusedImages > 0) logger.info(removed, "housekeeping removed expired rows");
  } catch (err) {
    logger.error({ err }, "housekeeping failed");
  }
}
