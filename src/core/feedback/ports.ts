/**
 * Ports of the ticket core. The database layer implements {@link TicketStore} and {@link FeedbackDirectory}; the
 * working calendar implements {@link WorkingTime}. All return plain objects.
 */
import type { OutboundMessage } from "../channels/contract.js";
import type { Actor, RoutedBy, Ticket, TicketAction, TicketEvent, TicketReporter, TicketStatus } from "./ticket.js";

/** A department as routing and the service see it (data, never code). */
export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

/** A feedback category with its default department and deadline policy. */
export interface CategoryInfo {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  urgent: boolean;
  /** Accept within N working hours (urgent: the shorter one); answer within N working days. Null: no policy. */
  deadlines: { acceptHours: number; urgentAcceptHours: number; answerDays: number } | null;
}

/** The organisation's departments and categories (what the administrator configured). */
export interface Directory {
  orgId: string;
  departments: DepartmentInfo[];
  categories: CategoryInfo[];
}

/** Port: reads the current configuration (departments and categories change through the admin console). */
export interface FeedbackDirectory {
  load(): Promise<Directory>;
}

/**
 * Seam for the organisation's working calendar (office hours, weekends, holidays, make-up days). Deadlines are
 * stored as absolute timestamps when a ticket enters a state, so a later calendar edit moves no promise made.
 */
export interface WorkingTime {
  addWorkingHours(from: Date, hours: number): Promise<Date>;
  addWorkingDays(from: Date, days: number): Promise<Date>;
}

/** A message for one reporter's chat, queued in the same transaction as the change it tells about. */
export interface TicketNotice {
  identityId: string;
  payload: OutboundMessage;
  /** Outside the platform's reply window now (Zalo): held until the citizen writes again. */
  held: boolean;
}

/** The ticket's fields a change may set. */
export type TicketPatch = Partial<
  Pick<Ticket, "status" | "departmentId" | "categoryId" | "urgent" | "routedBy" | "routingConfidence" | "answer" | "acceptDueAt" | "answerDueAt" | "dueAt" | "answeredAt" | "resolvedAt" | "closedAt" | "reopenedAt" | "rating">
>;

/** A new timeline entry. */
export interface NewTicketEvent {
  type: TicketAction | "create";
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  actor: Actor;
  note?: string;
  data?: Record<string, unknown>;
  public: boolean;
  /** Inbound event that caused it: the store applies a change with a known key once only. */
  sourceKey?: string;
}

/** One change of a ticket, applied atomically: version check, fields, event, notices, routing example, photo. */
export interface TicketChange {
  ticketId: string;
  expectedVersion: number;
  patch: TicketPatch;
  event: NewTicketEvent;
  notices: TicketNotice[];
  /**
   * A staff label: a routing decision (a transfer, triage's route) with the ticket's urgency then, for the
   * classifier and the urgency model; or, with `departmentId` null, an officer's urgency mark alone, which becomes
   * the ticket's urgency label (its earlier labels take the new value).
   */
  example?: { text: string; departmentId: string | null; categoryId: string | null; createdById: string | null; urgent: boolean };
  /** A photo staff attached (a resolution photo), already stored. */
  photo?: StoredFile;
}

export type ChangeResult =
  | { kind: "applied"; ticket: Ticket }
  /** The same inbound event already made this change (a re-run of the flow). */
  | { kind: "replayed"; ticket: Ticket }
  /** Someone changed the ticket since `expectedVersion`. */
  | { kind: "conflict"; ticket: Ticket }
  | { kind: "not_found" };

/** A photo stored through the storage port. */
export interface StoredFile {
  storagePath: string;
  mimeType: string;
  sizeBytes: number;
}

/** A photo the citizen sent, to be downloaded from the platform. */
export interface PendingPhoto {
  channel: string;
  platformFileId: string;
  url?: string;
}

/** What a new ticket is made of: its first fields, the first reporter's photos and consents, the first events. */
export interface NewTicket
  extends Pick<
    Ticket,
    "orgId" | "code" | "citizenId" | "identityId" | "text" | "address" | "latitude" | "longitude" | "streetKey" | "isPublic" | "urgent" | "categoryId" | "departmentId" | "status" | "routingConfidence" | "acceptDueAt" | "sourceKey"
  > {
  routedBy: RoutedBy;
  photos: PendingPhoto[];
  /** Consents given during intake (phone, location, photos), with the wording's version. */
  consents: Array<{ purpose: string; channel: string; textVersion: string; expiresAt: Date | null }>;
  /** The timeline's first entries (create, route). */
  events: NewTicketEvent[];
}

/** Open tickets of one category created since `since`, on the street or inside the box (the core measures). */
export interface DuplicateQuery {
  orgId: string;
  categoryId: string;
  /** Street keys starting with these words (the core then compares whole keys). */
  streetPrefix: string | null;
  box: { minLat: number; maxLat: number; minLon: number; maxLon: number } | null;
  since: Date;
}

/** A ticket as listed to its reporter. */
export interface TicketSummary {
  code: string;
  status: TicketStatus;
  text: string;
  createdAt: Date;
  departmentName: string | null;
}

/** Port: tickets, their reporters, timeline and routing examples. */
export interface TicketStore {
  /**
   * Creates a ticket with its first reporter, photos, consents and events. Idempotent on `sourceKey`: a second call
   * with the same key returns the first ticket and `created: false`.
   *
   * @throws AppError `ticket_code_taken` when the code already exists (the caller draws another).
   */
  create(ticket: NewTicket): Promise<{ ticket: Ticket; created: boolean }>;
  get(id: string): Promise<Ticket | null>;
  getByCode(code: string): Promise<Ticket | null>;
  /** The ticket a re-run of the same inbound event already created or linked, if any. */
  findBySource(sourceKey: string): Promise<Ticket | null>;
  reporters(ticketId: string): Promise<TicketReporter[]>;
  /** Whether an event caused by this inbound event (`sourceKey`) was already recorded. */
  eventExists(sourceKey: string): Promise<boolean>;
  events(ticketId: string, opts?: { publicOnly?: boolean }): Promise<TicketEvent[]>;
  /** Applies one change if the ticket is still at `expectedVersion` (optimistic concurrency). */
  apply(change: TicketChange): Promise<ChangeResult>;
  /** Open tickets that may be the same problem, oldest first (at most 20). */
  duplicateCandidates(q: DuplicateQuery): Promise<Ticket[]>;
  /**
   * Adds a reporter to an existing ticket (a duplicate report) with a `link` event. Idempotent on `sourceKey` and on
   * (ticket, identity): a citizen reporting the same problem twice is one reporter.
   *
   * @returns false when this report or reporter was already linked.
   */
  addReporter(ticketId: string, reporter: { citizenId: string | null; identityId: string | null; text: string; address: string | null; latitude: number | null; longitude: number | null; sourceKey: string | null; photos: PendingPhoto[] }, event: NewTicketEvent): Promise<boolean>;
  /** Tickets the citizen reported (first or linked), newest first. */
  listForCitizen(citizenId: string, limit: number): Promise<TicketSummary[]>;
  /** Whether the citizen is one of the ticket's reporters (the only people /tracuu shows it to). */
  isReporter(ticketId: string, citizenId: string): Promise<boolean>;
}
