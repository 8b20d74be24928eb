/**
 * The department queue in SQL: one page in keyset order and the counts of every filter value in one grouped
 * query. Implements the core `TicketQueueStore` port. The default order (running deadline first, then age) is
 * served by the (dueAt, createdAt) and (departmentId, dueAt, createdAt) indexes, so the first page costs the same
 * with fifty thousand tickets as with fifty; later pages start after the last row's exact values instead of
 * counting rows to skip.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import type { QueueConditions, QueueCubeRow, QueueCursor, QueueQuery, QueueRow, QueueSort, TicketQueueStore } from "../../core/feedback/desk/ports.js";
import type { TicketStatus } from "../../core/feedback/ticket.js";

/** Characters of the citizen's text a queue line shows. */
const EXCERPT_CHARS = 160;
/** Exact UTC text of a timestamp, microseconds included (see QueueCursor). */
const exactTime = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

type PageRow = Omit<QueueRow, "cursor"> & { cursorDue: string | null; cursorCreated: string };

export class PrismaTicketQueueStore implements TicketQueueStore {
  constructor(private readonly prisma: PrismaClient) {}

  async page(query: QueueQuery, sort: QueueSort, cursor: QueueCursor | null, limit: number): Promise<QueueRow[]> {
    const where = [...baseConditions(query), ...filterConditions(query.conditions, query), ...(cursor ? [after(sort, cursor)] : [])];
    const rows = await this.prisma.$queryRaw<PageRow[]>`
      SELECT t."id"::text AS "id", t."code", t."status"::text AS "status", t."urgent", left(t."text", ${EXCERPT_CHARS}) AS "excerpt",
             t."address", t."categoryId"::text AS "categoryId", t."departmentId"::text AS "departmentId", t."dueAt", t."createdAt",
             t."reopenedAt", (SELECT count(*)::int FROM "TicketReporter" r WHERE r."ticketId" = t."id") AS "reporters",
             (SELECT max(e."createdAt") FROM "TicketEvent" e
               WHERE e."ticketId" = t."id" AND e."actorType" = 'citizen' AND e."type" IN ('info_received', 'citizen_note')
                 AND NOT EXISTS (SELECT 1 FROM "TicketEvent" s WHERE s."ticketId" = t."id" AND s."actorType" = 'staff' AND s."createdAt" >= e."createdAt")) AS "citizenWroteAt",
             ${exactTime(Prisma.sql`t."dueAt"`)} AS "cursorDue", ${exactTime(Prisma.sql`t."createdAt"`)} AS "cursorCreated"
      FROM "FeedbackTicket" t
      ${whereClause(where)}
      ORDER BY ${orderBy(sort)}
      LIMIT ${limit}`;
    return rows.map(({ cursorDue, cursorCreated, ...row }) => ({ ...row, status: row.status as TicketStatus, cursor: { dueAt: cursorDue, createdAt: cursorCreated, id: row.id } }));
  }

  async cube(query: Omit<QueueQuery, "conditions">): Promise<QueueCubeRow[]> {
    // grouped on the columns as stored, cast to text only for the few groups: casting every row first tripled
    // the query's time over 50,000 tickets (66 ms against 22 ms)
    return this.prisma.$queryRaw<QueueCubeRow[]>`
      SELECT c."status"::text AS "status", c."categoryId"::text AS "categoryId", c."departmentId"::text AS "departmentId", c."urgent", c."due", c."reopened", c."count"
      FROM (
        SELECT t."status", t."categoryId", t."departmentId", t."urgent", ${dueBucket(query)} AS "due", (t."reopenedAt" IS NOT NULL) AS "reopened", count(*)::int AS "count"
        FROM "FeedbackTicket" t
        ${whereClause(baseConditions(query))}
        GROUP BY 1, 2, 3, 4, 5, 6
      ) c`;
  }
}

function whereClause(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** The person's reach and the search: what every count is taken over. */
function baseConditions(query: Omit<QueueQuery, "conditions">): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (!query.scope.all) parts.push(Prisma.sql`t."departmentId" = ANY(${[...query.scope.departmentIds]}::uuid[])`);
  if (query.search && "code" in query.search) parts.push(Prisma.sql`t."code" = ${query.search.code}`);
  else if (query.search) for (const word of query.search.words) parts.push(Prisma.sql`t."searchText" LIKE ${`%${escapeLike(word)}%`}`);
  return parts;
}

function filterConditions(c: QueueConditions, query: Pick<QueueQuery, "now" | "endOfToday">): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (c.statuses) parts.push(Prisma.sql`t."status"::text = ANY(${[...c.statuses]}::text[])`);
  if (c.categoryId) parts.push(Prisma.sql`t."categoryId" = ${c.categoryId}::uuid`);
  if (c.departmentId) parts.push(Prisma.sql`t."departmentId" = ${c.departmentId}::uuid`);
  if (c.urgent) parts.push(Prisma.sql`t."urgent"`);
  if (c.reopened) parts.push(Prisma.sql`t."reopenedAt" IS NOT NULL`);
  if (c.due === "overdue") parts.push(Prisma.sql`t."dueAt" < ${query.now}`);
  if (c.due === "today") parts.push(Prisma.sql`t."dueAt" >= ${query.now} AND t."dueAt" < ${query.endOfToday}`);
  return parts;
}

function dueBucket(query: Pick<QueueQuery, "now" | "endOfToday">): Prisma.Sql {
  return Prisma.sql`CASE WHEN t."dueAt" IS NULL THEN 'none' WHEN t."dueAt" < ${query.now} THEN 'overdue' WHEN t."dueAt" < ${query.endOfToday} THEN 'today' ELSE 'later' END`;
}

function orderBy(sort: QueueSort): Prisma.Sql {
  if (sort === "newest") return Prisma.sql`t."createdAt" DESC, t."id" DESC`;
  if (sort === "oldest") return Prisma.sql`t."createdAt" ASC, t."id" ASC`;
  return Prisma.sql`t."dueAt" ASC NULLS LAST, t."createdAt" ASC, t."id" ASC`;
}

/** Rows strictly after the cursor in `sort` order. */
function after(sort: QueueSort, c: QueueCursor): Prisma.Sql {
  const created = Prisma.sql`${c.createdAt}::timestamptz`;
  const id = Prisma.sql`${c.id}::uuid`;
  if (sort === "newest") return Prisma.sql`(t."createdAt", t."id") < (${created}, ${id})`;
  if (sort === "oldest") return Prisma.sql`(t."createdAt", t."id") > (${created}, ${id})`;
  if (c.dueAt === null) return Prisma.sql`(t."dueAt" IS NULL AND (t."createdAt", t."id") > (${created}, ${id}))`;
  const due = Prisma.sql`${c.dueAt}::timestamptz`;
  return Prisma.sql`(t."dueAt" > ${due} OR (t."dueAt" = ${due} AND (t."createdAt", t."id") > (${created}, ${id})) OR t."dueAt" IS NULL)`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/gu, (c) => `\\${c}`);
}
