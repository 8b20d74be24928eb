import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/database.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { readOwnRoutingExamples } from "../../../src/db/seed/routing-examples.js";
import { seedDemo } from "../../../src/db/seed/seed.js";
import { runRoutingRetrain } from "../../../src/jobs/routing-retrain.js";
import { buildFeedback, type Feedback } from "../../../src/wiring/feedback.js";
import { backendName, openTestDb } from "../../support/db.js";
import { SETTINGS } from "./ticket-harness.js";

let db: Database;
let feedback: Feedback;
let orgId: string;
const logged: string[] = [];
const logger = { info: (_: object, msg?: string) => void logged.push(msg ?? ""), warn: () => {}, error: (_: object, msg?: string) => void logged.push(`error: ${msg}`) };

beforeAll(async () => {
  db = await openTestDb();
  orgId = (await seedDemo(db.prisma, {})).orgId;
  feedback = await buildFeedback(db, SETTINGS, { orgId });
}, 120_000);
afterAll(async () => db?.close());

describe(`routing retraining (${backendName})`, () => {
  it("seeds the project's own examples once and trains the first model from them at start", async () => {
    const own = await readOwnRoutingExamples();
    expect(await db.prisma.routingExample.count({ where: { orgId, source: "seed" } })).toBe(own.length);
    expect((await seedDemo(db.prisma, {})).created.routingExample).toBe(0);
    expect(await db.prisma.routingExample.count({ where: { orgId, source: "seed" } })).toBe(own.length);
    const models = await db.prisma.routingModel.findMany({ where: { orgId } });
    expect(models).toHaveLength(1);
    expect(models[0]?.examples).toBe(0);
    const decision = feedback.router.route("rác ở hẻm 7 ba ngày chưa ai thu gom");
    expect(decision).toMatchObject({ departmentCode: "MT", by: "classifier", urgent: false });
    expect(decision.confidence).toBeGreaterThanOrEqual(SETTINGS.triageBelow);
  });

  it("sends a report the classifier is unsure of to triage, and a clear one to its department", async () => {
    const who = await new PrismaIdentityStore(db.prisma, db.sql).touch("telegram", "routing-unsure", new Date());
    const unsure = await feedback.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "cho mình hỏi cái này với", isPublic: false, sourceKey: "telegram:routing-unsure" });
    expect([unsure.ticket.status, unsure.ticket.departmentId]).toEqual(["triage", null]);
    const clear = await feedback.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "Mất nước sinh hoạt từ sáng hôm qua tới giờ", isPublic: false, sourceKey: "telegram:routing-clear" });
    const dn = await db.prisma.department.findFirstOrThrow({ where: { orgId, code: "DN" } });
    expect([clear.ticket.status, clear.ticket.departmentId]).toEqual(["routed", dn.id]);
  });

  it("does nothing when no example was added since the last model", async () => {
    const outcome = await runRoutingRetrain({ store: feedback.routingModels!, reload: feedback.reloadClassifier, logger });
    expect(outcome).toEqual({ trained: false, reason: "up_to_date" });
    expect(await db.prisma.routingModel.count({ where: { orgId } })).toBe(1);
  });

  it("learns a staff routing decision at the next run and routes the same wording to the new department", async () => {
    const text = "Bãi đất trống sau nhà văn hóa bị người ta quây lại nuôi gà";
    const before = feedback.router.route(text).departmentCode;
    const target = before === "VP" ? "CA" : "VP";
    const departments = new Map((await db.prisma.department.findMany({ where: { orgId } })).map((d) => [d.code, d.id]));
    const officer = await db.prisma.staffAccount.create({ data: { orgId, email: "routing-officer@example.invalid", fullName: "Cán bộ thử", passwordHash: "x" } });
    const who = await new PrismaIdentityStore(db.prisma, db.sql).touch("telegram", "routing-citizen", new Date());
    const { ticket } = await feedback.service.submit({ citizenId: who.citizenId, identityId: who.id, text, isPublic: false, sourceKey: "telegram:routing-1" });
    const actor = { kind: "staff" as const, staffId: officer.id };
    const departmentId = departments.get(target) as string;
    // unsure, the router sent it to triage, which routes it; sure, it went to a department, which transfers it
    if (ticket.status === "triage") await feedback.service.route({ ticketId: ticket.id, version: ticket.version, actor, departmentId });
    else await feedback.service.transfer({ ticketId: ticket.id, version: ticket.version, actor, departmentId, reason: "Đúng đơn vị" });
    expect(await db.prisma.routingExample.count({ where: { orgId, source: "staff" } })).toBeGreaterThanOrEqual(1);

    const outcome = await runRoutingRetrain({ store: feedback.routingModels!, reload: feedback.reloadClassifier, logger });
    expect(outcome).toMatchObject({ trained: true, staffExamples: await db.prisma.routingExample.count({ where: { orgId, source: "staff" } }) });
    expect(logged).toContain("routing classifier retrained");
    expect(await db.prisma.routingModel.count({ where: { orgId } })).toBe(2);
    expect(feedback.router.route(text).departmentCode).toBe(target);

    // another replica started now loads the newest model rather than training its own
    const replica = await buildFeedback(db, SETTINGS, { orgId });
    expect(replica.router.route(text).departmentCode).toBe(target);
    expect(await db.prisma.routingModel.count({ where: { orgId } })).toBe(2);
  }, 60_000);

  it("learns an officer's urgency mark at the next run, and the mark taken off again", async () => {
    // written for this test: nothing in the wording or the own examples calls it urgent
    const text = "Con mương sau xóm Bến Đò nổi váng tím, hơi có mùi";
    expect(feedback.router.route(text).urgent).toBe(false);
    const officer = await db.prisma.staffAccount.create({ data: { orgId, email: "urgency-officer@example.invalid", fullName: "Cán bộ khẩn", passwordHash: "x" } });
    const actor = { kind: "staff" as const, staffId: officer.id };
    const who = await new PrismaIdentityStore(db.prisma, db.sql).touch("telegram", "urgency-citizen", new Date());
    let { ticket } = await feedback.service.submit({ citizenId: who.citizenId, identityId: who.id, text, isPublic: false, sourceKey: "telegram:urgency-1" });
    expect(ticket.urgent).toBe(false);

    ticket = await feedback.service.setUrgency({ ticketId: ticket.id, version: ticket.version, actor, urgent: true });
    expect(ticket.urgent).toBe(true);
    const event = await db.prisma.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "urgency" } });
    expect([event.public, event.actorStaffId, event.data]).toEqual([false, officer.id, { urgent: true }]);
    const label = () => db.prisma.routingExample.findMany({ where: { ticketId: ticket.id }, select: { departmentId: true, urgent: true, source: true }, orderBy: { createdAt: "asc" } });
    expect(await label()).toEqual([{ departmentId: null, urgent: true, source: "staff" }]);
    await expect(feedback.service.setUrgency({ ticketId: ticket.id, version: ticket.version, actor, urgent: true })).rejects.toMatchObject({ code: "ticket_same_urgency" });

    const models = await db.prisma.routingModel.count({ where: { orgId } });
    expect(await runRoutingRetrain({ store: feedback.routingModels!, reload: feedback.reloadClassifier, logger })).toMatchObject({ trained: true });
    expect(await db.prisma.routingModel.count({ where: { orgId } })).toBe(models + 1);
    expect(feedback.router.route(text).urgent).toBe(true);
    // a replica started now loads the stored urgency model with the classifier
    expect((await buildFeedback(db, SETTINGS, { orgId })).router.route(text).urgent).toBe(true);
    expect(await db.prisma.routingModel.count({ where: { orgId } })).toBe(models + 1);

    // a transfer keeps the ticket's urgency with its department; taking the mark off relabels both
    const target = (await db.prisma.department.findFirstOrThrow({ where: { orgId, code: ticket.departmentId ? "VHXH" : "MT", active: true } })).id;
    if (ticket.status === "triage") ticket = await feedback.service.route({ ticketId: ticket.id, version: ticket.version, actor, departmentId: target });
    else ticket = await feedback.service.transfer({ ticketId: ticket.id, version: ticket.version, actor, departmentId: target === ticket.departmentId ? (await db.prisma.department.findFirstOrThrow({ where: { orgId, code: "KTHTDT" } })).id : target, reason: "Đúng đơn vị" });
    expect((await label()).map((e) => [e.departmentId === null, e.urgent])).toEqual([[true, true], [false, true]]);
    ticket = await feedback.service.setUrgency({ ticketId: ticket.id, version: ticket.version, actor, urgent: false });
    expect((await label()).map((e) => [e.departmentId === null, e.urgent]).sort()).toEqual([[false, false], [true, false]]);
    expect(await runRoutingRetrain({ store: feedback.routingModels!, reload: feedback.reloadClassifier, logger })).toMatchObject({ trained: true });
    expect(feedback.router.route(text).urgent).toBe(false);
  }, 120_000);
});
