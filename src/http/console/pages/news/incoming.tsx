/**
 * Incoming news (/console/news): the items waiting for an editor, newest first, each with its decision form; the
 * items already approved or skipped under their own tabs. A decision is a plain form POST; a refused edit brings
 * the page back with that item's fields marked; an item someone else decided meanwhile is said so, not redone. An
 * approved item never sent has its own button to send it later.
 */
import type { ItemDecision, ItemEdits } from "../../../../core/news/news-desk.js";
import type { NewsItemStatus } from "../../../../core/news/feeds/types.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { fragment, page, redirect, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { EmptyState, PageHeader, type FieldErrors } from "../../views/ui.js";
import { NI } from "./news-messages.vi.js";
import { NewsItemCard, PendingBadge } from "./views/news-item-card.js";

const PAGE_SIZE = 20;

/** The tabs: a query value → the statuses listed. */
const VIEWS = {
  pending: { statuses: ["pending_approval"], label: NI.incoming.pending },
  published: { statuses: ["published"], label: NI.incoming.published },
  skipped: { statuses: ["skipped"], label: NI.incoming.skipped },
} as const satisfies Record<string, { statuses: readonly NewsItemStatus[]; label: string }>;
type View = keyof typeof VIEWS;

const DECISIONS: readonly ItemDecision[] = ["approve", "send", "skip", "send_later", "restore"];

/** "2026-12-04T07:00:00.000Z|<uuid>": the last item of a page, for the next one. */
function readCursor(value: string): { fetchedAt: Date; id: string } | undefined {
  const [at, id] = value.split("|");
  const fetchedAt = at ? new Date(at) : null;
  if (!fetchedAt || Number.isNaN(fetchedAt.getTime()) || !id || !/^[0-9a-f-]{36}$/iu.test(id)) return undefined;
  return { fetchedAt, id };
}

/** The list for one tab; `retry` re-shows one item's refused edit. */
async function incomingPage(r: StaffRequest, view: View, retry?: { id: string; values: ItemEdits; errors: FieldErrors }) {
  const before = readCursor(r.query.text("before"));
  const [items, topics] = await Promise.all([
    r.services.news.incoming(r.actor, { statuses: VIEWS[view].statuses, ...(before ? { before } : {}), limit: PAGE_SIZE + 1 }),
    r.services.news.topics(),
  ]);
  const shown = items.slice(0, PAGE_SIZE);
  const last = shown[shown.length - 1];
  return page(
    NI.incoming.title,
    <>
      <PageHeader title={NI.incoming.title} lead={NI.incoming.lead} />
      <nav class="quick-views" aria-label={NI.incoming.views}>
        {(Object.keys(VIEWS) as View[]).map((v) => (
          <a href={v === "pending" ? "/console/news" : `/console/news?view=${v}`} class="chip" aria-current={v === view ? "page" : undefined}>
            {VIEWS[v].label}
          </a>
        ))}
      </nav>
      {shown.length === 0 ? (
        view === "pending" ? (
          <EmptyState title={NI.incoming.empty} next={NI.incoming.emptyNext} action={{ href: "/console/news/sources", label: NI.menu.sources }} />
        ) : (
          <EmptyState title={NI.incoming.emptyOther} next={NI.incoming.emptyOtherNext} action={{ href: "/console/news", label: NI.incoming.pending }} />
        )
      ) : (
        shown.map((item) => <NewsItemCard item={item} topics={topics} timeZone={r.org.timezone} {...(retry?.id === item.id ? { retry } : {})} />)
      )}
      {items.length > PAGE_SIZE && last ? (
        <p class="pager">
          <a href={`/console/news?${new URLSearchParams({ ...(view === "pending" ? {} : { view }), before: `${last.fetchedAt.toISOString()}|${last.id}` }).toString()}`}>{NI.incoming.older}</a>
        </p>
      ) : null}
    </>,
    retry ? { status: 422 } : {},
  );
}

export const incomingRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/news",
    access: "news.approve",
    menu: { group: "news", label: NI.menu.incoming, order: 10, description: NI.menu.incomingAbout, badge: "/console/news/badge" },
    handle: (r) => {
      const view = r.query.text("view");
      return incomingPage(r, view in VIEWS ? (view as View) : "pending");
    },
  },
  {
    method: "GET",
    path: "/news/badge",
    access: "news.approve",
    async handle({ services, actor }) {
      return fragment(<PendingBadge count={await services.news.pendingCount(actor)} />);
    },
  },
  {
    method: "POST",
    path: "/news/:id",
    access: "news.approve",
    async handle(r) {
      const id = r.params.id!;
      const action = r.form.text("action");
      const decision: ItemDecision = DECISIONS.includes(action as ItemDecision) ? (action as ItemDecision) : "approve";
      const edits: ItemEdits | undefined = r.form.has("title") ? { title: r.form.raw("title"), summary: r.form.raw("summary"), topicIds: r.form.all("topicIds") } : undefined;
      try {
        const { broadcastId } = await r.services.news.decide(r.actor, id, decision, edits);
        if (broadcastId) return redirect(`/console/broadcasts/${broadcastId}`, "broadcast_sent");
        return redirect("/console/news", decision === "skip" ? "news_skipped" : decision === "restore" ? "news_restored" : "news_approved");
      } catch (error) {
        if (isAppError(error) && error.fields && edits) return incomingPage(r, "pending", { id, values: edits, errors: error.fields });
        if (isAppError(error) && error.httpStatus === 409) {
          return decision === "send_later"
            ? redirect("/console/news?view=published", "news_send_refused")
            : redirect(decision === "restore" ? "/console/news?view=skipped" : "/console/news", "news_decided");
        }
        throw error;
      }
    },
  },
];
