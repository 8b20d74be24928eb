/**
 * Citizen feedback through the real service on the fake Telegram: a report in one message with a photo and a pin
 * becomes one routed ticket, a redelivered update changes nothing, officers' changes reach the chat, the owner alone
 * can follow the ticket, complaints and emergencies take their own paths, a second report of the same problem is
 * linked, and the citizen rates, reopens and answers an officer's question from the chat.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedbackChoice } from "../../../src/core/feedback/choices.js";
import { backendName } from "../../support/db.js";
import { startChatWorld, until, type ChatWorld } from "../../support/chat-world.js";
import { PNG_BYTES } from "../../fakes/zalo-api.js";

let w: ChatWorld;
beforeAll(async () => {
  w = await startChatWorld();
}, 180_000);
afterAll(async () => {
  await w?.close();
});

let nextChat = 700100;
const texts = (chat: number) => w.telegram.textsTo(chat);
const say = (chat: number, text: string) => w.telegramUpdate(chat, { text });
const press = (chat: number, data: string, id?: number) => w.telegramUpdate(chat, { callback_query: { data } }, id);
/** Sends, then waits until the chat received `n` more messages; returns the new ones. */
async function exchange(chat: number, send: () => Promise<number>, n = 1): Promise<string[]> {
  const before = texts(chat).length;
  expect(await send()).toBe(200);
  await until(() => texts(chat).length >= before + n, `reply to chat ${chat}`);
  return texts(chat).slice(before);
}
const ticketByCode = (code: string) => w.db.prisma.feedbackTicket.findUniqueOrThrow({ where: { code } });
const codeIn = (text: string) => /PA-\d{4}-[0-9A-Z]{4}/u.exec(text)?.[0] ?? "";
const staffActor = async () => {
  const org = await w.db.prisma.organisation.findFirstOrThrow();
  const s = await w.db.prisma.staffAccount.create({ data: { orgId: org.id, email: `o-${Math.random()}@motcua.test`, fullName: "Cán bộ", passwordHash: "x" } });
  return { kind: "staff" as const, staffId: s.id };
};

/** Reports the street light in one message, adds a photo and a pin, sends; returns the tracking code. */
async function reportStreetLight(chat: number, text = "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay"): Promise<string> {
  w.telegram.files.set(`photo-${chat}`, PNG_BYTES);
  const [summary] = await exchange(chat, () => say(chat, text));
  expect(summary).toContain("Sự việc: " + text);
  const [withPhoto] = await exchange(chat, () => w.telegramUpdate(chat, { photo: [{ file_id: `photo-${chat}`, file_unique_id: `u${chat}`, width: 800, height: 600 }] }));
  expect(withPhoto).toContain("Ảnh: 1 ảnh");
  // each test's problem somewhere else (about 1 km apart), so only the reports meant as duplicates are linked
  const [withPin] = await exchange(chat, () => w.telegramUpdate(chat, { location: { latitude: 10.7 + (chat % 100) / 100, longitude: 106.7 } }));
  expect(withPin).toContain("đã gửi vị trí");
  const [confirmation] = await exchange(chat, () => press(chat, feedbackChoice("intake", "send")));
  return codeIn(confirmation ?? "");
}

