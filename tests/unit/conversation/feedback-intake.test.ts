/**
 * The feedback intake in the conversation, with the real flows on an in-memory ticket core that records what is
 * filed: walkthroughs a citizen did in the terminal chat (issue #11).
 */
import { describe, expect, it } from "vitest";
import { EMERGENCY_REPORT } from "../../../src/core/conversation/flows/emergency-flow.js";
import type { CitizenFeedback } from "../../../src/core/conversation/flows/feedback-ports.js";
import { FeedbackFlow } from "../../../src/core/conversation/flows/feedback-flow.js";
import { ChatInfoPrompts } from "../../../src/core/conversation/flows/info-prompts.js";
import { TrackingFlow } from "../../../src/core/conversation/flows/tracking-flow.js";
import { feedbackChoice } from "../../../src/core/feedback/choices.js";
import type { ReportInput } from "../../../src/core/feedback/submit-report.js";
import type { Ticket } from "../../../src/core/feedback/ticket.js";
import { newTrackingCode } from "../../../src/core/feedback/tracking-code.js";
import { choicesOf, CONTACT, createHarness, textOf } from "./harness.js";

const SEND = feedbackChoice("intake", "send");

function ticketOf(input: ReportInput, n: number): Ticket {
  const at = new Date("2026-03-02T02:00:00Z");
  return {
    id: `t${n}`, code: `PA-2603-000${n}`, orgId: "o", status: "routed", version: 1, citizenId: input.citizenId, identityId: input.identityId,
    departmentId: "d", categoryId: null, urgent: input.urgent === true, text: input.text, address: input.address ?? null,
    latitude: input.latitude ?? null, longitude: input.longitude ?? null, streetKey: null, isPublic: input.isPublic, routedBy: "rule",
    routingConfidence: 1, answer: null, acceptDueAt: new Date(at.getTime() + 4 * 3600_000), answerDueAt: null, dueAt: null, reopenedAt: null,
    createdAt: at, updatedAt: at, answeredAt: null, resolvedAt: null, closedAt: null, rating: null, sourceKey: input.sourceKey ?? null,
  };
}

/** A ticket core that files reports in memory and records every citizen action. */
function memoryFeedback() {
  const filed: ReportInput[] = [];
  const actions: Array<Record<string, unknown>> = [];
  const port: CitizenFeedback = {
    submit: async (input) => {
      filed.push(input);
      return { kind: "created", ticket: ticketOf(input, filed.length), departmentName: "Phòng Kinh tế" };
    },
    track: async () => {
      throw new Error("not used");
    },
    listMine: async () => [],
    rate: async (input) => {
      actions.push({ rate: input });
      return ticketOf(filed[0]!, 1);
    },
    reopenByCitizen: async (input) => {
      actions.push({ reopen: input });
      return ticketOf(filed[0]!, 1);
    },
    answerInfo: async (input) => {
      actions.push({ info: input });
      return ticketOf(filed[0]!, 1);
    },
    noteByCitizen: async (input) => {
      actions.push({ note: input });
      return { ...ticketOf({ citizenId: input.citizenId, identityId: null, text: "đèn hỏng", isPublic: false }, 1), code: input.code };
    },
  };
  return { port, filed, actions };
}

function intakeHarness() {
  const core = memoryFeedback();
  const h = createHarness({ feedback: new FeedbackFlow(core.port, { storePhone: async () => {} }, CONTACT), tracking: new TrackingFlow(core.port) });
  return { ...h, ...core };
}

