/**
 * Deadline alerts and the staff e-mails they queue. Implements the core `DeadlineAlertStore` port. One tick is one
 * transaction holding a transaction-level advisory lock per organisation, tried and never waited for: a second
 * scheduler arriving meanwhile skips the tick. The insert also skips alerts already raised (the unique key on
 * ticket, kind, stage and deadline), so a tick that comes after another raises nothing twice either.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { AlertRecipients, DeadlineAlertStore, RaisedAlert, RaiseRequest, StaffEmailDraft } from "../../core/feedback/desk/deadline-watch.js";
import type { DeadlineKind } from "../../core/feedback/deadlines.js";

/** First key of the deadline job's advisory lock (the second is the organisation's hash). */
const DEADLINE_LOCK = 731_301;

type RaisedRow = Omit<RaisedAlert, "kind" | "stage"> & { kind: string; stage: string };

export class PrismaDeadlineAlertStore implements DeadlineAlertStore {
  constructor(private readonly prisma: PrismaClient) {}

  async organisations(): Promise<string[]> {
    return (await this.prisma.organisation.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).map((o) => o.id);
  }

  async recipients(orgId: string): Promise<AlertRecipients> {
    const [roles, departments] = await Promise.all([
      this.prisma.staffRoleAssignment.findMany({
        where: { role: { in: ["officer", "triage", "leader"] }, staff: { orgId, active: true } },
        select: { role: true, departmentId: true, staff: { select: { email: true } } },
      }),
      this.prisma.department.findMany({ where: { orgId, active: true, email: { not: null } }, select: { id: true, email: true } }),
    ]);
    const byDepartment = new Map<string, string[]>();
    const add = (departmentId: string, email: string) => byDepartment.set(departmentId, [...new Set([...(byDepartment.get(departmentId) ?? []), email])]);
    for (const d of departments) if (d.email) add(d.id, d.email);
    for (const r of roles) if (r.role === "officer" && r.departmentId) add(r.departmentId, r.staff.email);
    const escalation = [...new Set(roles.filter((r) => r.role !== "officer").map((r) => r.staff.email))];
    return { byDepartment, escalation };
  }

  async raise(req: RaiseRequest, compose: (alerts: RaisedAlert[]) => StaffEmailDraft[]): Promise<RaisedAlert[] | null> {
    const upTo = new Date(Math.max(req.now.getTime(), req.remindAcceptUpTo.getTime(), req.remindAnswerUpTo.getTime()));
    return this.prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(${DEADLINE_LOCK}::int, hashtext(${req.orgId})) AS "locked"`;
        if (!lock?.locked) return null;
        const rows = await tx.$queryRaw<RaisedRow[]>`
          WITH due AS (
            SELECT t."id", t."dueAt", t."departmentId",
                   CASE WHEN t."status" = 'routed' THEN 'accept' ELSE 'answer' END AS "kind",
                   CASE WHEN t."dueAt" < ${req.now} THEN 'overdue' ELSE 'reminder' END AS "stage"
            FROM "FeedbackTicket" t
            WHERE t."orgId" = ${req.orgId}::uuid AND t."dueAt" <= ${upTo}
              AND (t."dueAt" < ${req.now}
                   OR (t."status" = 'routed' AND t."dueAt" <= ${req.remindAcceptUpTo})
                   OR (t."status" <> 'routed' AND t."dueAt" <= ${req.remindAnswerUpTo}))
          ), fresh AS (
            INSERT INTO "DeadlineAlert" ("ticketId", "kind", "stage", "dueAt", "departmentId")
            SELECT d."id", d."kind"::"DeadlineKind", d."stage"::"DeadlineAlertStage", d."dueAt", d."departmentId" FROM due d
            WHERE NOT EXISTS (
              SELECT 1 FROM "DeadlineAlert" a
              WHERE a."ticketId" = d."id" AND a."kind"::text = d."kind" AND a."stage"::text = d."stage" AND a."dueAt" = d."dueAt")
            ON CONFLICT DO NOTHING
            RETURNING "ticketId", "kind", "stage", "dueAt", "departmentId"
          )
          SELECT f."ticketId"::text AS "ticketId", t."code", f."kind"::text AS "kind", f."stage"::text AS "stage", f."dueAt",
                 f."departmentId"::text AS "departmentId", t."categoryId"::text AS "categoryId", t."urgent"
          FROM fresh f JOIN "FeedbackTicket" t ON t."id" = f."ticketId"
          ORDER BY f."dueAt", t."code"`;
        const alerts = rows.map((r) => ({ ...r, kind: r.kind as DeadlineKind, stage: r.stage as RaisedAlert["stage"] }));
        const emails = alerts.length ? compose(alerts) : [];
        if (emails.length) await tx.staffEmail.createMany({ data: emails });
        return alerts;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  }
}
