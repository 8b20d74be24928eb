/**
 * The department queue's filters, search, paging and counts, as pure functions. A filter arrives as the query
 * string of the queue page; anything unknown or malformed falls back to the default (open tickets, due first), so
 * a mangled link still shows a sensible queue. Counts come from one grouped query (the "cube") and are computed
 * here for every filter value under the other filters, as a shop's faceted search does: "Quá hạn (5)" says how
 * many overdue tickets the current view would show.
 */
import { foldText } from "../../procedures/normalize.js";
import { OPEN_STATUSES, TICKET_STATUSES, type TicketStatus } from "../ticket.js";
import { parseTrackingCode } from "../tracking-code.js";
import type { QueueConditions, QueueCubeRow, QueueCursor, QueueSearch, QueueSort } from "./ports.js";

/** The status filter: open tickets (default), every ticket, or one status. */
export type StatusFilter = "open" | "all" | TicketStatus;

/** A queue view as the page asks for it. */
export interface QueueFilter {
  status: StatusFilter;
  categoryId: string | null;
  departmentId: string | null;
  urgent: boolean;
  due: "overdue" | "today" | null;
  reopened: boolean;
  /** The search box as typed (trimmed, at most {@link MAX_SEARCH} characters). */
  search: string;
  sort: QueueSort;
}

export const DEFAULT_FILTER: QueueFilter = { status: "open", categoryId: null, departmentId: null, urgent: false, due: null, reopened: false, search: "", sort: "due" };

/** Longest search kept; a longer paste is cut, not refused. */
export const MAX_SEARCH = 120;
const MAX_WORDS = 6;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * Reads a filter from query-string values; unknown values are ignored.
 *
 * @param get - the value of a query parameter ("" when absent).
 */
export function parseQueueFilter(get: (name: string) => string): QueueFilter {
  const status = get("status");
  const sort = get("sort");
  const due = get("due");
  const id = (name: string) => (UUID.test(get(name)) ? get(name).toLowerCase() : null);
  return {
    status: status === "all" || (TICKET_STATUSES as readonly string[]).includes(status) ? (status as StatusFilter) : "open",
    categoryId: id("category"),
    departmentId: id("department"),
    urgent: get("urgent") === "1",
    due: due === "overdue" || due === "today" ? due : null,
    reopened: get("reopened") === "1",
    search: get("q").replace(/\s+/gu, " ").trim().slice(0, MAX_SEARCH),
    sort: sort === "newest" || sort === "oldest" ? sort : "due",
  };
}

/** The query string of a filter (defaults left out), for links and the live refresh. */
export function queueQueryString(f: QueueFilter, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (f.status !== "open") p.set("status", f.status);
  if (f.categoryId) p.set("category", f.categoryId);
  if (f.departmentId) p.set("department", f.departmentId);
  if (f.urgent) p.set("urgent", "1");
  if (f.due) p.set("due", f.due);
  if (f.reopened) p.set("reopened", "1");
  if (f.search) p.set("q", f.search);
  if (f.sort !== "due") p.set("sort", f.sort);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The store's conditions for a filter. */
export function conditionsOf(f: QueueFilter): QueueConditions {
  return {
    statuses: f.status === "all" ? null : f.status === "open" ? OPEN_STATUSES : [f.status],
    categoryId: f.categoryId,
    departmentId: f.departmentId,
    urgent: f.urgent ? true : null,
    due: f.due,
    reopened: f.reopened ? true : null,
  };
}

/**
 * What the search box asks for: a tracking code (typed in any case, with or without dashes) is looked up exactly;
 * anything else is folded into words that must all appear in the code, text or address.
 *
 * @param text - the search as typed.
 */
export function parseSearch(text: string): QueueSearch | null {
  const code = parseTrackingCode(text);
  // a mistyped code is still looked up as typed: the page then says no ticket has it, rather than matching words
  if (code.kind === "valid") return { code: code.code };
  if (code.kind === "mistyped") return { code: code.typed };
  const words = foldText(text).split(" ").filter(Boolean).slice(0, MAX_WORDS);
  return words.length ? { words } : null;
}

/** The counts shown beside each filter value. */
export interface QueueCounts {
  /** Tickets the whole current view matches. */
  total: number;
  status: Record<StatusFilter, number>;
  category: Map<string | null, number>;
  department: Map<string | null, number>;
  urgent: number;
  overdue: number;
  today: number;
  reopened: number;
}

type Facet = "status" | "category" | "department" | "urgent" | "due" | "reopened";

function matches(row: QueueCubeRow, f: QueueFilter, except: Facet): boolean {
  if (except !== "status" && f.status !== "all" && (f.status === "open" ? !OPEN_STATUSES.includes(row.status) : row.status !== f.status)) return false;
  if (except !== "category" && f.categoryId && row.categoryId !== f.categoryId) return false;
  if (except !== "department" && f.departmentId && row.departmentId !== f.departmentId) return false;
  if (except !== "urgent" && f.urgent && !row.urgent) return false;
  if (except !== "due" && f.due && row.due !== f.due) return false;
  if (except !== "reopened" && f.reopened && !row.reopened) return false;
  return true;
}

/**
 * Every filter value's count under the other filters of `f`, from the cube of the scoped, searched tickets.
 *
 * @param cube - counts per combination of filterable values.
 * @param f - the current filter.
 */
export function countQueue(cube: readonly QueueCubeRow[], f: QueueFilter): QueueCounts {
  const status = Object.fromEntries([["open", 0], ["all", 0], ...TICKET_STATUSES.map((s) => [s, 0])]) as Record<StatusFilter, number>;
  const counts: QueueCounts = { total: 0, status, category: new Map(), department: new Map(), urgent: 0, overdue: 0, today: 0, reopened: 0 };
  const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const row of cube) {
    const n = row.count;
    if (matches(row, f, "status")) {
      status.all += n;
      status[row.status] += n;
      if (OPEN_STATUSES.includes(row.status)) status.open += n;
    }
    if (matches(row, f, "category")) add(counts.category, row.categoryId, n);
    if (matches(row, f, "department")) add(counts.department, row.departmentId, n);
    if (row.urgent && matches(row, f, "urgent")) counts.urgent += n;
    if (matches(row, f, "due")) {
      if (row.due === "overdue") counts.overdue += n;
      if (row.due === "today") counts.today += n;
    }
    if (row.reopened && matches(row, f, "reopened")) counts.reopened += n;
    if (matches(row, f, "status") && matches(row, f, "category") && matches(row, f, "due") && matches(row, f, "urgent") && matches(row, f, "reopened") && matches(row, f, "department")) counts.total += n;
  }
  return counts;
}

/** A cursor as an opaque URL-safe string. */
export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.dueAt, c.createdAt, c.id])).toString("base64url");
}

/** A timestamp as the store writes it in cursors: ISO 8601 in UTC, up to microseconds. */
const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/u;

/** Reads a cursor; anything malformed is null (the first page). */
export function decodeCursor(text: string): QueueCursor | null {
  if (!text || text.length > 200) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [due, created, id] = value as unknown[];
    const exact = (v: unknown): v is string => typeof v === "string" && EXACT_TIME.test(v);
    if ((due !== null && !exact(due)) || !exact(created) || typeof id !== "string" || !UUID.test(id)) return null;
    return { dueAt: due, createdAt: created, id: id.toLowerCase() };
  } catch {
    return null;
  }
}
