/**
 * The feedback ticket as the core sees it (plain objects, no database types). A ticket is one problem; the citizens
 * who reported it are its reporters (the first one owns it; duplicates add more), and every public change reaches
 * all of them.
 */

/** Lifecycle states of DESIGN §8. The allowed moves are {@link TRANSITIONS} in lifecycle.ts. */
export const TICKET_STATUSES = [
  "received",
  "routed",
  "triage",
  "accepted",
  "in_progress",
  "needs_info",
  "answered",
  "resolved",
  "closed",
  "rejected",
  "reopened",
] as const;

export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who acts on a ticket: an officer (by staff id), the citizen who reported it, or the service itself. */
export type Actor = { kind: "staff"; staffId: string } | { kind: "citizen"; citizenId: string } | { kind: "system" };

/** How the department was chosen. */
export type RoutedBy = "rule" | "classifier" | "category" | "triage" | "staff";

export interface Ticket {
  id: string;
  code: string;
  orgId: string;
  status: TicketStatus;
  /** Compared and bumped by every change: an officer acting on a stale version gets a conflict. */
  version: number;
  citizenId: string | null;
  identityId: string | null;
  departmentId: string | null;
  categoryId: string | null;
  urgent: boolean;
  text: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  streetKey: string | null;
  isPublic: boolean;
  routedBy: RoutedBy | null;
  routingConfidence: number | null;
  answer: string | null;
  acceptDueAt: Date | null;
  answerDueAt: Date | null;
  /** The deadline running now (see deadlines.ts): kept with every change, for the queue and the deadline job. */
  dueAt: Date | null;
  /** Last reopening, by the citizen or staff. */
  reopenedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  answeredAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rating: number | null;
  /** Inbound event that created it, if it came from a chat. */
  sourceKey: string | null;
}

/** One citizen's report of a ticket, with the chat their updates go to. */
export interface TicketReporter {
  id: string;
  citizenId: string | null;
  identityId: string | null;
  /** The chat of the identity (null when the identity was deleted). */
  channel: string | null;
  /** Last time the citizen wrote: decides whether Zalo accepts a message now. */
  lastInteractionAt: Date | null;
  text: string;
  createdAt: Date;
  /** True for the citizen who reported first. */
  owner: boolean;
}

/** One entry of the ticket's timeline. */
export interface TicketEvent {
  id: string;
  type: TicketAction | "create";
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  actorType: Actor["kind"];
  actorStaffId: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
  public: boolean;
  createdAt: Date;
}

/** Every action of the lifecycle; each is one row of the transition table. */
export type TicketAction =
  | "route"
  | "transfer"
  | "accept"
  | "start"
  | "reply"
  | "ask_info"
  | "info_received"
  | "resolve"
  | "reject"
  | "note"
  | "citizen_note"
  | "urgency"
  | "reopen"
  | "rate"
  | "close"
  | "link";

/** Statuses in which the problem is still being handled: a new report of it is linked, not ticketed again. */
export const OPEN_STATUSES: readonly TicketStatus[] = ["received", "routed", "triage", "accepted", "in_progress", "needs_info", "answered", "reopened"];
