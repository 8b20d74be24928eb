/**
 * Deadlines through the ticket path on the organisation's working calendar (weekends, Tết, a make-up working day),
 * and the deadline job: reminders to the department before a deadline, escalations to triage and leaders after it,
 * once however many schedulers run, shown as the console's badge and in the timeline, and e-mailed through a mail
 * server on loopback with every outcome stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { openDatabase, type Database } from "../../../src/db/database.js";
import { runDeadlineTick } from "../../../src/jobs/deadline-job.js";
import { buildCalendarService } from "../../../src/wiring/calendar.js";
import { buildDeadlineJob } from "../../../src/wiring/desk.js";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import { FakeSmtp } from "../../fakes/smtp.js";
import { backendName, openTestDb } from "../../support/db.js";
import { deskOn, vn, type DeskHarness } from "./desk-harness.js";

let db: Database;
let second: Database | undefined;
let h: DeskHarness;
let smtp: FakeSmtp;
const logger = pino({ level: "silent" });

beforeAll(async () => {
  db = await openTestDb();
  h = await deskOn(db);
  smtp = await FakeSmtp.start();
}, 120_000);
afterAll(async () => {
  await second?.close();
  await smtp?.close();
  await db?.close();
});

const jobOn = (database: Database) =>
  buildDeadlineJob(database, { reminders: { acceptHours: 2, answerDays: 1 }, smtp: { url: smtp.url, from: "motcua@phuong.test" }, publicBaseUrl: "https://motcua.phuong.test" }, buildCalendarService(database), logger);

describe(`deadlines on the working calendar, through the ticket path (${backendName})`, () => {
  // received → accept-by (8 working hours, 4 when urgent); accepted → answer-by (3 working days, the day itself not counted)
  const cases: Array<{ name: string; received: string; urgent?: boolean; acceptBy: string; acceptedAt?: string; answerBy?: string }> = [
    { name: "Friday afternoon runs over the weekend", received: "2026-12-11 15:00", acceptBy: "2026-12-14 15:30" },
    { name: "urgent, Friday 16:00", received: "2026-12-11 16:00", urgent: true, acceptBy: "2026-12-14 10:30" },
    { name: "received on a Sunday counts from Monday's opening", received: "2026-12-13 10:00", acceptBy: "2026-12-15 08:00" },
    { name: "received in the lunch break counts from 13:30", received: "2026-12-16 12:15", acceptBy: "2026-12-17 14:00" },
    { name: "Tết: Thursday before the holiday, due the Friday after it", received: "2027-02-04 14:00", acceptBy: "2027-02-12 14:30", acceptedAt: "2027-02-04 16:00", answerBy: "2027-02-16 17:00" },
    { name: "a make-up Saturday is a working day", received: "2026-12-18 16:00", acceptBy: "2026-12-19 16:30", acceptedAt: "2026-12-18 16:30", answerBy: "2026-12-22 17:00" },
    { name: "urgent, accepted late on Friday: three working days from Monday", received: "2026-12-11 08:00", urgent: true, acceptBy: "2026-12-11 14:00", acceptedAt: "2026-12-11 16:55", answerBy: "2026-12-16 17:00" },
  ];

  beforeAll(async () => {
    await h.calendar.addDay(h.org.id, { date: "2026-12-19", kind: "working_day", name: "Làm bù (thử)" }, null);
  });

  it.each(cases)("$name", async (c) => {
    const officer = await h.staff(["officer"], ["KTHTDT"]);
    const { ticket } = await h.report(`Hạn xử lý: ${c.name}`, { urgent: c.urgent ?? false, at: vn(c.received) });
    expect(ticket.acceptDueAt?.toISOString()).toBe(vn(c.acceptBy).toISOString());
    expect(ticket.dueAt?.toISOString()).toBe(vn(c.acceptBy).toISOString());
    if (!c.acceptedAt) return;
    h.clock.now = vn(c.acceptedAt);
    const accepted = await h.desk.tickets.act(officer, ticket.id, ticket.version, { action: "accept" });
    expect(accepted.answerDueAt?.toISOString()).toBe(vn(c.answerBy!).toISOString());
    expect(accepted.dueAt?.toISOString()).toBe(vn(c.answerBy!).toISOString());
    // the citizen is told the promised date in their chat
    const notice = await db.prisma.delivery.findFirstOrThrow({ where: { ticketId: ticket.id }, orderBy: { id: "desc" } });
    expect((notice.payload as { text: string }).text).toContain(`trước ${c.answerBy!.slice(11)} ngày ${c.answerBy!.slice(8, 10)}/${c.answerBy!.slice(5, 7)}/${c.answerBy!.slice(0, 4)}`);
  });
});

describe(`the deadline job (${backendName})`, () => {
  let roadsOfficer: StaffActor;
  let triage: StaffActor;
  let leader: StaffActor;
  let ids: Record<"soon" | "late" | "far" | "answer", string>;

  beforeAll(async () => {
    await db.prisma.feedbackTicket.deleteMany();
    roadsOfficer = await h.staff(["officer"], ["KTHTDT"], "roads@phuong.test");
    await h.staff(["officer"], ["CA"], "police@phuong.test");
    triage = await h.staff(["triage"], [], "office@phuong.test");
    leader = await h.staff(["leader"], [], "chair@phuong.test");
    await db.prisma.department.update({ where: { id: h.departments.get("KTHTDT")! }, data: { email: "ktht@phuong.test" } });
    const soon = await h.report("Đèn đường hỏng (sắp đến hạn)", { at: vn("2026-12-11 14:00") }); // accept by Monday 14:30
    const late = await h.report("Trộm cắp ban đêm (quá hạn)", { department: "CA", category: "an-ninh", at: vn("2026-12-10 09:00") }); // by Friday 09:30
    const far = await h.report("Vỉa hè xuống cấp (còn xa)", { at: vn("2026-12-14 12:00") });
    const answer = await h.report("Cống tắc (hạn trả lời)", { at: vn("2026-12-09 09:00") });
    h.clock.now = vn("2026-12-09 10:00");
    await h.desk.tickets.act(roadsOfficer, answer.ticket.id, answer.ticket.version, { action: "accept" }); // answer by Monday 17:00
    ids = { soon: soon.ticket.id, late: late.ticket.id, far: far.ticket.id, answer: answer.ticket.id };
  });

  it("reminds the department and escalates to triage and leaders once, with two schedulers ticking together", async () => {
    const one = jobOn(db);
    // a second scheduler on its own connections: its own pool on PostgreSQL, the same embedded database on PGlite
    if (db.kind === "postgres") {
      const [row] = await db.prisma.$queryRaw<Array<{ schema: string }>>`SELECT current_schema() AS "schema"`;
      second = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, schema: row!.schema, migrate: false, poolSize: 3 });
    }
    const two = jobOn(second ?? db);
    const at = vn("2026-12-14 13:00");
    const [a, b] = await Promise.all([runDeadlineTick(one, at), runDeadlineTick(two, at)]);
    const ran = [a, b].filter((o) => o?.ran);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect((a?.reminders ?? 0) + (b?.reminders ?? 0)).toBe(2);
    expect((a?.escalations ?? 0) + (b?.escalations ?? 0)).toBe(1);
    // later ticks find nothing left to raise
    expect(await runDeadlineTick(two, vn("2026-12-14 13:01"))).toMatchObject({ reminders: 0, escalations: 0, emails: 0 });
    expect(await runDeadlineTick(one, vn("2026-12-14 13:02"))).toMatchObject({ reminders: 0, escalations: 0, emails: 0 });

    const alerts = await db.prisma.deadlineAlert.findMany({ orderBy: { id: "asc" } });
    expect(alerts.map((x) => [x.ticketId, x.kind, x.stage]).sort()).toEqual(
      [
        [ids.soon, "accept", "reminder"],
        [ids.late, "accept", "overdue"],
        [ids.answer, "answer", "reminder"],
      ].sort(),
    );

    // one e-mail per person per tick: the department's officer and its own address get both reminders
    await waitFor(() => smtp.received.length >= 5);
    const codeOf = async (id: string) => (await h.feedback.get(id))!.code;
    for (const address of ["roads@phuong.test", "ktht@phuong.test"]) {
      const mail = smtp.to(address);
      expect(mail, address).toHaveLength(1);
      expect(mail[0]!.text).toContain(await codeOf(ids.soon));
      expect(mail[0]!.text).toContain(await codeOf(ids.answer));
      expect(mail[0]!.text).toContain(`https://motcua.phuong.test/console/tickets/${ids.soon}`);
      expect(mail[0]!.text).not.toContain("Đèn đường"); // no citizen text leaves in an e-mail
    }
    for (const address of ["office@phuong.test", "chair@phuong.test"]) {
      expect(smtp.to(address), address).toHaveLength(1);
      expect(smtp.to(address)[0]!.text).toContain(await codeOf(ids.late));
      expect(smtp.to(address)[0]!.text).toContain("Công an phường");
    }
    expect(smtp.to("police@phuong.test")).toHaveLength(0);
    expect(await db.prisma.staffEmail.count({ where: { status: "sent", to: { in: ["roads@phuong.test", "ktht@phuong.test", "office@phuong.test", "chair@phuong.test"] } } })).toBe(4);
  });

  it("shows the alerts as the console's badge and in the ticket's timeline, until the deadline they were about is met", async () => {
    expect(await h.desk.tickets.badge(roadsOfficer)).toBe(2);
    expect(await h.desk.tickets.badge(triage)).toBe(1);
    expect(await h.desk.tickets.badge(leader)).toBe(1);
    const view = await h.desk.tickets.ticket(roadsOfficer, ids.soon, vn("2026-12-14 13:05"));
    expect(view.timeline.filter((e) => e.kind === "alert").map((e) => e.kind === "alert" && e.alert.stage)).toEqual(["reminder"]);
    expect(view.running).toMatchObject({ kind: "accept", soon: true, overdue: false, leftText: "còn 1 giờ làm việc" });

    // past the accept deadline, the reminded ticket is escalated too
    const later = await runDeadlineTick(jobOn(db), vn("2026-12-14 15:00"));
    expect(later).toMatchObject({ reminders: 0, escalations: 1 });
    expect(await h.desk.tickets.badge(triage)).toBe(2);
    // accepting it starts a new deadline: the old alerts no longer count
    h.clock.now = vn("2026-12-14 15:05");
    const t = (await h.feedback.get(ids.soon))!;
    await h.desk.tickets.act(roadsOfficer, t.id, t.version, { action: "accept" });
    expect(await h.desk.tickets.badge(roadsOfficer)).toBe(1);
    expect(await h.desk.tickets.badge(triage)).toBe(1);
  });

  it("stores each e-mail's outcome: a refused address fails with its reason, an unreachable server is retried", async () => {
    await db.prisma.staffEmail.deleteMany();
    await db.prisma.feedbackTicket.deleteMany();
    smtp.refuse.add("chair@phuong.test");
    const job = jobOn(db);
    const late = await h.report("Sạt lở bờ kè (quá hạn)", { at: vn("2026-12-14 08:00") });
    expect(late.ticket.dueAt).not.toBeNull();
    expect(await runDeadlineTick(job, vn("2026-12-15 16:00"))).toMatchObject({ escalations: 1 });
    const rows = await db.prisma.staffEmail.findMany({ orderBy: { to: "asc" } });
    expect(rows.map((r) => [r.to, r.status, r.lastError])).toEqual([
      ["chair@phuong.test", "failed", "smtp 550"],
      ["office@phuong.test", "sent", null],
    ]);
    // the server goes away: the next e-mail waits for a retry instead of being lost
    await smtp.close();
    const down = await h.report("Cây đổ (quá hạn, máy chủ thư tắt)", { at: vn("2026-12-15 08:30") });
    expect(await runDeadlineTick(jobOn(db), vn("2026-12-16 16:30"))).toMatchObject({ escalations: 1 });
    const waiting = await db.prisma.staffEmail.findFirstOrThrow({ where: { to: "office@phuong.test", status: "pending" } });
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toMatch(/^smtp /u);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(vn("2026-12-16 16:30").getTime());
    expect(down.ticket.code).toMatch(/^PA-/u);
    smtp = await FakeSmtp.start();
  });
});

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
}
