/**
 * The administrator's feedback categories: what citizens choose when they report, the department each goes to,
 * its deadline policy (SlaPolicy) and whether it is urgent by default. The ticket core reads categories on each
 * use, so an edit applies to the next report. Checked against `config.categories` and audited with before/after.
 */
import { changedFields, type AuditTrail, type AuditValue } from "../audit/audit-trail.js";
import { AppError, invalidInput } from "../shared/app-error.js";
import type { Actor } from "../staff/actor.js";
import { assertAllowed } from "../staff/permissions.js";
import { code, line } from "./form-rules.js";
import type { CategoryFields, CategoryStore, DepartmentStore, FeedbackCategory, SlaPolicy } from "./ports.js";

/** The category form as typed; `slaPolicyId` "" is the system's default deadlines. */
export interface CategoryInput {
  code: string;
  name: string;
  description: string;
  departmentId: string;
  slaPolicyId: string;
  urgent: boolean;
  active: boolean;
}

const view = (c: FeedbackCategory): Record<string, AuditValue> => ({
  code: c.code,
  name: c.name,
  description: c.description,
  departmentId: c.departmentId,
  slaPolicyId: c.slaPolicyId,
  urgent: c.urgent,
  active: c.active,
});

export class FeedbackCategories {
  constructor(private readonly deps: { categories: CategoryStore; departments: DepartmentStore; audit: AuditTrail }) {}

  /** Every category (active first) and the deadline policies to choose from. */
  async list(actor: Actor): Promise<{ categories: FeedbackCategory[]; policies: SlaPolicy[] }> {
    assertAllowed(actor, "config.categories");
    const [categories, policies] = await Promise.all([this.deps.categories.list(), this.deps.categories.slaPolicies()]);
    return { categories, policies };
  }

  /** @throws AppError `not_found` (404). */
  async get(actor: Actor, id: string): Promise<FeedbackCategory> {
    assertAllowed(actor, "config.categories");
    const found = await this.deps.categories.findById(id);
    if (!found) throw new AppError("not_found", "no such feedback category", 404);
    return found;
  }

  /**
   * Adds a category.
   *
   * @throws AppError `invalid_input` (code: required | code | taken; name; departmentId, slaPolicyId: unknown).
   */
  async create(actor: Actor, orgId: string, input: CategoryInput): Promise<FeedbackCategory> {
    assertAllowed(actor, "config.categories");
    const fields: Record<string, string> = {};
    const c = code(fields, "code", input.code, false);
    if (!fields.code && (await this.deps.categories.findByCode(c))) fields.code = "taken";
    const checked = await this.check(fields, input);
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const created = await this.deps.categories.create(orgId, { ...checked, code: c });
    await this.deps.audit.record({ actor, action: "category.create", entityType: "feedback_category", entityId: created.id, after: view(created) });
    return created;
  }

  /**
   * Changes a category (not its code).
   *
   * @throws AppError `invalid_input`, `not_found`.
   */
  async update(actor: Actor, id: string, input: Omit<CategoryInput, "code">): Promise<FeedbackCategory> {
    const before = await this.get(actor, id);
    const fields: Record<string, string> = {};
    const checked = await this.check(fields, { ...input, code: before.code });
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    const after = await this.deps.categories.update(id, checked);
    const diff = changedFields(view(before), view(after));
    if (Object.keys(diff.after).length > 0) {
      await this.deps.audit.record({ actor, action: "category.update", entityType: "feedback_category", entityId: id, before: diff.before, after: diff.after });
    }
    return after;
  }

  private async check(fields: Record<string, string>, input: CategoryInput): Promise<Omit<CategoryFields, "code">> {
    const name = line(fields, "name", input.name, 120, true);
    const description = line(fields, "description", input.description, 300, false) || null;
    const department = input.departmentId ? await this.deps.departments.findById(input.departmentId) : null;
    if (!input.departmentId) fields.departmentId = "required";
    else if (!department) fields.departmentId = "unknown";
    const policies = await this.deps.categories.slaPolicies();
    if (input.slaPolicyId && !policies.some((p) => p.id === input.slaPolicyId)) fields.slaPolicyId = "unknown";
    return { name, description, departmentId: input.departmentId, slaPolicyId: input.slaPolicyId || null, urgent: input.urgent, active: input.active };
  }
}
