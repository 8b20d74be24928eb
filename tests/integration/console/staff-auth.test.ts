import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditTrail } from "../../../src/core/audit/audit-trail.js";
import { CLI_OPERATOR, type StaffActor } from "../../../src/core/staff/actor.js";
import { StaffAccounts } from "../../../src/core/staff/staff-accounts.js";
import { StaffAuth } from "../../../src/core/staff/staff-auth.js";
import type { Database } from "../../../src/db/database.js";
import { createAuditStore } from "../../../src/db/repositories/audit-repository.js";
import { createDepartmentStore } from "../../../src/db/repositories/organisation-repository.js";
import { createSessionStore, createSignInAttemptStore, createStaffStore } from "../../../src/db/repositories/staff-repository.js";
import { seedDemo } from "../../../src/db/seed/seed.js";
import { staffSecrets } from "../../../src/security/staff-secrets.js";
import { backendName, openTestDb } from "../../support/db.js";

// The sign-in and account services over the real database, with a clock the test moves.
describe(`staff sign-in, sessions and accounts (${backendName})`, () => {
  let db: Database;
  let now = new Date("2026-12-01T02:00:00Z");
  let auth: StaffAuth;
  let accounts: StaffAccounts;
  let audit: AuditTrail;
  let orgId: string;
  let vp: string;
  let mt: string;

  beforeAll(async () => {
    db = await openTestDb();
    orgId = (await seedDemo(db.prisma, { email: "root@ward.vn", password: "root-password-1" })).orgId;
    const clock = () => now;
    audit = new AuditTrail(createAuditStore(db.prisma), clock);
    const staff = createStaffStore(db.prisma);
    const sessions = createSessionStore(db.prisma);
    const departments = createDepartmentStore(db.prisma);
    auth = new StaffAuth({ staff, sessions, attempts: createSignInAttemptStore(db.prisma), secrets: staffSecrets, audit, sessionPolicy: { idleMinutes: 30, maxHours: 8 }, clock });
    accounts = new StaffAccounts({ staff, sessions, departments, secrets: staffSecrets, audit, clock });
    vp = (await departments.findByCode("VP"))!.id;
    mt = (await departments.findByCode("MT"))!.id;
  });
  afterAll(async () => db?.close());

  const later = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

  it("creates an officer with a one-time password that must be changed, and audits it without secrets", async () => {
    const { account, oneTimePassword } = await accounts.create(CLI_OPERATOR, { email: " Lan@Ward.VN ", fullName: "Trần Thị Lan", roles: ["officer"], departmentIds: [vp, mt] }, orgId);
    expect(account.email).toBe("lan@ward.vn");
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const signedIn = await auth.signIn("lan@ward.vn", oneTimePassword, "client-a");
    expect(signedIn).toMatchObject({ ok: true, mustChangePassword: true });
    if (!signedIn.ok) throw new Error("unreachable");
    expect(signedIn.actor.roles).toEqual(["officer"]);
    expect([...signedIn.actor.departmentIds].sort()).toEqual([vp, mt].sort());
    const [entry] = await audit.list({ action: "staff.create", entityId: account.id });
    expect(entry).toMatchObject({ actorType: "operator", actorLabel: "cli", after: { email: "lan@ward.vn", roles: expect.arrayContaining([`officer:${vp}`]) } });
    expect(JSON.stringify(entry)).not.toContain(oneTimePassword);
    expect(JSON.stringify(entry)).not.toContain("scrypt$");
  });

  it("refuses bad account input field by field", async () => {
    await expect(accounts.create(CLI_OPERATOR, { email: "lan@ward.vn", fullName: "", roles: ["officer"], departmentIds: [] }, orgId)).rejects.toMatchObject({
      code: "invalid_input",
      fields: { email: "taken", departments: "required" },
    });
    await expect(accounts.create(CLI_OPERATOR, { email: "not-an-email", fullName: "", roles: ["boss"], departmentIds: ["00000000-0000-0000-0000-000000000000"] }, orgId)).rejects.toMatchObject({
      fields: { email: "invalid", roles: "unknown", departments: "unknown" },
    });
  });

  it("ends an idle session, and any session at its absolute expiry even when used", async () => {
    const start = await auth.signIn("root@ward.vn", "root-password-1", "client-b");
    if (!start.ok) throw new Error(start.reason);
    later(29);
    expect(await auth.authenticate(start.token)).not.toBeNull();
    later(31);
    expect(await auth.authenticate(start.token)).toBeNull();

    const busy = await auth.signIn("root@ward.vn", "root-password-1", "client-b");
    if (!busy.ok) throw new Error(busy.reason);
    for (let i = 0; i < 16; i++) {
      later(29);
      expect(await auth.authenticate(busy.token), `after ${(i + 1) * 29} minutes`).not.toBeNull();
    }
    later(29); // 8 h 41 min after sign-in
    expect(await auth.authenticate(busy.token)).toBeNull();
  });

  it("locks an account after five failures in a row, lifts it after the lock time, and a reset lifts it at once", async () => {
    const { account } = await accounts.create(CLI_OPERATOR, { email: "minh@ward.vn", fullName: "", roles: ["editor"], departmentIds: [] }, orgId);
    const reset = await accounts.resetPassword(CLI_OPERATOR, account.id);
    for (let i = 0; i < 4; i++) expect(await auth.signIn("minh@ward.vn", "wrong", `client-${i}`)).toEqual({ ok: false, reason: "invalid" });
    const fifth = await auth.signIn("minh@ward.vn", "wrong", "client-9");
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    expect(await auth.signIn("minh@ward.vn", reset.oneTimePassword, "client-9")).toMatchObject({ ok: false, reason: "locked" });
    later(16);
    expect(await auth.signIn("minh@ward.vn", reset.oneTimePassword, "client-9")).toMatchObject({ ok: true });

    for (let i = 0; i < 5; i++) await auth.signIn("minh@ward.vn", "wrong", "client-x");
    const again = await accounts.resetPasswordByEmail(CLI_OPERATOR, "MINH@ward.vn");
    expect(await auth.signIn("minh@ward.vn", again.oneTimePassword, "client-x")).toMatchObject({ ok: true, mustChangePassword: true });
    expect((await audit.list({ action: "staff.locked", entityId: account.id })).length).toBe(2);
  });

  it("throttles one client address after repeated failures, whatever the e-mails", async () => {
    for (let i = 0; i < 20; i++) await auth.signIn(`nobody${i}@ward.vn`, "guess", "client-spray");
    expect(await auth.signIn("root@ward.vn", "root-password-1", "client-spray")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await auth.signIn("root@ward.vn", "root-password-1", "client-other")).toMatchObject({ ok: true });
    later(16);
    expect(await auth.signIn("root@ward.vn", "root-password-1", "client-spray")).toMatchObject({ ok: true });
  });

  it("changes a password: checks the current one and the rules, ends the other sessions, keeps this one", async () => {
    const { account, oneTimePassword } = await accounts.create(CLI_OPERATOR, { email: "hoa@ward.vn", fullName: "", roles: ["leader"], departmentIds: [] }, orgId);
    const first = await auth.signIn("hoa@ward.vn", oneTimePassword, "c");
    const second = await auth.signIn("hoa@ward.vn", oneTimePassword, "c");
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    const who = (await auth.authenticate(first.token))!;
    await expect(auth.changePassword(who, { current: "wrong", next: "một câu mới dài", confirm: "một câu mới dài" })).rejects.toMatchObject({ fields: { current: "wrong" } });
    await expect(auth.changePassword(who, { current: oneTimePassword, next: "hoa@ward.vn", confirm: "hoa@ward.vn" })).rejects.toMatchObject({ fields: { password: "is_email" } });
    await expect(auth.changePassword(who, { current: oneTimePassword, next: "một câu mới dài", confirm: "một câu khác" })).rejects.toMatchObject({ fields: { confirm: "mismatch" } });
    await auth.changePassword(who, { current: oneTimePassword, next: "một câu mới dài", confirm: "một câu mới dài" });
    expect(await auth.authenticate(first.token)).toMatchObject({ mustChangePassword: false });
    expect(await auth.authenticate(second.token)).toBeNull();
    expect(await auth.signIn("hoa@ward.vn", oneTimePassword, "c")).toMatchObject({ ok: false, reason: "invalid" });
    expect((await audit.list({ action: "staff.password_change", entityId: account.id }))[0]?.detail).toEqual({ otherSessionsEnded: 1, wasOneTime: true });
  });

  it("disabling an account ends its sessions and refuses its sign-in; an admin cannot disable themselves", async () => {
    const { account, oneTimePassword } = await accounts.create(CLI_OPERATOR, { email: "tuan@ward.vn", fullName: "Tuấn", roles: ["triage"], departmentIds: [] }, orgId);
    const session = await auth.signIn("tuan@ward.vn", oneTimePassword, "c");
    if (!session.ok) throw new Error(session.reason);
    const root = await auth.signIn("root@ward.vn", "root-password-1", "c2");
    if (!root.ok) throw new Error(root.reason);
    const admin: StaffActor = root.actor;
    await accounts.update(admin, account.id, { fullName: "Tuấn", roles: ["triage"], departmentIds: [], active: false });
    expect(await auth.authenticate(session.token)).toBeNull();
    expect(await auth.signIn("tuan@ward.vn", oneTimePassword, "c")).toEqual({ ok: false, reason: "disabled" });
    const [entry] = await audit.list({ entityId: account.id, action: "staff.disable" });
    expect(entry).toMatchObject({ actorLabel: "root@ward.vn", before: { active: true }, after: { active: false } });
    await expect(accounts.update(admin, admin.id, { fullName: "x", roles: ["editor"], departmentIds: [], active: false })).rejects.toMatchObject({
      fields: { active: "self", roles: "self_admin" },
    });
    await expect(accounts.list({ ...admin, roles: ["leader"] })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("removes ended sessions and day-old attempts in housekeeping", async () => {
    later(60 * 24 * 2);
    const removed = await auth.removeExpired();
    expect(removed.sessions).toBeGreaterThan(0);
    expect(removed.attempts).toBeGreaterThan(0);
    expect(await db.prisma.staffSession.count()).toBe(0);
    expect(await db.prisma.signInAttempt.count()).toBe(0);
  });
});
