/**
 * The deadline job's e-mails: one per person per tick, whatever number of tickets it is about, so a busy morning
 * is one message, not fifty. A department's officers (and the department's own address) get its reminders; triage
 * and leaders get every escalation; someone in both groups gets one e-mail with both parts.
 */
import type { Directory } from "../ports.js";
import type { AlertRecipients, RaisedAlert, StaffEmailDraft } from "./deadline-watch.js";
import { ALERT_EMAIL } from "./messages.vi.js";

export interface ComposeContext {
  directory: Directory;
  /** The deadline in words and the working time left (or how late), at the tick. */
  describe(alert: RaisedAlert): { dueText: string; leftText: string };
  consoleBaseUrl: string | null;
}

/**
 * The e-mails for a tick's new alerts.
 *
 * @param alerts - alerts raised this tick.
 * @param recipients - who is told, by department and for escalations.
 */
export function composeAlertEmails(alerts: readonly RaisedAlert[], recipients: AlertRecipients, ctx: ComposeContext): StaffEmailDraft[] {
  const byPerson = new Map<string, { reminders: RaisedAlert[]; overdue: RaisedAlert[] }>();
  const of = (email: string) => {
    const key = email.trim().toLowerCase();
    let entry = byPerson.get(key);
    if (!entry) byPerson.set(key, (entry = { reminders: [], overdue: [] }));
    return entry;
  };
  for (const a of alerts) {
    if (a.stage === "reminder") {
      for (const email of a.departmentId ? (recipients.byDepartment.get(a.departmentId) ?? []) : []) of(email).reminders.push(a);
    } else {
      for (const email of recipients.escalation) of(email).overdue.push(a);
    }
  }
  return [...byPerson].map(([to, { reminders, overdue }]) => ({ to, subject: subjectOf(reminders.length, overdue.length), text: bodyOf(reminders, overdue, ctx) }));
}

function subjectOf(soon: number, late: number): string {
  if (soon && late) return ALERT_EMAIL.subjectBoth(soon, late);
  return late ? ALERT_EMAIL.subjectOverdue(late) : ALERT_EMAIL.subjectReminders(soon);
}

function bodyOf(reminders: RaisedAlert[], overdue: RaisedAlert[], ctx: ComposeContext): string {
  const lines: string[] = [ALERT_EMAIL.greeting, ""];
  const departmentName = (id: string | null) => ctx.directory.departments.find((d) => d.id === id)?.name ?? ALERT_EMAIL.triage;
  const byDepartment = new Map<string | null, RaisedAlert[]>();
  for (const a of reminders) byDepartment.set(a.departmentId, [...(byDepartment.get(a.departmentId) ?? []), a]);
  for (const [departmentId, list] of byDepartment) {
    lines.push(ALERT_EMAIL.remindersHeading(departmentName(departmentId)));
    for (const a of list) lines.push(...lineOf(a, ctx));
    lines.push("");
  }
  if (overdue.length) {
    lines.push(ALERT_EMAIL.overdueHeading);
    for (const a of overdue) lines.push(...lineOf(a, ctx), ALERT_EMAIL.department(departmentName(a.departmentId)));
    lines.push("");
  }
  const base = ctx.consoleBaseUrl?.replace(/\/+$/u, "");
  lines.push(base ? ALERT_EMAIL.nextWithLink(`${base}/console/tickets`) : ALERT_EMAIL.nextWithoutLink, "", ALERT_EMAIL.footer);
  return lines.join("\n");
}

function lineOf(a: RaisedAlert, ctx: ComposeContext): string[] {
  const { dueText, leftText } = ctx.describe(a);
  const category = ctx.directory.categories.find((c) => c.id === a.categoryId)?.name ?? ALERT_EMAIL.noCategory;
  const base = ctx.consoleBaseUrl?.replace(/\/+$/u, "");
  return [ALERT_EMAIL.line(a.code, category, a.kind, dueText, leftText, a.urgent), ...(base ? [ALERT_EMAIL.link(`${base}/console/tickets/${a.ticketId}`)] : [])];
}