describe("feedback intake in the conversation", () => {
  it("keeps the problem of a report an emergency interrupted, marks it urgent and asks where", async () => {
    const h = intakeHarness();
    await h.command("phananh");
    const warning = textOf(await h.say("cay xanh nga de len mai nha dan"));
    expect(warning).toContain("114");
    expect(warning).toContain("KHẨN");
    expect(warning).toContain("Sự việc ở đâu?");
    const summary = textOf(await h.say("so 20 duong le loi to 3"));
    expect(summary).toContain("Sự việc: cay xanh nga de len mai nha dan");
    expect(summary).toContain("Địa điểm: so 20 duong le loi to 3");
    expect(summary).toContain("PHẢN ÁNH KHẨN");
    await h.press(SEND);
    expect(h.filed).toHaveLength(1);
    expect(h.filed[0]).toMatchObject({ text: "cay xanh nga de len mai nha dan", address: "so 20 duong le loi to 3", urgent: true });
  });

  it("carries a report interrupted by an emergency that says where straight to its urgent summary", async () => {
    const h = intakeHarness();
    await h.command("phananh");
    const warning = textOf(await h.say("cây đổ đè lên dây điện ở ngõ 8 Lý Thường Kiệt"));
    expect(warning).toContain("PHẢN ÁNH KHẨN");
    await h.press(SEND);
    expect(h.filed[0]).toMatchObject({ text: "cây đổ đè lên dây điện ở ngõ 8 Lý Thường Kiệt", urgent: true });
  });

  it("keeps the photo of a report an emergency interrupted when the emergency's urgent-report button is pressed", async () => {
    const h = intakeHarness();
    await h.send({ kind: "photo", platformFileId: "file-cay-do" });
    const warning = textOf(await h.say("cây đổ đè lên dây điện ở ngõ 8 Lý Thường Kiệt"));
    expect(warning).toContain("114");
    const summary = textOf(await h.press(EMERGENCY_REPORT));
    expect(summary).toContain("PHẢN ÁNH KHẨN");
    expect(summary).toContain("Ảnh: 1 ảnh");
    await h.press(SEND);
    expect(h.filed).toHaveLength(1);
    expect(h.filed[0]).toMatchObject({ text: "cây đổ đè lên dây điện ở ngõ 8 Lý Thường Kiệt", urgent: true });
    expect(h.filed[0]?.photos?.map((p) => p.platformFileId)).toEqual(["file-cay-do"]);
  });

  it("still files an urgent report from the emergency button when nothing was being written", async () => {
    const h = intakeHarness();
    await h.say("cay do de len nguoi o ngo 8 ly thuong kiet");
    const summary = textOf(await h.press(EMERGENCY_REPORT));
    expect(summary).toContain("PHẢN ÁNH KHẨN");
    await h.press(SEND);
    expect(h.filed[0]).toMatchObject({ urgent: true });
  });

  it("asks where a report with no place happened instead of calling the place 'as in the text'", async () => {
    const h = intakeHarness();
    const asked = textOf(await h.command("phananh", "hang xom hat karaoke den 12h dem on qua"));
    expect(asked).toContain("Sự việc ở đâu?");
    expect(asked).not.toContain("như trong nội dung");
    const summary = textOf(await h.say("nha toi o to 5 khu pho 2"));
    expect(summary).toContain("Địa điểm: nha toi o to 5 khu pho 2");
  });

  it("takes an address typed at the summary as the place and shows the summary again", async () => {
    const h = intakeHarness();
    const first = textOf(await h.say("Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay"));
    expect(first).toContain("Địa điểm: như trong nội dung");
    const again = textOf(await h.say("trước cửa nhà số 12 ngõ 5"));
    expect(again).toContain("Địa điểm: trước cửa nhà số 12 ngõ 5");
    expect(textOf(await h.say("cảm ơn"))).toContain("Địa điểm: trước cửa nhà số 12 ngõ 5");
    await h.press(SEND);
    expect(h.filed[0]).toMatchObject({ text: "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay", address: "trước cửa nhà số 12 ngõ 5" });
  });

  it("says what the phone number is for before taking it from the summary, as it does in the questionnaire", async () => {
    const h = intakeHarness();
    await h.say("Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay");
    const asked = textOf(await h.press(feedbackChoice("intake", "phone")));
    expect(asked).toContain("Số chỉ dùng để cán bộ gọi lại khi cần làm rõ phản ánh này");
    expect(asked).toContain("0912345678");
    const summary = textOf(await h.say("0912 345 678"));
    expect(summary).toContain("Số điện thoại: 0912345678");
    await h.press(SEND);
    expect(h.filed[0]?.consents).toEqual([expect.objectContaining({ purpose: "feedback_contact", textVersion: "fb-phone-v1" })]);
  });

  it("asks where an urgent report from the emergency screen happened when its message does not say", async () => {
    const h = intakeHarness();
    await h.say("cay do de len nguoi dang bi thuong");
    const asked = textOf(await h.press(EMERGENCY_REPORT));
    expect(asked).toContain("Sự việc ở đâu?");
    const summary = textOf(await h.say("so 15 ngo 3 nguyen trai"));
    expect(summary).toContain("PHẢN ÁNH KHẨN");
    expect(summary).toContain("Địa điểm: so 15 ngo 3 nguyen trai");
    await h.press(SEND);
    expect(h.filed[0]).toMatchObject({ text: "cay do de len nguoi dang bi thuong", address: "so 15 ngo 3 nguyen trai", urgent: true });
  });

  it("says plainly that nothing is going on when 'hủy' follows a mistyped code", async () => {
    const h = intakeHarness();
    expect(textOf(await h.say("tra cuu pa 2612 kjfo"))).toContain("gõ nhầm");
    const cancelled = textOf(await h.say("huy"));
    expect(cancelled).not.toContain("Đã hủy");
    expect(cancelled).toContain("không có việc nào đang làm");
  });

  it("passes a wish to withdraw a report on to the ticket instead of showing its status or saying it is cancelled", async () => {
    const h = intakeHarness();
    const code = newTrackingCode(new Date("2026-12-01T03:00:00Z"), () => 7);
    const said = `toi muon huy phan anh ${code} vi den da sang lai roi`;
    const answer = textOf(await h.say(said));
    expect(answer).toContain(`Phản ánh ${code} không hủy được qua tin nhắn`);
    expect(answer).toContain("đã chuyển lời bạn tới đơn vị");
    expect(answer).not.toContain("Đã hủy");
    expect(h.actions).toEqual([{ note: expect.objectContaining({ code, text: said }) }]);
  });

  it("does not take 'hủy phản ánh' for a new report, and drops the draft when said while writing one", async () => {
    const h = intakeHarness();
    const told = textOf(await h.say("toi muon huy phan anh"));
    expect(told).toContain("không hủy được qua tin nhắn");
    expect(told).not.toContain("Sự việc");
    expect(await h.state()).toBeNull();
    await h.command("phananh", "den duong hong tu hom qua");
    expect(textOf(await h.say("thoi huy phan anh nay di"))).toContain("Đã hủy phản ánh");
    expect(await h.state()).toBeNull();
    expect(h.filed).toEqual([]);
  });

  /** A citizen who reported a problem, its resolution notice just sent (the chat now waits for their verdict). */
  async function resolvedFor() {
    const h = intakeHarness();
    await h.say("Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay");
    await h.press(SEND);
    const code = "PA-2603-0001";
    const identity = [...h.identities.rows.values()][0]!.identity;
    await new ChatInfoPrompts(h.states).expectRating(identity.id, code, new Date("2026-03-02T02:00:00Z"));
    return { h, code };
  }

  it("takes thanks or praise after a resolution as a good rating, not as a new report or question", async () => {
    const { h, code } = await resolvedFor();
    const answer = textOf(await h.say("tot lam, cam on phuong"));
    expect(answer).toContain("⭐⭐⭐⭐⭐");
    expect(answer).not.toContain("hay hỏi về thủ tục");
    expect(h.actions).toEqual([{ rate: expect.objectContaining({ code, stars: 5 }) }]);
    expect(await h.state()).toBeNull();
  });

  it("reopens on 'still broken' wording after a resolution, with the citizen's words as the reason", async () => {
    const { h, code } = await resolvedFor();
    await h.say("den van chua sang, toi qua do xem roi");
    expect(h.actions).toEqual([{ reopen: expect.objectContaining({ code, reason: "den van chua sang, toi qua do xem roi" }) }]);
  });

  it("routes other words after a resolution as usual, and 'chưa giải quyết' typed later still carries them", async () => {
    const { h } = await resolvedFor();
    await h.say("lam giay khai sinh can gi");
    expect(h.actions).toEqual([]);
    expect(h.kb.asked.map((a) => a.question)).toEqual(["lam giay khai sinh can gi"]);
  });

  it("explains khiếu nại and offers to file the same words as a report, carried into the intake", async () => {
    const h = intakeHarness();
    const said = "toi khieu nai viec rac o dau ngo 7 le loi 2 tuan ko ai thu gom";
    const explained = await h.say(said);
    expect(textOf(explained)).toContain("Luật Khiếu nại");
    expect(choicesOf(explained)).toEqual([feedbackChoice("intake", "asreport")]);
    const summary = textOf(await h.press(feedbackChoice("intake", "asreport")));
    expect(summary).toContain(`Sự việc: ${said}`);
    await h.press(SEND);
    expect(h.filed[0]).toMatchObject({ text: said });
  });

  it("takes a typed 'gửi thành phản ánh' after the complaint explanation, and routes anything else as usual", async () => {
    const h = intakeHarness();
    await h.command("phananh", "toi khieu nai den duong ngo 3 hong ca thang");
    expect(textOf(await h.say("gui thanh phan anh"))).toContain("Sự việc: toi khieu nai den duong ngo 3 hong ca thang");
    const other = intakeHarness();
    await other.say("Tôi muốn khiếu nại quyết định xử phạt của phường");
    await other.say("lam giay khai sinh can gi");
    expect(other.kb.asked.map((a) => a.question)).toEqual(["lam giay khai sinh can gi"]);
    expect(other.filed).toEqual([]);
  });

  it("does not promise an urgent report an acceptance days away, and repeats the emergency numbers", async () => {
    const h = intakeHarness();
    await h.say("cây đổ đè lên dây điện ở ngõ 8 Lý Thường Kiệt");
    await h.press(EMERGENCY_REPORT);
    const confirmation = textOf(await h.press(SEND));
    expect(confirmation).toContain("phản ánh khẩn");
    expect(confirmation).not.toContain("tiếp nhận trước");
    expect(confirmation).toContain("114");
    const calm = intakeHarness();
    await calm.say("Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay");
    expect(textOf(await calm.press(SEND))).toContain("Đơn vị sẽ tiếp nhận trước");
  });

  it("echoes a mistyped code as typed", async () => {
    const h = intakeHarness();
    expect(textOf(await h.say("tra cuu PA-2612-KJFO"))).toContain("Mã PA-2612-KJFO có vẻ bị gõ nhầm");
  });
});
