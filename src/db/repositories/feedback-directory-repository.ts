/**
 * The organisation's departments and feedback categories with their deadline policies, as the ticket core reads
 * them. Implements the core `FeedbackDirectory` port; read on each use, so an administrator's edit applies at once.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { AppError } from "../../core/shared/app-error.js";
import type { Directory, FeedbackDirectory } from "../../core/feedback/ports.js";

export class PrismaFeedbackDirectory implements FeedbackDirectory {
  constructor(private readonly prisma: PrismaClient) {}

  async load(): Promise<Directory> {
    const org = await this.prisma.organisation.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
    if (!org) throw new AppError("organisation_missing", "No organisation is configured: run `motcua seed`", 503);
    const [departments, categories] = await Promise.all([
      this.prisma.department.findMany({ where: { orgId: org.id }, orderBy: { code: "asc" } }),
      this.prisma.feedbackCategory.findMany({ where: { orgId: org.id, active: true }, include: { slaPolicy: true }, orderBy: { code: "asc" } }),
    ]);
    return {
      orgId: org.id,
      departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name, active: d.active })),
      categories: categories.map((c) => ({
        id: c.id,
        code: c.code,
        name: c.name,
        departmentId: c.departmentId,
        urgent: c.urgent,
        deadlines: c.slaPolicy ? { acceptHours: c.slaPolicy.acceptWithinHours, urgentAcceptHours: c.slaPolicy.urgentAcceptHours, answerDays: c.slaPolicy.answerWithinDays } : null,
      })),
    };
  }
}
