/**
 * Pieces of the queue page: the quick views with their counts, the filter form, the list of tickets (refreshed in
 * place by console.js while someone uses the page) and a ticket's deadline chip.
 */
import type { DeadlineState } from "../../../../core/feedback/desk/deadline-state.js";
import type { QueueItem, QueueView } from "../../../../core/feedback/desk/queue-view.js";
import { DEFAULT_FILTER, queueQueryString, type QueueFilter } from "../../../../core/feedback/desk/queue.js";
import { TICKET_STATUSES } from "../../../../core/feedback/ticket.js";
import { formatDateTime, formatNumber } from "../../format.js";
import { EmptyState, SelectField } from "../../views/ui.js";
import { STATUS, TQ } from "./messages.vi.js";

const BASE = "/console/tickets";

/** "Quá hạn 2 giờ làm việc" with its colour: late, close to the deadline, or in time. */
export function DeadlineChip({ deadline }: { deadline: DeadlineState | null }) {
  if (!deadline) return null;
  const tone = deadline.overdue ? "overdue" : deadline.soon ? "soon" : "ok";
  return (
    <span class={`due ${tone}`} title={deadline.dueText}>
      {capitalise(deadline.leftText)}
    </span>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The quick views: each a link with its count under the current search. */
export function QuickViews({ view, here = true }: { view: QueueView; /** shown on the queue itself (marks the current view) */ here?: boolean }) {
  const o = view.overview;
  const keep = { search: view.filter.search, sort: view.filter.sort };
  const views: Array<{ label: string; count: number; filter: QueueFilter; tone?: string }> = [
    { label: TQ.open, count: o.status.open, filter: { ...DEFAULT_FILTER, ...keep } },
    { label: TQ.overdue, count: o.overdue, filter: { ...DEFAULT_FILTER, ...keep, due: "overdue" }, tone: "overdue" },
    { label: TQ.today, count: o.today, filter: { ...DEFAULT_FILTER, ...keep, due: "today" }, tone: "soon" },
    { label: TQ.urgent, count: o.urgent, filter: { ...DEFAULT_FILTER, ...keep, urgent: true } },
    { label: TQ.reopened, count: o.reopened, filter: { ...DEFAULT_FILTER, ...keep, reopened: true } },
    ...(view.seesAll ? [{ label: TQ.triage, count: o.status.triage, filter: { ...DEFAULT_FILTER, ...keep, status: "triage" as const } }] : []),
    { label: TQ.all, count: o.status.all, filter: { ...DEFAULT_FILTER, ...keep, status: "all" as const } },
  ];
  const current = here ? queueQueryString(view.filter) : null;
  return (
    <nav class="quick-views" aria-label={TQ.quick}>
      {views.map((v) => {
        const qs = queueQueryString(v.filter);
        return (
          <a href={`${BASE}${qs}`} class={`chip${v.tone && v.count > 0 ? ` ${v.tone}` : ""}`} aria-current={qs === current ? "page" : undefined}>
            {v.label} <span class="chip-count">{formatNumber(v.count)}</span>
          </a>
        );
      })}
    </nav>
  );
}

/** Search box and the filters with counts, as one GET form (works without JavaScript). */
export function QueueFilters({ view }: { view: QueueView }) {
  const f = view.filter;
  const c = view.counts;
  const opened = f.categoryId !== null || f.departmentId !== null || !["open", "all", "triage"].includes(f.status) || f.sort !== "due";
  const withCount = (label: string, n: number | undefined) => `${label} (${formatNumber(n ?? 0)})`;
  return (
    <form method="get" action={BASE} class="queue-search" role="search">
      <div class="field search-field">
        <label for="f-q">{TQ.searchLabel}</label>
        <p class="hint" id="f-q-hint">
          {TQ.searchHint}
        </p>
        <div class="search-row">
          <input id="f-q" name="q" type="search" value={f.search} aria-describedby="f-q-hint" maxLength={120} />
          <button type="submit">{TQ.search}</button>
        </div>
      </div>
      {f.urgent ? <input type="hidden" name="urgent" value="1" /> : null}
      {f.reopened ? <input type="hidden" name="reopened" value="1" /> : null}
      {f.due ? <input type="hidden" name="due" value={f.due} /> : null}
      <details class="more-filters" open={opened}>
        <summary>{TQ.more}</summary>
        <div class="filters">
          <SelectField
            name="status"
            label={TQ.status}
            value={f.status}
            options={[
              { value: "open", label: withCount(TQ.open, c.status.open) },
              ...TICKET_STATUSES.filter((s) => s !== "received" && (view.seesAll || s !== "triage")).map((s) => ({ value: s, label: withCount(STATUS[s], c.status[s]) })),
              { value: "all", label: withCount(TQ.all, c.status.all) },
            ]}
          />
          <SelectField
            name="category"
            label={TQ.category}
            value={f.categoryId ?? ""}
            options={[{ value: "", label: TQ.anyCategory }, ...view.categories.map((cat) => ({ value: cat.id, label: withCount(cat.name, c.category.get(cat.id)) }))]}
          />
          {view.departments.length > 1 ? (
            <SelectField
              name="department"
              label={TQ.department}
              value={f.departmentId ?? ""}
              options={[{ value: "", label: TQ.anyDepartment }, ...view.departments.map((d) => ({ value: d.id, label: withCount(d.name, c.department.get(d.id)) }))]}
            />
          ) : null}
          <SelectField
            name="sort"
            label={TQ.sort}
            value={f.sort}
            options={[
              { value: "due", label: TQ.sortDue },
              { value: "newest", label: TQ.sortNewest },
              { value: "oldest", label: TQ.sortOldest },
            ]}
          />
          <div class="actions">
            <button type="submit">{TQ.apply}</button>
            <a class="button secondary" href={BASE}>
              {TQ.clear}
            </a>
          </div>
        </div>
      </details>
    </form>
  );
}

interface ListProps {
  view: QueueView;
  timeZone: string;
  /** The live refresh's address (first page only). */
  liveUrl: string | null;
  /** Names of departments and categories by id. */
  names: Map<string, string>;
}

/** The tickets of the page, a region console.js refreshes in place (new tickets marked "Mới"). */
export function QueueList({ view, timeZone, liveUrl, names }: ListProps) {
  const fresh = view.items.filter((i) => i.isNew).length;
  const filtered = queueQueryString(view.filter) !== "";
  return (
    <section id="queue-list" aria-label={TQ.title} {...(liveUrl ? { "data-live": liveUrl, "data-live-every": "15" } : {})}>
      <p class="muted" role="status">
        {fresh > 0 ? TQ.newTickets(fresh) : ""}
      </p>
      {view.items.length === 0 ? (
        filtered ? (
          <EmptyState title={TQ.emptyTitle} next={TQ.emptyNext} action={{ href: BASE, label: TQ.clear }} />
        ) : (
          <EmptyState title={TQ.emptyOpenTitle} next={TQ.emptyOpenNext} />
        )
      ) : (
        <ol class="ticket-list">
          {view.items.map((item) => (
            <QueueLine item={item} timeZone={timeZone} names={names} />
          ))}
        </ol>
      )}
      <div class="pager">
        <span class="muted">
          {TQ.showing(view.items.length, view.counts.total)} {liveUrl ? TQ.live : ""}
        </span>
        <span class="actions">
          {view.paged ? (
            <a class="button secondary" href={`${BASE}${queueQueryString(view.filter)}`}>
              {TQ.first}
            </a>
          ) : null}
          {view.next ? (
            <a class="button secondary" href={`${BASE}${queueQueryString(view.filter, { after: view.next })}`}>
              {TQ.next} →
            </a>
          ) : null}
        </span>
      </div>
    </section>
  );
}

function QueueLine({ item, timeZone, names }: { item: QueueItem; timeZone: string; names: Map<string, string> }) {
  const meta = [
    item.categoryId ? names.get(item.categoryId) : null,
    item.departmentId ? names.get(item.departmentId) : TQ.unrouted,
    item.address,
    item.reporters > 1 ? TQ.reporters(item.reporters) : null,
    TQ.received(formatDateTime(item.createdAt, timeZone)),
  ].filter((x): x is string => Boolean(x));
  return (
    <li class={`ticket-line${item.urgent ? " urgent" : ""}${item.isNew ? " fresh" : ""}`}>
      <div class="ticket-line-head">
        <a class="ticket-code stretched" href={`${BASE}/${item.id}`}>
          {item.code}
        </a>
        <span class={`badge status-${item.status}`}>{STATUS[item.status]}</span>
        {item.urgent ? <span class="badge danger">{TQ.urgent}</span> : null}
        {item.isNew ? <span class="badge info">{TQ.isNew}</span> : null}
        {item.citizenWroteAt ? (
          <span class="badge info" title={TQ.citizenWroteHint(formatDateTime(item.citizenWroteAt, timeZone))}>
            {TQ.citizenWrote}
          </span>
        ) : null}
        <DeadlineChip deadline={item.deadline} />
      </div>
      <p class="ticket-excerpt">{item.excerpt}</p>
      <p class="ticket-meta">{meta.join(" · ")}</p>
    </li>
  );
}

/** The small count beside the menu's label (empty when nothing needs attention). */
export function AlertBadge({ count }: { count: number }) {
  if (count === 0) return <></>;
  return (
    <span class="count-badge" title={TQ.badgeLabel(count)}>
      <span aria-hidden="true">{count > 99 ? "99+" : String(count)}</span>
      <span class="visually-hidden">{TQ.badgeLabel(count)}</span>
    </span>
  );
}

