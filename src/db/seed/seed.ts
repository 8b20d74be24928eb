import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { generatePassword, hashPassword } from "../../security/password.js";
import { seedDemoProcedures } from "./demo-procedures.js";
import { readOwnRoutingExamples, type OwnRoutingExample } from "./routing-examples.js";
import { CalendarService } from "../../core/calendar/calendar-service.js";
import { createCalendarRepository } from "../repositories/calendar-repository.js";
import { DEMO_CATEGORIES, DEMO_DEPARTMENTS, DEMO_ORG, DEMO_NEWS_SOURCES, DEMO_ROUTING_RULES, DEMO_SLA_POLICIES, DEMO_TOPICS } from "./demo-organisation.js";

export interface SeedResult {
  orgId: string;
  /** Rows this run created, by table; all zero on a second run. */
  created: Record<string, number>;
  /** Set only when this run created the bootstrap administrator with a generated password (print it once). */
  generatedAdmin?: { email: string; password: string };
}

/**
 * Seeds the demo ward. Idempotent: existing rows (found by their natural keys) are left exactly as they are, so an
 * administrator's edits survive restarts and a second run creates nothing.
 */
export async function seedDemo(prisma: PrismaClient, admin: { email?: string; password?: string }, now = new Date()): Promise<SeedResult> {
  // Replicas starting together on one PostgreSQL seed one after the other (the lock ends with the transaction).
  const examples = await readOwnRoutingExamples();
  const result = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
      const seeded = await seedInto(tx, admin);
      seeded.created.routingExample = await seedRoutingExamples(tx, seeded.orgId, examples);
      return seeded;
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
  result.created.procedure = await seedDemoProcedures(prisma);
  result.created.calendarDay = await seedCalendar(prisma, result.orgId, now);
  return result;
}

const SEED_LOCK = 72707370;

/**
 * The computed default days off of the current and the next year. Idempotent, and an administrator's edits are
 * kept (the calendar service regenerates around them); replicas seeding at once skip each other's rows.
 */
async function seedCalendar(prisma: PrismaClient, orgId: string, now: Date): Promise<number> {
  const calendar = new CalendarService(createCalendarRepository(prisma), () => now);
  const year = now.getUTCFullYear();
  let created = 0;
  for (const y of [year, year + 1]) created += (await calendar.generateYear(orgId, y)).created;
  return created;
}

async function seedInto(prisma: Prisma.TransactionClient, admin: { email?: string; password?: string }): Promise<SeedResult> {
  const created: Record<string, number> = {};
  const count = (table: string, didCreate: boolean) => {
    created[table] = (created[table] ?? 0) + (didCreate ? 1 : 0);
  };

  const existingOrg = await prisma.organisation.findUnique({ where: { code: DEMO_ORG.code } });
  const org = existingOrg ?? (await prisma.organisation.create({ data: DEMO_ORG }));
  count("organisation", !existingOrg);
  const orgId = org.id;

  const departments = new Map<string, string>();
  for (const d of DEMO_DEPARTMENTS) {
    const existing = await prisma.department.findUnique({ where: { orgId_code: { orgId, code: d.code } } });
    const row = existing ?? (await prisma.department.create({ data: { orgId, ...d } }));
    count("department", !existing);
    departments.set(d.code, row.id);
  }

  const policies = new Map<string, string>();
  for (const p of DEMO_SLA_POLICIES) {
    const existing = await prisma.slaPolicy.findUnique({ where: { orgId_code: { orgId, code: p.code } } });
    const row = existing ?? (await prisma.slaPolicy.create({ data: { orgId, ...p } }));
    count("slaPolicy", !existing);
    policies.set(p.code, row.id);
  }

  for (const c of DEMO_CATEGORIES) {
    const existing = await prisma.feedbackCategory.findUnique({ where: { orgId_code: { orgId, code: c.code } } });
    if (!existing) {
      await prisma.feedbackCategory.create({
        data: { orgId, code: c.code, name: c.name, urgent: c.urgent ?? false, departmentId: must(departments, c.department), slaPolicyId: must(policies, c.sla) },
      });
    }
    count("feedbackCategory", !existing);
  }

  // only into an organisation without rules: a rule the administrator switched off stays off
  const hasRules = (await prisma.routingRule.count({ where: { orgId } })) > 0;
  for (const r of hasRules ? [] : DEMO_ROUTING_RULES) {
    const category = await prisma.feedbackCategory.findUniqueOrThrow({ where: { orgId_code: { orgId, code: r.category } } });
    await prisma.routingRule.create({ data: { orgId, kind: r.kind, keywords: r.phrases, departmentId: must(departments, r.department), categoryId: category.id } });
    count("routingRule", true);
  }

  for (const t of DEMO_TOPICS) {
    const existing = await prisma.topic.findUnique({ where: { orgId_code: { orgId, code: t.code } } });
    if (!existing) await prisma.topic.create({ data: { orgId, ...t } });
    count("topic", !existing);
  }

  for (const { topics, ...source } of DEMO_NEWS_SOURCES) {
    const existing = await prisma.newsSource.findUnique({ where: { orgId_url: { orgId, url: source.url } } });
    if (!existing) {
      const topicIds = (await prisma.topic.findMany({ where: { orgId, code: { in: topics } }, select: { id: true } })).map((t) => t.id);
      await prisma.newsSource.create({ data: { orgId, ...source, topicIds, pausedAt: new Date() } });
    }
    count("newsSource", !existing);
  }

  const generatedAdmin = await seedAdmin(prisma, orgId, admin);
  created.staffAccount = generatedAdmin.created ? 1 : 0;
  return { orgId, created, ...(generatedAdmin.printPassword ? { generatedAdmin: generatedAdmin.printPassword } : {}) };
}

