/**
 * TicketDesk: the department console's one service (issue #13). The queue, the ticket page, the actions, the
 * citizens' contacts (audited), the photos and the deadline badge, each checked against the permission table for
 * the person and the ticket's department. Pages call it; it calls the ticket core for every change, so the
 * console can do nothing the lifecycle table forbids.
 */
import type { AuditTrail } from "../../audit/audit-trail.js";
import { formatLocalDateTime } from "../../calendar/format.js";
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import { AppError } from "../../shared/app-error.js";
import type { StaffActor } from "../../staff/actor.js";
import { assertAllowed, can } from "../../staff/permissions.js";
import { runningDeadline } from "../deadlines.js";
import type { FeedbackService } from "../feedback-service.js";
import type { DepartmentInfo, FeedbackDirectory } from "../ports.js";
import type { Ticket } from "../ticket.js";
import type { ReminderLeads } from "./deadline-state.js";
import { runDeskCommand, type DeskCommand } from "./desk-actions.js";
import { assertMayAct, viewScopeOf, visibleTicket } from "./desk-access.js";
import type { ReporterContact, TicketDetailsReader, TicketPhotoFiles, TicketQueueStore } from "./ports.js";
import { buildQueue, type QueueView } from "./queue-view.js";
import type { QueueFilter } from "./queue.js";
import { fillTemplate, type FilledTemplate, type ReplyTemplates } from "./reply-templates.js";
import { buildTicketView, type TicketView } from "./ticket-view.js";

export interface TicketDeskDeps {
  feedback: FeedbackService;
  queue: TicketQueueStore;
  details: TicketDetailsReader;
  directory: FeedbackDirectory;
  /** The organisation's working calendar (CalendarService.calendarFor). */
  calendarFor(orgId: string): Promise<WorkingCalendar>;
  templates: ReplyTemplates;
  audit: AuditTrail;
  leads: ReminderLeads;
  /** Resolution photos and the photos shown on the page. */
  photos: TicketPhotoFiles;
}

export class TicketDesk {
  constructor(private readonly deps: TicketDeskDeps) {}

  /** One page of the person's queue (see buildQueue). */
  async queue(actor: StaffActor, orgId: string, filter: QueueFilter, cursor: string, now: Date, seenAt: Date | null = null): Promise<QueueView> {
    assertAllowed(actor, "tickets.view");
    const [calendar, directory] = await Promise.all([this.deps.calendarFor(orgId), this.deps.directory.load()]);
    return buildQueue({ queue: this.deps.queue, calendar, directory, leads: this.deps.leads }, actor, filter, cursor, now, seenAt);
  }

  /**
   * The ticket page.
   *
   * @throws AppError 404 when the ticket does not exist or is outside the person's reach.
   */
  async ticket(actor: StaffActor, ticketId: string, now: Date): Promise<TicketView> {
    const ticket = await visibleTicket(this.deps.feedback, actor, ticketId);
    const [calendar, directory] = await Promise.all([this.deps.calendarFor(ticket.orgId), this.deps.directory.load()]);
    return buildTicketView(
      {
        feedback: this.deps.feedback,
        details: this.deps.details,
        calendar,
        directory,
        leads: this.deps.leads,
        templatesFor: (t, department, at) => this.filledTemplates(t, department, calendar, at),
      },
      actor,
      ticket,
      now,
    );
  }

  /**
   * One lifecycle action from a console form.
   *
   * @param version - the ticket version the form was rendered with.
   * @throws AppError 404 (not visible), 403 (not allowed), 409 (stale version or wrong status), 400 (bad text).
   */
  async act(actor: StaffActor, ticketId: string, version: number, cmd: DeskCommand): Promise<Ticket> {
    const ticket = await visibleTicket(this.deps.feedback, actor, ticketId);
    if (cmd.action !== "resolve" || !cmd.photoBytes?.length) return runDeskCommand(this.deps.feedback, actor, ticket, version, cmd);
    // a resolution photo is checked and stored first, and removed again if the resolution is refused
    assertMayAct(actor, ticket, "resolve");
    const photo = await this.deps.photos.keep(ticket.id, cmd.photoBytes);
    try {
      return await runDeskCommand(this.deps.feedback, actor, ticket, version, { action: "resolve", note: cmd.note, photo });
    } catch (error) {
      await this.deps.photos.discard(photo.storagePath);
      throw error;
    }
  }

  /**
   * The reporters' names, phones and addresses, for roles that need them; every view is written to the audit log
   * (ids only, never the data itself).
   *
   * @throws AppError 404 (not visible), 403 (the role may not see personal data).
   */
  async contacts(actor: StaffActor, ticketId: string): Promise<ReporterContact[]> {
    const ticket = await visibleTicket(this.deps.feedback, actor, ticketId);
    assertAllowed(actor, "tickets.personal_data", { departmentId: ticket.departmentId });
    const contacts = await this.deps.details.contacts(ticket.id);
    await this.deps.audit.record({
      actor,
      action: "ticket.personal_data_view",
      entityType: "ticket",
      entityId: ticket.id,
      detail: { code: ticket.code, reporters: contacts.length, fields: ["fullName", "phone", "address"] },
    });
    return contacts;
  }

  /**
   * A photo of a ticket the person can see.
   *
   * @throws AppError 404 when the ticket is not visible or the photo is not stored (yet).
   */
  async photo(actor: StaffActor, ticketId: string, photoId: string): Promise<{ mimeType: string; bytes: Uint8Array }> {
    const ticket = await visibleTicket(this.deps.feedback, actor, ticketId);
    const photo = /^[0-9a-f-]{36}$/iu.test(photoId) ? await this.deps.details.photo(ticket.id, photoId) : null;
    const bytes = photo ? await this.deps.photos.read(photo.storagePath) : null;
    if (!photo || !bytes) throw new AppError("photo_not_found", "photo not found", 404);
    return { mimeType: photo.mimeType, bytes };
  }

  /**
   * The console's badge: tickets in the person's reach whose running deadline has a reminder (officers) or an
   * escalation (everyone who sees every ticket). Zero for roles without tickets.
   */
  async badge(actor: StaffActor): Promise<number> {
    const scope = viewScopeOf(actor);
    if (!scope) return 0;
    return this.deps.details.alertCount(scope, scope.all ? ["overdue"] : ["reminder", "overdue"]);
  }

  /** Whether the person may open the ticket (for links from other pages). */
  maySee(actor: StaffActor, ticket: Pick<Ticket, "departmentId">): boolean {
    return can(actor, "tickets.view", { departmentId: ticket.departmentId });
  }

  private async filledTemplates(ticket: Ticket, department: DepartmentInfo | null, calendar: WorkingCalendar, now: Date): Promise<FilledTemplate[]> {
    const templates = await this.deps.templates.forDepartment(ticket.orgId, ticket.departmentId);
    const due = runningDeadline(ticket)?.dueAt ?? ticket.answerDueAt;
    const today = calendar.localDateTime(now).date.split("-").reverse().join("/");
    const values = {
      ma: ticket.code,
      ngay: today,
      han: due ? formatLocalDateTime(calendar.localDateTime(due)) : "",
      don_vi: department?.name ?? "",
    };
    return templates.map((t) => ({ id: t.id, title: t.title, text: fillTemplate(t.body, values) }));
  }
}
