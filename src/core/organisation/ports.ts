/**
 * The organisation as configuration: its profile (what the bot tells citizens), its departments and the feedback
 * categories routed to them. Implemented in src/db; edited by the administrator in the console.
 */

/** The government the service speaks for. */
export interface OrganisationProfile {
  id: string;
  code: string;
  name: string;
  level: "xa" | "tinh";
  province: string;
  phone: string | null;
  address: string | null;
  officeHours: string | null;
  /** IANA time zone of every date shown to staff and citizens. */
  timezone: string;
}

/** An internal unit or an outside body the ward forwards to. */
export interface Department {
  id: string;
  code: string;
  name: string;
  kind: "internal" | "external";
  email: string | null;
  phone: string | null;
  active: boolean;
}

/** What the administrator edits of the profile (the code, level and time zone are set at installation). */
export type ProfileChanges = Pick<OrganisationProfile, "name" | "phone" | "address" | "officeHours">;

export interface OrganisationStore {
  /** The organisation (one per deployment); null before the first start seeded it. */
  current(): Promise<OrganisationProfile | null>;
  /** Saves the editable fields of the profile. */
  updateProfile(id: string, changes: ProfileChanges): Promise<OrganisationProfile>;
}

/** The fields of a department an administrator fills in. */
export type DepartmentFields = Omit<Department, "id">;

export interface DepartmentStore {
  list(): Promise<Department[]>;
  findById(id: string): Promise<Department | null>;
  findByCode(code: string): Promise<Department | null>;
  create(orgId: string, fields: DepartmentFields): Promise<Department>;
  /** Saves every field but the code (a department's code never changes: rules and imports name it). */
  update(id: string, fields: Omit<DepartmentFields, "code">): Promise<Department>;
}

/** A deadline policy: hours to accept (urgent ones sooner) and working days to answer. */
export interface SlaPolicy {
  id: string;
  code: string;
  name: string;
  acceptWithinHours: number;
  urgentAcceptHours: number;
  answerWithinDays: number;
}

/** A kind of feedback citizens choose, with the department it goes to and its deadlines. */
export interface FeedbackCategory {
  id: string;
  code: string;
  name: string;
  description: string | null;
  departmentId: string;
  slaPolicyId: string | null;
  urgent: boolean;
  active: boolean;
}

export type CategoryFields = Omit<FeedbackCategory, "id">;

export interface CategoryStore {
  list(): Promise<FeedbackCategory[]>;
  findById(id: string): Promise<FeedbackCategory | null>;
  findByCode(code: string): Promise<FeedbackCategory | null>;
  create(orgId: string, fields: CategoryFields): Promise<FeedbackCategory>;
  update(id: string, fields: Omit<CategoryFields, "code">): Promise<FeedbackCategory>;
  slaPolicies(): Promise<SlaPolicy[]>;
}
