import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditTrail } from "../../../src/core/audit/audit-trail.js";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import type { Database } from "../../../src/db/database.js";
import { createAuditStore } from "../../../src/db/repositories/audit-repository.js";
import { createLogger } from "../../../src/logger.js";
import { buildConversation } from "../../../src/wiring/conversation.js";
import { buildKnowledgeBaseServices, type KnowledgeBaseServices } from "../../../src/wiring/knowledge-base.js";
import { backendName, openTestDb } from "../../support/db.js";

const admin: StaffActor = { kind: "staff", id: "00000000-0000-4000-8000-00000000000a", orgId: "", email: "admin@motcua.test", fullName: "Quản trị", roles: ["admin"], departmentIds: [] };
const editor: StaffActor = { ...admin, email: "editor@motcua.test", roles: ["editor"] };
const demo = readFileSync(new URL("../../../prisma/seed/procedures.demo.json", import.meta.url));

const record = (code: string, name: string) => JSON.stringify({ code, name, linhVuc: "Thử nghiệm", levels: ["xa"], channels: [{ kind: "counter", timeLimit: "2 ngày làm việc", fee: "Miễn phí", description: null }], documents: ["Đơn đề nghị"] });

// Import by upload as the console runs it: a dry run first, then apply; a file with rejected lines changes nothing.
describe(`import by upload (${backendName})`, () => {
  let db: Database;
  let kb: KnowledgeBaseServices;
  const count = () => db.prisma.procedure.count();

  beforeAll(async () => {
    db = await openTestDb();
    kb = buildKnowledgeBaseServices(db, { unanswered: { retentionDays: 90 } }, new AuditTrail(createAuditStore(db.prisma)));
  });
  afterAll(async () => db?.close());

  it("dry-runs the demo file without writing, then applies it, with the CLI's counts", async () => {
    const dry = await kb.procedureImports.settled(kb.procedureImports.dryRun(admin, "procedures.demo.json", demo).id);
    expect(dry).toMatchObject({ state: "done", dryRun: true, format: "project-json", percent: 100 });
    expect(dry!.report).toMatchObject({ created: 42, updated: 0, unchanged: 0, rejected: 0, dryRun: true });
    expect(await count()).toBe(0);

    const applied = await kb.procedureImports.settled(kb.procedureImports.apply(admin, dry!.id).id);
    expect(applied).toMatchObject({ state: "done", dryRun: false, appliesJobId: dry!.id });
    expect(applied!.report).toMatchObject({ created: 42, rejected: 0, dryRun: false });
    expect(await count()).toBe(42);
    expect(await db.prisma.auditLog.count({ where: { action: "procedures.import" } })).toBe(1);

    const again = await kb.procedureImports.settled(kb.procedureImports.dryRun(admin, "procedures.demo.json", demo).id);
    expect(again!.report).toMatchObject({ created: 0, updated: 0, unchanged: 42 });
  });

  it("shows every rejected line of a malformed file and changes nothing, even when asked to apply", async () => {
    const lines = [record("9.300001", "Thủ tục thử một"), "{not json", JSON.stringify({ code: "9.300009", levels: ["xa"] }), record("9.300002", "Thủ tục thử hai")];
    const dry = await kb.procedureImports.settled(kb.procedureImports.dryRun(admin, "hong.jsonl", Buffer.from(lines.join("\n"))).id);
    expect(dry!.state).toBe("done");
    expect(dry!.report!.created).toBe(2);
    expect(dry!.report!.rejections.map((r) => r.line)).toEqual([2, 3]);
    expect(dry!.report!.rejections.every((r) => r.reason.length > 0)).toBe(true);
    expect(() => kb.procedureImports.apply(admin, dry!.id)).toThrow(expect.objectContaining({ code: "not_applicable" }));
    expect(await count()).toBe(42);
  });

  it("says why a file that is not a procedure file cannot be read, and changes nothing", async () => {
    const job = await kb.procedureImports.settled(kb.procedureImports.dryRun(admin, "anh.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])).id);
    expect(job).toMatchObject({ state: "failed", report: null });
    expect(job!.failure).toBeTruthy();
    expect(() => kb.procedureImports.apply(admin, job!.id)).toThrow(expect.objectContaining({ code: "not_applicable" }));
    expect(() => kb.procedureImports.dryRun(admin, "rong.jsonl", Buffer.alloc(0))).toThrow(expect.objectContaining({ code: "empty_file" }));
    expect(() => kb.procedureImports.dryRun(editor, "x.jsonl", demo)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(await count()).toBe(42);
  });

  it("logs a failed import with its ids and counts only, never the file's content", async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "info", pretty: false }, { write: (line: string) => void lines.push(line) });
    const logged = buildKnowledgeBaseServices(db, { unanswered: { retentionDays: 90 } }, new AuditTrail(createAuditStore(db.prisma)), logger);
    const secret = "nội dung riêng của tệp 0912345678";
    const job = await logged.procedureImports.settled(logged.procedureImports.dryRun(admin, "hong.csv", Buffer.from(`{"code": "${secret}"}`)).id);
    expect(job!.state).toBe("failed");
    const entry = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l["msg"] === "console import failed");
    expect(entry).toMatchObject({ jobId: job!.id, dryRun: true, startedBy: admin.id, bytes: Buffer.byteLength(`{"code": "${secret}"}`), kind: "input", error: "ImportInputError" });
    expect(lines.join("\n")).not.toContain("0912345678");
    expect(lines.join("\n")).not.toContain("nội dung");
  });

  it("imports a new procedure that the bot then answers after its reload", async () => {
    const conversation = await buildConversation(db, createLogger({ level: "silent", pretty: false }));
    const file = Buffer.from(`${record("9.300003", "Cấp giấy phép nuôi chim bồ câu trong khu dân cư")}\n`);
    const dry = await kb.procedureImports.settled(kb.procedureImports.dryRun(admin, "moi.jsonl", file).id);
    await kb.procedureImports.settled(kb.procedureImports.apply(admin, dry!.id).id);
    expect(await conversation.refreshKnowledgeBase()).toBe(true);
    const answer = await conversation.knowledgeBase.ask("xin giấy phép nuôi chim bồ câu");
    expect(answer.candidates[0]?.code).toBe("9.300003");
    expect(answer.outcome).toBe("answer");
  });
});
