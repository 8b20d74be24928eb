/**
 * The procedure list (/console/kb/procedures) with search and filters, paged, and a procedure's page showing the
 * record and the bot's answer about it, rendered by the same code the bot uses; administrators switch it on or off.
 */
import type { ProcedureListQuery } from "../../../../core/procedures/desk/ports.js";
import type { ProcedureLevel, ProcedureRecord } from "../../../../core/procedures/types.js";
import { can } from "../../../../core/staff/permissions.js";
import { formatNumber } from "../../format.js";
import { T } from "../../messages.vi.js";
import { page, redirect, type ConsoleRoute, type FormFields } from "../../route.js";
import { ActionButton, Badge, Callout, EmptyState, Field, PageHeader, SelectField, TableWrap } from "../../views/ui.js";
import { K, LEVEL_LABELS } from "./messages.vi.js";

const BASE = "/console/kb/procedures";
const PAGE_SIZE = 25;

interface ListFilter {
  q: string;
  field: string;
  level: ProcedureLevel | "";
  state: "active" | "inactive" | "";
  page: number;
}

function readFilter(query: FormFields): ListFilter {
  const level = query.text("level");
  const state = query.text("state");
  const pageNo = Number.parseInt(query.text("page"), 10);
  return {
    q: query.text("q").slice(0, 100),
    field: query.text("field").slice(0, 200),
    level: level in LEVEL_LABELS ? (level as ProcedureLevel) : "",
    state: state === "active" || state === "inactive" ? state : "",
    page: Number.isFinite(pageNo) && pageNo > 1 ? Math.min(pageNo, 10_000) : 1,
  };
}

