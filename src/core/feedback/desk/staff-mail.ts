/**
 * Sending the staff e-mail outbox (deadline reminders and escalations). E-mails are rows queued with the alerts
 * they tell about, so a mail server that is down loses nothing: each attempt's outcome is stored, a temporary
 * failure is retried with back-off, a refusal (a bad address, 5xx) is given up with its reason.
 */
import { backoffMs } from "../../channels/delivery.js";
import type { StaffEmailDraft } from "./deadline-watch.js";

/** A failure to send an e-mail: `permanent` when the server refused it for good (retrying cannot help). */
export class MailError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "MailError";
  }
}

/** Port: sends one e-mail (SMTP in production). Throws {@link MailError}. */
export interface Mailer {
  send(mail: StaffEmailDraft): Promise<void>;
}

/** A queued e-mail as claimed for sending. */
export interface QueuedEmail extends StaffEmailDraft {
  id: string;
  attempts: number;
}

/** Port: the outbox. A claim moves the rows' next attempt forward, so two senders never take the same row. */
export interface StaffEmailOutbox {
  claimDue(now: Date, limit: number): Promise<QueuedEmail[]>;
  markSent(id: string, at: Date): Promise<void>;
  markRetry(id: string, nextAttemptAt: Date, error: string): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
}

/** Attempts before a failing e-mail is given up (about twenty minutes of back-off). */
export const MAX_MAIL_ATTEMPTS = 8;

/**
 * Sends due e-mails, one batch.
 *
 * @returns how many were sent, put back for a retry, and given up.
 */
export async function sendStaffEmails(outbox: StaffEmailOutbox, mailer: Mailer, now: Date, batch = 50): Promise<{ sent: number; retried: number; failed: number }> {
  const result = { sent: 0, retried: 0, failed: 0 };
  for (const mail of await outbox.claimDue(now, batch)) {
    try {
      await mailer.send(mail);
      await outbox.markSent(mail.id, new Date());
      result.sent++;
    } catch (err) {
      const reason = err instanceof MailError ? err.message : "unexpected";
      if ((err instanceof MailError && err.permanent) || mail.attempts + 1 >= MAX_MAIL_ATTEMPTS) {
        await outbox.markFailed(mail.id, reason);
        result.failed++;
      } else {
        await outbox.markRetry(mail.id, new Date(now.getTime() + backoffMs(mail.attempts + 1)), reason);
        result.retried++;
      }
    }
  }
  return result;
}
