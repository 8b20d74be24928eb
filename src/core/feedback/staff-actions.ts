/**
 * The actions officers (and the service's jobs) take on a ticket, one function per lifecycle action. Each takes the
 * actor and the version the officer saw, so the console can wrap it in a permission check and a stale page gets a
 * conflict instead of overwriting someone else's change.
 */
import type { OutboundMessage } from "../channels/contract.js";
import { AppError } from "../shared/app-error.js";
import { ERR, NOTICE } from "./messages.vi.js";
import type { Directory, StoredFile, TicketPatch } from "./ports.js";
import { departmentName, requiredText, runAction, type FeedbackDeps } from "./ticket-change.js";
import type { Actor, Ticket } from "./ticket.js";
import { feedbackChoice } from "./choices.js";

/** What every staff action names: the ticket, the version shown to the officer, and who acts. */
export interface StaffActionInput {
  ticketId: string;
  version: number;
  actor: Actor;
}

const text = (t: string): OutboundMessage => ({ kind: "text", text: t });

function activeDepartment(dir: Directory, id: string) {
  const dept = dir.departments.find((d) => d.id === id && d.active);
  if (!dept) throw new AppError("department_unknown", ERR.unknownDepartment, 400);
  return dept;
}

/** Accept-by deadline for a ticket entering a department's queue at `now`. */
async function acceptDue(deps: FeedbackDeps, dir: Directory, t: Ticket, now: Date): Promise<Date | null> {
  const policy = dir.categories.find((c) => c.id === t.categoryId)?.deadlines;
  if (!policy) return null;
  return deps.workingTime.addWorkingHours(now, t.urgent ? policy.urgentAcceptHours : policy.acceptHours);
}

function now(deps: FeedbackDeps): Date {
  return (deps.clock ?? (() => new Date()))();
}

/** Triage sends a ticket to a department. The decision is kept as a routing example. */
export async function routeTicket(deps: FeedbackDeps, input: StaffActionInput & { departmentId: string }): Promise<Ticket> {
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "route",
    actor: input.actor,
    to: "routed",
    patch: async (t, dir) => ({ departmentId: activeDepartment(dir, input.departmentId).id, routedBy: "staff", acceptDueAt: await acceptDue(deps, dir, t, now(deps)) }),
    data: { departmentId: input.departmentId },
    notice: (t, dir) => text(NOTICE.routed(t.code, departmentName(dir, t.departmentId), t.acceptDueAt)),
    ...(await exampleFor(deps, input.ticketId, input.departmentId, input.actor)),
  });
}

/**
 * Transfers a ticket to another department (or back to triage when `departmentId` is null) with a reason. The
 * citizen is told where it went, not why; the transfer is a labelled example for the classifier.
 */
export async function transferTicket(deps: FeedbackDeps, input: StaffActionInput & { departmentId: string | null; reason: string }): Promise<Ticket> {
  const reason = requiredText(input.reason, 1000);
  const current = await deps.store.get(input.ticketId);
  if (current && input.departmentId !== null && current.departmentId === input.departmentId) throw new AppError("ticket_same_department", ERR.sameDepartment, 400);
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "transfer",
    actor: input.actor,
    to: input.departmentId ? "routed" : "triage",
    note: reason,
    data: { fromDepartmentId: current?.departmentId ?? null, toDepartmentId: input.departmentId },
    patch: async (t, dir): Promise<TicketPatch> => {
      if (!input.departmentId) return { departmentId: null, routedBy: "triage", acceptDueAt: null, answerDueAt: null };
      return { departmentId: activeDepartment(dir, input.departmentId).id, routedBy: "staff", acceptDueAt: await acceptDue(deps, dir, t, now(deps)), answerDueAt: null };
    },
    notice: (t, dir) => text(NOTICE.transferred(t.code, t.departmentId ? departmentName(dir, t.departmentId) : null)),
    ...(input.departmentId ? await exampleFor(deps, input.ticketId, input.departmentId, input.actor) : {}),
  });
}

/** The department takes the ticket; the answer deadline starts now (working days of the category's policy). */
export async function acceptTicket(deps: FeedbackDeps, input: StaffActionInput): Promise<Ticket> {
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "accept",
    actor: input.actor,
    patch: async (t, dir) => {
      const policy = dir.categories.find((c) => c.id === t.categoryId)?.deadlines;
      return { answerDueAt: policy ? await deps.workingTime.addWorkingDays(now(deps), policy.answerDays) : null };
    },
    notice: (t, dir) => text(NOTICE.accepted(t.code, departmentName(dir, t.departmentId), t.answerDueAt)),
  });
}

/** Work on the ticket has started (also after a reopening). */
export async function startWork(deps: FeedbackDeps, input: StaffActionInput): Promise<Ticket> {
  return runAction(deps, { ticketId: input.ticketId, expectedVersion: input.version, action: "start", actor: input.actor, notice: (t) => text(NOTICE.started(t.code)) });
}

/** A reply to the citizen, pushed to every reporter's chat; kept as the ticket's answer. */
export async function replyToCitizen(deps: FeedbackDeps, input: StaffActionInput & { text: string }): Promise<Ticket> {
  const body = requiredText(input.text);
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "reply",
    actor: input.actor,
    note: body,
    patch: () => ({ answer: body, answeredAt: now(deps) }),
    notice: (t, dir) => text(NOTICE.reply(t.code, departmentName(dir, t.departmentId), body)),
  });
}

