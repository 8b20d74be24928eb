/**
 * Who may see and do what on a ticket, from the one permission table (src/core/staff/permissions.ts). A ticket
 * outside someone's reach is "not found" (404), never "forbidden": an officer must not learn that another
 * department's ticket exists by trying its address. Capabilities a role lacks altogether are refused by the
 * console's router (403) before any of this runs.
 */
import { AppError } from "../../shared/app-error.js";
import type { StaffActor } from "../../staff/actor.js";
import { accessOf, can, type Capability } from "../../staff/permissions.js";
import type { FeedbackService } from "../feedback-service.js";
import { ERR } from "../messages.vi.js";
import type { Actor as TicketActor, Ticket, TicketAction } from "../ticket.js";
import { allowedActions } from "../lifecycle.js";
import type { QueueScope } from "./ports.js";

/** The ticket core's actor for a signed-in staff member. */
export function ticketActorOf(actor: StaffActor): TicketActor {
  return { kind: "staff", staffId: actor.id };
}

/** The tickets a person may see, or null when they may see none. */
export function viewScopeOf(actor: StaffActor): QueueScope | null {
  const access = accessOf(actor, "tickets.view");
  if (!access) return null;
  return access.all ? { all: true } : { all: false, departmentIds: access.departmentIds };
}

/**
 * The ticket, if the person may see it.
 *
 * @throws AppError `ticket_not_found` (404) when it does not exist or is outside their reach.
 */
export async function visibleTicket(feedback: Pick<FeedbackService, "get">, actor: StaffActor, ticketId: string): Promise<Ticket> {
  const ticket = await feedback.get(ticketId);
  if (!ticket || !can(actor, "tickets.view", { departmentId: ticket.departmentId })) throw new AppError("ticket_not_found", ERR.notFound, 404);
  return ticket;
}

/** The capability each staff action of the lifecycle needs. */
export function capabilityFor(action: TicketAction): Capability {
  if (action === "route") return "tickets.triage";
  if (action === "transfer") return "tickets.transfer";
  return "tickets.act";
}

/** The actions a person may take on this ticket now: allowed by the lifecycle from its status, and by their role. */
export function actionsFor(actor: StaffActor, ticket: Ticket): Set<TicketAction> {
  const scope = { departmentId: ticket.departmentId };
  return new Set(allowedActions(ticket.status, "staff").filter((a) => can(actor, capabilityFor(a), scope)));
}

/**
 * Checks a person may take `action` on a ticket they can see.
 *
 * @throws AppError `forbidden` (403).
 */
export function assertMayAct(actor: StaffActor, ticket: Ticket, action: TicketAction): void {
  if (!can(actor, capabilityFor(action), { departmentId: ticket.departmentId })) throw new AppError("forbidden", `not allowed: ${action}`, 403);
}
