/**
 * Reply templates: a department's canned answers (Chatwoot's "canned responses"), so a common reply takes one
 * click and a glance instead of typing. A template belongs to one department, or to every department when an
 * administrator writes it. Placeholders are filled with the ticket's values when an officer picks one; the officer
 * still reads and may edit the text before it is sent.
 */
import { changedFields, type AuditTrail } from "../../audit/audit-trail.js";
import { AppError, invalidInput } from "../../shared/app-error.js";
import type { StaffActor } from "../../staff/actor.js";
import { accessOf, assertAllowed } from "../../staff/permissions.js";
import type { DepartmentInfo } from "../ports.js";

/** A template as stored. */
export interface ReplyTemplate {
  id: string;
  /** null: every department. */
  departmentId: string | null;
  title: string;
  body: string;
  updatedAt: Date;
}

/** A template with its placeholders filled for one ticket. */
export interface FilledTemplate {
  id: string;
  title: string;
  text: string;
}

export interface ReplyTemplateInput {
  departmentId: string | null;
  title: string;
  body: string;
}

/** Port: templates of one organisation. */
export interface ReplyTemplateStore {
  /** Templates of these departments plus those for every department; all of them with `"all"`. Title order. */
  list(orgId: string, departments: readonly string[] | "all"): Promise<ReplyTemplate[]>;
  get(orgId: string, id: string): Promise<ReplyTemplate | null>;
  create(orgId: string, input: ReplyTemplateInput): Promise<ReplyTemplate>;
  update(orgId: string, id: string, input: ReplyTemplateInput): Promise<ReplyTemplate | null>;
  remove(orgId: string, id: string): Promise<boolean>;
}

/** The placeholders a template may use, and what each becomes. */
export const PLACEHOLDERS = ["ma", "ngay", "han", "don_vi"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const MAX_TITLE = 120;
export const MAX_BODY = 2000;

/**
 * Fills a template's placeholders: {ma} the tracking code, {ngay} today's date, {han} the deadline, {don_vi} the
 * department's name. Anything else in braces is left as written.
 */
export function fillTemplate(body: string, values: Record<Placeholder, string>): string {
  return body.replace(/\{([a-z_]+)\}/gu, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}

/** Placeholders written in a body that do not exist (a typo such as {mã} would reach the citizen as typed). */
export function unknownPlaceholders(body: string): string[] {
  return [...body.matchAll(/\{([^{}\s]{1,30})\}/gu)].map((m) => m[1] as string).filter((n) => !(PLACEHOLDERS as readonly string[]).includes(n));
}

export interface ReplyTemplatesDeps {
  store: ReplyTemplateStore;
  audit: AuditTrail;
  departments(): Promise<DepartmentInfo[]>;
}

/** Managing templates (administrators: all; officers: their departments' ones) and offering them to a ticket. */
export class ReplyTemplates {
  constructor(private readonly deps: ReplyTemplatesDeps) {}

  /** The templates a person may manage, for the templates page. */
  async manageable(actor: StaffActor, orgId: string): Promise<ReplyTemplate[]> {
    const access = accessOf(actor, "tickets.templates");
    if (!access) return [];
    const all = await this.deps.store.list(orgId, access.all ? "all" : access.departmentIds);
    return access.all ? all : all.filter((t) => t.departmentId !== null);
  }

  /** The templates offered on a ticket of `departmentId`: its own and those for every department. */
  forDepartment(orgId: string, departmentId: string | null): Promise<ReplyTemplate[]> {
    return this.deps.store.list(orgId, departmentId ? [departmentId] : []);
  }

  /**
   * One template the person may manage.
   *
   * @throws AppError 404 when it does not exist or belongs to another department.
   */
  async get(actor: StaffActor, orgId: string, id: string): Promise<ReplyTemplate> {
    const template = /^[0-9a-f-]{36}$/iu.test(id) ? await this.deps.store.get(orgId, id) : null;
    if (!template || !this.mayManage(actor, template.departmentId)) throw new AppError("template_not_found", "reply template not found", 404);
    return template;
  }

  /** Creates a template; field problems come back as `invalid_input` (422). */
  async create(actor: StaffActor, orgId: string, input: ReplyTemplateInput): Promise<ReplyTemplate> {
    const clean = await this.check(actor, input);
    const created = await this.deps.store.create(orgId, clean);
    await this.deps.audit.record({ actor, action: "reply_template.create", entityType: "reply_template", entityId: created.id, after: { ...clean } });
    return created;
  }

  /** Changes a template the person may manage (also its department, within their reach). */
  async update(actor: StaffActor, orgId: string, id: string, input: ReplyTemplateInput): Promise<ReplyTemplate> {
    const before = await this.get(actor, orgId, id);
    const clean = await this.check(actor, input);
    const after = await this.deps.store.update(orgId, id, clean);
    if (!after) throw new AppError("template_not_found", "reply template not found", 404);
    const diff = changedFields({ departmentId: before.departmentId, title: before.title, body: before.body }, { ...clean });
    await this.deps.audit.record({ actor, action: "reply_template.update", entityType: "reply_template", entityId: id, ...diff });
    return after;
  }

  /** Deletes a template the person may manage. */
  async remove(actor: StaffActor, orgId: string, id: string): Promise<void> {
    const before = await this.get(actor, orgId, id);
    await this.deps.store.remove(orgId, id);
    await this.deps.audit.record({ actor, action: "reply_template.delete", entityType: "reply_template", entityId: id, before: { departmentId: before.departmentId, title: before.title, body: before.body } });
  }

  /** Whether the person may manage templates of this department (null: every department, administrators only). */
  mayManage(actor: StaffActor, departmentId: string | null): boolean {
    const access = accessOf(actor, "tickets.templates");
    if (!access) return false;
    return access.all || (departmentId !== null && access.departmentIds.includes(departmentId));
  }

  private async check(actor: StaffActor, input: ReplyTemplateInput): Promise<ReplyTemplateInput> {
    assertAllowed(actor, "tickets.templates");
    const title = input.title.replace(/\s+/gu, " ").trim();
    const body = input.body.replace(/\r\n/gu, "\n").trim();
    const problems: Record<string, string> = {};
    if (!title) problems.title = "required";
    else if (title.length > MAX_TITLE) problems.title = "too_long";
    if (!body) problems.body = "required";
    else if (body.length > MAX_BODY) problems.body = "too_long";
    else if (unknownPlaceholders(body).length) problems.body = "placeholder";
    const departmentId = input.departmentId || null;
    if (departmentId !== null && !(await this.deps.departments()).some((d) => d.id === departmentId && d.active)) problems.departmentId = "unknown";
    else if (!this.mayManage(actor, departmentId)) problems.departmentId = departmentId === null ? "all_departments" : "unknown";
    if (Object.keys(problems).length) throw invalidInput(problems);
    return { departmentId, title, body };
  }
}
