/**
 * The audit page (/console/admin/audit): the log newest first, filtered by who (e-mail or name of a token), action,
 * entity and period, 50 a page with "older" links (keyset on the entry id, so new entries do not shift pages).
 */
import type { AuditQuery, AuditRecord } from "../../../../core/audit/audit-trail.js";
import { assertAllowed } from "../../../../core/staff/permissions.js";
import { formatDateTime, startOfDay } from "../../format.js";
import { T } from "../../messages.vi.js";
import { page, type ConsoleRoute } from "../../route.js";
import { EmptyState, Field, PageHeader, SelectField, TableWrap } from "../../views/ui.js";
import { AD } from "./messages.vi.js";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_FIELDS, auditValue } from "./audit-words.vi.js";

const BASE = "/console/admin/audit";
const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

/** A value in words, shortened so a large detail does not flood the page. */
function short(value: unknown, names: ReadonlyMap<string, string>): string {
  const text = auditValue(value, names);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function objectOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** One changed field as "field: before → after", and the entry's detail as "field: value" lines. */
function Change({ entry, names }: { entry: AuditRecord; names: ReadonlyMap<string, string> }) {
  const before = objectOf(entry.before);
  const after = objectOf(entry.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const detail = objectOf(entry.detail);
  return (
    <>
      {keys.length > 0 ? (
        <ul class="audit-change">
          {keys.map((k) => (
            <li>
              <strong>{AUDIT_FIELDS[k] ?? k}</strong>: {k in before ? short(before[k], names) : "—"} → {k in after ? short(after[k], names) : "—"}
            </li>
          ))}
        </ul>
      ) : null}
      {Object.keys(detail).length > 0 ? (
        <ul class="audit-change muted small">
          {Object.entries(detail).map(([k, v]) => (
            <li>
              {AUDIT_FIELDS[k] ?? k}: {short(v, names)}
            </li>
          ))}
        </ul>
      ) : entry.detail !== null ? (
        <small class="muted">{short(entry.detail, names)}</small>
      ) : null}
    </>
  );
}

export const auditAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/audit",
    access: "audit.view",
    menu: { group: "admin", label: AD.menu.audit, order: 60, description: AD.menu.auditAbout },
    async handle({ actor, services, query, org }) {
      assertAllowed(actor, "audit.view");
      const filters = { who: query.text("who"), action: query.text("action"), from: query.text("from"), to: query.text("to"), entityId: query.text("entityId") };
      const from = startOfDay(filters.from, org.timezone);
      const toStart = startOfDay(filters.to, org.timezone);
      const q: AuditQuery = {
        ...(filters.who ? { actor: filters.who.slice(0, 200) } : {}),
        ...(filters.action ? { action: filters.action.slice(0, 100) } : {}),
        ...(filters.entityId ? { entityId: filters.entityId.slice(0, 100) } : {}),
        ...(from ? { from } : {}),
        ...(toStart ? { to: new Date(toStart.getTime() + DAY_MS) } : {}),
        ...(query.text("before") ? { beforeId: query.text("before") } : {}),
        limit: PAGE_SIZE + 1,
      };
      const [rows, actions, departments, staff, categories] = await Promise.all([
        services.audit.list(q),
        services.audit.actions(),
        services.departments.list(),
        // names only: a reader who may not list them sees short ids instead
        services.staffAccounts.list(actor).catch(() => []),
        services.categories.list(actor).catch(() => ({ categories: [], policies: [] })),
      ]);
      // ids in the log shown by name where the page can find one
      const names = new Map<string, string>([
        ...departments.map((d) => [d.id, d.name] as const),
        ...staff.map((s) => [s.id, s.fullName] as const),
        ...categories.categories.map((c) => [c.id, c.name] as const),
        ...categories.policies.map((p) => [p.id, p.name] as const),
      ]);
      const entries = rows.slice(0, PAGE_SIZE);
      const more = rows.length > PAGE_SIZE;
      const keep = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ""));
      const older = new URLSearchParams(keep);
      if (more) older.set("before", entries.at(-1)!.id);
      return page(
        AD.audit.title,
        <>
          <PageHeader title={AD.audit.title} lead={AD.audit.lead} />
          <form method="get" action={BASE} class="filters panel">
            <Field name="who" label={AD.audit.who} value={filters.who} type="search" maxLength={200} />
            <SelectField name="action" label={AD.audit.action} value={filters.action} options={[{ value: "", label: AD.audit.anyAction }, ...actions.map((a) => ({ value: a, label: AUDIT_ACTIONS[a] ?? a }))]} />
            <Field name="from" label={AD.audit.from} type="date" value={filters.from} />
            <Field name="to" label={AD.audit.to} type="date" value={filters.to} />
            {filters.entityId ? <input type="hidden" name="entityId" value={filters.entityId} /> : null}
            <button type="submit">{T.common.filter}</button>
          </form>
          {entries.length === 0 ? (
            <EmptyState title={AD.audit.empty} next={AD.audit.emptyNext} />
          ) : (
            <TableWrap label={AD.audit.title}>
              <table class="audit stack">
                <thead>
                  <tr>
                    <th scope="col">{AD.audit.when}</th>
                    <th scope="col">{AD.audit.who}</th>
                    <th scope="col">{AD.audit.action}</th>
                    <th scope="col">{AD.audit.change}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr>
                      <td data-label={AD.audit.when}>{formatDateTime(e.createdAt, org.timezone)}</td>
                      <td data-label={AD.audit.who}>{e.actorLabel ?? e.actorType}</td>
                      <td data-label={AD.audit.action}>
                        {AUDIT_ACTIONS[e.action] ?? <code>{e.action}</code>}
                        <br />
                        <small class="muted">
                          {AUDIT_ENTITIES[e.entityType] ?? e.entityType}
                          {e.entityId ? ` ${names.get(e.entityId) ?? (/^[0-9a-f-]{36}$/iu.test(e.entityId) ? "" : e.entityId)}` : ""}
                        </small>
                      </td>
                      <td data-label={AD.audit.change}>
                        <Change entry={e} names={names} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <p class="pager">
            {query.text("before") ? <a href={`${BASE}?${keep.toString()}`}>{AD.audit.newest}</a> : null} {more ? <a href={`${BASE}?${older.toString()}`}>{AD.audit.older}</a> : null}
          </p>
        </>,
      );
    },
  },
];
