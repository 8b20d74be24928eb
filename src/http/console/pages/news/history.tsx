/**
 * The history of broadcasts with their figures (the same as the live page: read from the deliveries' outcomes),
 * filtered by kind, state and period, newest first, and the same list as a CSV file for Excel.
 */
import type { BroadcastHistoryQuery } from "../../../../core/news/ports.js";
import type { BroadcastKind, BroadcastProgress, BroadcastStatus } from "../../../../core/news/types.js";
import { can } from "../../../../core/staff/permissions.js";
import { csvDocument, type CsvCell } from "../../csv.js";
import { formatDateTime, formatNumber, isoDay, startOfDay } from "../../format.js";
import { T } from "../../messages.vi.js";
import { download, page, type ConsoleRoute, type FormFields } from "../../route.js";
import { EmptyState, PageHeader, SelectField, TableWrap } from "../../views/ui.js";
import { CHANNEL_LABELS, KIND_LABELS, N, STATUS_LABELS } from "./messages.vi.js";
import { reachedNobody, StatusBadge } from "./views/figures.js";

const PAGE_SIZE = 30;
/** Rows of one CSV export at most (a year of a busy ward is a few hundred). */
const CSV_MAX_ROWS = 10_000;
const DAY_MS = 86_400_000;

interface HistoryFilter {
  kind: BroadcastKind | "";
  status: BroadcastStatus | "";
  from: string;
  to: string;
}

function readFilter(query: FormFields): HistoryFilter {
  const kind = query.text("kind");
  const status = query.text("status");
  return {
    kind: kind in KIND_LABELS ? (kind as BroadcastKind) : "",
    status: status in STATUS_LABELS ? (status as BroadcastStatus) : "",
    from: /^\d{4}-\d{2}-\d{2}$/.test(query.text("from")) ? query.text("from") : "",
    to: /^\d{4}-\d{2}-\d{2}$/.test(query.text("to")) ? query.text("to") : "",
  };
}

function toQuery(f: HistoryFilter, timeZone: string): Omit<BroadcastHistoryQuery, "orgId" | "limit"> {
  const from = f.from ? startOfDay(f.from, timeZone) : null;
  const toStart = f.to ? startOfDay(f.to, timeZone) : null;
  return {
    ...(f.kind ? { kinds: [f.kind] } : {}),
    ...(f.status ? { statuses: [f.status] } : {}),
    ...(from ? { from } : {}),
    ...(toStart ? { to: new Date(toStart.getTime() + DAY_MS) } : {}),
  };
}

/** The filter as a query string (for paging and the CSV link). */
function queryString(f: HistoryFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...Object.fromEntries(Object.entries(f).filter(([, v]) => v !== "")), ...extra });
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** "2026-12-04T07:00:00.000Z|<uuid>": the last row of a page, for the next one. */
function readCursor(value: string): { createdAt: Date; id: string } | undefined {
  const [at, id] = value.split("|");
  const createdAt = at ? new Date(at) : null;
  if (!createdAt || Number.isNaN(createdAt.getTime()) || !id || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return { createdAt, id };
}

export const historyRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/broadcasts",
    access: "broadcasts.view",
    menu: { group: "news", label: N.menu.history, order: 40, description: N.menu.historyAbout },
    async handle({ services, actor, query, org }) {
      const filter = readFilter(query);
      const before = readCursor(query.text("before"));
      const rows = await services.broadcasts.history(actor, { ...toQuery(filter, org.timezone), ...(before ? { before } : {}), limit: PAGE_SIZE + 1 });
      const shown = rows.slice(0, PAGE_SIZE);
      const last = shown[shown.length - 1]?.broadcast;
      const filtered = queryString(filter) !== "" || before !== undefined;
      return page(
        N.history.title,
        <>
          <PageHeader
            title={N.history.title}
            lead={N.history.lead}
            actions={
              <>
                {can(actor, "broadcasts.send") ? (
                  <a class="button" href="/console/broadcasts/new">
                    {N.broadcast.newOne}
                  </a>
                ) : null}
                <a class="button secondary" href={`/console/broadcasts/export.csv${queryString(filter)}`}>
                  {N.history.csv}
                </a>
              </>
            }
          />
          <Filters filter={filter} />
          {shown.length === 0 ? (
            filtered ? (
              <EmptyState title={N.history.emptyFiltered} next={N.history.emptyFilteredNext} action={{ href: "/console/broadcasts", label: T.common.clear }} />
            ) : (
              <EmptyState title={N.history.empty} next={N.history.emptyNext} {...(can(actor, "broadcasts.send") ? { action: { href: "/console/broadcasts/new", label: N.menu.compose } } : {})} />
            )
          ) : (
            <HistoryTable rows={shown} timeZone={org.timezone} />
          )}
          {rows.length > PAGE_SIZE && last ? (
            <p class="pager">
              <a href={`/console/broadcasts${queryString(filter, { before: `${last.createdAt.toISOString()}|${last.id}` })}`}>{N.history.older}</a>
            </p>
          ) : null}
        </>,
      );
    },
  },
  {
    method: "GET",
    path: "/broadcasts/export.csv",
    access: "broadcasts.view",
    async handle({ services, actor, query, org, now }) {
      const filter = toQuery(readFilter(query), org.timezone);
      const rows: BroadcastProgress[] = [];
      let before: { createdAt: Date; id: string } | undefined;
      while (rows.length < CSV_MAX_ROWS) {
        const batch = await services.broadcasts.history(actor, { ...filter, ...(before ? { before } : {}), limit: 200 });
        rows.push(...batch);
        const last = batch[batch.length - 1]?.broadcast;
        if (batch.length < 200 || !last) break;
        before = { createdAt: last.createdAt, id: last.id };
      }
      const tz = org.timezone;
      const when = (d: Date | null) => (d ? formatDateTime(d, tz) : "");
      const channelSent = (p: BroadcastProgress, channel: string) => p.byChannel.find((c) => c.channel === channel)?.sent ?? 0;
      const body: CsvCell[][] = rows.map((p) => {
        const b = p.broadcast;
        return [b.id, when(b.createdAt), KIND_LABELS[b.kind], b.title, b.urgent ? N.csv.yes : N.csv.no, STATUS_LABELS[b.status], when(b.scheduledAt), when(b.startedAt), when(b.finishedAt), p.recipients, p.sent, p.failed, p.blocked, p.heldForWindow, p.waiting, p.pending, p.cancelled, p.unsubscribedAfter, channelSent(p, "telegram"), channelSent(p, "zalo")];
      });
      return download(`thong-bao-${isoDay(now, tz)}.csv`, "text/csv; charset=utf-8", csvDocument([[...N.csv.headers], ...body]));
    },
  },
];

