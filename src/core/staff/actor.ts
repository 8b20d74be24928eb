/**
 * Who is acting: a signed-in staff member, an API token, or the operator at the command line. Every service that
 * changes something takes an Actor, checks it against the permission table and writes it to the audit log.
 */
import type { StaffRole } from "./roles.js";

/** What the permission table needs to know about someone: their roles and, for officers, their departments. */
export interface Principal {
  roles: readonly StaffRole[];
  departmentIds: readonly string[];
}

/** A signed-in staff member. */
export interface StaffActor extends Principal {
  kind: "staff";
  id: string;
  orgId: string;
  email: string;
  fullName: string;
}

/** A machine client holding an API token; it acts with the token's one role. */
export interface ApiTokenActor extends Principal {
  kind: "api_token";
  id: string;
  name: string;
}

/**
 * The operator at the command line (`motcua staff create`, `motcua token create`): whoever can run the binary
 * against the database already controls it, so the permission table does not restrict them; they are audited.
 */
export interface OperatorActor {
  kind: "operator";
  /** What ran, e.g. "cli". */
  label: string;
}

export type Actor = StaffActor | ApiTokenActor | OperatorActor;

/** The command-line operator. */
export const CLI_OPERATOR: OperatorActor = { kind: "operator", label: "cli" };

/**
 * The departments a staff member belongs to as an officer, from their role assignments.
 *
 * @param roles - the assignments as stored.
 */
export function officerDepartments(roles: ReadonlyArray<{ role: StaffRole; departmentId: string | null }>): string[] {
  return [...new Set(roles.filter((r) => r.role === "officer" && r.departmentId).map((r) => r.departmentId as string))];
}
