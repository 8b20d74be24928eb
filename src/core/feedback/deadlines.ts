/**
 * Which deadline a ticket is working against now. A ticket has two stored deadlines (DESIGN §8: accept within N
 * working hours, answer within N working days, per category); only one of them runs at a time, and none while the
 * department waits for the citizen or the work is finished. The ticket core stores the running one as `dueAt` with
 * every change, so the queue sorts by it and the deadline job scans it without knowing the lifecycle.
 */
import { foldText } from "../procedures/normalize.js";
import type { Ticket, TicketStatus } from "./ticket.js";

/** The two deadlines of a ticket. */
export type DeadlineKind = "accept" | "answer";

/** Statuses in which the answer deadline runs. `needs_info` pauses it: the department waits for the citizen. */
const ANSWERING: readonly TicketStatus[] = ["accepted", "in_progress", "reopened"];

/** The deadline running now, or null. */
export interface RunningDeadline {
  kind: DeadlineKind;
  dueAt: Date;
}

/**
 * The deadline a ticket in this state works against: accept-by while routed to a department, answer-by while the
 * department works on it; null in triage, while waiting for the citizen, and once answered or finished.
 *
 * @param t - the ticket's status and stored deadlines.
 */
export function runningDeadline(t: Pick<Ticket, "status" | "acceptDueAt" | "answerDueAt">): RunningDeadline | null {
  if (t.status === "routed") return t.acceptDueAt ? { kind: "accept", dueAt: t.acceptDueAt } : null;
  if (ANSWERING.includes(t.status)) return t.answerDueAt ? { kind: "answer", dueAt: t.answerDueAt } : null;
  return null;
}

/** The kind of deadline that runs in a status (null when none does), for the queue's labels and the job's SQL. */
export function deadlineKindOf(status: TicketStatus): DeadlineKind | null {
  if (status === "routed") return "accept";
  return ANSWERING.includes(status) ? "answer" : null;
}

/** Statuses in which the answer deadline runs (the deadline job's query names them). */
export const ANSWERING_STATUSES = ANSWERING;

/**
 * What the queue's search looks in: the code, the citizen's text and the address, folded (lower case, no
 * diacritics, no punctuation), so "den duong tran phu" finds "Đèn đường … Trần Phú" and the other way round.
 *
 * @param t - the ticket's code, text and address.
 */
export function ticketSearchText(t: Pick<Ticket, "code" | "text" | "address">): string {
  return foldText(`${t.code} ${t.text} ${t.address ?? ""}`);
}