function Filters({ filter }: { filter: HistoryFilter }) {
  const all = { value: "", label: N.history.all };
  return (
    <form method="get" action="/console/broadcasts" class="filters">
      <SelectField name="kind" label={N.history.kind} value={filter.kind} options={[all, ...Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))]} />
      <SelectField name="status" label={N.history.status} value={filter.status} options={[all, ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))]} />
      <div class="field">
        <label for="f-from">{N.history.from}</label>
        <input id="f-from" type="date" name="from" value={filter.from} />
      </div>
      <div class="field">
        <label for="f-to">{N.history.to}</label>
        <input id="f-to" type="date" name="to" value={filter.to} />
      </div>
      <button type="submit" class="secondary">
        {T.common.filter}
      </button>
    </form>
  );
}

function HistoryTable({ rows, timeZone }: { rows: BroadcastProgress[]; timeZone: string }) {
  return (
    <TableWrap label={N.history.table}>
      <table>
        <thead>
          <tr>
            <th scope="col">{N.history.heading}</th>
            <th scope="col" class="num">{N.broadcast.recipients}</th>
            <th scope="col" class="num">{N.broadcast.sent}</th>
            <th scope="col" class="num">{N.broadcast.failed}</th>
            <th scope="col" class="num">{N.broadcast.held}</th>
            <th scope="col" class="num">{N.broadcast.waiting}</th>
            <th scope="col" class="num">{N.broadcast.pending}</th>
            <th scope="col" class="num">{N.broadcast.unsubscribedShort}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const b = p.broadcast;
            return (
              <tr>
                <td class="history-title">
                  <a href={`/console/broadcasts/${b.id}`}>{b.title}</a>
                  <br />
                  <StatusBadge status={b.status} nobody={reachedNobody(p)} /> <small class="muted">{formatDateTime(b.scheduledAt ?? b.createdAt, timeZone)}</small>
                  <br />
                  <small class="muted">
                    {KIND_LABELS[b.kind]}
                    {b.urgent ? ` · ${N.broadcast.urgent}` : ""}
                    {p.byChannel.length ? ` · ${p.byChannel.map((c) => CHANNEL_LABELS[c.channel] ?? c.channel).join(", ")}` : ""}
                  </small>
                </td>
                <td class="num">{formatNumber(p.recipients)}</td>
                <td class="num">{formatNumber(p.sent)}</td>
                <td class="num">{formatNumber(p.failed)}</td>
                <td class="num">{formatNumber(p.heldForWindow)}</td>
                <td class="num">{formatNumber(p.waiting)}</td>
                <td class="num">{formatNumber(p.pending)}</td>
                <td class="num">{formatNumber(p.unsubscribedAfter)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
