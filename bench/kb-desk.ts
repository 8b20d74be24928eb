/**
 * bench/kb-desk: the knowledge base pages over the national export (procedures.jsonl, 2,642 records) on an
 * in-memory PGlite: the upload import's dry run and apply (as the console runs them, from bytes in memory), the
 * first "thử câu hỏi" (builds the index the bot uses, with local words) and later ones, a page of the procedure list
 * with a search, and grouping 5,000 unanswered questions. Run: npx tsx bench/kb-desk.ts [file]. The last line is
 * one JSON object with the figures in milliseconds.
 */
import { readFileSync } from "node:fs";
import { AuditTrail } from "../src/core/audit/audit-trail.js";
import { CLI_OPERATOR } from "../src/core/staff/actor.js";
import { groupQuestions, type QuestionRow } from "../src/core/unanswered/grouping.js";
import { openDatabase } from "../src/db/database.js";
import { createAuditStore } from "../src/db/repositories/audit-repository.js";
import { buildKnowledgeBaseServices } from "../src/wiring/knowledge-base.js";

const file = process.argv[2] ?? new URL("../../shared/data/procedures/procedures.jsonl", import.meta.url).pathname;
const bytes = readFileSync(file);
const db = await openDatabase({ dataDir: "memory://" });
const kb = buildKnowledgeBaseServices(db, { unanswered: { retentionDays: 90 } }, new AuditTrail(createAuditStore(db.prisma)));
const ms = async (work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  return Math.round(performance.now() - t);
};

let dryId = "";
const dryRun = await ms(async () => (dryId = (await kb.procedureImports.settled(kb.procedureImports.dryRun(CLI_OPERATOR, "procedures.jsonl", bytes).id))!.id));
const apply = await ms(() => kb.procedureImports.settled(kb.procedureImports.apply(CLI_OPERATOR, dryId).id));
await kb.knowledgeBase.addLocalWord(CLI_OPERATOR, { term: "giấy chào đời", expansion: "", procedureCode: "1.001193" });
const firstTry = await ms(() => kb.knowledgeBase.tryQuestion(CLI_OPERATOR, "làm giấy chào đời cho con ở đâu"));
const questions = ["đăng ký khai sinh cần giấy tờ gì", "cấp lại thẻ căn cước mất bao lâu", "xin giấy phép xây dựng nhà ở", "đăng ký kết hôn lệ phí", "tách hộ khẩu"];
const t = performance.now();
for (let i = 0; i < 50; i++) await kb.knowledgeBase.tryQuestion(CLI_OPERATOR, questions[i % questions.length]!);
const laterTry = Math.round(((performance.now() - t) / 50) * 10) / 10;
const listPage = await ms(() => kb.knowledgeBase.list(CLI_OPERATOR, { search: "khai sinh", level: "xa", offset: 0, limit: 25 }));
const words = ["xin giấy phép bán hàng rong", "đổi bằng lái xe", "giá vé xe buýt", "nộp thuế đất ở đâu", "học bổng cho con", "giờ mở cửa bưu điện"];
const rows: QuestionRow[] = Array.from({ length: 5000 }, (_, i) => ({ id: String(i), text: `${words[i % words.length]} ${i % 7 === 0 ? "ạ" : ""}`, reason: "declined", createdAt: new Date(1_700_000_000_000 + i * 60_000) }));
const g = performance.now();
const groups = groupQuestions(rows);
const grouping = Math.round(performance.now() - g);
await db.close();
console.log(JSON.stringify({ bytes: bytes.length, dryRunMs: dryRun, applyMs: apply, firstTryMs: firstTry, laterTryMs: laterTry, listPageMs: listPage, group5000Ms: grouping, groups: groups.length }));