function toQuery(f: ListFilter): ProcedureListQuery {
  return {
    ...(f.q ? { search: f.q } : {}),
    ...(f.field ? { linhVuc: f.field } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(f.state ? { active: f.state === "active" } : {}),
    offset: (f.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

function queryString(f: ListFilter, pageNo: number): string {
  const entries = Object.entries({ q: f.q, field: f.field, level: f.level, state: f.state }).filter(([, v]) => v !== "");
  if (pageNo > 1) entries.push(["page", String(pageNo)]);
  const s = new URLSearchParams(entries).toString();
  return s ? `?${s}` : "";
}

export const procedureRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/kb/procedures",
    access: "kb.view",
    menu: { group: "knowledge", label: K.menu.procedures, order: 10, description: K.menu.proceduresAbout },
    async handle({ services, actor, query }) {
      const filter = readFilter(query);
      const [{ rows, total }, fields] = await Promise.all([services.knowledgeBase.list(actor, toQuery(filter)), services.knowledgeBase.fields(actor)]);
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      const filtered = queryString({ ...filter, page: 1 }, 1) !== "";
      const all = { value: "", label: K.list.all };
      return page(
        K.list.title,
        <>
          <PageHeader
            title={K.list.title}
            lead={K.list.lead}
            actions={
              <>
                <a class="button secondary" href="/console/kb/try">{K.menu.try}</a>
                {can(actor, "kb.edit") ? <a class="button" href="/console/kb/import">{K.menu.import}</a> : null}
              </>
            }
          />
          <form method="get" action={BASE} class="filters">
            <Field name="q" type="search" label={K.list.search} value={filter.q} maxLength={100} />
            <SelectField name="field" label={K.list.field} value={filter.field} options={[all, ...fields.map((f) => ({ value: f, label: f }))]} />
            <SelectField name="level" label={K.list.level} value={filter.level} options={[all, ...Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value, label }))]} />
            <SelectField name="state" label={K.list.state} value={filter.state} options={[all, { value: "active", label: T.common.active }, { value: "inactive", label: T.common.inactive }]} />
            <button type="submit" class="secondary">
              {T.common.search}
            </button>
            {filtered ? <a href={BASE}>{T.common.clear}</a> : null}
          </form>
          {rows.length === 0 ? (
            filtered ? (
              <EmptyState title={K.list.emptyFiltered} next={K.list.emptyFilteredNext} action={{ href: BASE, label: T.common.clear }} />
            ) : (
              <EmptyState title={K.list.empty} next={K.list.emptyNext} {...(can(actor, "kb.edit") ? { action: { href: "/console/kb/import", label: K.menu.import } } : {})} />
            )
          ) : (
            <>
              <p class="muted">{K.list.count(formatNumber(total))}</p>
              <TableWrap label={K.list.title}>
                <table class="stack">
                  <thead>
                    <tr>
                      <th scope="col">{K.list.columns.code}</th>
                      <th scope="col">{K.list.columns.name}</th>
                      <th scope="col">{K.list.columns.field}</th>
                      <th scope="col">{K.list.columns.level}</th>
                      <th scope="col">{K.list.columns.state}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr>
                        <td data-label={K.list.columns.code}>{r.code}</td>
                        <td data-label={K.list.columns.name}>
                          <a href={`${BASE}/${encodeURIComponent(r.code)}`}>{r.name}</a>
                        </td>
                        <td data-label={K.list.columns.field}>{r.linhVuc ?? T.common.none}</td>
                        <td data-label={K.list.columns.level}>{r.levels.map((l) => LEVEL_LABELS[l] ?? l).join(", ")}</td>
                        <td data-label={K.list.columns.state}>{r.active ? <Badge kind="ok">{T.common.active}</Badge> : <Badge kind="off">{T.common.inactive}</Badge>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              {pages > 1 ? (
                <nav class="pager" aria-label={K.list.page(filter.page, pages)}>
                  {filter.page > 1 ? <a href={`${BASE}${queryString(filter, filter.page - 1)}`}>{K.list.previous}</a> : null}
                  <span>{K.list.page(filter.page, pages)}</span>
                  {filter.page < pages ? <a href={`${BASE}${queryString(filter, filter.page + 1)}`}>{K.list.next}</a> : null}
                </nav>
              ) : null}
            </>
          )}
        </>,
      );
    },
  },
  {
    method: "GET",
    path: "/kb/procedures/:code",
    access: "kb.view",
    async handle({ services, actor, params }) {
      const { record, botAnswer } = await services.knowledgeBase.procedure(actor, params.code!);
      return page(
        record.name,
        <>
          <p>
            <a href={BASE}>← {K.list.title}</a>
          </p>
          <PageHeader
            title={record.name}
            lead={`${K.procedure.code}: ${record.code}`}
            actions={
              <>
                {record.active ? <Badge kind="ok">{T.common.active}</Badge> : <Badge kind="off">{T.common.inactive}</Badge>}
                {can(actor, "kb.edit") ? (
                  record.active ? (
                    <ActionButton action={`${BASE}/${encodeURIComponent(record.code)}/active`} fields={{ active: "off" }} label={K.procedure.deactivate} danger confirm={K.procedure.confirmDeactivate} />
                  ) : (
                    <ActionButton action={`${BASE}/${encodeURIComponent(record.code)}/active`} fields={{ active: "on" }} label={K.procedure.activate} />
                  )
                ) : null}
              </>
            }
          />
          {record.active ? null : <Callout kind="warning">{K.procedure.inactiveNote}</Callout>}
          <section class="panel" aria-labelledby="bot-answer-h">
            <h2 id="bot-answer-h">{K.procedure.botAnswer}</h2>
            <p class="hint">{K.procedure.botAnswerHint}</p>
            <div class="chat-answer">{botAnswer}</div>
          </section>
          <RecordFacts record={record} />
        </>,
      );
    },
  },
  {
    method: "POST",
    path: "/kb/procedures/:code/active",
    access: "kb.edit",
    async handle({ services, actor, params, form }) {
      const active = form.text("active") === "on";
      await services.knowledgeBase.setActive(actor, params.code!, active);
      return redirect(`${BASE}/${encodeURIComponent(params.code!)}`, active ? "activated" : "deactivated");
    },
  },
];

function RecordFacts({ record }: { record: ProcedureRecord }) {
  const rows: Array<[string, string]> = [
    [K.procedure.code, record.code],
    [K.procedure.field, record.linhVuc ?? T.common.none],
    [K.procedure.levels, record.levels.map((l) => LEVEL_LABELS[l] ?? l).join(", ") || T.common.none],
    [K.procedure.agency, record.agency ?? T.common.none],
    [K.procedure.keywords, record.keywords.join(", ") || T.common.none],
  ];
  return (
    <section class="panel" aria-labelledby="record-h">
      <h2 id="record-h">{K.procedure.record}</h2>
      <dl class="facts">
        {rows.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
        <dt>{K.procedure.source}</dt>
        <dd>{record.sourceUrl && /^https:\/\//.test(record.sourceUrl) ? <a href={record.sourceUrl} rel="noopener noreferrer">{record.sourceUrl}</a> : T.common.none}</dd>
      </dl>
      <p>
        <a href={`/console/kb/try?q=${encodeURIComponent(record.name)}`}>{K.procedure.tryIt}</a>
      </p>
    </section>
  );
}
