/**
 * Administration of staff accounts: create with a one-time password, change roles and departments, disable,
 * reset the password. Every change is checked against the permission table (`config.staff`) and audited with the
 * account's state before and after (never a password or its hash).
 */
import type { AuditTrail, AuditValue } from "../audit/audit-trail.js";
import { changedFields } from "../audit/audit-trail.js";
import type { DepartmentStore } from "../organisation/ports.js";
import { AppError, invalidInput } from "../shared/app-error.js";
import type { Actor } from "./actor.js";
import { assertAllowed } from "./permissions.js";
import type { SessionStore, StaffAccountRecord, StaffSecrets, StaffStore } from "./ports.js";
import { isStaffRole, type RoleAssignment, type StaffRole } from "./roles.js";
import { normaliseEmail } from "./staff-auth.js";

/** What the administrator fills in; officers need at least one department. */
export interface StaffAccountInput {
  email: string;
  fullName: string;
  roles: readonly string[];
  /** Departments of the officer role (ids). */
  departmentIds: readonly string[];
}

const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$/u;
const MAX_NAME = 120;

/** The audited view of an account: who it is and what it may do, nothing secret. */
function auditView(a: StaffAccountRecord): Record<string, AuditValue> {
  return {
    email: a.email,
    fullName: a.fullName,
    active: a.active,
    roles: a.roles.map((r) => (r.departmentId ? `${r.role}:${r.departmentId}` : r.role)).sort(),
  };
}

export interface StaffAccountsDeps {
  staff: StaffStore;
  sessions: SessionStore;
  departments: DepartmentStore;
  secrets: StaffSecrets;
  audit: AuditTrail;
  clock?: () => Date;
}

export class StaffAccounts {
  private readonly now: () => Date;

  constructor(private readonly deps: StaffAccountsDeps) {
    this.now = deps.clock ?? (() => new Date());
  }

  /**
   * Every account, for the staff page.
   *
   * @param actor - must hold `config.staff`.
   */
  async list(actor: Actor): Promise<StaffAccountRecord[]> {
    assertAllowed(actor, "config.staff");
    return this.deps.staff.list();
  }

  /**
   * One account.
   *
   * @throws AppError `not_found` (404).
   */
  async get(actor: Actor, id: string): Promise<StaffAccountRecord> {
    assertAllowed(actor, "config.staff");
    const account = await this.deps.staff.findById(id);
    if (!account) throw new AppError("not_found", "no such staff account", 404);
    return account;
  }

  /**
   * Creates an account with a one-time password that must be changed at first sign-in.
   *
   * @param actor - must hold `config.staff`.
   * @param input - e-mail, name, roles and the officer's departments.
   * @param orgId - the organisation the account belongs to.
   * @returns the account and the one-time password, to hand over once.
   * @throws AppError `invalid_input` with the fields at fault (email: invalid | taken; roles: none; departments: ...).
   */
  async create(actor: Actor, input: StaffAccountInput, orgId: string): Promise<{ account: StaffAccountRecord; oneTimePassword: string }> {
    assertAllowed(actor, "config.staff");
    const email = normaliseEmail(input.email);
    const fields: Record<string, string> = {};
    if (!EMAIL.test(email)) fields.email = "invalid";
    else if (await this.deps.staff.findByEmail(email)) fields.email = "taken";
    const fullName = input.fullName.trim() || email.split("@")[0] || "";
    if (fullName.length > MAX_NAME) fields.fullName = "too_long";
    const roles = await this.assignments(input, fields);
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const oneTimePassword = this.deps.secrets.oneTimePassword();
    const account = await this.deps.staff.create({
      orgId,
      email,
      fullName,
      passwordHash: await this.deps.secrets.hashPassword(oneTimePassword),
      mustChangePassword: true,
      roles,
    });
    await this.deps.audit.record({ actor, action: "staff.create", entityType: "staff_account", entityId: account.id, after: auditView(account) });
    return { account, oneTimePassword };
  }

  /**
   * Changes an account's name, roles and departments, or disables / enables it. Disabling ends its sessions.
   * An administrator cannot remove their own admin role or disable themselves (the ward would lose its admin).
   *
   * @throws AppError `invalid_input`, `not_found`.
   */
  async update(actor: Actor, id: string, input: Omit<StaffAccountInput, "email"> & { active: boolean }): Promise<StaffAccountRecord> {
    const before = await this.get(actor, id);
    const fields: Record<string, string> = {};
    const fullName = input.fullName.trim() || before.fullName;
    if (fullName.length > MAX_NAME) fields.fullName = "too_long";
    const roles = await this.assignments(input, fields);
    if (actor.kind === "staff" && actor.id === id) {
      if (!input.active) fields.active = "self";
      if (!roles.some((r) => r.role === "admin")) fields.roles = "self_admin";
    }
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const after = await this.deps.staff.update(id, { fullName, roles, active: input.active });
    if (!input.active && before.active) await this.deps.sessions.deleteForStaff(id);
    const diff = changedFields(auditView(before), auditView(after));
    if (Object.keys(diff.after).length > 0) {
      const action = before.active && !after.active ? "staff.disable" : !before.active && after.active ? "staff.enable" : "staff.update";
      await this.deps.audit.record({ actor, action, entityType: "staff_account", entityId: id, before: diff.before, after: diff.after });
    }
    return after;
  }

  /**
   * Gives an account a new one-time password, ends its sessions and lifts a lockout.
   *
   * @returns the one-time password, to hand over once.
   */
  async resetPassword(actor: Actor, id: string): Promise<{ account: StaffAccountRecord; oneTimePassword: string }> {
    const account = await this.get(actor, id);
    const oneTimePassword = this.deps.secrets.oneTimePassword();
    await this.deps.staff.setPassword(id, await this.deps.secrets.hashPassword(oneTimePassword), true, this.now());
    const ended = await this.deps.sessions.deleteForStaff(id);
    await this.deps.audit.record({ actor, action: "staff.password_reset", entityType: "staff_account", entityId: id, detail: { email: account.email, sessionsEnded: ended } });
    return { account, oneTimePassword };
  }

  /**
   * {@link resetPassword} by e-mail (the command line).
   *
   * @throws AppError `not_found` when no account has that e-mail.
   */
  async resetPasswordByEmail(actor: Actor, email: string): Promise<{ account: StaffAccountRecord; oneTimePassword: string }> {
    assertAllowed(actor, "config.staff");
    const account = await this.deps.staff.findByEmail(normaliseEmail(email));
    if (!account) throw new AppError("not_found", `no staff account with e-mail ${normaliseEmail(email)}`, 404);
    return this.resetPassword(actor, account.id);
  }

  /** Checks roles and departments; problems go into `fields`. */
  private async assignments(input: Pick<StaffAccountInput, "roles" | "departmentIds">, fields: Record<string, string>): Promise<RoleAssignment[]> {
    const roles = [...new Set(input.roles)];
    if (roles.length === 0) fields.roles = "none";
    if (!roles.every(isStaffRole)) fields.roles = "unknown";
    const valid = roles.filter(isStaffRole) as StaffRole[];
    const known = new Map((await this.deps.departments.list()).map((d) => [d.id, d]));
    const departmentIds = [...new Set(input.departmentIds)];
    if (departmentIds.some((id) => !known.has(id))) fields.departments = "unknown";
    if (valid.includes("officer") && departmentIds.length === 0) fields.departments = "required";
    const out: RoleAssignment[] = valid.filter((r) => r !== "officer").map((role) => ({ role, departmentId: null }));
    if (valid.includes("officer")) for (const id of departmentIds) out.push({ role: "officer", departmentId: id });
    return out;
  }
}
