/**
 * Everything the ticket page shows, gathered for one person: the ticket, its reporters (linked duplicates), photos,
 * the timeline with who did what and the deadline alerts in it, the messages sent to the citizens with their
 * delivery state, the deadlines with working time left, and the actions this person may take now. Personal data
 * is not part of it: {@link TicketDesk.contacts} shows it on request, audited.
 */
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import type { StaffActor } from "../../staff/actor.js";
import { can } from "../../staff/permissions.js";
import type { FeedbackService } from "../feedback-service.js";
import type { CategoryInfo, DepartmentInfo, Directory } from "../ports.js";
import type { Ticket, TicketAction, TicketEvent, TicketReporter } from "../ticket.js";
import { runningDeadline } from "../deadlines.js";
import { deadlineState, type DeadlineState, type ReminderLeads } from "./deadline-state.js";
import { actionsFor } from "./desk-access.js";
import type { TicketAlert, TicketDetailsReader, TicketMessage, TicketPhoto } from "./ports.js";
import type { FilledTemplate } from "./reply-templates.js";

/** One line of the timeline: a lifecycle event, or an alert the deadline job raised. */
export type TimelineEntry =
  | { kind: "event"; at: Date; event: TicketEvent; actorName: string | null }
  | { kind: "alert"; at: Date; alert: TicketAlert };

/** A message to a citizen with the reporter it went to (1 = the first reporter). */
export interface MessageLine extends TicketMessage {
  reporterNumber: number | null;
}

export interface TicketView {
  ticket: Ticket;
  department: DepartmentInfo | null;
  category: CategoryInfo | null;
  /** The deadline running now, where it stands. */
  running: DeadlineState | null;
  reporters: TicketReporter[];
  photos: TicketPhoto[];
  timeline: TimelineEntry[];
  messages: MessageLine[];
  actions: Set<TicketAction>;
  mayViewContacts: boolean;
  /** Reply templates of the ticket's department (and those for every department), filled for this ticket. */
  templates: FilledTemplate[];
  /** Departments a transfer or routing may go to (active ones other than the current). */
  transferTargets: DepartmentInfo[];
  /** Departments and categories, for the names in the timeline. */
  directory: Directory;
}

export interface TicketViewDeps {
  feedback: Pick<FeedbackService, "timeline" | "reporters">;
  details: TicketDetailsReader;
  calendar: WorkingCalendar;
  directory: Directory;
  leads: ReminderLeads;
  templatesFor(ticket: Ticket, department: DepartmentInfo | null, now: Date): Promise<FilledTemplate[]>;
}

/**
 * Gathers the page of a ticket the person may see (the caller checked that).
 *
 * @param now - the moment deadlines are measured at.
 */
export async function buildTicketView(deps: TicketViewDeps, actor: StaffActor, ticket: Ticket, now: Date): Promise<TicketView> {
  const [events, reporters, photos, messages, alerts] = await Promise.all([
    deps.feedback.timeline(ticket.id),
    deps.feedback.reporters(ticket.id),
    deps.details.photos(ticket.id),
    deps.details.messages(ticket.id),
    deps.details.alerts(ticket.id),
  ]);
  const staffIds = [...new Set(events.map((e) => e.actorStaffId).filter((id): id is string => id !== null))];
  const names = staffIds.length ? await deps.details.staffNames(staffIds) : new Map<string, string>();
  const department = deps.directory.departments.find((d) => d.id === ticket.departmentId) ?? null;
  const running = runningDeadline(ticket);
  const reporterNumber = new Map<string, number>();
  reporters.forEach((r, i) => r.identityId && !reporterNumber.has(r.identityId) && reporterNumber.set(r.identityId, i + 1));
  const timeline: TimelineEntry[] = [
    ...events.map((event): TimelineEntry => ({ kind: "event", at: event.createdAt, event, actorName: event.actorStaffId ? (names.get(event.actorStaffId) ?? null) : null })),
    ...alerts.map((alert): TimelineEntry => ({ kind: "alert", at: alert.createdAt, alert })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    ticket,
    department,
    category: deps.directory.categories.find((c) => c.id === ticket.categoryId) ?? null,
    running: running ? deadlineState(deps.calendar, running.kind, running.dueAt, now, deps.leads) : null,
    reporters,
    photos,
    timeline,
    messages: messages.map((m) => ({ ...m, reporterNumber: reporterNumber.get(m.identityId) ?? null })),
    actions: actionsFor(actor, ticket),
    mayViewContacts: can(actor, "tickets.personal_data", { departmentId: ticket.departmentId }),
    templates: await deps.templatesFor(ticket, department, now),
    transferTargets: deps.directory.departments.filter((d) => d.active && d.id !== ticket.departmentId),
    directory: deps.directory,
  };
}
