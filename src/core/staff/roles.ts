/**
 * Console roles (DESIGN.md §7). A staff member may hold several; an officer's role is bound to departments.
 */

/** Every role, in the order the console lists them. */
export const STAFF_ROLES = ["admin", "triage", "officer", "editor", "leader"] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Whether a value names a role.
 *
 * @param value - e.g. a form field or a CLI option.
 */
export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

/** A role held by a staff member; `departmentId` is set for officer roles only. */
export interface RoleAssignment {
  role: StaffRole;
  departmentId: string | null;
}
