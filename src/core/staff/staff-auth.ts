/**
 * Staff sign-in and sessions. A session is a row keyed by the hash of a random cookie value; it ends after an idle
 * period or at an absolute expiry, whichever comes first, and on sign-out. Failed sign-ins are throttled per client
 * address (a keyed hash of it) and lock the account for a while after repeated failures; the lock is audited.
 * Messages never tell whether an e-mail has an account.
 */
import type { AuditTrail } from "../audit/audit-trail.js";
import { invalidInput } from "../shared/app-error.js";
import { officerDepartments, type StaffActor } from "./actor.js";
import { passwordProblems } from "./password-policy.js";
import type { SessionStore, SignInAttemptStore, StaffAccountRecord, StaffSecrets, StaffStore } from "./ports.js";

export interface SessionPolicy {
  /** A session unused this long ends (minutes). */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not (hours). */
  maxHours: number;
}

export interface LockoutPolicy {
  /** Failed sign-ins in a row that lock an account. */
  maxFailures: number;
  lockMinutes: number;
  /** Failed sign-ins from one client address within the window that refuse further attempts from it. */
  maxFailuresPerClient: number;
  clientWindowMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15, maxFailuresPerClient: 20, clientWindowMinutes: 15 };

/** A session's last-seen time is written at most this often: a page view must not always cost a write. */
const TOUCH_EVERY_MS = 60_000;

export type SignInResult =
  | { ok: true; token: string; actor: StaffActor; mustChangePassword: boolean }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "locked"; until: Date }
  | { ok: false; reason: "throttled"; retryAfterSec: number };

/** A request's signed-in staff member. */
export interface SignedIn {
  actor: StaffActor;
  sessionId: string;
  /** Until the password is changed, only the password page and sign-out are open. */
  mustChangePassword: boolean;
}

export interface StaffAuthDeps {
  staff: StaffStore;
  sessions: SessionStore;
  attempts: SignInAttemptStore;
  secrets: StaffSecrets;
  audit: AuditTrail;
  sessionPolicy: SessionPolicy;
  lockout?: LockoutPolicy;
  clock?: () => Date;
}

/**
 * The actor a staff account acts as.
 *
 * @param account - the stored account.
 */
export function staffActorOf(account: StaffAccountRecord): StaffActor {
  return {
    kind: "staff",
    id: account.id,
    orgId: account.orgId,
    email: account.email,
    fullName: account.fullName,
    roles: [...new Set(account.roles.map((r) => r.role))],
    departmentIds: officerDepartments(account.roles),
  };
}

