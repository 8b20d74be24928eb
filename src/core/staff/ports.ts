/**
 * Ports of the staff domain: the stores src/db implements and the secret handling src/security implements. Core
 * code depends only on these interfaces.
 */
import type { RoleAssignment } from "./roles.js";

/** A staff account as the services see it. */
export interface StaffAccountRecord {
  id: string;
  orgId: string;
  email: string;
  fullName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  failedSignIns: number;
  lockedUntil: Date | null;
  active: boolean;
  roles: RoleAssignment[];
  createdAt: Date;
  lastLoginAt: Date | null;
}

/** Fields of a new account. */
export interface NewStaffAccount {
  orgId: string;
  email: string;
  fullName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  roles: RoleAssignment[];
}

/** Fields an administrator may change. */
export interface StaffAccountChanges {
  fullName?: string;
  active?: boolean;
  roles?: RoleAssignment[];
}

export interface StaffStore {
  findByEmail(email: string): Promise<StaffAccountRecord | null>;
  findById(id: string): Promise<StaffAccountRecord | null>;
  list(): Promise<StaffAccountRecord[]>;
  create(account: NewStaffAccount): Promise<StaffAccountRecord>;
  /** Applies the changes; roles, when given, replace the account's roles. */
  update(id: string, changes: StaffAccountChanges): Promise<StaffAccountRecord>;
  /** Adds one failed sign-in and returns the new count (atomic, so parallel attempts all count). */
  addFailedSignIn(id: string): Promise<number>;
  /** Locks the account until `until` and resets the failure count. */
  lock(id: string, until: Date): Promise<void>;
  /** A successful sign-in: resets failures and the lock, records the time. */
  recordSignIn(id: string, at: Date): Promise<void>;
  setPassword(id: string, passwordHash: string, mustChange: boolean, at: Date): Promise<void>;
}

/** A stored session with the account it belongs to. */
export interface StoredSession {
  id: string;
  staffId: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
}

export interface SessionStore {
  create(session: { staffId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<StoredSession>;
  findByTokenHash(tokenHash: string): Promise<StoredSession | null>;
  touch(id: string, at: Date): Promise<void>;
  delete(id: string): Promise<void>;
  /** Ends every session of an account except `keepId`; returns how many ended. */
  deleteForStaff(staffId: string, keepId?: string): Promise<number>;
  /** Removes sessions that ended before `now` (absolute expiry) or were idle since before `idleBefore`. */
  deleteEnded(now: Date, idleBefore: Date): Promise<number>;
}

export interface SignInAttemptStore {
  record(attempt: { clientKey: string; staffId: string | null; success: boolean; at: Date }): Promise<void>;
  /** Failed attempts from one client since a time. */
  countFailures(clientKey: string, since: Date): Promise<number>;
  prune(before: Date): Promise<number>;
}

/** Password hashing and the random secrets of the console (implemented with node:crypto in src/security). */
export interface StaffSecrets {
  hashPassword(password: string): Promise<string>;
  verifyPassword(password: string, hash: string): Promise<boolean>;
  /** A one-time password for a new or reset account: readable aloud, unguessable. */
  oneTimePassword(): string;
  /** A session cookie value or API token: 256 random bits, URL-safe, with an optional prefix. */
  newToken(prefix?: string): string;
  /** The stored form of a token (a fast hash: tokens are random, unlike passwords). */
  hashToken(token: string): string;
}
