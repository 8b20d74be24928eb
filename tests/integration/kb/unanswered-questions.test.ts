import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../../src/core/channels/contract.js";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import { UnansweredQuestions } from "../../../src/core/unanswered/unanswered-questions.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { createUnansweredStore } from "../../../src/db/repositories/unanswered-repository.js";
import { seedDemoProcedures } from "../../../src/db/seed/demo-procedures.js";
import { createLogger } from "../../../src/logger.js";
import { buildConversation } from "../../../src/wiring/conversation.js";
import { backendName, openTestDb } from "../../support/db.js";

const actor = (roles: StaffActor["roles"]): StaffActor => ({ kind: "staff", id: "00000000-0000-4000-8000-00000000000b", orgId: "", email: "x@motcua.test", fullName: "X", roles, departmentIds: [] });
const DAY = 86_400_000;

describe(`unanswered questions (${backendName})`, () => {
  let db: Database;
  let unanswered: UnansweredQuestions;
  const now = new Date("2026-12-04T05:00:00Z");
  const far = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") };

  beforeAll(async () => {
    db = await openTestDb();
    unanswered = new UnansweredQuestions(createUnansweredStore(db.prisma), 90);
  });
  afterAll(async () => db?.close());

  it("masks phone numbers, ID numbers and e-mails before storing, and keeps procedure codes", async () => {
    await unanswered.record("Gọi tôi 0912 345 678 hoặc +84 912.345.679, CCCD 001234567890, mail an.nguyen@gmail.com, thủ tục 1.001193 năm 2025", "declined", "telegram", now);
    const stored = await db.prisma.unansweredQuestion.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.text).toBe("Gọi tôi [số] hoặc [số], CCCD [số], mail [email], thủ tục 1.001193 năm 2025");
    expect(stored[0]!.text).not.toMatch(/\d{8}|@/);
    await db.prisma.unansweredQuestion.deleteMany();
  });

  it("keeps no text without a letter: a stray number, an emoji, blanks", async () => {
    for (const stray of ["5", "  ", "👍", "12 !!"]) await unanswered.record(stray, "declined", "telegram", now);
    await unanswered.record("5 giờ chiều còn nộp hồ sơ được không", "declined", "telegram", now);
    expect((await db.prisma.unansweredQuestion.findMany()).map((q) => q.text)).toEqual(["5 giờ chiều còn nộp hồ sơ được không"]);
    await db.prisma.unansweredQuestion.deleteMany();
  });

  it("groups similar wording with counts, newest example first, for admins, editors and leaders", async () => {
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    await unanswered.record("cho hỏi xin giấy phép bán hàng rong", "declined", "telegram", at(1));
    await unanswered.record("Xin giấy phép bán hàng rong ạ", "declined", "zalo", at(5));
    await unanswered.record("giấy phép bán hàng rong ở đâu", "human", "telegram", at(3));
    await unanswered.record("đăng ký nuôi chó", "declined", "telegram", at(2));
    for (const roles of [["admin"], ["editor"], ["leader"]] as const) {
      const { groups, total } = await unanswered.groups(actor([...roles]), far.from, far.to);
      expect(total).toBe(4);
      expect(groups.map((g) => g.count)).toEqual([3, 1]);
      expect(groups[0]!.newest.text).toBe("Xin giấy phép bán hàng rong ạ");
      expect(groups[0]!.examples.map((e) => e.createdAt.getTime())).toEqual([at(5), at(3), at(1)].map((d) => d.getTime()));
      expect(groups[0]!.reasons).toEqual({ declined: 2, human: 1 });
    }
    await expect(unanswered.groups(actor(["officer"]), far.from, far.to)).rejects.toMatchObject({ code: "forbidden" });
    // the period is honoured
    expect((await unanswered.groups(actor(["admin"]), at(2), at(4))).total).toBe(2);
  });

  it("deletes questions older than the retention and keeps the rest", async () => {
    await unanswered.record("câu hỏi cũ về thuế đất", "declined", "telegram", new Date(now.getTime() - 91 * DAY));
    await unanswered.record("câu hỏi vừa đủ hạn", "declined", "telegram", new Date(now.getTime() - 89 * DAY));
    expect(await unanswered.removeExpired(now)).toBe(1);
    const texts = (await db.prisma.unansweredQuestion.findMany()).map((q) => q.text);
    expect(texts).toContain("câu hỏi vừa đủ hạn");
    expect(texts).not.toContain("câu hỏi cũ về thuế đất");
  });

  it("stores a question the bot declines in chat, masked", async () => {
    await db.prisma.unansweredQuestion.deleteMany();
    await seedDemoProcedures(db.prisma);
    const conversation = await buildConversation(db, createLogger({ level: "silent", pretty: false }));
    const identities = new PrismaIdentityStore(db.prisma, db.sql);
    const identity = await identities.touch("telegram", "kb-1", new Date());
    const message: InboundMessage = { channel: "telegram", externalUserId: "kb-1", platformMessageId: "m1", sentAt: new Date(), kind: "text", text: "giá vé máy bay đi Hà Nội bao nhiêu, gọi 0987654321" };
    await conversation.engine.handle(identity, message);
    await expect.poll(async () => (await db.prisma.unansweredQuestion.findMany()).map((q) => q.text)).toEqual(["giá vé máy bay đi Hà Nội bao nhiêu, gọi [số]"]);
    const answered: InboundMessage = { ...message, platformMessageId: "m2", text: "đăng ký khai sinh cần giấy tờ gì" };
    await conversation.engine.handle(identity, answered);
    expect(await db.prisma.unansweredQuestion.count()).toBe(1);

    // answered, then the citizen asks for a person: the question they had asked is stored, masked, as "human"
    const asked: InboundMessage = { ...message, platformMessageId: "m3", text: "đăng ký kết hôn cần gì, email tôi lan@example.com" };
    await conversation.engine.handle(identity, asked);
    await conversation.engine.handle(identity, { ...message, platformMessageId: "m4", kind: "choice", data: "m:human" });
    await expect.poll(async () => (await db.prisma.unansweredQuestion.findMany({ where: { reason: "human" } })).map((q) => q.text)).toEqual(["đăng ký kết hôn cần gì, email tôi [email]"]);
    expect(await db.prisma.unansweredQuestion.count()).toBe(2);
  });
});
