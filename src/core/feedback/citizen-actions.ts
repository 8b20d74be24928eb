/**
 * What a citizen does with their own tickets from the chat: answer an officer's question, rate, say it is not
 * solved (reopen), follow the timeline, list their tickets. A ticket is shown only to its reporters; anyone else
 * is told it was not found, exactly as for a code that does not exist.
 */
import { AppError } from "../shared/app-error.js";
import { ERR, NOTICE } from "./messages.vi.js";
import type { TicketSummary } from "./ports.js";
import { requiredText, runAction, type FeedbackDeps } from "./ticket-change.js";
import type { Ticket, TicketEvent } from "./ticket.js";

const DAY_MS = 24 * 3600_000;

/** A citizen acting through the chat; `sourceKey` is the inbound event, so a re-run does nothing twice. */
export interface CitizenActionInput {
  code: string;
  citizenId: string;
  sourceKey: string;
}

/** The ticket of `code` if the citizen reported it; otherwise "not found" (never "not yours"). */
export async function ownTicket(deps: FeedbackDeps, code: string, citizenId: string): Promise<Ticket> {
  const ticket = await deps.store.getByCode(code);
  if (!ticket || !(await deps.store.isReporter(ticket.id, citizenId))) throw new AppError("ticket_not_found", ERR.notFound, 404);
  return ticket;
}

/** The citizen's answer to an officer's question; the ticket goes back to in_progress. */
export async function answerInfoRequest(deps: FeedbackDeps, input: CitizenActionInput & { text: string }): Promise<Ticket> {
  const ticket = await ownTicket(deps, input.code, input.citizenId);
  return runAction(deps, {
    ticketId: ticket.id,
    expectedVersion: null,
    action: "info_received",
    actor: { kind: "citizen", citizenId: input.citizenId },
    note: requiredText(input.text),
    sourceKey: input.sourceKey,
  });
}

/**
 * The citizen's words on their own ticket, outside an officer's question (e.g. asking to withdraw it because the
 * problem went away): kept on the ticket for the department, which decides; the status does not change.
 */
export async function noteByCitizen(deps: FeedbackDeps, input: CitizenActionInput & { text: string }): Promise<Ticket> {
  const ticket = await ownTicket(deps, input.code, input.citizenId);
  return runAction(deps, {
    ticketId: ticket.id,
    expectedVersion: null,
    action: "citizen_note",
    actor: { kind: "citizen", citizenId: input.citizenId },
    note: requiredText(input.text, 1000),
    sourceKey: input.sourceKey,
  });
}

/** A rating from 1 to 5 after resolution; closes the ticket. */
export async function rateTicket(deps: FeedbackDeps, input: CitizenActionInput & { stars: number }): Promise<Ticket> {
  if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) throw new AppError("ticket_rating_range", ERR.ratingRange, 400);
  const ticket = await ownTicket(deps, input.code, input.citizenId);
  const now = (deps.clock ?? (() => new Date()))();
  return runAction(deps, {
    ticketId: ticket.id,
    expectedVersion: null,
    action: "rate",
    actor: { kind: "citizen", citizenId: input.citizenId },
    data: { stars: input.stars },
    patch: (t) => ({ rating: input.stars, closedAt: t.closedAt ?? now }),
    sourceKey: input.sourceKey,
  });
}

/**
 * "Chưa giải quyết": the citizen reopens an answered, resolved or closed ticket within the configured period
 * after its answer or resolution. Every reporter is told.
 */
export async function reopenByCitizen(deps: FeedbackDeps, input: CitizenActionInput & { reason?: string }): Promise<Ticket> {
  const ticket = await ownTicket(deps, input.code, input.citizenId);
  const now = (deps.clock ?? (() => new Date()))();
  const since = ticket.resolvedAt ?? ticket.answeredAt ?? ticket.closedAt;
  const days = deps.settings.reopenWithinDays;
  if (since && now.getTime() - since.getTime() > days * DAY_MS && !(await deps.store.eventExists(input.sourceKey))) {
    throw new AppError("ticket_reopen_expired", ERR.reopenExpired(days), 409);
  }
  const reason = input.reason?.trim();
  return runAction(deps, {
    ticketId: ticket.id,
    expectedVersion: null,
    action: "reopen",
    actor: { kind: "citizen", citizenId: input.citizenId },
    ...(reason ? { note: reason.slice(0, 1000) } : {}),
    patch: () => ({ resolvedAt: null, closedAt: null, rating: null, reopenedAt: now }),
    notice: (t) => ({ kind: "text", text: NOTICE.reopened(t.code) }),
    sourceKey: input.sourceKey,
  });
}

/** What /tracuu shows: the ticket and its public timeline. */
export interface TicketTrack {
  ticket: Ticket;
  departmentName: string | null;
  timeline: TicketEvent[];
}

/** The public timeline of the citizen's own ticket. */
export async function trackTicket(deps: FeedbackDeps, code: string, citizenId: string): Promise<TicketTrack> {
  const ticket = await ownTicket(deps, code, citizenId);
  const dir = await deps.directory.load();
  const timeline = await deps.store.events(ticket.id, { publicOnly: true });
  return { ticket, departmentName: dir.departments.find((d) => d.id === ticket.departmentId)?.name ?? null, timeline };
}

/** The citizen's tickets, newest first (/phananhcuatoi). */
export async function listOwnTickets(deps: FeedbackDeps, citizenId: string, limit = 10): Promise<TicketSummary[]> {
  return deps.store.listForCitizen(citizenId, limit);
}
