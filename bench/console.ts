/**
 * bench/console: the department console with 50,000 tickets on PostgreSQL (issue #13's figures).
 *
 *   npx tsx bench/console.ts [--tickets 50000] [--requests 40] [--db postgresql://postgres@127.0.0.1:5432/postgres] [--keep]
 *
 * On a fresh database the real service (src/main.ts startService, web role) serves the console; 50,000 tickets of
 * four months (60 % still open, over every department and category, some urgent, some reopened) are written in
 * bulk, then, over HTTP on loopback with a signed-in session:
 * - the queue's first page with each one filter (and no filter), as an officer of one department and as an
 *   administrator who sees every ticket: `--requests` timed requests each after 5 warm-up ones, p50 / p95 / max;
 * - the page of one ticket with 50 timeline events, 3 reporters and 20 messages sent;
 * - the deadline job (reminders and escalations, e-mails composed and queued) over 50,000 open tickets: the first
 *   tick, which raises every alert due, and a second one, which finds nothing new (the steady state).
 * Times are request round trips measured by the client in the same process, so they bound the server time from
 * above. The last line is JSON.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { pino } from "pino";
import { loadConfig } from "../src/config.js";
import { ticketSearchText } from "../src/core/feedback/deadlines.js";
import { newTrackingCode } from "../src/core/feedback/tracking-code.js";
import { createLogger } from "../src/logger.js";
import { startService } from "../src/main.js";
import { hashPassword } from "../src/security/password.js";
import { watchDeadlines } from "../src/core/feedback/desk/deadline-watch.js";
import { buildCalendarService } from "../src/wiring/calendar.js";
import { buildDeadlineJob } from "../src/wiring/desk.js";
import { csrfTokenIn, signInOverHttp } from "../tests/support/console-service.js";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
    tickets: { type: "string", default: "50000" },
    requests: { type: "string", default: "40" },
    keep: { type: "boolean", default: false },
  },
});
const TICKETS = Number(args.tickets);
const REQUESTS = Number(args.requests);
const DAY = 86_400_000;

const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: args.db });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const dbName = `motcua_bench_console_${randomBytes(4).toString("hex")}`;
await admin(`CREATE DATABASE ${dbName}`);
const url = new URL(args.db!);
url.pathname = `/${dbName}`;
const config = loadConfig({ DATABASE_URL: url.toString(), PORT: "0", ROLES: "web", LOG_LEVEL: "silent", ADMIN_EMAIL: "admin@bench.invalid", ADMIN_PASSWORD: "bench-admin-password" });
const service = await startService(config, createLogger({ level: "silent", pretty: false }));
const prisma = service.database.prisma;
const base = service.url!;

try {
  const org = await prisma.organisation.findFirstOrThrow();
  const departments = await prisma.department.findMany({ orderBy: { code: "asc" } });
  const categories = await prisma.feedbackCategory.findMany({ orderBy: { code: "asc" } });
  const roads = departments.find((d) => d.code === "KTHTDT")!;

  // ── staff: an officer of one department and an administrator ──
  const password = "bench-password-123";
  const hash = await hashPassword(password);
  await prisma.staffAccount.create({ data: { orgId: org.id, email: "officer@bench.invalid", fullName: "Cán bộ", passwordHash: hash, roles: { create: [{ role: "officer", departmentId: roads.id }] } } });
  await prisma.staffAccount.create({ data: { orgId: org.id, email: "chief@bench.invalid", fullName: "Quản trị", passwordHash: hash, roles: { create: [{ role: "admin" }] } } });

  // ── 50,000 tickets over four months ──
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const PHRASES = ["Đèn đường hỏng", "Ổ gà lớn giữa đường", "Rác thải tồn đọng", "Cống thoát nước bị tắc", "Lấn chiếm vỉa hè", "Tiếng ồn karaoke ban đêm", "Cây xanh gãy đổ", "Nước sinh hoạt bị cắt", "Hồ sơ chậm trả kết quả", "Xây dựng không phép"];
  const STREETS = ["Trần Phú", "Lê Lợi", "Hai Bà Trưng", "Nguyễn Huệ", "Pasteur", "Lý Thường Kiệt", "Nguyễn Trãi", "Võ Văn Tần"];
  const OPEN = ["routed", "routed", "accepted", "in_progress", "in_progress", "needs_info", "answered", "reopened", "triage"] as const;
  const DONE = ["resolved", "closed", "closed", "rejected"] as const;
  const now = Date.now();
  const started = performance.now();
  const citizen = await prisma.citizen.create({ data: {} });
  for (let from = 0; from < TICKETS; from += 2_000) {
    const rows = Array.from({ length: Math.min(2_000, TICKETS - from) }, (_, k) => {
      const i = from + k;
      const category = pick(categories);
      const status = random() < 0.6 ? pick(OPEN) : pick(DONE);
      const createdAt = new Date(now - random() * 120 * DAY);
      const acceptDueAt = new Date(now + (random() * 15 - 5) * DAY);
      const answerDueAt = new Date(acceptDueAt.getTime() + 3 * DAY);
      const text = `${pick(PHRASES)} số ${i} đường ${pick(STREETS)}, người dân đi lại khó khăn`;
      const code = `PA-${String(i).padStart(7, "0")}`;
      return {
        code,
        orgId: org.id,
        citizenId: citizen.id,
        departmentId: status === "triage" ? null : category.departmentId,
        categoryId: category.id,
        status,
        urgent: random() < 0.05,
        text,
        address: `${1 + (i % 200)} ${pick(STREETS)}`,
        acceptDueAt,
        answerDueAt: status === "routed" || status === "triage" ? null : answerDueAt,
        dueAt: status === "routed" ? acceptDueAt : ["accepted", "in_progress", "reopened"].includes(status) ? answerDueAt : null,
        reopenedAt: status === "reopened" || random() < 0.02 ? createdAt : null,
        searchText: ticketSearchText({ code, text, address: null }),
        createdAt,
      };
    });
    await prisma.feedbackTicket.createMany({ data: rows });
  }
  await service.database.prisma.$executeRawUnsafe(`INSERT INTO "TicketReporter" ("id", "ticketId", "citizenId", "text", "createdAt") SELECT gen_random_uuid(), "id", "citizenId", "text", "createdAt" FROM "FeedbackTicket"`);
  await service.database.prisma.$executeRawUnsafe(`ANALYZE`);
  const loadSeconds = (performance.now() - started) / 1000;

  // one real ticket with a valid code, 50 events, 3 reporters and 20 messages, for the ticket page and the code search
  const code = newTrackingCode(new Date());
  const heavy = await prisma.feedbackTicket.create({
    data: { code, orgId: org.id, citizenId: citizen.id, departmentId: roads.id, categoryId: categories.find((c) => c.departmentId === roads.id)!.id, status: "in_progress", text: "Đèn đường ngõ 5 Trần Phú hỏng", searchText: ticketSearchText({ code, text: "Đèn đường ngõ 5 Trần Phú hỏng", address: null }), answerDueAt: new Date(now + DAY), dueAt: new Date(now + DAY), acceptDueAt: new Date(now - DAY) },
  });
  const identity = await prisma.channelIdentity.create({ data: { citizenId: citizen.id, channel: "telegram", externalId: "bench-citizen" } });
  await prisma.ticketReporter.createMany({ data: [0, 1, 2].map((n) => ({ ticketId: heavy.id, citizenId: citizen.id, identityId: n === 0 ? identity.id : null, text: `Phản ánh ${n}` })) });
  const officerRow = await prisma.staffAccount.findFirstOrThrow({ where: { email: "officer@bench.invalid" } });
  await prisma.ticketEvent.createMany({
    data: Array.from({ length: 50 }, (_, n) => ({ ticketId: heavy.id, type: n % 3 === 0 ? "reply" : "note", actorType: "staff", actorStaffId: officerRow.id, note: `Ghi chú số ${n}: đã kiểm tra hiện trường`, public: n % 3 === 0 })),
  });
  await prisma.delivery.createMany({ data: Array.from({ length: 20 }, (_, n) => ({ identityId: identity.id, purpose: "ticket_update" as const, ticketId: heavy.id, status: n % 5 === 0 ? ("held" as const) : ("sent" as const), payload: { kind: "text", text: `Cập nhật ${n} cho phản ánh ${code}` }, sentAt: new Date() })) });

  // ── the queue and the ticket page over HTTP ──
  const session = async (email: string) => {
    const { jar } = await signInOverHttp(base, email, password);
    csrfTokenIn(await (await fetch(`${base}/console`, { headers: { cookie: jar.header() } })).text());
    return jar.header();
  };
  const time = async (cookie: string, path: string) => {
    const samples: number[] = [];
    for (let n = 0; n < REQUESTS + 5; n++) {
      const t = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200 || body.length < 1000) throw new Error(`${path}: ${res.status}`);
      if (n >= 5) samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => Number(samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!.toFixed(1));
    return { p50: at(0.5), p95: at(0.95), max: at(1) };
  };
  const category = categories.find((c) => c.departmentId === roads.id)!.id;
  const filters: Record<string, string> = {
    none: "",
    overdue: "?due=overdue",
    today: "?due=today",
    urgent: "?urgent=1",
    reopened: "?reopened=1",
    status: "?status=accepted",
    category: `?category=${category}`,
    department: `?department=${roads.id}`,
    all: "?status=all",
    newest: "?sort=newest",
    words: `?q=${encodeURIComponent("den duong tran phu")}`,
    code: `?q=${encodeURIComponent(code.toLowerCase())}`,
  };
  const queue: Record<string, Record<string, { p50: number; p95: number; max: number }>> = {};
  for (const [who, email] of [["officer", "officer@bench.invalid"], ["admin", "chief@bench.invalid"]] as const) {
    const cookie = await session(email);
    queue[who] = {};
    for (const [name, qs] of Object.entries(filters)) queue[who]![name] = await time(cookie, `/console/tickets${qs}`);
  }
  const ticketPage = await time(await session("officer@bench.invalid"), `/console/tickets/${heavy.id}`);

  // ── the deadline job over 50,000 open tickets ──
  await prisma.$executeRawUnsafe(
    `UPDATE "FeedbackTicket" SET "status" = CASE WHEN random() < 0.5 THEN 'routed'::"TicketStatus" ELSE 'in_progress'::"TicketStatus" END, "departmentId" = coalesce("departmentId", '${roads.id}'::uuid)`,
  );
  await prisma.$executeRawUnsafe(`UPDATE "FeedbackTicket" SET "answerDueAt" = coalesce("answerDueAt", "acceptDueAt" + interval '3 days'), "dueAt" = CASE WHEN "status" = 'routed' THEN "acceptDueAt" ELSE coalesce("answerDueAt", "acceptDueAt" + interval '3 days') END`);
  await prisma.$executeRawUnsafe(`ANALYZE "FeedbackTicket"`);
  const open = await prisma.feedbackTicket.count({ where: { dueAt: { not: null } } });
  const job = buildDeadlineJob(service.database, { ...config, smtp: { url: "smtp://127.0.0.1:1", from: "motcua@bench.invalid" } }, buildCalendarService(service.database), pino({ level: "silent" }));
  const tick = async () => {
    const t = performance.now();
    const outcome = await watchDeadlines(job.watch, new Date());
    return { ms: Number((performance.now() - t).toFixed(0)), ...outcome };
  };
  const firstTick = await tick();
  const steadyTick = await tick();
  job.close();

  const figures = {
    tickets: TICKETS,
    loadSeconds: Number(loadSeconds.toFixed(1)),
    requestsPerPoint: REQUESTS,
    queueFirstPageMs: queue,
    queueWorstP95Ms: Math.max(...Object.values(queue).flatMap((q) => Object.values(q).map((x) => x.p95))),
    ticketPageWith50EventsMs: ticketPage,
    deadlineJob: { openTickets: open, firstTick, steadyTick },
  };
  console.log(`queue first page worst p95 ${figures.queueWorstP95Ms} ms; ticket page p95 ${ticketPage.p95} ms; deadline job ${firstTick.ms} ms (first, ${firstTick.reminders + firstTick.escalations} alerts) / ${steadyTick.ms} ms (steady) over ${open} open tickets`);
  console.log(JSON.stringify(figures));
} finally {
  await service.stop();
  if (args.keep) console.error(`kept database ${dbName}`);
  else await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
