/**
 * The ticket page as an officer reads it, over HTTP on the real service (issue #13 points 2 and 5): the citizen's
 * text as text, the place with an OpenStreetMap link, the timeline with what the citizen saw told apart from
 * internal entries and who did each, and every message sent back with its delivery state and, when it did not
 * arrive, why in plain words and what to do instead. A leader reads the same page with no form on it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfTokenIn, signInOverHttp, startTestService, type CookieJar, type TestService } from "../../support/console-service.js";
import { OPEN_STATUSES } from "../../../src/core/feedback/ticket.js";
import { TP } from "../../../src/http/console/pages/tickets/messages.vi.js";
import { deskOn, type DeskHarness } from "./desk-harness.js";

const backend = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/** The page's list items of one kind (`timeline-item`, `message`), each as its HTML. */
const itemsOf = (html: string, cls: string) => html.split(`<li class="${cls}`).slice(1).map((part) => part.slice(0, part.indexOf("</li>")));

describe(`the ticket page (${backend})`, () => {
  let svc: TestService;
  let h: DeskHarness;
  let jar: CookieJar;
  let csrf: string;
  let ticketId: string;
  let urgentAtReport: boolean;

  const get = async (path: string, cookie = jar.header()) => fetch(`${svc.url}${path}`, { headers: { cookie }, redirect: "manual" });
  const post = async (path: string, fields: Record<string, string>) =>
    fetch(`${svc.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _csrf: csrf, ...fields }).toString() });
  const version = async () => String((await svc.service.database.prisma.feedbackTicket.findUniqueOrThrow({ where: { id: ticketId } })).version);

  beforeAll(async () => {
    svc = await startTestService();
    h = await deskOn(svc.service.database);
    h.clock.now = new Date();
    const officer = await svc.createStaff("officer", { departments: ["KTHTDT"], name: "Phạm Thu Hà" });
    ({ jar } = await signInOverHttp(svc.url, officer.email, officer.password));
    csrf = csrfTokenIn(await (await get("/console/tickets")).text());
    const { ticket } = await h.report("Nắp cống <b>vỡ</b> trước số 45 Nguyễn Trãi", { address: "45 Nguyễn Trãi", latitude: 10.7705, longitude: 106.7003 });
    ticketId = ticket.id;
    // the officer accepts, notes something for colleagues and answers the citizen, each through the page's forms
    expect((await post(`/console/tickets/${ticketId}/accept`, { version: await version() })).status).toBe(303);
    expect((await post(`/console/tickets/${ticketId}/note`, { version: await version(), text: "Đã báo đội thoát nước" })).status).toBe(303);
    // the officer judges its urgency otherwise than the service did (the form offers the opposite of the ticket's mark)
    urgentAtReport = (await svc.service.database.prisma.feedbackTicket.findUniqueOrThrow({ where: { id: ticketId } })).urgent;
    expect((await post(`/console/tickets/${ticketId}/urgency`, { version: await version(), urgent: urgentAtReport ? "0" : "1" })).status).toBe(303);
    expect((await post(`/console/tickets/${ticketId}/reply`, { version: await version(), text: "Ngày mai đội thoát nước sẽ thay nắp cống." })).status).toBe(303);
    expect((await post(`/console/tickets/${ticketId}/ask`, { version: await version(), question: "Nắp cống ở bên trái hay bên phải cổng nhà số 45?" })).status).toBe(303);
    // the resolution's form is multipart (it may carry a photo)
    const resolve = new FormData();
    for (const [k, v] of Object.entries({ _csrf: csrf, version: await version(), note: "Đã thay nắp cống mới." })) resolve.append(k, v);
    expect((await fetch(`${svc.url}/console/tickets/${ticketId}/resolve`, { method: "POST", redirect: "manual", headers: { cookie: jar.header() }, body: resolve })).status).toBe(303);
  }, 180_000);
  afterAll(async () => svc?.close());

  it("shows the report as text with its place on OpenStreetMap", async () => {
    const html = await (await get(`/console/tickets/${ticketId}`)).text();
    expect(html).toContain("Nắp cống &lt;b>vỡ&lt;/b> trước số 45 Nguyễn Trãi");
    expect(html).not.toContain("<b>vỡ</b>");
    expect(html).toContain("45 Nguyễn Trãi");
    expect(html).toMatch(/href="https:\/\/www\.openstreetmap\.org\/\?mlat=10\.7705&amp;mlon=106\.7003#map=18\/10\.7705\/106\.7003"/u);
    expect(html).toContain("Xem vị trí trên bản đồ (OpenStreetMap)");
  });

  it("says plainly whether the place is a typed address without a pin, named in the text, or missing", async () => {
    const typed = await h.report("Đèn đường trước số 12 Lê Lợi tắt mấy hôm nay", { address: "12 Lê Lợi" });
    const typedHtml = await (await get(`/console/tickets/${typed.ticket.id}`)).text();
    expect(typedHtml).toContain("12 Lê Lợi");
    expect(typedHtml).toContain(TP.noPin);
    expect(typedHtml).not.toContain(TP.noLocation);
    const inText = await h.report("den duong truoc so 12 le loi hong 3 hom nay");
    const inTextHtml = await (await get(`/console/tickets/${inText.ticket.id}`)).text();
    expect(inTextHtml).toContain(TP.placeInText);
    expect(inTextHtml).not.toContain(TP.noLocation);
    const nowhere = await h.report("Đèn đường tắt mấy hôm nay");
    const nowhereHtml = await (await get(`/console/tickets/${nowhere.ticket.id}`)).text();
    expect(nowhereHtml).toContain(TP.noLocation);
    expect(nowhereHtml).not.toContain(TP.noPin);
    expect(nowhereHtml).not.toContain(TP.placeInText);
  });

  it("opens the officer's overview with their queue's counts, and an editor's without them", async () => {
    const html = await (await get("/console")).text();
    const section = html.slice(html.indexOf('id="home-tickets"'));
    expect(section).toContain("Phản ánh cần xử lý");
    const open = await svc.service.database.prisma.feedbackTicket.count({ where: { status: { in: [...OPEN_STATUSES] } } });
    expect(open).toBeGreaterThan(0);
    expect(section).toMatch(new RegExp(`href="/console/tickets[^"]*"[^>]*>[^<]*<span class="chip-count">${open}</span>`, "u"));
    expect(section).not.toContain('aria-current="page"');
    const editor = await svc.createStaff("editor", { name: "Lê Biên Tập" });
    const editorJar = (await signInOverHttp(svc.url, editor.email, editor.password)).jar;
    expect(await (await get("/console", editorJar.header())).text()).not.toContain("Phản ánh cần xử lý");
  });

  it("tells what the citizen saw from internal entries, with who did each", async () => {
    const items = itemsOf(await (await get(`/console/tickets/${ticketId}`)).text(), "timeline-item");
    const entry = (label: string) => items.find((i) => i.includes(`<strong>${label}</strong>`)) ?? "";
    expect(entry("Ghi chú nội bộ")).toMatch(/^ internal"/u);
    expect(entry("Ghi chú nội bộ")).toContain(">Nội bộ<");
    expect(entry("Ghi chú nội bộ")).toContain("Đã báo đội thoát nước");
    expect(entry("Ghi chú nội bộ")).toContain("Phạm Thu Hà");
    for (const label of ["Người dân gửi phản ánh", "Tiếp nhận", "Trả lời người dân", "Hỏi thêm người dân", "Đã giải quyết"]) {
      expect(entry(label), label).toMatch(/^ public"/u);
      expect(entry(label), label).toContain(">Người dân thấy<");
    }
    expect(entry("Tiếp nhận")).toContain("Phạm Thu Hà");
    expect(entry("Người dân gửi phản ánh")).toContain("Người dân");
  });

  it("keeps the officer's urgency mark on the ticket, in the timeline as internal, and as an urgency label for retraining", async () => {
    const prisma = svc.service.database.prisma;
    expect((await prisma.feedbackTicket.findUniqueOrThrow({ where: { id: ticketId } })).urgent).toBe(!urgentAtReport);
    const items = itemsOf(await (await get(`/console/tickets/${ticketId}`)).text(), "timeline-item");
    const mark = items.find((i) => i.includes("<strong>Đổi mức khẩn</strong>")) ?? "";
    expect(mark).toMatch(/^ internal"/u);
    expect(mark).toContain("Phạm Thu Hà");
    expect(mark).toContain(urgentAtReport ? "<p>Bỏ đánh dấu khẩn</p>" : "<p>Đánh dấu khẩn</p>");
    const labels = await prisma.routingExample.findMany({ where: { ticketId }, select: { text: true, departmentId: true, urgent: true, source: true } });
    expect(labels).toEqual([{ text: "Nắp cống <b>vỡ</b> trước số 45 Nguyễn Trãi", departmentId: null, urgent: !urgentAtReport, source: "staff" }]);
  });

  it("shows each message's delivery state, and why one did not arrive in plain words with what to do instead", async () => {
    const prisma = svc.service.database.prisma;
    const sent = await prisma.delivery.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } });
    expect(sent).toHaveLength(4); // accepted with the promised date, the reply, the question, the resolution; the note sends nothing
    expect(sent.some((d) => JSON.stringify(d.payload).includes("Đã báo đội thoát nước"))).toBe(false);
    // what the delivery worker stores for each outcome (its own tests cover how it gets there); sent within the minute it was written
    const sentAtSameMinute = new Date(Math.min(sent[0]!.createdAt.getTime() + 1_000, Math.floor(sent[0]!.createdAt.getTime() / 60_000) * 60_000 + 59_999));
    const outcomes = [
      { status: "sent" as const, sentAt: sentAtSameMinute, lastError: null, attempts: 1 },
      { status: "held" as const, lastError: "outside_window", attempts: 1 },
      { status: "failed" as const, lastError: "bad_request: Bad Request: message text is empty", attempts: 8 },
    ];
    for (const [n, outcome] of outcomes.entries()) await prisma.delivery.update({ where: { id: sent[n]!.id }, data: outcome });
    await prisma.delivery.update({ where: { id: sent[3]!.id }, data: { status: "blocked", lastError: "forbidden: Forbidden: bot was blocked by the user", attempts: 1 } });

    const messages = itemsOf(await (await get(`/console/tickets/${ticketId}`)).text(), "message");
    expect(messages).toHaveLength(sent.length);
    expect(messages[0]).toMatch(/^ sent"/u);
    expect(messages[0]).toContain(">Đã gửi<");
    // written and sent in the same minute: one time, not "04:59 → lúc 04:59"
    expect(messages[0]).toMatch(/Gửi lúc \d\d:\d\d, \d\d\/\d\d\/\d{4}/u);
    expect(messages[0]).not.toContain("→");
    expect(messages[1]).toContain(">Chờ người dân nhắn lại<");
    expect(messages[1]).toContain("Zalo chỉ cho gửi trong 7 ngày");
    expect(messages[2]).toContain(">Không gửi được<");
    expect(messages[2]).toContain("Lý do: Telegram hoặc Zalo từ chối tin nhắn này.");
    expect(messages[2]).toContain("8 lần thử");
    expect(messages[3]).toContain(">Người dân đã chặn hoặc bỏ theo dõi<");
    expect(messages[3]).toContain("Lý do: Người dân đã chặn hoặc bỏ theo dõi tài khoản của phường.");
    // the platform's own words and codes stay out of the officer's page
    for (const m of messages) expect(m).not.toMatch(/bad_request|forbidden|outside_window|Bad Request/u);
    // a message that never arrives asks for another way to reach the citizen
    for (const n of [2, 3]) expect(messages[n]).toContain(`href="/console/tickets/${ticketId}/contacts">Xem thông tin liên hệ<`);
    for (const n of [0, 1]) expect(messages[n]).not.toContain("Xem thông tin liên hệ");
  });

  it("lets a leader read the page without any form", async () => {
    const leader = await svc.createStaff("leader");
    const { jar: leaderJar } = await signInOverHttp(svc.url, leader.email, leader.password);
    const res = await get(`/console/tickets/${ticketId}`, leaderJar.header());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Bạn chỉ có quyền xem phản ánh này.");
    expect(html).not.toMatch(/<form[^>]+action="\/console\/tickets\//u);
    expect(html).not.toContain("Xem thông tin liên hệ");
  });
});
