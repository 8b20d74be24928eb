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

export interface OrganisationStore {
  /** The organisation (one per deployment); null before the first start seeded it. */
  current(): Promise<OrganisationProfile | null>;
}

export interface DepartmentStore {
  list(): Promise<Department[]>;
  findById(id: string): Promise<Department | null>;
  findByCode(code: string): Promise<Department | null>;
}
