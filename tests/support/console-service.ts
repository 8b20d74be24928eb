import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/database.js";
import { seedDemo } from "../../src/db/seed/seed.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { startService, type RunningService, type ServiceRuntime } from "../../src/main.js";
import { createStaffStore } from "../../src/db/repositories/staff-repository.js";
import { hashPassword } from "../../src/security/password.js";
import { CLI_OPERATOR } from "../../src/core/staff/actor.js";
import type { StaffRole } from "../../src/core/staff/roles.js";
import { buildStaffServices } from "../../src/wiring/console.js";
import type { StaffServices } from "../../src/http/console/services.js";

/** The bootstrap administrator of every test service (must change the password at first sign-in). */
export const BOOTSTRAP_ADMIN = { email: "bootstrap@motcua.test", password: "bootstrap-password-123" };

export interface TestService {
  url: string;
  service: RunningService;
  config: Config;
  /** The same core services the console uses, over the service's database. */
  services: StaffServices;
  /** A staff account with a known password that need not be changed; officers get `departments` (codes). */
  createStaff(role: StaffRole | StaffRole[], options?: { departments?: string[]; email?: string; password?: string; name?: string }): Promise<{ id: string; email: string; password: string }>;
  close(): Promise<void>;
}

const adminQuery = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * Starts the real service in this process on port 0, as `motcua start` does: an in-memory PGlite by default, or
 * a fresh database on TEST_DATABASE_URL's server (dropped on close). Open one per test file (beforeAll).
 */
export async function startTestService(env: Record<string, string> = {}, runtime: ServiceRuntime = {}, prepare?: (db: Database) => Promise<void>): Promise<TestService> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  let dbName: string | undefined;
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  if (pgUrl) {
    dbName = `motcua_e2e_${randomBytes(5).toString("hex")}`;
    await adminQuery(pgUrl, `CREATE DATABASE ${dbName}`);
    const u = new URL(pgUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  } else if (prepare) {
    // data written before the service starts needs a database that outlives this connection: PGlite on disk
    dataDir = await mkdtemp(path.join(os.tmpdir(), "motcua-test-"));
  }
  if (prepare) {
    // what an administrator set up before the service started (e.g. routing rules, read once at start)
    const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: dataDir! });
    try {
      await seedDemo(db.prisma, BOOTSTRAP_ADMIN);
      await prepare(db);
    } finally {
      await db.close();
    }
  }
  const config = loadConfig({
    PORT: "0",
    DATA_DIR: dataDir ?? "memory://",
    ADMIN_EMAIL: BOOTSTRAP_ADMIN.email,
    ADMIN_PASSWORD: BOOTSTRAP_ADMIN.password,
    ROLES: "web,worker",
    LOG_LEVEL: "silent",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const logger = createLogger({ level: "silent", pretty: false });
  let service: RunningService;
  try {
    service = await startService(config, logger, {}, runtime);
  } catch (error) {
    if (dbName && pgUrl) await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    throw error;
  }
  const services = buildStaffServices(service.database, config);
  const staffStore = createStaffStore(service.database.prisma);
  let counter = 0;
  return {
    url: service.url!,
    service,
    config,
    services,
    async createStaff(role, options = {}) {
      const org = await services.organisation.current();
      const departmentIds: string[] = [];
      for (const code of options.departments ?? []) departmentIds.push((await services.departments.findByCode(code))!.id);
      const email = options.email ?? `${[role].flat().join("-")}-${++counter}-${randomBytes(3).toString("hex")}@motcua.test`;
      const created = await services.staffAccounts.create(CLI_OPERATOR, { email, fullName: options.name ?? `Cán bộ ${counter}`, roles: [role].flat(), departmentIds }, org!.id);
      const password = options.password ?? `pw-${randomBytes(8).toString("hex")}`;
      await staffStore.setPassword(created.account.id, await hashPassword(password), false, new Date());
      return { id: created.account.id, email, password };
    },
    async close() {
      await service.stop();
      if (dbName && pgUrl) await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A cookie jar for fetch: keeps Set-Cookie values and sends them back. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Stores the cookies of a response (a Max-Age=0 cookie is removed). */
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(header) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** Signs in over HTTP as a browser would (GET the form for its token, POST it) and returns the jar. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<{ jar: CookieJar; response: Response }> {
  const jar = new CookieJar();
  const form = await fetch(`${base}/console/sign-in`, { redirect: "manual" });
  jar.take(form);
  const token = csrfTokenIn(await form.text());
  const response = await fetch(`${base}/console/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ _csrf: token, email, password }).toString(),
  });
  jar.take(response);
  return { jar, response };
}

/** The CSRF token of a console page (its hidden _csrf field). */
export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error("no CSRF field on the page");
  return match[1]!;
}