describe(`feedback in the chat, Telegram (${backendName})`, () => {
  it("turns a one-message report with a photo and a pin into one routed ticket, whatever is redelivered", async () => {
    const chat = nextChat++;
    w.telegram.files.set("photo-a", PNG_BYTES);
    // the first download attempt fails: the ticket is filed all the same and the photo is fetched again later
    w.telegram.fail("getFile", { kind: "server_error" });
    await exchange(chat, () => say(chat, "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay"));
    await exchange(chat, () => w.telegramUpdate(chat, { photo: [{ file_id: "photo-a", file_unique_id: "ua", width: 800, height: 600 }] }));
    await exchange(chat, () => w.telegramUpdate(chat, { location: { latitude: 10.7769, longitude: 106.7009 } }));
    const sendId = w.nextUpdateId();
    const [confirmation] = await exchange(chat, () => press(chat, feedbackChoice("intake", "send"), sendId));
    expect(confirmation).toMatch(/Mã tra cứu: PA-\d{4}-/u);
    expect(confirmation).toContain("Phòng Kinh tế, Hạ tầng và Đô thị");
    const code = codeIn(confirmation ?? "");
    const ticket = await ticketByCode(code);
    expect(ticket).toMatchObject({ status: "routed", latitude: 10.7769, longitude: 106.7009, urgent: false });
    await until(async () => (await w.db.prisma.attachment.findFirstOrThrow({ where: { ticketId: ticket.id } })).status === "stored", "photo stored", 30_000);
    const photo = await w.db.prisma.attachment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(photo).toMatchObject({ platformFileId: "photo-a", mimeType: "image/png", sizeBytes: PNG_BYTES.length, attempts: 2 });
    expect(w.telegram.callsOf("getFile").filter((c) => c.payload.file_id === "photo-a").map((c) => c.outcome)).toEqual(["server_error", "ok"]);
    expect(await w.db.prisma.attachment.count({ where: { ticketId: ticket.id } })).toBe(1);
    expect(await w.db.prisma.consentRecord.count({ where: { ticketId: ticket.id } })).toBe(2); // the pin and the photo

    // Telegram redelivers the same button press: stored once, so no second ticket and no second confirmation
    const before = texts(chat).length;
    expect(await press(chat, feedbackChoice("intake", "send"), sendId)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(texts(chat).length).toBe(before);
    expect(await w.db.prisma.feedbackTicket.count({ where: { text: "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay" } })).toBe(1);
  });

  it("links a second citizen's report of the same problem and tells both of every public change", async () => {
    const first = nextChat++;
    const code = await reportStreetLight(first, "Đèn đường Lê Lợi trước số 40 không sáng mấy hôm nay");
    const second = nextChat++;
    await exchange(second, () => say(second, "đèn đường Lê Lợi trước số 42 tắt ngấm"));
    const [linked] = await exchange(second, () => press(second, feedbackChoice("intake", "send")));
    expect(linked).toContain(`đã có người phản ánh (mã ${code})`);
    const ticket = await ticketByCode(code);
    expect(await w.db.prisma.ticketReporter.count({ where: { ticketId: ticket.id } })).toBe(2);

    const officer = await staffActor();
    await w.feedback.service.accept({ ticketId: ticket.id, version: ticket.version, actor: officer });
    for (const chat of [first, second]) {
      await until(() => texts(chat).some((t) => t.includes(`đã nhận xử lý phản ánh ${code}`) && t.includes("Hẹn trả lời trước")), `accepted notice to ${chat}`);
    }
  });

  it("shows the timeline to the owner only; a mistyped code is called a typing mistake", async () => {
    const owner = nextChat++;
    const code = await reportStreetLight(owner, "Rác ùn ở đầu hẻm 12 Võ Văn Tần ba ngày chưa ai thu gom");
    const [timeline] = await exchange(owner, () => say(owner, `/tracuu ${code}`));
    expect(timeline).toContain(`Phản ánh ${code}`);
    expect(timeline).toContain("Đơn vị xử lý: Đơn vị vệ sinh môi trường, thu gom rác");
    const stranger = nextChat++;
    const [refused] = await exchange(stranger, () => say(stranger, `/tracuu ${code}`));
    expect(refused).toContain(`Không tìm thấy phản ánh ${code}`);
    expect(refused).not.toContain("Đơn vị xử lý");
    const swapped = `${code.slice(0, 8)}${code[9]}${code[8]}${code.slice(10)}`;
    if (swapped !== code) {
      const [mistyped] = await exchange(owner, () => say(owner, `/tracuu ${swapped}`));
      expect(mistyped).toContain("gõ nhầm");
    }
    const [mine] = await exchange(owner, () => say(owner, "/phananhcuatoi"));
    expect(mine).toContain(code);
    const [strangerList] = await exchange(stranger, () => say(stranger, "/phananhcuatoi"));
    expect(strangerList).not.toContain(code);
  });

  it("reads the citizen's words after a resolution: 'still broken' reopens with them as the reason, praise rates", async () => {
    const chat = nextChat++;
    const officer = await staffActor();
    const code = await reportStreetLight(chat, "Đèn đường hẻm 45 Cao Thắng tắt từ tuần trước");
    let t = await ticketByCode(code);
    t = { ...t, ...(await w.feedback.service.accept({ ticketId: t.id, version: t.version, actor: officer })) };
    await w.feedback.service.resolve({ ticketId: t.id, version: t.version, actor: officer, note: "Đã thay bóng." });
    await until(() => texts(chat).some((m) => m.includes("đã được giải quyết")), "resolution notice");
    const [reopened] = await exchange(chat, () => say(chat, "den van chua sang, toi qua do xem roi"));
    expect(reopened).toContain(`Phản ánh ${code} đã được mở lại`);
    t = await ticketByCode(code);
    expect(t.status).toBe("reopened");
    const reopen = await w.db.prisma.ticketEvent.findFirstOrThrow({ where: { ticketId: t.id, type: "reopen" } });
    expect(reopen.note).toBe("den van chua sang, toi qua do xem roi");

    await w.feedback.service.resolve({ ticketId: t.id, version: t.version, actor: officer, note: "Đã thay cả bộ đèn." });
    await until(() => texts(chat).filter((m) => m.includes("đã được giải quyết")).length === 2, "second resolution notice");
    const [rated] = await exchange(chat, () => say(chat, "tot lam, cam on phuong"));
    expect(rated).toContain("⭐⭐⭐⭐⭐");
    expect(await ticketByCode(code)).toMatchObject({ status: "closed", rating: 5 });
  });

  it("passes a wish to withdraw a report on to the ticket for the department, never calling it cancelled", async () => {
    const chat = nextChat++;
    const code = await reportStreetLight(chat, "Đèn đường hẻm 31 Pasteur tắt cả tuần nay");
    const before = await ticketByCode(code);
    const said = `toi muon huy phan anh ${code} vi den da sang lai roi`;
    const [answer] = await exchange(chat, () => say(chat, said));
    expect(answer).toContain("không hủy được qua tin nhắn");
    expect(answer).not.toContain("Đã hủy");
    const after = await ticketByCode(code);
    expect(after.status).toBe(before.status);
    const events = await w.db.prisma.ticketEvent.findMany({ where: { ticketId: after.id, type: "citizen_note" } });
    expect(events.map((e) => ({ note: e.note, actorType: e.actorType, public: e.public }))).toEqual([{ note: said, actorType: "citizen", public: false }]);
  });

  it("points a complaint to its legal channel without a ticket", async () => {
    const chat = nextChat++;
    const count = await w.db.prisma.feedbackTicket.count();
    const [answer] = await exchange(chat, () => say(chat, "Tôi muốn khiếu nại quyết định xử phạt của phường"));
    expect(answer).toContain("Luật Khiếu nại");
    expect(answer).toContain("tiếp công dân");
    expect(await w.db.prisma.feedbackTicket.count()).toBe(count);
  });

  it("answers an emergency with the numbers first and files an urgent ticket only when asked", async () => {
    const chat = nextChat++;
    const count = await w.db.prisma.feedbackTicket.count();
    const [numbers] = await exchange(chat, () => say(chat, "Cây đổ đè lên dây điện đứt ở ngõ 8 Lý Thường Kiệt"));
    expect(numbers).toMatch(/11[345]/u);
    expect(await w.db.prisma.feedbackTicket.count()).toBe(count);
    const [summary] = await exchange(chat, () => press(chat, "e:report"));
    expect(summary).toContain("PHẢN ÁNH KHẨN");
    const [confirmation] = await exchange(chat, () => press(chat, feedbackChoice("intake", "send")));
    expect(confirmation).toContain("phản ánh khẩn");
    expect((await ticketByCode(codeIn(confirmation ?? ""))).urgent).toBe(true);
  });

  it("takes the photos off a report on 'xóa ảnh' or its button, and files only the photo sent after", async () => {
    const chat = nextChat++;
    for (const id of ["wrong-1", "wrong-2", "right-1"]) w.telegram.files.set(`${id}-${chat}`, PNG_BYTES);
    const photo = (id: string) => () => w.telegramUpdate(chat, { photo: [{ file_id: `${id}-${chat}`, file_unique_id: `${id}${chat}`, width: 800, height: 600 }] });
    await exchange(chat, () => say(chat, "Rác chất đống đầu hẻm 88 Bùi Thị Xuân mấy ngày chưa ai dọn"));
    await exchange(chat, photo("wrong-1"));
    const [two] = await exchange(chat, photo("wrong-2"));
    expect(two).toContain("Ảnh: 2 ảnh");
    expect(two).toContain("xóa ảnh");
    const [removed, summary] = await exchange(chat, () => say(chat, "xoa anh"), 2);
    expect(removed).toContain("Đã xóa 2 ảnh");
    expect(summary).toContain("Ảnh: không có");
    const [one] = await exchange(chat, photo("right-1"));
    expect(one).toContain("Ảnh: 1 ảnh");
    // the button does the same
    const [byButton] = await exchange(chat, () => press(chat, feedbackChoice("intake", "unphoto")), 2);
    expect(byButton).toContain("Đã xóa 1 ảnh");
    const [again] = await exchange(chat, photo("right-1"));
    expect(again).toContain("Ảnh: 1 ảnh");
    const [confirmation] = await exchange(chat, () => press(chat, feedbackChoice("intake", "send")));
    const ticket = await ticketByCode(codeIn(confirmation ?? ""));
    const photos = await w.db.prisma.attachment.findMany({ where: { ticketId: ticket.id } });
    expect(photos.map((p) => p.platformFileId)).toEqual([`right-1-${chat}`]);
  });

  it("takes a rating after resolution, reopens on 'chưa giải quyết' and passes on the answer to an officer's question", async () => {
    const chat = nextChat++;
    const officer = await staffActor();
    const code = await reportStreetLight(chat, "Đèn chiếu sáng hẻm 77 Hai Bà Trưng chập chờn cả tuần");
    let t = await ticketByCode(code);
    t = { ...t, ...(await w.feedback.service.accept({ ticketId: t.id, version: t.version, actor: officer })) };
    const asked = await w.feedback.service.askInfo({ ticketId: t.id, version: t.version, actor: officer, question: "Đèn ở cột số mấy?" });
    await until(() => texts(chat).some((m) => m.includes("Đèn ở cột số mấy?")), "question to the citizen");
    const [thanks] = await exchange(chat, () => say(chat, "Cột số 3, gần cổng chợ"));
    expect(thanks).toContain(`Đã gửi thông tin bổ sung cho phản ánh ${code}`);
    const answered = await w.feedback.service.timeline(asked.id);
    expect(answered.some((e) => e.type === "info_received" && e.note === "Cột số 3, gần cổng chợ")).toBe(true);

    let current = await ticketByCode(code);
    await w.feedback.service.resolve({ ticketId: current.id, version: current.version, actor: officer, note: "Đã thay bóng đèn." });
    await until(() => texts(chat).some((m) => m.includes("đã được giải quyết")), "resolution notice");
    await exchange(chat, () => press(chat, feedbackChoice("reopen", code)));
    expect(texts(chat).at(-1)).toContain(`Phản ánh ${code} đã được mở lại`);
    current = await ticketByCode(code);
    expect(current.status).toBe("reopened");

    await w.feedback.service.resolve({ ticketId: current.id, version: current.version, actor: officer, note: "Đã thay cả bộ đèn." });
    await until(() => texts(chat).filter((m) => m.includes("đã được giải quyết")).length === 2, "second resolution notice");
    const [rated] = await exchange(chat, () => press(chat, feedbackChoice("rate", code, "5")));
    expect(rated).toContain("Cảm ơn bạn đã đánh giá");
    expect(await ticketByCode(code)).toMatchObject({ status: "closed", rating: 5 });
  });
});

describe(`feedback in the chat, Zalo (${backendName})`, () => {
  const zaloTexts = (user: string) => w.zalo.textsTo(user);
  async function zaloExchange(user: string, event: Record<string, unknown>, n = 1): Promise<string[]> {
    const before = zaloTexts(user).length;
    expect(await w.zaloEvent(event)).toBe(200);
    await until(() => zaloTexts(user).length >= before + n, `Zalo reply to ${user}`);
    return zaloTexts(user).slice(before);
  }

  it("takes a photo by its Zalo URL, and holds an update outside the 7-day window until the citizen writes again", async () => {
    const { zaloEvents } = await import("../../support/chat-world.js");
    const user = "8800112233";
    const [summary] = await zaloExchange(user, zaloEvents.text(user, "Đèn đường hẻm 9 Nguyễn Huệ hỏng mấy hôm nay"));
    expect(summary).toContain("Sự việc: Đèn đường hẻm 9 Nguyễn Huệ");
    const [withPhoto] = await zaloExchange(user, zaloEvents.image(user, `${w.zalo.url}/assets/photo.png`));
    expect(withPhoto).toContain("Ảnh: 1 ảnh");
    // Zalo shows the summary's buttons as numbered lines; "1" is "Gửi"
    const [confirmation] = await zaloExchange(user, zaloEvents.text(user, "1"));
    const code = codeIn(confirmation ?? "");
    expect(confirmation).toContain("Mã tra cứu");
    const ticket = await ticketByCode(code);
    await until(async () => (await w.db.prisma.attachment.findFirstOrThrow({ where: { ticketId: ticket.id } })).status === "stored", "Zalo photo stored", 30_000);

    // eight days later the citizen has not written: Zalo refuses a reply, so the update waits
    await w.db.prisma.channelIdentity.updateMany({ where: { channel: "zalo", externalId: user }, data: { lastInteractionAt: new Date(Date.now() - 8 * 86_400_000) } });
    const officer = await staffActor();
    await w.feedback.service.accept({ ticketId: ticket.id, version: ticket.version, actor: officer });
    const held = await w.db.prisma.delivery.findFirstOrThrow({ where: { ticketId: ticket.id, purpose: "ticket_update" } });
    expect(held.status).toBe("held");
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // a delivery-worker tick
    expect(zaloTexts(user).some((t) => t.includes("đã nhận xử lý"))).toBe(false);

    // the next message opens the window: the update goes first, then the answer to the message
    const arrived = await zaloExchange(user, zaloEvents.text(user, `tra cứu ${code}`), 2);
    expect(arrived[0]).toContain(`đã nhận xử lý phản ánh ${code}`);
    expect(arrived[1]).toContain(`Phản ánh ${code}`);
  });

  it("passes on the answer to an officer's question that waited for the Zalo window, typed after the question arrived", async () => {
    const { zaloEvents } = await import("../../support/chat-world.js");
    const user = "8800445566";
    await zaloExchange(user, zaloEvents.text(user, "Miệng cống hẻm 61 Phan Đình Giót bị rác lấp kín, mưa xuống là nước đọng cả ngày"));
    const [confirmation] = await zaloExchange(user, zaloEvents.text(user, "1"));
    expect(confirmation).toContain("Mã tra cứu");
    const code = codeIn(confirmation ?? "");
    let ticket = await ticketByCode(code);
    expect(ticket.status).toBe("routed"); // a report of its own, not linked to another test's ticket
    const officer = await staffActor();
    ticket = { ...ticket, ...(await w.feedback.service.accept({ ticketId: ticket.id, version: ticket.version, actor: officer })) };
    await until(() => zaloTexts(user).some((t) => t.includes("đã nhận xử lý")), "acceptance on Zalo");

    // ten days of silence, then the officer asks: Zalo's window is closed, so the question waits
    await w.db.prisma.channelIdentity.updateMany({ where: { channel: "zalo", externalId: user }, data: { lastInteractionAt: new Date(Date.now() - 10 * 86_400_000) } });
    await w.feedback.service.askInfo({ ticketId: ticket.id, version: ticket.version, actor: officer, question: "Cống tắc ở đầu hẻm hay cuối hẻm?" });
    expect((await w.db.prisma.delivery.findFirstOrThrow({ where: { ticketId: ticket.id, purpose: "ticket_update", status: "held" } })).payload).toBeTruthy();

    // the citizen writes about something else: the question goes out first, their message is answered as usual
    const arrived = await zaloExchange(user, zaloEvents.text(user, "chào ban"), 2);
    expect(arrived[0]).toContain("Cống tắc ở đầu hẻm hay cuối hẻm?");
    expect((await ticketByCode(code)).status).toBe("needs_info");
    // what they write after reading it is the answer
    const [thanks] = await zaloExchange(user, zaloEvents.text(user, "Cuối hẻm, gần nhà số 30"));
    expect(thanks).toContain(`Đã gửi thông tin bổ sung cho phản ánh ${code}`);
    const timeline = await w.feedback.service.timeline(ticket.id);
    expect(timeline.some((e) => e.type === "info_received" && e.note === "Cuối hẻm, gần nhà số 30")).toBe(true);
    expect((await ticketByCode(code)).status).not.toBe("needs_info");
  });

  it("reads the words after a resolution notice that waited for the Zalo window as the citizen's verdict on it", async () => {
    const { zaloEvents } = await import("../../support/chat-world.js");
    const user = "8800778899";
    await zaloExchange(user, zaloEvents.text(user, "Ống nước trước nhà 14 Hai Bà Trưng bị vỡ, nước chảy ra đường mấy hôm nay"));
    const [confirmation] = await zaloExchange(user, zaloEvents.text(user, "1"));
    const code = codeIn(confirmation ?? "");
    let ticket = await ticketByCode(code);
    expect(ticket.status).toBe("routed");
    const officer = await staffActor();
    ticket = { ...ticket, ...(await w.feedback.service.accept({ ticketId: ticket.id, version: ticket.version, actor: officer })) };
    await until(() => zaloTexts(user).some((t) => t.includes("đã nhận xử lý")), "acceptance on Zalo");

    // the resolution comes after ten days of silence: it waits for the window
    await w.db.prisma.channelIdentity.updateMany({ where: { channel: "zalo", externalId: user }, data: { lastInteractionAt: new Date(Date.now() - 10 * 86_400_000) } });
    await w.feedback.service.resolve({ ticketId: ticket.id, version: ticket.version, actor: officer, note: "Đã thay đoạn ống vỡ." });
    expect(await w.db.prisma.delivery.count({ where: { ticketId: ticket.id, purpose: "ticket_update", status: "held" } })).toBe(1);

    const arrived = await zaloExchange(user, zaloEvents.text(user, "chào ban"), 2);
    expect(arrived[0]).toContain("đã được giải quyết");
    // what they write after reading it is their verdict: still broken reopens, with their words as the reason
    const [reopened] = await zaloExchange(user, zaloEvents.text(user, "nước vẫn còn chảy ra đường, chưa sửa gì cả"));
    expect(reopened).toContain(code);
    expect((await ticketByCode(code)).status).toBe("reopened");
    const timeline = await w.feedback.service.timeline(ticket.id);
    expect(timeline.some((e) => e.note?.includes("chưa sửa gì cả"))).toBe(true);
  });
});
