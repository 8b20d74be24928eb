/**
 * The console's actions on a ticket: one command per form, each one lifecycle action of the ticket core, checked
 * against the permission table for the ticket's department first. Every command names the version of the ticket
 * the officer saw, so a page left open while a colleague acted gets a conflict (409) instead of overwriting.
 */
import { AppError } from "../../shared/app-error.js";
import type { StaffActor } from "../../staff/actor.js";
import type { FeedbackService } from "../feedback-service.js";
import type { StoredFile } from "../ports.js";
import type { Ticket, TicketAction } from "../ticket.js";
import { assertMayAct, ticketActorOf } from "./desk-access.js";

/** What a console form asks for. */
export type DeskCommand =
  | { action: "accept" | "start" | "close" }
  | { action: "reply"; text: string }
  | { action: "ask_info"; question: string }
  | { action: "transfer"; departmentId: string | null; reason: string }
  | { action: "route"; departmentId: string }
  /** `photoBytes` as uploaded (the desk checks and stores them); `photo` once stored. */
  | { action: "resolve"; note: string; photo?: StoredFile; photoBytes?: Uint8Array }
  | { action: "reject"; reason: string; redirectTo: string }
  | { action: "note"; text: string }
  | { action: "urgency"; urgent: boolean }
  | { action: "reopen"; reason: string };

/** The staff actions a console form may carry. */
export const DESK_ACTIONS: ReadonlySet<DeskCommand["action"]> = new Set(["accept", "start", "close", "reply", "ask_info", "transfer", "route", "resolve", "reject", "note", "urgency", "reopen"]);

/**
 * Runs one command on a ticket the person can see.
 *
 * @param ticket - the ticket as loaded (its department decides the permission).
 * @param version - the version the officer's page showed.
 * @returns the ticket after the change.
 * @throws AppError `forbidden` (403), `ticket_conflict` (409) for a stale version, the transition table's errors
 *   (409), or a text problem (400).
 */
export async function runDeskCommand(feedback: FeedbackService, actor: StaffActor, ticket: Ticket, version: number, cmd: DeskCommand): Promise<Ticket> {
  assertMayAct(actor, ticket, cmd.action as TicketAction);
  const base = { ticketId: ticket.id, version, actor: ticketActorOf(actor) };
  switch (cmd.action) {
    case "accept":
      return feedback.accept(base);
    case "start":
      return feedback.start(base);
    case "close":
      return feedback.close(base);
    case "reply":
      return feedback.reply({ ...base, text: cmd.text });
    case "ask_info":
      return feedback.askInfo({ ...base, question: cmd.question });
    case "transfer":
      return feedback.transfer({ ...base, departmentId: cmd.departmentId, reason: cmd.reason });
    case "route":
      if (!cmd.departmentId) throw new AppError("department_unknown", "choose a department", 400);
      return feedback.route({ ...base, departmentId: cmd.departmentId });
    case "resolve":
      return feedback.resolve({ ...base, note: cmd.note, ...(cmd.photo ? { photo: cmd.photo } : {}) });
    case "reject":
      return feedback.reject({ ...base, reason: cmd.reason, redirectTo: cmd.redirectTo });
    case "note":
      return feedback.note({ ...base, text: cmd.text });
    case "urgency":
      return feedback.setUrgency({ ...base, urgent: cmd.urgent });
    case "reopen":
      return feedback.reopen({ ...base, reason: cmd.reason });
  }
}
