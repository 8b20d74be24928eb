/**
 * The department queue (/console/tickets): an officer's departments' tickets, every ticket for triage, leaders and
 * administrators; quick views and filters with counts, search, keyset pages, and a list that refreshes itself while
 * someone uses the page. Also the menu's badge: tickets whose deadline is close or past.
 */
import { parseQueueFilter, queueQueryString } from "../../../../core/feedback/desk/queue.js";
import { fragment, page, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { PageHeader } from "../../views/ui.js";
import { TQ } from "./messages.vi.js";
import { AlertBadge, QueueFilters, QueueList, QuickViews } from "./queue-parts.js";

/** The queue as a page, or only its list for the live refresh. */
async function queue(r: StaffRequest, listOnly: boolean) {
  const filter = parseQueueFilter((name) => r.query.text(name));
  const after = r.query.text("after");
  const seen = listOnly ? new Date(r.query.text("seen")) : r.now;
  const seenAt = Number.isNaN(seen.getTime()) ? r.now : seen;
  const view = await r.services.tickets.queue(r.actor, r.org.id, filter, after, r.now, listOnly ? seenAt : null);
  const names = new Map<string, string>([...view.departments, ...view.categories].map((x) => [x.id, x.name]));
  const liveUrl = view.paged ? null : `/console/tickets/live${queueQueryString(filter, { seen: seenAt.toISOString() })}`;
  const list = <QueueList view={view} timeZone={r.org.timezone} liveUrl={liveUrl} names={names} />;
  if (listOnly) return fragment(list);
  return page(
    TQ.title,
    <>
      <PageHeader title={TQ.title} lead={TQ.lead(view.overview.status.open, view.overview.overdue, view.overview.today)} />
      <QuickViews view={view} />
      <QueueFilters view={view} />
      {list}
    </>,
  );
}

export const queueRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/tickets",
    access: "tickets.view",
    menu: { group: "tickets", label: TQ.menu, order: 10, description: TQ.menuHint, badge: "/console/tickets/badge" },
    handle: (r) => queue(r, false),
  },
  {
    method: "GET",
    path: "/tickets/live",
    access: "tickets.view",
    handle: (r) => queue(r, true),
  },
  {
    method: "GET",
    path: "/tickets/badge",
    access: "tickets.view",
    async handle({ actor, services }) {
      return fragment(<AlertBadge count={await services.tickets.badge(actor)} />);
    },
  },
];
