import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditTrail } from "../../../src/core/audit/audit-trail.js";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import type { StaffRole } from "../../../src/core/staff/roles.js";
import type { Database } from "../../../src/db/database.js";
import { createAuditStore } from "../../../src/db/repositories/audit-repository.js";
import { seedDemoProcedures } from "../../../src/db/seed/demo-procedures.js";
import { createLogger } from "../../../src/logger.js";
import { buildConversation, type Conversation } from "../../../src/wiring/conversation.js";
import { buildKnowledgeBaseServices, type KnowledgeBaseServices } from "../../../src/wiring/knowledge-base.js";
import { backendName, openTestDb } from "../../support/db.js";

const staff = (roles: StaffRole[]): StaffActor => ({ kind: "staff", id: "00000000-0000-4000-8000-00000000000a", orgId: "", email: `${roles.join("-")}@motcua.test`, fullName: "Cán bộ", roles, departmentIds: [] });
const admin = staff(["admin"]);
const editor = staff(["editor"]);

// The knowledge base pages' services over a real database and the bot's own reload path: a local word or a
// switched-off procedure changes what the conversation answers once it notices the new version.
describe(`knowledge base desk (${backendName})`, () => {
  let db: Database;
  let kb: KnowledgeBaseServices;
  let conversation: Conversation;
  const botAnswer = async (q: string) => conversation.knowledgeBase.ask(q);

  beforeAll(async () => {
    db = await openTestDb();
    await seedDemoProcedures(db.prisma);
    kb = buildKnowledgeBaseServices(db, { unanswered: { retentionDays: 90 } }, new AuditTrail(createAuditStore(db.prisma)));
    conversation = await buildConversation(db, createLogger({ level: "silent", pretty: false }));
  });
  afterAll(async () => db?.close());

  it("lists procedures with search, field, level and state filters, paged", async () => {
    const all = await kb.knowledgeBase.list(editor, { offset: 0, limit: 10 });
    expect(all.total).toBeGreaterThanOrEqual(40);
    expect(all.rows).toHaveLength(10);
    const hoTich = await kb.knowledgeBase.list(editor, { linhVuc: "Hộ tịch", offset: 0, limit: 100 });
    expect(hoTich.total).toBeGreaterThan(5);
    expect(hoTich.rows.every((r) => r.linhVuc === "Hộ tịch")).toBe(true);
    const found = await kb.knowledgeBase.list(editor, { search: "khai sinh", level: "xa", offset: 0, limit: 100 });
    expect(found.rows.map((r) => r.code)).toContain("1.001193");
    expect(found.rows.every((r) => r.name.toLowerCase().includes("khai sinh"))).toBe(true);
    expect((await kb.knowledgeBase.list(editor, { search: "1.0011", offset: 0, limit: 10 })).rows.map((r) => r.code)).toContain("1.001193");
    // diacritics and case ignored: typed with marks, in capitals, without marks, decomposed (NFD) all find the same
    const codes = async (search: string) => (await kb.knowledgeBase.list(editor, { search, level: "xa", offset: 0, limit: 100 })).rows.map((r) => r.code);
    const khaiSinh = found.rows.map((r) => r.code);
    for (const search of ["KHAI SINH", "Khai Sinh", "khai sinh".normalize("NFD"), "  khai   sinh ".trim()]) expect(await codes(search), search).toEqual(khaiSinh);
    const dangKy = await codes("đăng ký khai sinh");
    expect(dangKy).toContain("1.001193");
    for (const search of ["dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "đăng ký khai sinh".normalize("NFD"), "Dang Ky Khai Sinh"]) expect(await codes(search), search).toEqual(dangKy);
    // a wildcard is a plain character, and a word that is in no name finds nothing
    expect(await codes("%")).toEqual([]);
    expect(await codes("khai_sinh")).toEqual([]);
    expect((await kb.knowledgeBase.list(editor, { active: false, offset: 0, limit: 10 })).total).toBe(0);
    expect(await kb.knowledgeBase.fields(editor)).toContain("Hộ tịch");
  });

  it("shows a procedure with the answer the bot sends about it", async () => {
    const view = await kb.knowledgeBase.procedure(editor, "1.001193");
    expect(view.record.name).toBe("Thủ tục đăng ký khai sinh");
    const fromBot = await botAnswer("thủ tục đăng ký khai sinh");
    expect(fromBot.outcome).toBe("answer");
    expect(view.botAnswer).toBe(fromBot.answerText);
    await expect(kb.knowledgeBase.procedure(editor, "9.999999")).rejects.toMatchObject({ code: "not_found" });
  });

  it("tries a question with the bot's search and shows ranked candidates with scores", async () => {
    const tried = await kb.knowledgeBase.tryQuestion(editor, "đăng ký khai sinh cho con cần giấy tờ gì");
    expect(tried.outcome).toBe("answer");
    expect(tried.candidates[0]?.code).toBe("1.001193");
    expect(tried.candidates[0]!.score).toBeGreaterThan(tried.candidates[1]!.score);
    expect(tried.answerText).toBe((await botAnswer("đăng ký khai sinh cho con cần giấy tờ gì")).answerText);
    await expect(kb.knowledgeBase.tryQuestion(editor, "   ")).rejects.toMatchObject({ code: "invalid_input", fields: { question: "required" } });
  });

  it("changes the bot's answer with a local word, through the real search and the bot's reload", async () => {
    const question = "làm giấy chào đời cho con ở đâu";
    const before = await botAnswer(question);
    expect(before.candidates[0]?.code).not.toBe("1.001193");
    await expect(kb.knowledgeBase.addLocalWord(editor, { term: "giấy chào đời", expansion: "", procedureCode: "1.001193" })).rejects.toMatchObject({ code: "forbidden" });
    const word = await kb.knowledgeBase.addLocalWord(admin, { term: "giấy chào đời", expansion: "", procedureCode: "1.001193" });

    const tried = await kb.knowledgeBase.tryQuestion(editor, question);
    expect(tried.readAs).toContain("Thủ tục đăng ký khai sinh");
    expect(tried.outcome).toBe("answer");
    expect(tried.candidates[0]?.code).toBe("1.001193");

    expect(await conversation.refreshKnowledgeBase()).toBe(true);
    const after = await botAnswer(question);
    expect(after.outcome).toBe("answer");
    expect(after.candidates[0]?.code).toBe("1.001193");

    await kb.knowledgeBase.removeLocalWord(admin, word.id);
    expect(await conversation.refreshKnowledgeBase()).toBe(true);
    expect((await botAnswer(question)).candidates[0]?.code).toBe(before.candidates[0]?.code);
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "local_word" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["local_word.create", "local_word.delete"]);
  });

  it("reads a local word as search words, and refuses bad or duplicate words with the field at fault", async () => {
    await kb.knowledgeBase.addLocalWord(admin, { term: "bằng đỏ", expansion: "giấy chứng nhận quyền sử dụng đất", procedureCode: "" });
    const tried = await kb.knowledgeBase.tryQuestion(editor, "thủ tục làm bằng đỏ");
    // the expansion is a phrase several land procedures carry: first-time registration leads, asked or answered
    expect(tried.outcome).not.toBe("none");
    expect(tried.candidates[0]?.code).toBe("1.013978");
    await expect(kb.knowledgeBase.addLocalWord(admin, { term: "Bằng Đỏ", expansion: "sổ đỏ", procedureCode: "" })).rejects.toMatchObject({ fields: { term: "taken" } });
    await expect(kb.knowledgeBase.addLocalWord(admin, { term: "", expansion: "", procedureCode: "" })).rejects.toMatchObject({ fields: { term: "required", expansion: "required" } });
    await expect(kb.knowledgeBase.addLocalWord(admin, { term: "chợ Cũ", expansion: "", procedureCode: "9.999999" })).rejects.toMatchObject({ fields: { procedureCode: "unknown" } });
    expect((await kb.knowledgeBase.localWords(editor)).map((w) => w.term)).toEqual(["bằng đỏ"]);
  });

  it("switches a procedure off and on for the bot, audited, admins only", async () => {
    await expect(kb.knowledgeBase.setActive(editor, "1.000656", false)).rejects.toMatchObject({ code: "forbidden" });
    expect(await kb.knowledgeBase.setActive(admin, "1.000656", false)).toBe(true);
    expect(await kb.knowledgeBase.setActive(admin, "1.000656", false)).toBe(false);
    expect(await conversation.refreshKnowledgeBase()).toBe(true);
    expect((await botAnswer("đăng ký khai tử")).candidates.map((c) => c.code)).not.toContain("1.000656");
    expect((await kb.knowledgeBase.tryQuestion(editor, "đăng ký khai tử")).candidates.map((c) => c.code)).not.toContain("1.000656");
    expect(await kb.knowledgeBase.setActive(admin, "1.000656", true)).toBe(true);
    expect(await conversation.refreshKnowledgeBase()).toBe(true);
    expect((await botAnswer("đăng ký khai tử")).candidates[0]?.code).toBe("1.000656");
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "procedure", entityId: "1.000656" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["procedure.deactivate", "procedure.activate"]);
  });
});
