/**
 * One page of the department queue as a person sees it: their tickets under the chosen filters, in due order by
 * default, each with where its deadline stands, the counts beside every filter, and the cursor of the next page.
 */
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import type { StaffActor } from "../../staff/actor.js";
import { deadlineKindOf } from "../deadlines.js";
import type { CategoryInfo, DepartmentInfo, Directory } from "../ports.js";
import { deadlineState, type DeadlineState, type ReminderLeads } from "./deadline-state.js";
import { viewScopeOf } from "./desk-access.js";
import type { QueueCursor, QueueQuery, QueueRow, TicketQueueStore } from "./ports.js";
import { conditionsOf, countQueue, decodeCursor, DEFAULT_FILTER, encodeCursor, parseSearch, type QueueCounts, type QueueFilter } from "./queue.js";

/** Tickets per page: a phone screen scrolls a few; an office PC shows them all. */
export const QUEUE_PAGE_SIZE = 25;

/** A queue line with its deadline. */
export interface QueueItem extends QueueRow {
  deadline: DeadlineState | null;
  /** Created after `seenAt` (the live refresh marks new tickets). */
  isNew: boolean;
}

export interface QueueView {
  filter: QueueFilter;
  items: QueueItem[];
  counts: QueueCounts;
  /** Counts of the quick views (open, overdue, due today, urgent, reopened, unrouted, all) with only the search applied. */
  overview: QueueCounts;
  /** Cursor of the next page, or null on the last one. */
  next: string | null;
  /** Whether this is a later page (the page offers a way back to the first). */
  paged: boolean;
  /** The departments and categories that can be filtered on (the person's own, for an officer). */
  departments: DepartmentInfo[];
  categories: CategoryInfo[];
  /** The person sees every ticket (so also the department filter and the unrouted ones). */
  seesAll: boolean;
}

export interface QueueViewDeps {
  queue: TicketQueueStore;
  calendar: WorkingCalendar;
  directory: Directory;
  leads: ReminderLeads;
}

/** Start of tomorrow in the calendar's time zone: "due today" ends there. */
export function endOfLocalDay(calendar: WorkingCalendar, now: Date): Date {
  return new Date(now.getTime() - calendar.localDateTime(now).minuteOfDay * 60_000 + 86_400_000);
}

/**
 * Builds one page of the queue.
 *
 * @param actor - who looks; an officer sees only their departments' tickets.
 * @param filter - the parsed filter.
 * @param cursorText - the "after" cursor from the page's link ("" for the first page).
 * @param now - the moment deadlines are measured at.
 * @param seenAt - when the page was first shown (the live refresh marks tickets created later as new).
 */
export async function buildQueue(deps: QueueViewDeps, actor: StaffActor, filter: QueueFilter, cursorText: string, now: Date, seenAt: Date | null = null): Promise<QueueView> {
  const scope = viewScopeOf(actor);
  const seesAll = scope?.all === true;
  const departments = deps.directory.departments.filter((d) => seesAll || (scope && !scope.all && scope.departmentIds.includes(d.id)));
  const categories = deps.directory.categories;
  if (!scope) return { filter, items: [], counts: countQueue([], filter), overview: countQueue([], filter), next: null, paged: false, departments: [], categories: [], seesAll: false };
  const query: QueueQuery = { scope, conditions: conditionsOf(filter), search: parseSearch(filter.search), now, endOfToday: endOfLocalDay(deps.calendar, now) };
  const cursor: QueueCursor | null = decodeCursor(cursorText);
  const [rows, cube] = await Promise.all([deps.queue.page(query, filter.sort, cursor, QUEUE_PAGE_SIZE + 1), deps.queue.cube(query)]);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  return {
    filter,
    items: page.map((row) => {
      const kind = deadlineKindOf(row.status);
      return {
        ...row,
        deadline: kind && row.dueAt ? deadlineState(deps.calendar, kind, row.dueAt, now, deps.leads) : null,
        isNew: seenAt !== null && row.createdAt > seenAt,
      };
    }),
    counts: countQueue(cube, filter),
    overview: countQueue(cube, { ...DEFAULT_FILTER, search: filter.search }),
    next: rows.length > QUEUE_PAGE_SIZE && last ? encodeCursor(last.cursor) : null,
    paged: cursor !== null,
    departments,
    categories,
    seesAll,
  };
}