/** Normalises an e-mail as accounts are stored: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class StaffAuth {
  private readonly lockout: LockoutPolicy;
  private readonly now: () => Date;
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly deps: StaffAuthDeps) {
    this.lockout = deps.lockout ?? DEFAULT_LOCKOUT;
    this.now = deps.clock ?? (() => new Date());
  }

  /**
   * Checks an e-mail and password and opens a session.
   *
   * @param email - as typed.
   * @param password - as typed.
   * @param clientKey - a keyed hash of the client address, for per-address throttling.
   * @returns the session token to set as a cookie, or why not.
   */
  async signIn(email: string, password: string, clientKey: string): Promise<SignInResult> {
    const now = this.now();
    const { attempts, staff, secrets } = this.deps;
    const windowStart = new Date(now.getTime() - this.lockout.clientWindowMinutes * 60_000);
    if ((await attempts.countFailures(clientKey, windowStart)) >= this.lockout.maxFailuresPerClient) {
      return { ok: false, reason: "throttled", retryAfterSec: this.lockout.clientWindowMinutes * 60 };
    }
    const account = await staff.findByEmail(normaliseEmail(email));
    const fail = async (result: SignInResult): Promise<SignInResult> => {
      await attempts.record({ clientKey, staffId: account?.id ?? null, success: false, at: now });
      return result;
    };
    if (!account) {
      // the same scrypt work as for a real account, so the answer time does not tell which e-mails exist
      await secrets.verifyPassword(password, await this.hashForUnknownAccounts());
      return fail({ ok: false, reason: "invalid" });
    }
    if (account.lockedUntil && account.lockedUntil > now) return fail({ ok: false, reason: "locked", until: account.lockedUntil });
    if (!(await secrets.verifyPassword(password.slice(0, 1000), account.passwordHash))) {
      const failures = await staff.addFailedSignIn(account.id);
      if (failures >= this.lockout.maxFailures) {
        const until = new Date(now.getTime() + this.lockout.lockMinutes * 60_000);
        await staff.lock(account.id, until);
        await this.deps.audit.record({
          actor: { kind: "operator", label: "sign-in throttle" },
          action: "staff.locked",
          entityType: "staff_account",
          entityId: account.id,
          detail: { email: account.email, failures, until: until.toISOString(), clientKey },
        });
        return fail({ ok: false, reason: "locked", until });
      }
      return fail({ ok: false, reason: "invalid" });
    }
    if (!account.active) return fail({ ok: false, reason: "disabled" });

    const token = secrets.newToken();
    await this.deps.sessions.create({
      staffId: account.id,
      tokenHash: secrets.hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.deps.sessionPolicy.maxHours * 3_600_000),
    });
    await staff.recordSignIn(account.id, now);
    await attempts.record({ clientKey, staffId: account.id, success: true, at: now });
    return { ok: true, token, actor: staffActorOf(account), mustChangePassword: account.mustChangePassword };
  }

  /**
   * The staff member behind a session cookie, or null when the session is unknown, ended, idle too long, or the
   * account was disabled meanwhile.
   *
   * @param token - the cookie value.
   */
  async authenticate(token: string): Promise<SignedIn | null> {
    if (!token || token.length > 200) return null;
    const now = this.now();
    const session = await this.deps.sessions.findByTokenHash(this.deps.secrets.hashToken(token));
    if (!session) return null;
    const idleLimit = this.deps.sessionPolicy.idleMinutes * 60_000;
    if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > idleLimit) {
      await this.deps.sessions.delete(session.id);
      return null;
    }
    const account = await this.deps.staff.findById(session.staffId);
    if (!account?.active) {
      await this.deps.sessions.delete(session.id);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.deps.sessions.touch(session.id, now);
    return { actor: staffActorOf(account), sessionId: session.id, mustChangePassword: account.mustChangePassword };
  }

  /**
   * Ends the session of a cookie (nothing happens for an unknown one).
   *
   * @param token - the cookie value.
   */
  async signOut(token: string): Promise<void> {
    const session = token ? await this.deps.sessions.findByTokenHash(this.deps.secrets.hashToken(token)) : null;
    if (session) await this.deps.sessions.delete(session.id);
  }

  /**
   * Changes the signed-in member's own password and ends their other sessions (a stolen session dies with the old
   * password).
   *
   * @param who - the signed-in member and their current session.
   * @param input - the current password, the new one and its confirmation.
   * @throws AppError `invalid_input` with `fields` (current: wrong; password: too_short, is_email...).
   */
  async changePassword(who: SignedIn, input: { current: string; next: string; confirm: string }): Promise<void> {
    const account = await this.deps.staff.findById(who.actor.id);
    if (!account) throw invalidInput({ current: "wrong" });
    if (!(await this.deps.secrets.verifyPassword(input.current.slice(0, 1000), account.passwordHash))) throw invalidInput({ current: "wrong" });
    const problems = passwordProblems(input.next, account.email, input.confirm);
    if (input.next === input.current) problems.push("unchanged");
    if (problems.length > 0) throw invalidInput({ [problems[0] === "mismatch" ? "confirm" : "password"]: problems[0] as string });
    const now = this.now();
    await this.deps.staff.setPassword(account.id, await this.deps.secrets.hashPassword(input.next), false, now);
    const ended = await this.deps.sessions.deleteForStaff(account.id, who.sessionId);
    await this.deps.audit.record({
      actor: who.actor,
      action: "staff.password_change",
      entityType: "staff_account",
      entityId: account.id,
      detail: { otherSessionsEnded: ended, wasOneTime: account.mustChangePassword },
    });
  }

  /**
   * Housekeeping for the retention job: removes ended sessions and sign-in attempts older than a day.
   *
   * @returns what was removed.
   */
  async removeExpired(): Promise<{ sessions: number; attempts: number }> {
    const now = this.now();
    const idleBefore = new Date(now.getTime() - this.deps.sessionPolicy.idleMinutes * 60_000);
    const sessions = await this.deps.sessions.deleteEnded(now, idleBefore);
    const attempts = await this.deps.attempts.prune(new Date(now.getTime() - 24 * 3_600_000));
    return { sessions, attempts };
  }

  private hashForUnknownAccounts(): Promise<string> {
    this.dummyHash ??= this.deps.secrets.hashPassword(this.deps.secrets.newToken());
    return this.dummyHash;
  }
}
