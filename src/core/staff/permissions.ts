/**
 * The one permission table of the console and the JSON API (DESIGN.md §7): every capability of the staff, feedback
 * and news consoles, and which roles hold it. Routes declare the capability they need and one middleware checks
 * it; services check it again with {@link assertAllowed}, so a forgotten route check still cannot leak data.
 *
 * A grant is either "all" or "own_departments": an officer acts only on what belongs to the departments they are
 * bound to. Pass the department of the thing acted on as `scope` and the table decides.
 */
import { AppError } from "../shared/app-error.js";
import type { Actor } from "./actor.js";
import type { StaffRole } from "./roles.js";

/** How far a grant reaches. */
export type Reach = "all" | "own_departments";

interface CapabilityRule {
  /** What the capability allows, for the reader of this table and the console's role page. */
  about: string;
  grants: Partial<Record<StaffRole, Reach>>;
}

/**
 * The table. Leaders hold only read capabilities (a test checks it); admins hold everything.
 * Ticket capabilities are consumed by the department console (#13), news and broadcast ones by the editor
 * console and the CMS push API (#12, #14).
 */
export const PERMISSIONS = {
  // ── feedback tickets ──
  "tickets.view": {
    about: "see tickets: officers those of their departments, triage, leaders and admins every ticket",
    grants: { admin: "all", triage: "all", leader: "all", officer: "own_departments" },
  },
  "tickets.triage": { about: "work the queue of unrouted tickets", grants: { admin: "all", triage: "all" } },
  "tickets.act": {
    about: "accept, answer, ask for information, resolve, reject, note and reopen a ticket",
    grants: { admin: "all", triage: "all", officer: "own_departments" },
  },
  "tickets.transfer": {
    about: "send a ticket to another department, with a reason",
    grants: { admin: "all", triage: "all", officer: "own_departments" },
  },
  "tickets.templates": {
    about: "write the reply templates officers start from: administrators for every department, officers for their own",
    grants: { admin: "all", officer: "own_departments" },
  },
  "tickets.personal_data": {
    about: "see a citizen's name, phone and address on a ticket (each view is audited)",
    grants: { admin: "all", triage: "all", officer: "own_departments" },
  },
  // ── news and broadcasts ──
  "news.approve": { about: "approve, edit or skip incoming news items", grants: { admin: "all", editor: "all" } },
  "news.sources": { about: "manage news feeds: add, pause, map to topics", grants: { admin: "all", editor: "all" } },
  "news.push": { about: "push a news item through the JSON API (the portal's CMS, with an editor token)", grants: { admin: "all", editor: "all" } },
  "broadcasts.send": { about: "compose, schedule, send and cancel broadcasts", grants: { admin: "all", editor: "all" } },
  "broadcasts.view": { about: "see broadcasts and their delivery figures", grants: { admin: "all", editor: "all", leader: "all" } },
  // ── knowledge base ──
  "kb.view": { about: "read procedures and try questions", grants: { admin: "all", editor: "all" } },
  "kb.edit": { about: "import, activate and deactivate procedures; edit local words", grants: { admin: "all" } },
  "unanswered.view": { about: "read the questions the bot could not answer", grants: { admin: "all", editor: "all", leader: "all" } },
  // ── configuration ──
  "config.organisation": { about: "edit the organisation's profile", grants: { admin: "all" } },
  "config.departments": { about: "manage departments", grants: { admin: "all" } },
  "config.categories": { about: "manage feedback categories and deadline policies", grants: { admin: "all" } },
  "config.routing": { about: "edit the routing rules (a phrase in a report → a department)", grants: { admin: "all" } },
  "config.calendar": { about: "edit the working calendar", grants: { admin: "all" } },
  "config.staff": { about: "manage staff accounts", grants: { admin: "all" } },
  "config.api_tokens": { about: "create and revoke API tokens", grants: { admin: "all" } },
  // ── oversight ──
  "audit.view": { about: "read the audit log", grants: { admin: "all" } },
  "reports.view": { about: "read activity reports and dashboards", grants: { admin: "all", triage: "all", leader: "all" } },
} as const satisfies Record<string, CapabilityRule>;

export type Capability = keyof typeof PERMISSIONS;

/** Every capability, in table order. */
export const CAPABILITIES = Object.keys(PERMISSIONS) as Capability[];

/** Capabilities that only read; the leader role may hold nothing else. */
export const READ_ONLY_CAPABILITIES: ReadonlySet<Capability> = new Set([
  "tickets.view",
  "broadcasts.view",
  "kb.view",
  "unanswered.view",
  "audit.view",
  "reports.view",
]);

/** What an actor may reach with one capability: everything, some departments, or nothing. */
export type Access = { all: true } | { all: false; departmentIds: readonly string[] } | null;

/**
 * How far an actor's grants of a capability reach, for filtering lists ("the officer's tickets").
 *
 * @param actor - who asks.
 * @param capability - what they want to do.
 * @returns `{ all: true }`, the departments they may act on, or null when they may not at all.
 */
export function accessOf(actor: Actor, capability: Capability): Access {
  if (actor.kind === "operator") return { all: true };
  const grants: Partial<Record<StaffRole, Reach>> = PERMISSIONS[capability].grants;
  let departments = false;
  for (const role of actor.roles) {
    const reach = grants[role];
    if (reach === "all") return { all: true };
    if (reach === "own_departments") departments = true;
  }
  return departments ? { all: false, departmentIds: actor.departmentIds } : null;
}

/** The department a single action is about; `departmentId: null` is an unrouted ticket. */
export interface Scope {
  departmentId: string | null;
}

/**
 * Whether an actor may use a capability, on one department's item when `scope` is given. Without a scope a
 * department-bound grant counts (the menu shows "Phản ánh" to an officer; the list is then filtered).
 *
 * @param actor - who asks.
 * @param capability - what they want to do.
 * @param scope - the department of the item acted on.
 */
export function can(actor: Actor, capability: Capability, scope?: Scope): boolean {
  const access = accessOf(actor, capability);
  if (access === null) return false;
  if (access.all || scope === undefined) return true;
  return scope.departmentId !== null && access.departmentIds.includes(scope.departmentId);
}

/**
 * The service-side check: throws unless the actor may use the capability (on the scope's department).
 *
 * @throws AppError `forbidden` (403).
 */
export function assertAllowed(actor: Actor, capability: Capability, scope?: Scope): void {
  if (!can(actor, capability, scope)) {
    throw new AppError("forbidden", `not allowed: ${capability}`, 403);
  }
}

/**
 * The capabilities a set of roles holds, whatever their reach (the console's "your role may" page and the tests).
 *
 * @param roles - the roles held.
 */
export function capabilitiesOf(roles: readonly StaffRole[]): Capability[] {
  return CAPABILITIES.filter((c) => roles.some((role) => (PERMISSIONS[c].grants as Partial<Record<StaffRole, Reach>>)[role] !== undefined));
}
