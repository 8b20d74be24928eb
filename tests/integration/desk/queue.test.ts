/**
 * The department queue on a real database, checked against the same tickets filtered and ordered in the test:
 * every filter and order, walked page by page with the keyset cursor (no ticket twice, none missed), the counts
 * beside each filter, the officer's reach, search in any spelling, and bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import type { Database } from "../../../src/db/database.js";
import { QUEUE_PAGE_SIZE } from "../../../src/core/feedback/desk/queue-view.js";
import { DEFAULT_FILTER, parseQueueFilter, type QueueFilter } from "../../../src/core/feedback/desk/queue.js";
import { OPEN_STATUSES, type Ticket } from "../../../src/core/feedback/ticket.js";
import { backendName, openTestDb } from "../../support/db.js";
import { deskOn, vn, type DeskHarness } from "./desk-harness.js";

let db: Database;
let h: DeskHarness;
let admin: StaffActor;
let officer: StaffActor;
let now: Date;
const codes: string[] = [];

const STREETS = ["Trần Phú", "Lê Lợi", "Hai Bà Trưng", "Nguyễn Huệ", "Pasteur"];
const PLACES: Array<[string, string]> = [
  ["KTHTDT", "ha-tang"],
  ["KTHTDT", "xay-dung"],
  ["CA", "an-ninh"],
  ["MT", "rac-thai"],
];

beforeAll(async () => {
  db = await openTestDb();
  h = await deskOn(db);
  admin = await h.staff(["admin"]);
  officer = await h.staff(["officer"], ["KTHTDT"]);
  const worker = await h.staff(["admin"]);
  // 54 tickets over three days: four departments' categories, some urgent, some at the same moment (equal
  // deadlines), some accepted, resolved, closed, reopened or waiting in triage
  for (let i = 0; i < 54; i++) {
    const [department, category] = PLACES[i % PLACES.length]!;
    const at = vn(`2026-12-${String(7 + Math.floor(i / 18)).padStart(2, "0")} ${String(8 + ((i * 7) % 9)).padStart(2, "0")}:${i % 3 === 0 ? "00" : "30"}`);
    const text = i % 5 === 0 ? `Đèn đường hỏng số ${i} ${STREETS[i % STREETS.length]}` : `Phản ánh số ${i}: ${i % 2 ? "rac thai" : "ổ gà"} đường ${STREETS[i % STREETS.length]}`;
    const { ticket } = await h.report(text, { department, category, urgent: i % 7 === 0, confidence: i % 11 === 5 ? 0.1 : 0.9, at });
    codes.push(ticket.code);
    let t: Ticket = ticket;
    if (t.status !== "routed") continue;
    if (i % 4 === 1) t = await h.desk.tickets.act(worker, t.id, t.version, { action: "accept" });
    if (i % 8 === 1) t = await h.desk.tickets.act(worker, t.id, t.version, { action: "resolve", note: "Xong" });
    if (i % 16 === 1) t = await h.desk.tickets.act(worker, t.id, t.version, { action: "reopen", reason: "Chưa xong" });
    if (i % 12 === 3) await h.desk.tickets.act(worker, t.id, t.version, { action: "reject", reason: "Ngoài phường", redirectTo: "Sở Giao thông" });
  }
  now = vn("2026-12-09 10:00");
}, 240_000);
afterAll(async () => db?.close());

/** The test's own answer: tickets in reach matching the filter, in the filter's order. */
async function expected(actor: StaffActor, f: QueueFilter): Promise<string[]> {
  const endOfToday = vn("2026-12-10 00:00");
  const rows = await db.prisma.feedbackTicket.findMany();
  const reach = actor.roles.includes("admin") ? rows : rows.filter((r) => r.departmentId !== null && actor.departmentIds.includes(r.departmentId));
  const match = reach.filter(
    (r) =>
      (f.status === "all" || (f.status === "open" ? OPEN_STATUSES.includes(r.status) : r.status === f.status)) &&
      (!f.categoryId || r.categoryId === f.categoryId) &&
      (!f.departmentId || r.departmentId === f.departmentId) &&
      (!f.urgent || r.urgent) &&
      (!f.reopened || r.reopenedAt !== null) &&
      (f.due !== "overdue" || (r.dueAt !== null && r.dueAt < now)) &&
      (f.due !== "today" || (r.dueAt !== null && r.dueAt >= now && r.dueAt < endOfToday)),
  );
  const key = (r: (typeof rows)[number]) => [r.dueAt?.getTime() ?? Infinity, r.createdAt.getTime()] as const;
  match.sort((a, b) => {
    if (f.sort === "newest") return b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1);
    if (f.sort === "oldest") return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);
    const [ad, ac] = key(a);
    const [bd, bc] = key(b);
    return ad - bd || ac - bc || (a.id < b.id ? -1 : 1);
  });
  return match.map((r) => r.id);
}

