/**
 * The one path every lifecycle action takes: load the ticket, check the version and the transition table, build
 * the notices for the reporters' chats, and apply it all as one atomic change. A change caused by an inbound event
 * (`sourceKey`) is applied once however often the flow runs.
 */
import { canSendNow } from "../channels/interaction-window.js";
import type { OutboundMessage } from "../channels/contract.js";
import { AppError } from "../shared/app-error.js";
import { runningDeadline } from "./deadlines.js";
import { checkTransition, TRANSITIONS } from "./lifecycle.js";
import { ERR } from "./messages.vi.js";
import type { Directory, FeedbackDirectory, StoredFile, TicketChange, TicketNotice, TicketPatch, TicketStore, WorkingTime } from "./ports.js";
import type { FeedbackRouter } from "./routing-decision.js";
import type { Actor, Ticket, TicketAction, TicketReporter, TicketStatus } from "./ticket.js";

/** Settings an administrator may change (src/config.ts). */
export interface FeedbackSettings {
  /** Classifier confidence below which a ticket goes to triage (Văn phòng). */
  triageBelow: number;
  /** Days after an answer or resolution during which the citizen may reopen. */
  reopenWithinDays: number;
  /** A report within this distance of an open ticket of the same category is the same problem. */
  duplicateRadiusMeters: number;
  /** How far back to look for an open ticket of the same problem. */
  duplicateWithinDays: number;
}

/** Lets the chat take the citizen's next message as the answer to an officer's question. */
export interface CitizenPrompts {
  expectInfo(identityId: string, ticketCode: string, at: Date): Promise<void>;
  /** Lets the chat read the citizen's next words after a resolution notice as their verdict on it (rating or reopening). */
  expectRating?(identityId: string, ticketCode: string, at: Date): Promise<void>;
}

export interface FeedbackDeps {
  store: TicketStore;
  directory: FeedbackDirectory;
  router: FeedbackRouter;
  workingTime: WorkingTime;
  settings: FeedbackSettings;
  clock?: () => Date;
  prompts?: CitizenPrompts;
}

/** Who hears about a change: every reporter, only the first one (a question to them), or nobody. */
export type Audience = "all" | "owner" | "none";

export interface ActionRequest {
  ticketId: string;
  /** The version the actor saw; null for the service's own actions, which act on what they just read. */
  expectedVersion: number | null;
  action: TicketAction;
  actor: Actor;
  to?: TicketStatus;
  /** Fields to set, computed from the ticket as loaded (so they see its department and category). */
  patch?: (ticket: Ticket, dir: Directory) => Promise<TicketPatch> | TicketPatch;
  note?: string;
  data?: Record<string, unknown>;
  /** The message for the reporters, given the ticket after the patch; omitted: nobody is told. */
  notice?: (ticket: Ticket, dir: Directory) => OutboundMessage;
  audience?: Audience;
  sourceKey?: string;
  example?: TicketChange["example"];
  photo?: StoredFile;
}

/** The name citizens read for a department id. */
export function departmentName(dir: Directory, id: string | null): string {
  return dir.departments.find((d) => d.id === id)?.name ?? "Văn phòng HĐND và UBND";
}

/**
 * Runs one lifecycle action.
 *
 * @returns the ticket after the change (or as it was, when this inbound event already made the change).
 * @throws AppError `ticket_not_found` (404), `ticket_conflict` (409) for a stale version, or the transition table's
 *   errors.
 */
export async function runAction(deps: FeedbackDeps, req: ActionRequest): Promise<Ticket> {
  const now = (deps.clock ?? (() => new Date()))();
  const ticket = await deps.store.get(req.ticketId);
  if (!ticket) throw new AppError("ticket_not_found", ERR.notFound, 404);
  // a re-run of the same inbound message (retried handler, dialogue-state conflict): the change is already made
  if (req.sourceKey && (await deps.store.eventExists(req.sourceKey))) return ticket;
  if (req.expectedVersion !== null && req.expectedVersion !== ticket.version) throw new AppError("ticket_conflict", ERR.conflict, 409);
  const to = checkTransition(req.action, ticket.status, req.actor, req.to);
  const dir = await deps.directory.load();
  const patch: TicketPatch = { ...(req.patch ? await req.patch(ticket, dir) : {}), ...(to !== ticket.status ? { status: to } : {}) };
  // the running deadline follows the status and the deadlines just set, so the queue and the deadline job see it
  patch.dueAt = runningDeadline({ ...ticket, ...patch })?.dueAt ?? null;
  const after: Ticket = { ...ticket, ...patch };
  const reporters = req.notice && req.audience !== "none" ? await deps.store.reporters(ticket.id) : [];
  const audience = reporters.filter((r) => r.identityId !== null && (req.audience !== "owner" || r.owner));
  const notices: TicketNotice[] = req.notice ? noticesFor(audience, req.notice(after, dir), now) : [];
  const result = await deps.store.apply({
    ticketId: ticket.id,
    expectedVersion: ticket.version,
    patch,
    event: {
      type: req.action,
      fromStatus: ticket.status,
      toStatus: to,
      actor: req.actor,
      public: TRANSITIONS[req.action].public,
      ...(req.note !== undefined ? { note: req.note } : {}),
      ...(req.data ? { data: req.data } : {}),
      ...(req.sourceKey ? { sourceKey: req.sourceKey } : {}),
    },
    notices,
    ...(req.example ? { example: req.example } : {}),
    ...(req.photo ? { photo: req.photo } : {}),
  });
  switch (result.kind) {
    case "not_found":
      throw new AppError("ticket_not_found", ERR.notFound, 404);
    case "conflict":
      throw new AppError("ticket_conflict", ERR.conflict, 409);
    case "replayed":
      return result.ticket;
    case "applied":
      if (req.audience === "owner" && deps.prompts) {
        for (const n of notices) if (!n.held) await deps.prompts.expectInfo(n.identityId, result.ticket.code, now);
      }
      if (req.action === "resolve" && deps.prompts?.expectRating) {
        for (const n of notices) if (!n.held) await deps.prompts.expectRating(n.identityId, result.ticket.code, now);
      }
      return result.ticket;
  }
}

/** One notice per reporter's chat; held where the platform's reply window is closed (Zalo after 7 days). */
export function noticesFor(reporters: TicketReporter[], payload: OutboundMessage, now: Date): TicketNotice[] {
  const seen = new Set<string>();
  const out: TicketNotice[] = [];
  for (const r of reporters) {
    if (!r.identityId || seen.has(r.identityId)) continue;
    seen.add(r.identityId);
    out.push({ identityId: r.identityId, payload, held: !canSendNow(r.channel ?? "", r.lastInteractionAt, now) });
  }
  return out;
}

/** Trims staff or citizen text, refusing empty and oversized input with a clear message. */
export function requiredText(text: string | undefined | null, max = 4000, empty = ERR.noteRequired): string {
  const t = (text ?? "").trim();
  if (!t) throw new AppError("ticket_text_required", empty, 400);
  if (t.length > max) throw new AppError("ticket_text_too_long", ERR.textTooLong(max), 400);
  return t;
}
