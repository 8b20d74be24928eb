/** Prisma implementation of the organisation's profile and departments. */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Department, DepartmentStore, OrganisationProfile, OrganisationStore } from "../../core/organisation/ports.js";

const departmentFields = { id: true, code: true, name: true, kind: true, email: true, phone: true, active: true } as const;
const profileFields = { id: true, code: true, name: true, level: true, province: true, phone: true, address: true, officeHours: true, timezone: true } as const;

/** The organisation (the first one created: one per deployment). */
export function createOrganisationStore(prisma: PrismaClient): OrganisationStore {
  return {
    async current(): Promise<OrganisationProfile | null> {
      return prisma.organisation.findFirst({ orderBy: { createdAt: "asc" }, select: profileFields });
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
      return prisma.department.findUnique({ where: { id }, select: departmentFields });
    },
    async findByCode(code) {
      return prisma.department.findFirst({ where: { code }, select: departmentFields });
    },
  };
}