/**
 * The project's own routing examples (prisma/seed/routing-examples.jsonl) as RoutingExample rows of source seed:
 * those not stored yet, so examples added in a new version reach an existing installation. An example whose
 * department or category the administrator removed is skipped.
 */
async function seedRoutingExamples(prisma: Prisma.TransactionClient, orgId: string, examples: readonly OwnRoutingExample[]): Promise<number> {
  const stored = new Set((await prisma.routingExample.findMany({ where: { orgId, source: "seed" }, select: { text: true } })).map((e) => e.text));
  const departments = new Map((await prisma.department.findMany({ where: { orgId }, select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  const categories = new Map((await prisma.feedbackCategory.findMany({ where: { orgId }, select: { id: true, code: true } })).map((c) => [c.code, c.id]));
  const data = examples.flatMap((e) => {
    const departmentId = departments.get(e.department);
    if (!departmentId || stored.has(e.text)) return [];
    return [{ orgId, text: e.text, departmentId, categoryId: (e.category && categories.get(e.category)) ?? null, source: "seed" as const }];
  });
  if (data.length > 0) await prisma.routingExample.createMany({ data });
  return data.length;
}

/** Creates the bootstrap administrator when no staff account exists yet. */
async function seedAdmin(
  prisma: Prisma.TransactionClient,
  orgId: string,
  admin: { email?: string; password?: string },
): Promise<{ created: boolean; printPassword?: { email: string; password: string } }> {
  if ((await prisma.staffAccount.count()) > 0) return { created: false };
  const email = (admin.email ?? "admin@motcua.local").toLowerCase();
  const password = admin.password ?? generatePassword();
  await prisma.staffAccount.create({
    data: {
      orgId,
      email,
      fullName: "Quản trị viên",
      passwordHash: await hashPassword(password),
      // a password from the environment or the terminal is known to more than its owner: changed at first sign-in
      mustChangePassword: true,
      roles: { create: [{ role: "admin" }] },
    },
  });
  return { created: true, ...(admin.password ? {} : { printPassword: { email, password } }) };
}

function must(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`demo seed refers to unknown code ${key}`);
  return value;
}

/**
 * The one-time notice for a generated administrator password, or undefined when none was generated.
 *
 * @param signInUrl - where the console's sign-in page is, when this process serves it.
 */
export function generatedAdminNotice(result: SeedResult, signInUrl?: string): string | undefined {
  if (!result.generatedAdmin) return undefined;
  return (
    `\nBootstrap administrator created: ${result.generatedAdmin.email}  password: ${result.generatedAdmin.password}\n` +
    (signInUrl ? `Sign in at ${signInUrl}\n` : "") +
    `You will be asked to change the password at first sign-in; it is not shown again.\n\n`
  );
}
