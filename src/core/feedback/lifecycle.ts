/**
 * The one table of ticket transitions (DESIGN §8). Every action a service performs is looked up here: from which
 * statuses it may start, where it leads, who may take it and whether the citizen sees it. The console, the chat
 * and the jobs all go through {@link checkTransition}, so no path can move a ticket in a way this table forbids.
 */
import { AppError } from "../shared/app-error.js";
import type { Actor, TicketAction, TicketStatus } from "./ticket.js";

export interface Transition {
  /** Statuses the action may start from. */
  from: readonly TicketStatus[];
  /** Where it leads; the first is the default, others are chosen by the action (a transfer to triage). "same" keeps the status. */
  to: readonly (TicketStatus | "same")[];
  /** Actor kinds allowed to take it (a permission check on staff roles wraps the service on top of this). */
  actors: readonly Actor["kind"][];
  /** Whether the event shows in the citizen's timeline and is pushed to every reporter. */
  public: boolean;
}

const WORKING: readonly TicketStatus[] = ["accepted", "in_progress", "answered", "reopened"];

/** received → routed | triage → accepted → in_progress → answered → resolved → closed, plus the side roads. */
export const TRANSITIONS: Readonly<Record<TicketAction, Transition>> = {
  // the service routes a new ticket; triage routes what the classifier was unsure of
  route: { from: ["received", "triage"], to: ["routed", "triage"], actors: ["system", "staff"], public: true },
  // to another department (or back to triage) with a reason; kept as a routing example
  transfer: { from: ["routed", "accepted", "in_progress", "needs_info", "reopened"], to: ["routed", "triage"], actors: ["staff"], public: true },
  accept: { from: ["routed"], to: ["accepted"], actors: ["staff"], public: true },
  start: { from: ["accepted", "reopened"], to: ["in_progress"], actors: ["staff"], public: true },
  reply: { from: WORKING, to: ["answered"], actors: ["staff"], public: true },
  ask_info: { from: WORKING, to: ["needs_info"], actors: ["staff"], public: true },
  // the citizen's answer in chat resumes the work
  info_received: { from: ["needs_info"], to: ["in_progress"], actors: ["citizen"], public: true },
  resolve: { from: [...WORKING, "needs_info"], to: ["resolved"], actors: ["staff"], public: true },
  reject: { from: ["received", "triage", "routed", "accepted", "in_progress", "needs_info"], to: ["rejected"], actors: ["staff"], public: true },
  note: { from: ["received", "routed", "triage", "accepted", "in_progress", "needs_info", "answered", "resolved", "closed", "rejected", "reopened"], to: ["same"], actors: ["staff"], public: false },
  // the citizen's words on their own ticket outside a question asked (wanting to withdraw it: "đèn đã sáng lại rồi"):
  // for the department to read; the ticket stays where it is (a citizen cannot close or cancel a ticket)
  citizen_note: { from: ["received", "routed", "triage", "accepted", "in_progress", "needs_info", "answered", "resolved", "closed", "rejected", "reopened"], to: ["same"], actors: ["citizen"], public: false },
  // an officer marks the ticket urgent or not; kept as an urgency label for the urgency model
  urgency: { from: ["received", "routed", "triage", "accepted", "in_progress", "needs_info", "answered", "reopened"], to: ["same"], actors: ["staff"], public: false },
  reopen: { from: ["answered", "resolved", "closed"], to: ["reopened"], actors: ["citizen", "staff"], public: true },
  // a rating closes a resolved ticket; a closed one may still be rated once
  rate: { from: ["resolved", "closed"], to: ["closed"], actors: ["citizen"], public: true },
  close: { from: ["answered", "resolved"], to: ["closed"], actors: ["staff", "system"], public: true },
  // another citizen reported the same open problem
  link: { from: ["received", "routed", "triage", "accepted", "in_progress", "needs_info", "answered", "reopened"], to: ["same"], actors: ["system"], public: false },
};

/**
 * Checks that `actor` may take `action` on a ticket in `status`, and says where it leads.
 *
 * @param action - the lifecycle action.
 * @param status - the ticket's current status.
 * @param actor - who acts.
 * @param to - a non-default destination the action allows (e.g. "triage" for a transfer back to triage).
 * @returns the status after the action.
 * @throws AppError `ticket_transition` (409) when the action is not allowed from this status, `ticket_actor` (403)
 *   when this kind of actor may not take it.
 */
export function checkTransition(action: TicketAction, status: TicketStatus, actor: Actor, to?: TicketStatus): TicketStatus {
  const t = TRANSITIONS[action];
  if (!t.actors.includes(actor.kind)) throw new AppError("ticket_actor", `Không được phép: ${action} (${actor.kind})`, 403);
  if (!t.from.includes(status)) throw new AppError("ticket_transition", `Phản ánh đang ở trạng thái "${status}", không thể ${action}`, 409);
  const target = to ?? t.to[0];
  if (target === undefined || !t.to.includes(target)) throw new AppError("ticket_transition", `Không thể ${action} sang "${String(to)}"`, 409);
  return target === "same" ? status : target;
}

/** The actions open to an actor on a ticket in `status` (the console shows only these buttons). */
export function allowedActions(status: TicketStatus, actor: Actor["kind"]): TicketAction[] {
  return (Object.keys(TRANSITIONS) as TicketAction[]).filter((a) => TRANSITIONS[a].from.includes(status) && TRANSITIONS[a].actors.includes(actor));
}