/** Every page of the queue, following the "next" cursor. */
async function walk(actor: StaffActor, f: QueueFilter): Promise<{ ids: string[]; pages: number; total: number }> {
  const ids: string[] = [];
  let cursor = "";
  let pages = 0;
  let total = -1;
  do {
    const view = await h.desk.tickets.queue(actor, h.org.id, f, cursor, now);
    ids.push(...view.items.map((i) => i.id));
    total = view.counts.total;
    cursor = view.next ?? "";
    pages++;
    expect(view.items.length).toBeLessThanOrEqual(QUEUE_PAGE_SIZE);
  } while (cursor && pages < 20);
  return { ids, pages, total };
}

describe(`department queue (${backendName})`, () => {
  it("walks every filter and order page by page exactly as the tickets are, for an administrator and an officer", async () => {
    const filters: QueueFilter[] = [
      DEFAULT_FILTER,
      { ...DEFAULT_FILTER, status: "all" },
      { ...DEFAULT_FILTER, status: "all", sort: "newest" },
      { ...DEFAULT_FILTER, status: "all", sort: "oldest" },
      { ...DEFAULT_FILTER, due: "overdue" },
      { ...DEFAULT_FILTER, due: "today" },
      { ...DEFAULT_FILTER, urgent: true },
      { ...DEFAULT_FILTER, reopened: true },
      { ...DEFAULT_FILTER, status: "accepted" },
      { ...DEFAULT_FILTER, status: "triage" },
      { ...DEFAULT_FILTER, status: "all", categoryId: h.categories.get("an-ninh")! },
      { ...DEFAULT_FILTER, departmentId: h.departments.get("MT")! },
    ];
    let walkedMoreThanOnePage = false;
    for (const actor of [admin, officer]) {
      for (const f of filters) {
        const want = await expected(actor, f);
        const got = await walk(actor, f);
        const label = `${actor.roles.join()} ${JSON.stringify(f)}`;
        expect(got.ids, label).toEqual(want);
        expect(got.total, label).toBe(want.length);
        if (got.pages > 1) walkedMoreThanOnePage = true;
      }
    }
    expect(walkedMoreThanOnePage).toBe(true);
  });

  it("counts each filter's values under the other filters", async () => {
    const f: QueueFilter = { ...DEFAULT_FILTER, status: "all", urgent: true };
    const view = await h.desk.tickets.queue(admin, h.org.id, f, "", now);
    for (const status of ["routed", "accepted", "resolved", "triage", "rejected"] as const) {
      expect(view.counts.status[status], status).toBe((await expected(admin, { ...f, status })).length);
    }
    expect(view.counts.category.get(h.categories.get("rac-thai")!)).toBe((await expected(admin, { ...f, categoryId: h.categories.get("rac-thai")! })).length);
    expect(view.counts.overdue).toBe((await expected(admin, { ...f, due: "overdue" })).length);
    expect(view.counts.urgent).toBe((await expected(admin, f)).length);
    // the quick views count with only the search applied
    expect(view.overview.status.open).toBe((await expected(admin, DEFAULT_FILTER)).length);
    expect(view.overview.overdue).toBeGreaterThan(0);
  });

  it("finds a ticket by its code typed any way, and by words or street with or without diacritics", async () => {
    const code = codes[10]!;
    for (const typed of [code, code.toLowerCase(), code.replace(/-/gu, " ").toLowerCase()]) {
      const view = await h.desk.tickets.queue(admin, h.org.id, { ...DEFAULT_FILTER, status: "all", search: typed }, "", now);
      expect(view.items.map((i) => i.code), typed).toEqual([code]);
    }
    const lamps = await h.desk.tickets.queue(admin, h.org.id, { ...DEFAULT_FILTER, status: "all", search: "den duong" }, "", now);
    expect(lamps.items.length).toBe(11);
    expect(lamps.items.every((i) => i.excerpt.startsWith("Đèn đường"))).toBe(true);
    const street = await h.desk.tickets.queue(admin, h.org.id, { ...DEFAULT_FILTER, status: "all", search: "Trần   PHÚ" }, "", now);
    const folded = await h.desk.tickets.queue(admin, h.org.id, { ...DEFAULT_FILTER, status: "all", search: "tran phu" }, "", now);
    expect(street.items.map((i) => i.id)).toEqual(folded.items.map((i) => i.id));
    expect(street.counts.total).toBe(11);
    // an officer's search stays inside their departments
    const mine = await h.desk.tickets.queue(officer, h.org.id, { ...DEFAULT_FILTER, status: "all", search: "tran phu" }, "", now);
    expect(mine.items.every((i) => i.departmentId === h.departments.get("KTHTDT"))).toBe(true);
  });

  it("treats malformed input as the default view, never as SQL or a crash", async () => {
    const f = parseQueueFilter((name) => ({ status: "drop table", category: "1 OR 1=1", sort: "price", due: "yesterday", urgent: "yes" })[name] ?? "");
    expect(f).toEqual(DEFAULT_FILTER);
    const open = await h.desk.tickets.queue(admin, h.org.id, DEFAULT_FILTER, "bm90IGEgY3Vyc29y", now);
    expect(open.items.map((i) => i.id)).toEqual((await expected(admin, DEFAULT_FILTER)).slice(0, QUEUE_PAGE_SIZE));
    const all = (await expected(admin, { ...DEFAULT_FILTER, status: "all" })).length;
    // punctuation alone is no search (it is folded away), so LIKE's wildcards never reach the query
    for (const search of ["%", "_", "\\", "%%__"]) {
      const view = await h.desk.tickets.queue(admin, h.org.id, { ...DEFAULT_FILTER, status: "all", search }, "", now);
      expect(view.counts.total, search).toBe(all);
    }
    const injected = await h.desk.tickets.queue(admin, h.org.id, { ...DEFAULT_FILTER, status: "all", search: "' OR 1=1 --" }, "", now);
    expect(injected.items).toEqual([]);
  });

  it("marks a ticket a citizen wrote to after the last staff action, until staff act on it", async () => {
    const wroteAt = async (id: string) => {
      const view = await h.desk.tickets.queue(admin, h.org.id, { ...DEFAULT_FILTER, status: "all", search: (await h.feedback.get(id))!.code }, "", now);
      return view.items.find((i) => i.id === id)?.citizenWroteAt;
    };
    const worker = await h.staff(["admin"]);
    const { ticket, citizen } = await h.report("Cống trước số 8 Pasteur bốc mùi", { department: "MT", category: "rac-thai" });
    let t = await h.desk.tickets.act(worker, ticket.id, ticket.version, { action: "accept" });
    t = await h.desk.tickets.act(worker, t.id, t.version, { action: "ask_info", question: "Cống ở lề trái hay lề phải?" });
    expect(await wroteAt(t.id)).toBeNull();
    await h.feedback.answerInfo({ code: t.code, citizenId: citizen.citizenId, sourceKey: `q:${t.id}:1`, text: "Lề phải, sát cột điện" });
    expect(await wroteAt(t.id)).toBeInstanceOf(Date);
    t = (await h.feedback.get(t.id))!;
    await h.desk.tickets.act(worker, t.id, t.version, { action: "reply", text: "Đã ghi nhận, mai đội vệ sinh tới." });
    expect(await wroteAt(t.id)).toBeNull();
    await h.feedback.noteByCitizen({ code: t.code, citizenId: citizen.citizenId, sourceKey: `q:${t.id}:2`, text: "Tôi muốn rút phản ánh này" });
    expect(await wroteAt(t.id)).toBeInstanceOf(Date);
  });
});
