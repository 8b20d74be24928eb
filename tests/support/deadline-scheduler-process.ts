/**
 * A scheduler process running the deadline job, for tests/integration/desk/deadline-processes.test.ts: the job as
 * the scheduler role builds it (src/wiring/desk.ts), on the PostgreSQL schema given by DEADLINE_TEST_DB_URL /
 * DEADLINE_TEST_SCHEMA, mailing through DEADLINE_TEST_SMTP_URL. Prints "ready", then runs one tick for each
 * instant read on stdin (ISO 8601) and prints its outcome as one JSON line; "stop" ends it.
 */
import { createInterface } from "node:readline";
import { pino } from "pino";
import { openDatabase } from "../../src/db/database.js";
import { runDeadlineTick } from "../../src/jobs/deadline-job.js";
import { buildCalendarService } from "../../src/wiring/calendar.js";
import { buildDeadlineJob } from "../../src/wiring/desk.js";

const env = process.env;
const db = await openDatabase({ databaseUrl: env.DEADLINE_TEST_DB_URL as string, schema: env.DEADLINE_TEST_SCHEMA as string, migrate: false, poolSize: 3 });
const job = buildDeadlineJob(
  db,
  { reminders: { acceptHours: 2, answerDays: 1 }, smtp: { url: env.DEADLINE_TEST_SMTP_URL as string, from: "motcua@phuong.test" }, publicBaseUrl: "https://motcua.phuong.test" },
  buildCalendarService(db),
  pino({ level: "silent" }),
);
process.stdout.write("ready\n");
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === "stop") break;
  const outcome = await runDeadlineTick(job, new Date(line.trim()));
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}
job.close();
await db.close();
