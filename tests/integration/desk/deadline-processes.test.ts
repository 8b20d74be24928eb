/**
 * The deadline job in two scheduler processes at once (issue #13 point 6: "the deadline job fires once with two
 * scheduler processes"), on PostgreSQL (each process needs its own connections to one database; the embedded
 * database has one process, and deadlines.test.ts covers two schedulers on it). Both processes tick at the same
 * instants, several rounds: every reminder and escalation is raised once, and each person gets one e-mail.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/database.js";
import type { WatchOutcome } from "../../../src/core/feedback/desk/deadline-watch.js";
import { FakeSmtp } from "../../fakes/smtp.js";
import { openTestDb } from "../../support/db.js";
import { deskOn, vn, type DeskHarness } from "./desk-harness.js";

const url = process.env.TEST_DATABASE_URL;
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** A scheduler process: one tick per instant written to it, its outcome read back. */
interface Scheduler {
  child: ChildProcessByStdio<Writable, Readable, null>;
  tick(at: Date): Promise<WatchOutcome | null>;
}

describe.skipIf(!url)("the deadline job in two scheduler processes (postgres)", () => {
  let db: Database;
  let h: DeskHarness;
  let smtp: FakeSmtp;
  const schedulers: Scheduler[] = [];

  beforeAll(async () => {
    db = await openTestDb();
    h = await deskOn(db);
    smtp = await FakeSmtp.start();
  }, 120_000);
  afterAll(async () => {
    for (const s of schedulers) s.child.kill("SIGKILL");
    await smtp?.close();
    await db?.close();
  });

  function startScheduler(schema: string): Promise<Scheduler> {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/deadline-scheduler-process.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", DEADLINE_TEST_DB_URL: url as string, DEADLINE_TEST_SCHEMA: schema, DEADLINE_TEST_SMTP_URL: smtp.url },
      stdio: ["pipe", "pipe", "inherit"],
    });
    const lines: Interface = createInterface({ input: child.stdout });
    const waiting: Array<(line: string) => void> = [];
    lines.on("line", (line) => waiting.shift()?.(line));
    const next = () => new Promise<string>((resolve) => waiting.push(resolve));
    const scheduler: Scheduler = {
      child,
      async tick(at) {
        const answer = next();
        child.stdin.write(`${at.toISOString()}\n`);
        return JSON.parse(await answer) as WatchOutcome | null;
      },
    };
    schedulers.push(scheduler);
    return new Promise((resolve, reject) => {
      void next().then((line) => (line === "ready" ? resolve(scheduler) : reject(new Error(`scheduler said ${line}`))));
      child.once("exit", (code) => reject(new Error(`scheduler exited with ${code}`)));
    });
  }

  it("raises each alert once and sends each person one e-mail, however the two processes' ticks fall", async () => {
    await h.staff(["officer"], ["KTHTDT"], "roads@phuong.test");
    await h.staff(["triage"], [], "office@phuong.test");
    await h.staff(["leader"], [], "chair@phuong.test");
    const soon = await h.report("Đèn đường hỏng (sắp đến hạn)", { at: vn("2026-12-11 14:00") }); // accept by Monday 14:30
    const late = await h.report("Trộm cắp ban đêm (quá hạn)", { department: "CA", category: "an-ninh", at: vn("2026-12-10 09:00") }); // by Friday 09:30
    await h.report("Vỉa hè xuống cấp (còn xa)", { at: vn("2026-12-14 12:00") });

    const schema = (await db.prisma.$queryRawUnsafe<Array<{ s: string }>>(`SELECT current_schema() AS s`))[0]?.s as string;
    const [one, two] = await Promise.all([startScheduler(schema), startScheduler(schema)]);
    // the same minute's tick in both, then ticks a few seconds and minutes later: nothing new is due after the first
    const outcomes: Array<WatchOutcome | null> = [];
    for (const at of ["2026-12-14 13:00", "2026-12-14 13:00", "2026-12-14 13:01", "2026-12-14 13:02"].map(vn)) {
      outcomes.push(...(await Promise.all([one!.tick(at), two!.tick(at)])));
    }
    expect(outcomes.every((o) => o !== null)).toBe(true); // no tick failed
    const total = (k: "reminders" | "escalations") => outcomes.reduce((n, o) => n + (o?.[k] ?? 0), 0);
    expect([total("reminders"), total("escalations")]).toEqual([1, 1]);

    const alerts = await db.prisma.deadlineAlert.findMany();
    expect(alerts.map((a) => [a.ticketId, a.kind, a.stage]).sort()).toEqual(
      [
        [soon.ticket.id, "accept", "reminder"],
        [late.ticket.id, "accept", "overdue"],
      ].sort(),
    );
    // every e-mail queued was sent by one process or the other, once
    const until = Date.now() + 10_000;
    while ((await db.prisma.staffEmail.count({ where: { status: { not: "sent" } } })) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    for (const address of ["roads@phuong.test", "office@phuong.test", "chair@phuong.test"]) expect(smtp.to(address), address).toHaveLength(1);
    expect(smtp.received).toHaveLength(3);
    expect(await db.prisma.staffEmail.count({ where: { status: "sent" } })).toBe(3);
  }, 180_000);
});
