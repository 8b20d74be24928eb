/**
 * Routing data: the administrator's rules (RoutingRule rows with their department and category codes), the
 * labelled examples the classifier learns from (the project's own, seeded, and staff corrections) and the trained
 * models (RoutingModel rows, newest first).
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { RoutingRuleData } from "../../core/feedback/routing/rules.js";
import type { RoutingRuleFields, RoutingRuleRow, RoutingRuleStore } from "../../core/organisation/routing-rules-admin.js";
import type { RoutingModelData } from "../../core/feedback/routing/classifier.js";
import type { RoutingModelStore, StoredRoutingModel } from "../../core/feedback/routing/retraining.js";
import type { UrgencyModelData, UrgencyTrainingExample } from "../../core/feedback/routing/urgency-model.js";

/** Creates the repository over a Prisma client (PostgreSQL or PGlite). */
export function createRoutingRepository(prisma: PrismaClient) {
  return {
    /** Active rules of active departments, as the router compiles them. */
    async loadRules(): Promise<RoutingRuleData[]> {
      const rows = await prisma.routingRule.findMany({
        where: { active: true, department: { active: true } },
        include: { department: { select: { code: true } }, category: { select: { code: true } } },
      });
      return rows.map((r) => ({ kind: r.kind, phrases: r.keywords, departmentCode: r.department.code, categoryCode: r.category?.code ?? null, priority: r.priority }));
    },
  };
}

const ruleRow = (r: { id: string; kind: RoutingRuleRow["kind"]; keywords: string[]; departmentId: string; categoryId: string | null; priority: number; active: boolean }): RoutingRuleRow => ({
  id: r.id,
  kind: r.kind,
  phrases: r.keywords,
  departmentId: r.departmentId,
  categoryId: r.categoryId,
  priority: r.priority,
  active: r.active,
});

const ruleData = (f: RoutingRuleFields) => ({ kind: f.kind, keywords: f.phrases, departmentId: f.departmentId, categoryId: f.categoryId, priority: f.priority, active: f.active });

/** The rules as the administrator's page edits them. */
export function createRoutingRuleStore(prisma: PrismaClient): RoutingRuleStore {
  return {
    async list(orgId) {
      return (await prisma.routingRule.findMany({ where: { orgId }, orderBy: [{ active: "desc" }, { priority: "desc" }, { id: "asc" }] })).map(ruleRow);
    },
    async findById(id) {
      const row = await prisma.routingRule.findUnique({ where: { id } });
      return row ? ruleRow(row) : null;
    },
    async create(orgId, fields) {
      return ruleRow(await prisma.routingRule.create({ data: { orgId, ...ruleData(fields) } }));
    },
    async update(id, fields) {
      return ruleRow(await prisma.routingRule.update({ where: { id }, data: ruleData(fields) }));
    },
  };
}

export type RoutingRepository = ReturnType<typeof createRoutingRepository>;

/** The organisation's examples and models as the retraining job and every process's router use them. */
export function createRoutingModelStore(prisma: PrismaClient, orgId: string, ownUrgency?: () => Promise<UrgencyTrainingExample[]>): RoutingModelStore {
  return {
    ...(ownUrgency ? { ownUrgencyExamples: ownUrgency } : {}),
    async loadExamples() {
      const rows = await prisma.routingExample.findMany({
        // examples of active departments, and urgency labels alone
        where: { orgId, OR: [{ department: { is: { active: true } } }, { departmentId: null, urgent: { not: null } }] },
        select: { text: true, source: true, urgent: true, createdAt: true, department: { select: { code: true } }, category: { select: { code: true, departmentId: true } }, departmentId: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map((r) => ({
        text: r.text,
        departmentCode: r.department?.code ?? null,
        urgent: r.urgent,
        // a transfer keeps the ticket's category, which may belong to the department it came from
        categoryCode: r.category && r.category.departmentId === r.departmentId ? r.category.code : null,
        source: r.source,
        createdAt: r.createdAt,
      }));
    },
    async latestModel() {
      const row = await prisma.routingModel.findFirst({ where: { orgId }, orderBy: [{ trainedAt: "desc" }, { id: "desc" }] });
      return row ? { id: row.id, trainedAt: row.trainedAt, model: row.model as unknown as RoutingModelData, urgency: (row.urgency ?? null) as unknown as UrgencyModelData | null } : null;
    },
    async saveModel(model: RoutingModelData, staffExamples: number, urgency: UrgencyModelData | null = null): Promise<StoredRoutingModel> {
      const row = await prisma.routingModel.create({
        data: { orgId, examples: staffExamples, model: model as unknown as Prisma.InputJsonValue, ...(urgency ? { urgency: urgency as unknown as Prisma.InputJsonValue } : {}) },
      });
      return { id: row.id, trainedAt: row.trainedAt, model, urgency };
    },
  };
}
