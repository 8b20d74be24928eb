/**
 * Routing data: the administrator's rules (RoutingRule rows with their department and category codes), and the
 * staff corrections the classifier learns from.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { RoutingRuleData } from "../../core/feedback/routing/rules.js";

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

export type RoutingRepository = ReturnType<typeof createRoutingRepository>;
