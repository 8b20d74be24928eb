/**
 * FeedbackService: the ticket core's one entry point for the chat, the console and the jobs. Every lifecycle
 * action of DESIGN §8 is a method; each checks the transition table, the ticket's version (staff actions) or the
 * inbound event (citizen actions), records a TicketEvent and queues the public ones for every reporter's chat in
 * the same transaction. Methods throw AppError with a stable code (404 not found, 409 conflict or wrong state,
 * 400 bad input, 403 wrong actor kind); a permission check on staff roles wraps them in the console.
 */
import * as citizen from "./citizen-actions.js";
import * as staff from "./staff-actions.js";
import { submitReport, type ReportInput, type ReportOutcome } from "./submit-report.js";
import type { FeedbackDeps } from "./ticket-change.js";
import type { Ticket, TicketEvent, TicketReporter } from "./ticket.js";
import type { TicketSummary } from "./ports.js";

type Staff = staff.StaffActionInput;
type Citizen = citizen.CitizenActionInput;

export class FeedbackService {
  constructor(private readonly deps: FeedbackDeps) {}

  /** Files a citizen's report: a new routed (or triage) ticket, or one more reporter of an open duplicate. Idempotent on `sourceKey`. */
  submit(input: ReportInput): Promise<ReportOutcome> {
    return submitReport(this.deps, input);
  }

  /** A ticket by id, for staff (no reporter check; the console checks permissions). Null when unknown. */
  get(ticketId: string): Promise<Ticket | null> {
    return this.deps.store.get(ticketId);
  }

  /** The whole timeline, internal notes included, for staff. */
  timeline(ticketId: string): Promise<TicketEvent[]> {
    return this.deps.store.events(ticketId);
  }

  /** Everyone who reported the problem (the first is the owner). */
  reporters(ticketId: string): Promise<TicketReporter[]> {
    return this.deps.store.reporters(ticketId);
  }

  /** Triage routes a ticket to a department (kept as a routing example). */
  route(input: Staff & { departmentId: string }): Promise<Ticket> {
    return staff.routeTicket(this.deps, input);
  }

  /** Transfers to another department, or back to triage with `departmentId: null`; a reason is required. */
  transfer(input: Staff & { departmentId: string | null; reason: string }): Promise<Ticket> {
    return staff.transferTicket(this.deps, input);
  }

  /** The department accepts; the answer deadline is set. */
  accept(input: Staff): Promise<Ticket> {
    return staff.acceptTicket(this.deps, input);
  }

  /** Work starts (after acceptance or a reopening). */
  start(input: Staff): Promise<Ticket> {
    return staff.startWork(this.deps, input);
  }

  /** A reply pushed to every reporter. */
  reply(input: Staff & { text: string }): Promise<Ticket> {
    return staff.replyToCitizen(this.deps, input);
  }

  /** Asks the reporting citizen for more information; their answer in chat resumes the ticket. */
  askInfo(input: Staff & { question: string }): Promise<Ticket> {
    return staff.askForInfo(this.deps, input);
  }

  /** Resolves with a required note and an optional stored photo; the citizen is asked to rate. */
  resolve(input: Parameters<typeof staff.resolveTicket>[1]): Promise<Ticket> {
    return staff.resolveTicket(this.deps, input);
  }

  /** Rejects as outside the ward's remit, with where to go instead. */
  reject(input: Staff & { reason: string; redirectTo: string }): Promise<Ticket> {
    return staff.rejectTicket(this.deps, input);
  }

  /** An internal note (never shown to the citizen). */
  note(input: Staff & { text: string }): Promise<Ticket> {
    return staff.addInternalNote(this.deps, input);
  }

  /** Marks the ticket urgent or not (an urgency label for retraining). */
  setUrgency(input: Staff & { urgent: boolean }): Promise<Ticket> {
    return staff.setTicketUrgency(this.deps, input);
  }

  /** Staff reopen a finished ticket. */
  reopen(input: Staff & { reason: string }): Promise<Ticket> {
    return staff.reopenByStaff(this.deps, input);
  }

  /** Closes an answered or resolved ticket. */
  close(input: Staff): Promise<Ticket> {
    return staff.closeTicket(this.deps, input);
  }

  /** The citizen's answer to an officer's question. */
  answerInfo(input: Citizen & { text: string }): Promise<Ticket> {
    return citizen.answerInfoRequest(this.deps, input);
  }

  /** The citizen's words on their own ticket (wanting to withdraw it), for the department; the status stays. */
  noteByCitizen(input: Citizen & { text: string }): Promise<Ticket> {
    return citizen.noteByCitizen(this.deps, input);
  }

  /** The citizen's rating (1–5); closes a resolved ticket. */
  rate(input: Citizen & { stars: number }): Promise<Ticket> {
    return citizen.rateTicket(this.deps, input);
  }

  /** "Chưa giải quyết": the citizen reopens within the configured period. */
  reopenByCitizen(input: Citizen & { reason?: string }): Promise<Ticket> {
    return citizen.reopenByCitizen(this.deps, input);
  }

  /** The public timeline of one of the citizen's own tickets (404 for anyone else). */
  track(code: string, citizenId: string): Promise<citizen.TicketTrack> {
    return citizen.trackTicket(this.deps, code, citizenId);
  }

  /** The citizen's own tickets, newest first. */
  listMine(citizenId: string, limit?: number): Promise<TicketSummary[]> {
    return citizen.listOwnTickets(this.deps, citizenId, limit);
  }
}
