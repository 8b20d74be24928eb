/**
 * Prisma implementation of the staff ports: accounts with their role assignments, sessions and sign-in attempts.
 * Returns plain objects.
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type {
  SessionStore,
  SignInAttemptStore,
  StaffAccountChanges,
  StaffAccountRecord,
  StaffStore,
  StoredSession,
} from "../../core/staff/ports.js";

type AccountRow = Prisma.StaffAccountGetPayload<{ include: { roles: true } }>;
const withRoles = { roles: { orderBy: [{ role: "asc" as const }, { departmentId: "asc" as const }] } };

function toAccount(row: AccountRow): StaffAccountRecord {
  return {
    id: row.id,
    orgId: row.orgId,
    email: row.email,
    fullName: row.fullName,
    passwordHash: row.passwordHash,
    mustChangePassword: row.mustChangePassword,
    failedSignIns: row.failedSignIns,
    lockedUntil: row.lockedUntil,
    active: row.active,
    roles: row.roles.map((r) => ({ role: r.role, departmentId: r.departmentId })),
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
  };
}

/** Staff accounts over Prisma. */
export function createStaffStore(prisma: PrismaClient): StaffStore {
  return {
    async findByEmail(email) {
      const row = await prisma.staffAccount.findUnique({ where: { email }, include: withRoles });
      return row ? toAccount(row) : null;
    },
    async findById(id) {
      const row = await prisma.staffAccount.findUnique({ where: { id }, include: withRoles });
      return row ? toAccount(row) : null;
    },
    async list() {
      const rows = await prisma.staffAccount.findMany({ include: withRoles, orderBy: [{ active: "desc" }, { email: "asc" }] });
      return rows.map(toAccount);
    },
    async create(account) {
      const row = await prisma.staffAccount.create({
        data: {
          orgId: account.orgId,
          email: account.email,
          fullName: account.fullName,
          passwordHash: account.passwordHash,
          mustChangePassword: account.mustChangePassword,
          roles: { create: account.roles.map((r) => ({ role: r.role, departmentId: r.departmentId })) },
        },
        include: withRoles,
      });
      return toAccount(row);
    },
    async update(id, changes: StaffAccountChanges) {
      const row = await prisma.$transaction(async (tx) => {
        if (changes.roles) {
          await tx.staffRoleAssignment.deleteMany({ where: { staffId: id } });
          await tx.staffRoleAssignment.createMany({ data: changes.roles.map((r) => ({ staffId: id, role: r.role, departmentId: r.departmentId })) });
        }
        return tx.staffAccount.update({
          where: { id },
          data: { ...(changes.fullName !== undefined ? { fullName: changes.fullName } : {}), ...(changes.active !== undefined ? { active: changes.active } : {}) },
          include: withRoles,
        });
      });
      return toAccount(row);
    },
    async addFailedSignIn(id) {
      const row = await prisma.staffAccount.update({ where: { id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
      return row.failedSignIns;
    },
    async lock(id, until) {
      await prisma.staffAccount.update({ where: { id }, data: { lockedUntil: until, failedSignIns: 0 } });
    },
    async recordSignIn(id, at) {
      await prisma.staffAccount.update({ where: { id }, data: { lastLoginAt: at, failedSignIns: 0, lockedUntil: null } });
    },
    async setPassword(id, passwordHash, mustChange, at) {
      await prisma.staffAccount.update({
        where: { id },
        data: { passwordHash, mustChangePassword: mustChange, passwordChangedAt: at, failedSignIns: 0, lockedUntil: null },
      });
    },
  };
}

const sessionFields = { id: true, staffId: true, createdAt: true, expiresAt: true, lastSeenAt: true } as const;

/** Console sessions over Prisma. */
export function createSessionStore(prisma: PrismaClient): SessionStore {
  return {
    async create(session): Promise<StoredSession> {
      return prisma.staffSession.create({ data: { ...session, lastSeenAt: session.createdAt }, select: sessionFields });
    },
    async findByTokenHash(tokenHash) {
      return prisma.staffSession.findUnique({ where: { tokenHash }, select: sessionFields });
    },
    async touch(id, at) {
      await prisma.staffSession.updateMany({ where: { id }, data: { lastSeenAt: at } });
    },
    async delete(id) {
      await prisma.staffSession.deleteMany({ where: { id } });
    },
    async deleteForStaff(staffId, keepId) {
      const result = await prisma.staffSession.deleteMany({ where: { staffId, ...(keepId ? { id: { not: keepId } } : {}) } });
      return result.count;
    },
    async deleteEnded(now, idleBefore) {
      const result = await prisma.staffSession.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: idleBefore } }] } });
      return result.count;
    },
  };
}

/** Sign-in attempts over Prisma. */
export function createSignInAttemptStore(prisma: PrismaClient): SignInAttemptStore {
  return {
    async record(attempt) {
      await prisma.signInAttempt.create({ data: { clientKey: attempt.clientKey, staffId: attempt.staffId, success: attempt.success, createdAt: attempt.at } });
    },
    async countFailures(clientKey, since) {
      return prisma.signInAttempt.count({ where: { clientKey, success: false, createdAt: { gte: since } } });
    },
    async prune(before) {
      return (await prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: before } } })).count;
    },
  };
}
