/**
 * The administrator's organisation settings: the profile the bot tells citizens (name, phone, address, office
 * hours) and the departments feedback goes to. Every change is checked against the permission table
 * (`config.organisation`, `config.departments`) and audited with the changed fields before and after.
 */
import { changedFields, type AuditTrail, type AuditValue } from "../audit/audit-trail.js";
import { AppError, invalidInput } from "../shared/app-error.js";
import type { Actor } from "../staff/actor.js";
import { assertAllowed } from "../staff/permissions.js";
import { code, email, line, paragraph, phone } from "./form-rules.js";
import type { Department, DepartmentFields, DepartmentStore, OrganisationProfile, OrganisationStore, ProfileChanges } from "./ports.js";

/** The profile form as typed. */
export interface ProfileInput {
  name: string;
  phone: string;
  address: string;
  officeHours: string;
}

/** The department form as typed; `active` from its checkbox. */
export interface DepartmentInput {
  code: string;
  name: string;
  kind: string;
  email: string;
  phone: string;
  active: boolean;
}

const profileView = (p: ProfileChanges): Record<string, AuditValue> => ({ name: p.name, phone: p.phone, address: p.address, officeHours: p.officeHours });
const departmentView = (d: Department): Record<string, AuditValue> => ({ code: d.code, name: d.name, kind: d.kind, email: d.email, phone: d.phone, active: d.active });

export class OrganisationSettings {
  constructor(private readonly deps: { organisation: OrganisationStore; departments: DepartmentStore; audit: AuditTrail }) {}

  /**
   * The organisation's profile.
   *
   * @throws AppError `not_found` before the organisation was seeded.
   */
  async profile(actor: Actor): Promise<OrganisationProfile> {
    assertAllowed(actor, "config.organisation");
    const org = await this.deps.organisation.current();
    if (!org) throw new AppError("not_found", "no organisation configured", 404);
    return org;
  }

  /**
   * Saves the profile. The bot reads it again within a minute (see the conversation's contact refresh).
   *
   * @throws AppError `invalid_input` (name: required | too_long; phone: invalid; address, officeHours: too_long).
   */
  async updateProfile(actor: Actor, input: ProfileInput): Promise<OrganisationProfile> {
    const before = await this.profile(actor);
    const fields: Record<string, string> = {};
    const changes: ProfileChanges = {
      name: line(fields, "name", input.name, 120, true),
      phone: phone(fields, "phone", input.phone),
      address: line(fields, "address", input.address, 250, false) || null,
      officeHours: paragraph(fields, "officeHours", input.officeHours, 300) || null,
    };
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const after = await this.deps.organisation.updateProfile(before.id, changes);
    const diff = changedFields(profileView(before), profileView(after));
    if (Object.keys(diff.after).length > 0) {
      await this.deps.audit.record({ actor, action: "organisation.update", entityType: "organisation", entityId: before.id, before: diff.before, after: diff.after });
    }
    return after;
  }

  /** Every department, active ones first. */
  async departments(actor: Actor): Promise<Department[]> {
    assertAllowed(actor, "config.departments");
    return this.deps.departments.list();
  }

  /** @throws AppError `not_found` (404). */
  async department(actor: Actor, id: string): Promise<Department> {
    assertAllowed(actor, "config.departments");
    const found = await this.deps.departments.findById(id);
    if (!found) throw new AppError("not_found", "no such department", 404);
    return found;
  }

  /**
   * Adds a department.
   *
   * @throws AppError `invalid_input` (code: required | code | taken; name; kind: unknown; email, phone: invalid).
   */
  async createDepartment(actor: Actor, orgId: string, input: DepartmentInput): Promise<Department> {
    assertAllowed(actor, "config.departments");
    const fields: Record<string, string> = {};
    const checked = this.check(fields, input);
    const c = code(fields, "code", input.code, true);
    if (!fields.code && (await this.deps.departments.findByCode(c))) fields.code = "taken";
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const created = await this.deps.departments.create(orgId, { ...checked, code: c });
    await this.deps.audit.record({ actor, action: "department.create", entityType: "department", entityId: created.id, after: departmentView(created) });
    return created;
  }

  /**
   * Changes a department (not its code); `active: false` deactivates it: it gets no new feedback, its tickets stay.
   *
   * @throws AppError `invalid_input`, `not_found`.
   */
  async updateDepartment(actor: Actor, id: string, input: Omit<DepartmentInput, "code">): Promise<Department> {
    const before = await this.department(actor, id);
    const fields: Record<string, string> = {};
    const checked = this.check(fields, { ...input, code: before.code });
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const after = await this.deps.departments.update(id, checked);
    const diff = changedFields(departmentView(before), departmentView(after));
    if (Object.keys(diff.after).length > 0) {
      const action = before.active && !after.active ? "department.deactivate" : !before.active && after.active ? "department.activate" : "department.update";
      await this.deps.audit.record({ actor, action, entityType: "department", entityId: id, before: diff.before, after: diff.after });
    }
    return after;
  }

  /** Sets only whether a department is active (the list's one-button action). */
  async setDepartmentActive(actor: Actor, id: string, active: boolean): Promise<Department> {
    const d = await this.department(actor, id);
    return this.updateDepartment(actor, id, { name: d.name, kind: d.kind, email: d.email ?? "", phone: d.phone ?? "", active });
  }

  private check(fields: Record<string, string>, input: DepartmentInput): Omit<DepartmentFields, "code"> {
    if (input.kind !== "internal" && input.kind !== "external") fields.kind = "unknown";
    return {
      name: line(fields, "name", input.name, 120, true),
      kind: input.kind === "external" ? "external" : "internal",
      email: email(fields, "email", input.email),
      phone: phone(fields, "phone", input.phone),
      active: input.active,
    };
  }
}
