/** Prisma implementation of the organisation's profile, departments and feedback categories. */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { CategoryStore, Department, DepartmentStore, FeedbackCategory, OrganisationProfile, OrganisationStore } from "../../core/organisation/ports.js";
import { isUuid } from "./news/broadcast-repository.js";

const departmentFields = { id: true, code: true, name: true, kind: true, email: true, phone: true, active: true } as const;
const profileFields = { id: true, code: true, name: true, level: true, province: true, phone: true, address: true, officeHours: true, timezone: true } as const;
const categoryFields = { id: true, code: true, name: true, description: true, departmentId: true, slaPolicyId: true, urgent: true, active: true } as const;

/** The organisation (the first one created: one per deployment). */
export function createOrganisationStore(prisma: PrismaClient): OrganisationStore {
  return {
    async current(): Promise<OrganisationProfile | null> {
      return prisma.organisation.findFirst({ orderBy: { createdAt: "asc" }, select: profileFields });
    },
    async updateProfile(id, changes) {
      return prisma.organisation.update({ where: { id }, data: changes, select: profileFields });
    },
  };
}

/** Departments of the organisation. */
export function createDepartmentStore(prisma: PrismaClient): DepartmentStore {
  return {
    async list(): Promise<Department[]> {
      return prisma.department.findMany({ select: departmentFields, orderBy: [{ active: "desc" }, { code: "asc" }] });
    },
    async findById(id) {
      if (!isUuid(id)) return null;
      return prisma.department.findUnique({ where: { id }, select: departmentFields });
    },
    async findByCode(code) {
      return prisma.department.findFirst({ where: { code }, select: departmentFields });
    },
    async create(orgId, fields) {
      return prisma.department.create({ data: { orgId, ...fields }, select: departmentFields });
    },
    async update(id, fields) {
      return prisma.department.update({ where: { id }, data: fields, select: departmentFields });
    },
  };
}

/** Feedback categories and the deadline policies they may use. */
export function createCategoryStore(prisma: PrismaClient): CategoryStore {
  return {
    async list(): Promise<FeedbackCategory[]> {
      return prisma.feedbackCategory.findMany({ select: categoryFields, orderBy: [{ active: "desc" }, { code: "asc" }] });
    },
    async findById(id) {
      if (!isUuid(id)) return null;
      return prisma.feedbackCategory.findUnique({ where: { id }, select: categoryFields });
    },
    async findByCode(code) {
      return prisma.feedbackCategory.findFirst({ where: { code }, select: categoryFields });
    },
    async create(orgId, fields) {
      return prisma.feedbackCategory.create({ data: { orgId, ...fields }, select: categoryFields });
    },
    async update(id, fields) {
      return prisma.feedbackCategory.update({ where: { id }, data: fields, select: categoryFields });
    },
    async slaPolicies() {
      return prisma.slaPolicy.findMany({ orderBy: { answerWithinDays: "asc" }, select: { id: true, code: true, name: true, acceptWithinHours: true, urgentAcceptHours: true, answerWithinDays: true } });
    },
  };
}
