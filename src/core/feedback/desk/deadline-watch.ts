/**
 * The deadline job (DESIGN §8, issue #13): on every tick, tickets whose running deadline is within the reminder
 * lead get a reminder for their department, and tickets past it an escalation to triage and leaders. Each alert is
 * raised once per ticket, deadline and stage (a new deadline after a transfer or an acceptance gets its own), by one
 * replica per tick: the store takes a lock for the tick and inserts under a unique key, so a second scheduler finds
 * nothing left to raise. The console shows alerts as a badge and in the ticket's timeline; when SMTP is configured,
 * the people concerned get one e-mail per tick listing their tickets, queued in the same transaction as the alerts.
 */
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import type { DeadlineKind } from "../deadlines.js";
import type { FeedbackDirectory } from "../ports.js";
import { deadlineState, remindUpTo, type ReminderLeads } from "./deadline-state.js";
import { composeAlertEmails } from "./alert-emails.js";

/** An alert just raised, with what its e-mail needs. */
export interface RaisedAlert {
  ticketId: string;
  code: string;
  kind: DeadlineKind;
  stage: "reminder" | "overdue";
  dueAt: Date;
  departmentId: string | null;
  categoryId: string | null;
  urgent: boolean;
}

/** An e-mail to one staff member. */
export interface StaffEmailDraft {
  to: string;
  subject: string;
  text: string;
}

/** Who is told: each department's officers (and its own address), and those escalations go to. */
export interface AlertRecipients {
  byDepartment: ReadonlyMap<string, readonly string[]>;
  /** Triage (Văn phòng) and leaders. */
  escalation: readonly string[];
}

/** What one tick asks the store to raise. */
export interface RaiseRequest {
  orgId: string;
  now: Date;
  /** Accept deadlines up to this instant get a reminder (those already past get an escalation). */
  remindAcceptUpTo: Date;
  remindAnswerUpTo: Date;
}

/** Port: deadline alerts, raised by one replica per tick. */
export interface DeadlineAlertStore {
  organisations(): Promise<string[]>;
  recipients(orgId: string): Promise<AlertRecipients>;
  /**
   * Raises the alerts due at `now` and queues the e-mails `compose` makes of them, in one transaction under the
   * tick's lock.
   *
   * @returns the alerts raised, or null when another replica holds the tick.
   */
  raise(request: RaiseRequest, compose: (alerts: RaisedAlert[]) => StaffEmailDraft[]): Promise<RaisedAlert[] | null>;
}

export interface DeadlineWatchDeps {
  alerts: DeadlineAlertStore;
  directory: FeedbackDirectory;
  calendarFor(orgId: string): Promise<WorkingCalendar>;
  leads: ReminderLeads;
  /** E-mails are composed only when a mailer is configured. */
  mailEnabled: boolean;
  /** The console's address for links in e-mails (PUBLIC_BASE_URL), if known. */
  consoleBaseUrl: string | null;
}

/** What a tick did. */
export interface WatchOutcome {
  /** False when another replica held the tick. */
  ran: boolean;
  reminders: number;
  escalations: number;
  emails: number;
}

/**
 * One tick of the deadline job.
 *
 * @param now - the tick's moment.
 */
export async function watchDeadlines(deps: DeadlineWatchDeps, now: Date): Promise<WatchOutcome> {
  const outcome: WatchOutcome = { ran: false, reminders: 0, escalations: 0, emails: 0 };
  for (const orgId of await deps.alerts.organisations()) {
    const calendar = await deps.calendarFor(orgId);
    const [directory, recipients] = deps.mailEnabled ? await Promise.all([deps.directory.load(), deps.alerts.recipients(orgId)]) : [null, null];
    const compose = (alerts: RaisedAlert[]): StaffEmailDraft[] => {
      if (!directory || !recipients) return [];
      const emails = composeAlertEmails(alerts, recipients, { directory, describe: (a) => describe(calendar, a, now, deps.leads), consoleBaseUrl: deps.consoleBaseUrl });
      outcome.emails += emails.length;
      return emails;
    };
    const raised = await deps.alerts.raise(
      { orgId, now, remindAcceptUpTo: remindUpTo(calendar, "accept", now, deps.leads), remindAnswerUpTo: remindUpTo(calendar, "answer", now, deps.leads) },
      compose,
    );
    if (!raised) continue;
    outcome.ran = true;
    outcome.reminders += raised.filter((a) => a.stage === "reminder").length;
    outcome.escalations += raised.filter((a) => a.stage === "overdue").length;
  }
  return outcome;
}

function describe(calendar: WorkingCalendar, a: RaisedAlert, now: Date, leads: ReminderLeads): { dueText: string; leftText: string } {
  const state = deadlineState(calendar, a.kind, a.dueAt, now, leads);
  return { dueText: state.dueText, leftText: state.leftText };
}