/** Asks the reporting citizen for more information; their next chat message (or the "Trả lời" button) answers. */
export async function askForInfo(deps: FeedbackDeps, input: StaffActionInput & { question: string }): Promise<Ticket> {
  const question = requiredText(input.question, 1000);
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "ask_info",
    actor: input.actor,
    note: question,
    audience: "owner",
    notice: (t, dir) => ({ kind: "text", text: NOTICE.askInfo(t.code, departmentName(dir, t.departmentId), question), choices: [{ label: NOTICE.answerButton, data: feedbackChoice("info", t.code) }] }),
  });
}

/** Resolves the ticket with a required note and an optional photo; the citizen is asked to rate it. */
export async function resolveTicket(deps: FeedbackDeps, input: StaffActionInput & { note: string; photo?: StoredFile }): Promise<Ticket> {
  const note = requiredText(input.note);
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "resolve",
    actor: input.actor,
    note,
    patch: () => ({ resolvedAt: now(deps) }),
    notice: (t, dir) => ({
      kind: "text",
      text: NOTICE.resolved(t.code, departmentName(dir, t.departmentId), note),
      choices: [...[5, 4, 3, 2, 1].map((n) => ({ label: NOTICE.stars(n), data: feedbackChoice("rate", t.code, String(n)) })), { label: NOTICE.notSolvedButton, data: feedbackChoice("reopen", t.code) }],
    }),
    ...(input.photo ? { photo: input.photo } : {}),
  });
}

/** Rejects a ticket outside the ward's remit, saying where the citizen should go instead. */
export async function rejectTicket(deps: FeedbackDeps, input: StaffActionInput & { reason: string; redirectTo: string }): Promise<Ticket> {
  const reason = requiredText(input.reason, 1000);
  const redirectTo = requiredText(input.redirectTo, 500, ERR.redirectRequired);
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "reject",
    actor: input.actor,
    note: reason,
    data: { redirectTo },
    patch: () => ({ closedAt: now(deps) }),
    notice: (t) => text(NOTICE.rejected(t.code, reason, redirectTo)),
  });
}

/** An internal note: staff see it, the citizen does not, and the status stays. */
export async function addInternalNote(deps: FeedbackDeps, input: StaffActionInput & { text: string }): Promise<Ticket> {
  return runAction(deps, { ticketId: input.ticketId, expectedVersion: input.version, action: "note", actor: input.actor, note: requiredText(input.text) });
}

/** Reopens an answered, resolved or closed ticket on staff's own decision. */
export async function reopenByStaff(deps: FeedbackDeps, input: StaffActionInput & { reason: string }): Promise<Ticket> {
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "reopen",
    actor: input.actor,
    note: requiredText(input.reason, 1000),
    patch: () => ({ resolvedAt: null, closedAt: null, reopenedAt: now(deps) }),
    notice: (t) => text(NOTICE.reopened(t.code)),
  });
}

/** Closes an answered or resolved ticket (staff, or the job closing tickets nobody rated). */
export async function closeTicket(deps: FeedbackDeps, input: StaffActionInput): Promise<Ticket> {
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "close",
    actor: input.actor,
    patch: () => ({ closedAt: now(deps) }),
    notice: (t) => text(NOTICE.closed(t.code)),
  });
}

/**
 * An officer marks a ticket urgent, or takes the mark off. The deadline to accept follows while the ticket waits
 * for its department; the mark is kept as an urgency label that the scheduled retraining learns.
 */
export async function setTicketUrgency(deps: FeedbackDeps, input: StaffActionInput & { urgent: boolean }): Promise<Ticket> {
  const current = await deps.store.get(input.ticketId);
  if (current && current.urgent === input.urgent) throw new AppError("ticket_same_urgency", input.urgent ? ERR.alreadyUrgent : ERR.alreadyNotUrgent, 400);
  return runAction(deps, {
    ticketId: input.ticketId,
    expectedVersion: input.version,
    action: "urgency",
    actor: input.actor,
    data: { urgent: input.urgent },
    patch: async (t, dir): Promise<TicketPatch> => {
      const marked = { ...t, urgent: input.urgent };
      return t.status === "routed" ? { urgent: input.urgent, acceptDueAt: await acceptDue(deps, dir, marked, now(deps)) } : { urgent: input.urgent };
    },
    ...(current ? { example: { text: current.text, departmentId: null, categoryId: current.categoryId, createdById: input.actor.kind === "staff" ? input.actor.staffId : null, urgent: input.urgent } } : {}),
  });
}

/** The routing example a staff routing decision leaves behind: the citizen's words, the chosen department and the ticket's urgency. */
async function exampleFor(deps: FeedbackDeps, ticketId: string, departmentId: string, actor: Actor) {
  const t = await deps.store.get(ticketId);
  if (!t) return {};
  return { example: { text: t.text, departmentId, categoryId: t.categoryId, createdById: actor.kind === "staff" ? actor.staffId : null, urgent: t.urgent } };
}
