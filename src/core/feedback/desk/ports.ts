/**
 * Ports of the department desk: the reads the queue and the ticket page need beyond the ticket core (a scoped,
 * filtered and counted queue; a ticket's photos, delivered messages, deadline alerts and contacts), the reply
 * templates, and the deadline job's alerts and e-mail outbox. src/db implements them; all return plain objects.
 */
import type { TicketStatus } from "../ticket.js";
import type { DeadlineKind } from "../deadlines.js";
import type { StoredFile } from "../ports.js";

// ───────────── queue ─────────────

/** Which tickets a person may see: every ticket, or those of some departments (never the unrouted ones). */
export type QueueScope = { all: true } | { all: false; departmentIds: readonly string[] };

/** Where a ticket's running deadline stands at `now` (see {@link QueueQuery.endOfToday}). */
export type DueBucket = "overdue" | "today" | "later" | "none";

/** The queue's orders: due first (default), newest first, oldest first. */
export type QueueSort = "due" | "newest" | "oldest";

/**
 * The sort values of the last row of a page, to start the next one after it (keyset paging). Timestamps are the
 * database's exact text (microseconds), which a JavaScript Date would round: the next page must start exactly after
 * the row, not at a rounded neighbour.
 */
export interface QueueCursor {
  dueAt: string | null;
  createdAt: string;
  id: string;
}

/** A search: an exact tracking code, or folded words that must all appear. */
export type QueueSearch = { code: string } | { words: readonly string[] };

/** The filters as the store applies them (parsed and checked by queue.ts). */
export interface QueueConditions {
  /** null: any status. */
  statuses: readonly TicketStatus[] | null;
  categoryId: string | null;
  departmentId: string | null;
  urgent: boolean | null;
  due: "overdue" | "today" | null;
  reopened: boolean | null;
}

export interface QueueQuery {
  scope: QueueScope;
  conditions: QueueConditions;
  search: QueueSearch | null;
  now: Date;
  /** Start of tomorrow in the organisation's time zone: "due today" is between now and this. */
  endOfToday: Date;
}

/** One line of the queue. */
export interface QueueRow {
  id: string;
  code: string;
  status: TicketStatus;
  urgent: boolean;
  /** The start of the citizen's text (the page shows it as text). */
  excerpt: string;
  address: string | null;
  categoryId: string | null;
  departmentId: string | null;
  dueAt: Date | null;
  createdAt: Date;
  reopenedAt: Date | null;
  /** Citizens who reported the problem (1 + linked duplicates). */
  reporters: number;
  /**
   * When a reporter last wrote to the ticket (more information, a note such as a wish to withdraw) after the last
   * staff action on it; null when staff have acted since, or nobody wrote.
   */
  citizenWroteAt: Date | null;
  /** Where the next page starts when this row ends one. */
  cursor: QueueCursor;
}

/**
 * Counts of the scoped, searched tickets by every filterable value at once: one row per combination that occurs.
 * queue.ts turns it into each filter's counts under the other filters.
 */
export interface QueueCubeRow {
  status: TicketStatus;
  categoryId: string | null;
  departmentId: string | null;
  urgent: boolean;
  due: DueBucket;
  reopened: boolean;
  count: number;
}

export interface TicketQueueStore {
  /** Up to `limit` tickets in `sort` order, after `cursor` when given. */
  page(query: QueueQuery, sort: QueueSort, cursor: QueueCursor | null, limit: number): Promise<QueueRow[]>;
  cube(query: Omit<QueueQuery, "conditions">): Promise<QueueCubeRow[]>;
}

// ───────────── the ticket page ─────────────

/** A photo of a ticket: sent by a citizen (downloaded from the platform) or attached by staff to a resolution. */
export interface TicketPhoto {
  id: string;
  status: "pending" | "stored" | "failed";
  /** "staff" for a resolution photo, else the citizen's channel. */
  channel: string;
  /** The timeline entry it belongs to (a resolution), if any. */
  eventId: string | null;
  createdAt: Date;
}

/** A stored photo's bytes location, for serving it. */
export interface StoredPhoto {
  storagePath: string;
  mimeType: string;
}

/** One message sent (or waiting) to a reporter's chat about the ticket, with its outcome. */
export interface TicketMessage {
  id: string;
  /** The reporter's chat (telegram, zalo, terminal). */
  channel: string;
  /** Which reporter (their identity), to tell several reporters apart without showing who they are. */
  identityId: string;
  status: "pending" | "sending" | "sent" | "retry" | "held" | "failed" | "blocked" | "cancelled";
  /** The channel error kind and detail of the last failure (never a message body). */
  lastError: string | null;
  attempts: number;
  /** The first line of what was sent, so staff can tell the messages apart. */
  preview: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** A deadline alert the job raised, for the ticket's timeline. */
export interface TicketAlert {
  kind: DeadlineKind;
  stage: "reminder" | "overdue";
  dueAt: Date;
  createdAt: Date;
}

/** A reporter's personal data, for the roles that may see it (each view audited). */
export interface ReporterContact {
  reporterId: string;
  owner: boolean;
  fullName: string | null;
  phone: string | null;
  address: string | null;
  /** The citizen asked for deletion: nothing is left to show. */
  erased: boolean;
}

/** Reads of a ticket's surroundings that the ticket core does not need. */
export interface TicketDetailsReader {
  photos(ticketId: string): Promise<TicketPhoto[]>;
  photo(ticketId: string, photoId: string): Promise<StoredPhoto | null>;
  messages(ticketId: string): Promise<TicketMessage[]>;
  alerts(ticketId: string): Promise<TicketAlert[]>;
  contacts(ticketId: string): Promise<ReporterContact[]>;
  /** Staff names by id (timeline authors); unknown ids are left out. */
  staffNames(ids: readonly string[]): Promise<Map<string, string>>;
  /** Tickets in scope whose running deadline has a reminder or an escalation raised (the console's badge). */
  alertCount(scope: QueueScope, stages: ReadonlyArray<"reminder" | "overdue">): Promise<number>;
}

// ───────────── photos ─────────────

/**
 * Port: photos staff attach and photos shown to staff. `keep` checks the bytes by their content (an image of an
 * allowed type, within the size cap) and stores them through the storage port.
 */
export interface TicketPhotoFiles {
  /**
   * @throws AppError `photo_refused` (422) when the bytes are not an accepted image.
   */
  keep(ticketId: string, bytes: Uint8Array): Promise<StoredFile>;
  read(storagePath: string): Promise<Uint8Array | null>;
  discard(storagePath: string): Promise<void>;
}
