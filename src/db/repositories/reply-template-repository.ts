/**
 * Reply templates in the ReplyTemplate table. Implements the core `ReplyTemplateStore` port; every query is
 * bounded to the organisation, so an id from another organisation is "not found".
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { ReplyTemplate, ReplyTemplateInput, ReplyTemplateStore } from "../../core/feedback/desk/reply-templates.js";

const FIELDS = { id: true, departmentId: true, title: true, body: true, updatedAt: true } as const;

export class PrismaReplyTemplateStore implements ReplyTemplateStore {
  constructor(private readonly prisma: PrismaClient) {}

  list(orgId: string, departments: readonly string[] | "all"): Promise<ReplyTemplate[]> {
    return this.prisma.replyTemplate.findMany({
      where: { orgId, ...(departments === "all" ? {} : { OR: [{ departmentId: null }, { departmentId: { in: [...departments] } }] }) },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: FIELDS,
    });
  }

  get(orgId: string, id: string): Promise<ReplyTemplate | null> {
    return this.prisma.replyTemplate.findFirst({ where: { id, orgId }, select: FIELDS });
  }

  create(orgId: string, input: ReplyTemplateInput): Promise<ReplyTemplate> {
    return this.prisma.replyTemplate.create({ data: { orgId, ...input }, select: FIELDS });
  }

  async update(orgId: string, id: string, input: ReplyTemplateInput): Promise<ReplyTemplate | null> {
    const { count } = await this.prisma.replyTemplate.updateMany({ where: { id, orgId }, data: input });
    return count ? this.get(orgId, id) : null;
  }

  async remove(orgId: string, id: string): Promise<boolean> {
    return (await this.prisma.replyTemplate.deleteMany({ where: { id, orgId } })).count > 0;
  }
}
