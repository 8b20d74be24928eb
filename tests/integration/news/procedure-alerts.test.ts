/**
 * Procedure-change alerts on a real database: the Q&A records who was answered about which procedure; an import
 * that changes a procedure's fee or removes one tells, once, the citizens who asked in the last 90 days and opted
 * in, saying what changed; importing again tells no one twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImportProcedures, type OpenImportDatabase } from "../../../src/cli/commands/import.js";
import { loadConfig } from "../../../src/config.js";
import { ProcedureQaFlow } from "../../../src/core/conversation/flows/procedure-qa-flow.js";
import { ProcedureAlerts, procedureChanges } from "../../../src/core/news/procedure-alerts.js";
import type { Database } from "../../../src/db/database.js";
import { createProcedureRepository } from "../../../src/db/repositories/procedure-repository.js";
import { PrismaProcedureInterestLog } from "../../../src/db/repositories/news/procedure-interest-repository.js";
import { buildNews } from "../../../src/wiring/news.js";
import { backendName, openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg } from "../../support/news.js";
import { CONTACT } from "../../unit/conversation/harness.js";
import { TinyKb } from "../../unit/conversation/tiny-kb.js";

const DAY = 86_400_000;
let db: Database;
let dir: string;
let open: OpenImportDatabase;

const record = (code: string, name: string, fee: string, documents: string[]) => ({ code, name, linhVuc: "Hộ tịch", levels: ["xa"], channels: [{ kind: "counter", timeLimit: "3 ngày làm việc", fee }], documents, keywords: [] });
const X = "9.800001";
const Y = "9.800002";

async function importFile(name: string, records: object[], extra: { deactivateMissing?: boolean } = {}): Promise<Record<string, unknown>> {
  const file = path.join(dir, name);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join("\n"));
  let out = "";
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: process.stderr };
  expect(await runImportProcedures(file, { json: true, ...extra }, open, io)).toBe(0);
  return JSON.parse(out) as Record<string, unknown>;
}

beforeAll(async () => {
  db = await openTestDb();
  dir = mkdtempSync(path.join(tmpdir(), "motcua-alerts-"));
  await createNewsOrg(db);
  const news = await buildNews(db, loadConfig({ DATA_DIR: "memory://", TELEGRAM_BOT_TOKEN: "123456:TEST-token-abcdefghijklmnop", NEWS_QUIET_HOURS: "off" }));
  // as the CLI composes it (src/cli/index.ts)
  open = async () => ({
    prisma: db.prisma,
    close: async () => undefined,
    procedureAlerts: (before, after) => new ProcedureAlerts(news.broadcasts, news.orgId).announce(procedureChanges(before, after)),
  });
});

afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`procedure-change alerts (${backendName})`, () => {
  it("the Q&A records the procedure it answered, keeping the latest time", async () => {
    const [ident] = await addSubscribers(db, { channel: "telegram", count: 1, prefix: "qa-" });
    const identity = await db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: ident } });
    const flow = new ProcedureQaFlow(new TinyKb(), CONTACT, new PrismaProcedureInterestLog(db.prisma));
    const t1 = new Date("2026-05-01T00:00:00Z");
    await flow.start({ identity: { id: identity.id, citizenId: identity.citizenId, channel: "telegram", externalId: ident as string, reachable: true }, now: t1, state: null, eventKey: "telegram:1" }, { text: "đăng ký kết hôn" });
    await flow.start({ identity: { id: identity.id, citizenId: identity.citizenId, channel: "telegram", externalId: ident as string, reachable: true }, now: new Date(t1.getTime() - DAY), state: null, eventKey: "telegram:2" }, { text: "kết hôn lệ phí" });
    // an ambiguous question answers no procedure
    await flow.start({ identity: { id: identity.id, citizenId: identity.citizenId, channel: "telegram", externalId: ident as string, reachable: true }, now: t1, state: null, eventKey: "telegram:1" }, { text: "khai sinh" });
    const rows = await db.prisma.procedureInterest.findMany({ where: { identityId: identity.id } });
    expect(rows.map((r) => [r.procedureCode, r.lastAskedAt.toISOString()])).toEqual([["1.000894", t1.toISOString()]]);
  });

  it("tells recent askers who opted in what changed, once; a removed procedure too", async () => {
    await importFile("v1.jsonl", [record(X, "Đăng ký giám hộ", "Miễn phí", ["Tờ khai"]), record(Y, "Đăng ký nuôi con nuôi", "400.000 đồng", ["Tờ khai"])]);
    const recent = await addSubscribers(db, { channel: "telegram", count: 3, prefix: "recent-", procedureAlerts: true });
    const old = await addSubscribers(db, { channel: "telegram", count: 2, prefix: "old-", procedureAlerts: true });
    const optedOut = await addSubscribers(db, { channel: "telegram", count: 2, prefix: "no-", procedureAlerts: false });
    const askY = await addSubscribers(db, { channel: "telegram", count: 1, prefix: "y-", procedureAlerts: true });
    const log = new PrismaProcedureInterestLog(db.prisma);
    const idOf = async (externalId: string) => (await db.prisma.channelIdentity.findFirstOrThrow({ where: { externalId } })).id;
    for (const e of recent) await log.record(await idOf(e), X, new Date(Date.now() - 10 * DAY));
    for (const e of old) await log.record(await idOf(e), X, new Date(Date.now() - 100 * DAY));
    for (const e of optedOut) await log.record(await idOf(e), X, new Date(Date.now() - DAY));
    for (const e of askY) await log.record(await idOf(e), Y, new Date(Date.now() - DAY));

    const v2 = [record(X, "Đăng ký giám hộ", "50.000 đồng", ["Tờ khai", "Giấy tờ chứng minh"])];
    const report = await importFile("v2.jsonl", v2, { deactivateMissing: true });
    expect(report).toMatchObject({ updated: 1, deactivated: 1, procedureAlerts: { alerts: 2, recipients: 4 } });
    const alerts = await db.prisma.broadcast.findMany({ where: { kind: "procedure_alert" } });
    const recipientsOf = async (broadcastId: string | undefined) =>
      (await db.prisma.delivery.findMany({ where: { broadcastId: broadcastId ?? "00000000-0000-0000-0000-000000000000" }, include: { identity: true }, orderBy: { id: "asc" } })).map((d) => d.identity.externalId);
    const forX = alerts.find((a) => a.procedureCode === X);
    expect(forX?.title).toBe('Thủ tục "Đăng ký giám hộ" vừa được cập nhật');
    expect(forX?.body).toContain("lệ phí: Miễn phí → 50.000 đồng; thành phần hồ sơ (thêm 1 mục)");
    expect((await recipientsOf(forX?.id)).sort()).toEqual([...recent].sort());
    const forY = alerts.find((a) => a.procedureCode === Y);
    expect(forY?.title).toBe('Thủ tục "Đăng ký nuôi con nuôi" không còn áp dụng');
    expect(await recipientsOf(forY?.id)).toEqual(askY);

    // the same file again changes nothing and tells no one; the same change announced again is not told twice
    expect(await importFile("v2-again.jsonl", v2)).not.toHaveProperty("procedureAlerts");
    const news = await buildNews(db, loadConfig({ DATA_DIR: "memory://", TELEGRAM_BOT_TOKEN: "123456:TEST-token-abcdefghijklmnop" }));
    const after = (await createProcedureRepository(db.prisma).listActive()).filter((p) => p.code === X);
    const before = after.map((p) => ({ ...p, channels: p.channels.map((c) => ({ ...c, fee: "Miễn phí" })), documents: ["Tờ khai"] }));
    expect(procedureChanges(before, after)).toHaveLength(1);
    expect(await new ProcedureAlerts(news.broadcasts, news.orgId).announce(procedureChanges(before, after))).toEqual({ alerts: 0, recipients: 0 });
    expect(await db.prisma.broadcast.count({ where: { kind: "procedure_alert" } })).toBe(2);
  });
});
