/**
 * bench/calendar: the working-time arithmetic a deadline job runs over every open ticket. For 50,000 tickets received
 * at random moments of 2026 (a tenth of them urgent): the accept deadline (4 or 8 working hours), the answer deadline
 * (3 or 10 working days), and the time left on both at one "now", worded in Vietnamese as the console shows it.
 * Also the cost of building a calendar (four tabled years, as CalendarService.calendarFor does on a version change).
 * Run: npx tsx bench/calendar.ts [tickets]. The last line is one JSON object with the figures (median of 7 rounds).
 */
import { describeTimeLeft } from "../src/core/calendar/format.js";
import { defaultWorkingWeek } from "../src/core/calendar/office-hours.js";
import { defaultDaysOff } from "../src/core/calendar/public-holidays.js";
import { WorkingCalendar } from "../src/core/calendar/working-calendar.js";

const tickets = Number(process.argv[2] ?? 50_000);
const ROUNDS = 7;
const years = { from: 2025, to: 2028 };

function build(): WorkingCalendar {
  const days = [];
  for (let year = years.from; year <= years.to; year++) days.push(...defaultDaysOff(year));
  return WorkingCalendar.build({ week: defaultWorkingWeek(), days, years });
}

let seed = 13;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const start = Date.parse("2026-01-01T00:00:00+07:00");
const received = Array.from({ length: tickets }, () => new Date(start + Math.floor(random() * 365 * 86_400_000)));
const urgent = Array.from({ length: tickets }, () => random() < 0.1);
const now = new Date("2026-07-01T09:00:00+07:00");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const buildMs: number[] = [];
const deadlineMs: number[] = [];
const timeLeftMs: number[] = [];
let overdue = 0;
for (let round = 0; round < ROUNDS; round++) {
  let t = performance.now();
  const calendar = build();
  buildMs.push(performance.now() - t);

  t = performance.now();
  const acceptDue: Date[] = new Array(tickets);
  const answerDue: Date[] = new Array(tickets);
  for (let i = 0; i < tickets; i++) {
    acceptDue[i] = calendar.addWorkingHours(received[i]!, urgent[i] ? 4 : 8);
    answerDue[i] = calendar.addWorkingDays(received[i]!, urgent[i] ? 3 : 10);
  }
  deadlineMs.push(performance.now() - t);

  t = performance.now();
  overdue = 0;
  let chars = 0;
  for (let i = 0; i < tickets; i++) {
    const accept = calendar.timeLeft(now, acceptDue[i]!);
    const answer = calendar.timeLeft(now, answerDue[i]!);
    if (answer.overdue) overdue += 1;
    chars += describeTimeLeft(accept).length + describeTimeLeft(answer).length;
  }
  timeLeftMs.push(performance.now() - t);
  if (chars === 0) throw new Error("nothing was worded");
}

const figures = {
  tickets,
  rounds: ROUNDS,
  buildCalendarMs: Number(median(buildMs).toFixed(2)),
  deadlinesMs: Number(median(deadlineMs).toFixed(1)),
  timeLeftAndWordingMs: Number(median(timeLeftMs).toFixed(1)),
  totalMs: Number((median(deadlineMs) + median(timeLeftMs)).toFixed(1)),
  perTicketMicroseconds: Number((((median(deadlineMs) + median(timeLeftMs)) * 1000) / tickets).toFixed(2)),
  answerOverdueAtNow: overdue,
};
console.log(`calendar: ${tickets} tickets, two deadlines and two time-lefts each: ${figures.totalMs} ms (build ${figures.buildCalendarMs} ms)`);
console.log(JSON.stringify(figures));
