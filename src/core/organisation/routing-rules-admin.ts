/**
 * The administrator's routing rules (issue #11 point 6): "a message that contains one of these phrases goes to this
 * department". Rules are data (RoutingRule rows); the router reloads them within a minute (src/main.ts), so an edit
 * needs no restart. Checked against `config.routing` and audited with before/after.
 */
import { changedFields, type AuditTrail, type AuditValue } from "../audit/audit-trail.js";
import { AppError, invalidInput } from "../shared/app-error.js";
import type { Actor } from "../staff/actor.js";
import { assertAllowed } from "../staff/permissions.js";
import type { CategoryStore, DepartmentStore } from "./ports.js";

export type RoutingRuleKind = "keyword" | "place";

/** One stored rule as the page shows it. */
export interface RoutingRuleRow {
  id: string;
  kind: RoutingRuleKind;
  phrases: string[];
  departmentId: string;
  categoryId: string | null;
  priority: number;
  active: boolean;
}

export type RoutingRuleFields = Omit<RoutingRuleRow, "id">;

/** Where the rules are kept (src/db/repositories/routing-repository.ts). */
export interface RoutingRuleStore {
  list(orgId: string): Promise<RoutingRuleRow[]>;
  findById(id: string): Promise<RoutingRuleRow | null>;
  create(orgId: string, fields: RoutingRuleFields): Promise<RoutingRuleRow>;
  update(id: string, fields: RoutingRuleFields): Promise<RoutingRuleRow>;
}

/** The rule form as typed: phrases one per line (or separated by ";"), category "" for none. */
export interface RoutingRuleInput {
  kind: string;
  phrases: string;
  departmentId: string;
  categoryId: string;
  priority: string;
  active: boolean;
}

/** Phrase length bounds: one syllable of two letters ("ao") up to a long place name. */
export const PHRASE_MIN = 2;
export const PHRASE_MAX = 80;
const MAX_PHRASES = 30;

const view = (r: RoutingRuleRow): Record<string, AuditValue> => ({
  kind: r.kind,
  phrases: r.phrases,
  departmentId: r.departmentId,
  categoryId: r.categoryId,
  priority: r.priority,
  active: r.active,
});

export class RoutingRulesAdmin {
  constructor(private readonly deps: { rules: RoutingRuleStore; departments: DepartmentStore; categories: CategoryStore; audit: AuditTrail }) {}

  /** Every rule of the organisation, active first, higher priority first. */
  async list(actor: Actor, orgId: string): Promise<RoutingRuleRow[]> {
    assertAllowed(actor, "config.routing");
    return this.deps.rules.list(orgId);
  }

  /** @throws AppError `not_found` (404). */
  async get(actor: Actor, id: string): Promise<RoutingRuleRow> {
    assertAllowed(actor, "config.routing");
    const found = await this.deps.rules.findById(id);
    if (!found) throw new AppError("not_found", "no such routing rule", 404);
    return found;
  }

  /**
   * Adds a rule.
   *
   * @throws AppError `invalid_input` (phrases: required | phrase_length | too_many; departmentId, categoryId: unknown; priority: invalid).
   */
  async create(actor: Actor, orgId: string, input: RoutingRuleInput): Promise<RoutingRuleRow> {
    assertAllowed(actor, "config.routing");
    const fields = await this.check(input);
    const created = await this.deps.rules.create(orgId, fields);
    await this.deps.audit.record({ actor, action: "routing_rule.create", entityType: "routing_rule", entityId: created.id, after: view(created) });
    return created;
  }

  /** Changes a rule. @throws AppError `invalid_input`, `not_found`. */
  async update(actor: Actor, id: string, input: RoutingRuleInput): Promise<RoutingRuleRow> {
    const before = await this.get(actor, id);
    const after = await this.deps.rules.update(id, await this.check(input));
    await this.audit(actor, "routing_rule.update", before, after);
    return after;
  }

  /** Switches a rule off (kept, so it can be switched on again) or on. */
  async setActive(actor: Actor, id: string, active: boolean): Promise<RoutingRuleRow> {
    const before = await this.get(actor, id);
    const after = await this.deps.rules.update(id, { ...before, active });
    await this.audit(actor, active ? "routing_rule.activate" : "routing_rule.deactivate", before, after);
    return after;
  }

  private async audit(actor: Actor, action: string, before: RoutingRuleRow, after: RoutingRuleRow): Promise<void> {
    const diff = changedFields(view(before), view(after));
    if (Object.keys(diff.after).length === 0) return;
    await this.deps.audit.record({ actor, action, entityType: "routing_rule", entityId: after.id, before: diff.before, after: diff.after });
  }

  private async check(input: RoutingRuleInput): Promise<RoutingRuleFields> {
    const fields: Record<string, string> = {};
    const phrases = splitPhrases(input.phrases);
    if (phrases.length === 0) fields.phrases = "required";
    else if (phrases.some((p) => [...p].length < PHRASE_MIN || [...p].length > PHRASE_MAX)) fields.phrases = "phrase_length";
    else if (phrases.length > MAX_PHRASES) fields.phrases = "too_long";
    if (input.kind !== "keyword" && input.kind !== "place") fields.kind = "unknown";
    const department = input.departmentId ? await this.deps.departments.findById(input.departmentId) : null;
    if (!input.departmentId) fields.departmentId = "required";
    else if (!department) fields.departmentId = "unknown";
    const category = input.categoryId ? await this.deps.categories.findById(input.categoryId) : null;
    if (input.categoryId && !category) fields.categoryId = "unknown";
    const priority = input.priority.trim() === "" ? 0 : Number(input.priority.trim());
    if (!Number.isInteger(priority) || priority < -100 || priority > 100) fields.priority = "invalid";
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
    return { kind: input.kind as RoutingRuleKind, phrases, departmentId: input.departmentId, categoryId: category ? category.id : null, priority, active: input.active };
  }
}

/** The phrases of the form's box: one per line or separated by ";" or ",", spaces folded, duplicates dropped. */
export function splitPhrases(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n;,]/u)) {
    const p = raw.replace(/\s+/gu, " ").trim();
    if (p && !seen.has(p.toLowerCase())) {
      seen.add(p.toLowerCase());
      out.push(p);
    }
  }
  return out;
}
