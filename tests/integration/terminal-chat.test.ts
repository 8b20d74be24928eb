/** `motcua chat`'s REPL on a real test database: numbered choices, commands, and state kept between sessions. */
import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTerminalChat, type TerminalChannel } from "../../bots/terminal/terminal-channel.js";
import { ConversationEngine } from "../../src/core/conversation/engine.js";
import { PersonalDataFlow } from "../../src/core/conversation/flows/personal-data-flow.js";
import { ProcedureQaFlow } from "../../src/core/conversation/flows/procedure-qa-flow.js";
import { MessagePipeline } from "../../src/core/conversation/message-pipeline.js";
import { MSG } from "../../src/core/conversation/messages.vi.js";
import type { Database } from "../../src/db/database.js";
import { PgConversationStateStore } from "../../src/db/repositories/conversation-state-repository.js";
import { PrismaDeliveryQueue } from "../../src/db/repositories/delivery-repository.js";
import { PrismaIdentityStore } from "../../src/db/repositories/identity-repository.js";
import { PgInboundEventStore } from "../../src/db/repositories/inbound-event-repository.js";
import { startDeliveryWorker } from "../../src/jobs/delivery-worker.js";
import { backendName, openTestDb } from "../support/db.js";
import { CONTACT } from "../unit/conversation/harness.js";
import { TinyKb } from "../unit/conversation/tiny-kb.js";

let db: Database;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db?.close();
});

function createPipeline(channel: TerminalChannel): MessagePipeline {
  const identities = new PrismaIdentityStore(db.prisma, db.sql);
  const engine = new ConversationEngine({
    states: new PgConversationStateStore(db.sql),
    contact: CONTACT,
    flows: { qa: new ProcedureQaFlow(new TinyKb(), CONTACT), personalData: new PersonalDataFlow(identities) },
  });
  return new MessagePipeline({ adapter: channel, engine, identities, events: new PgInboundEventStore(db.sql), deliveries: new PrismaDeliveryQueue(db.prisma), logger: pino({ level: "silent" }) });
}

async function chat(userId: string, lines: string[]): Promise<string> {
  const input = new PassThrough();
  let output = "";
  input.end(lines.map((l) => `${l}\n`).join(""));
  await runTerminalChat({ input, output: { write: (t: string) => (output += t) }, createPipeline, userId });
  return output;
}

describe(`terminal chat (${backendName})`, () => {
  it("shows the numbered menu, answers, and selects a choice by number", async () => {
    const out = await chat("alice", ["đăng ký kết hôn", "2", "/exit", "never read"]);
    expect(out).toContain("  1. 📋 Hỏi thủ tục");
    expect(out).toContain("Mã 1.000894");
    // choice 2 after the answer is the fee button (documents, fee, …)
    expect(out).toContain("fee: Miễn lệ phí");
    expect(out).not.toContain("never read");
  });

  it("keeps the conversation in the database between two sessions", async () => {
    await chat("bob", ["đăng ký kết hôn"]);
    const out = await chat("bob", ["thời gian bao lâu"]);
    expect(out).toContain("time: Ngay trong ngày");
  });

  it("runs commands like /xoadulieu with a numbered confirmation", async () => {
    const out = await chat("carol", ["/xoadulieu", "1"]);
    expect(out).toContain(MSG.eraseConfirm);
    expect(out).toContain(MSG.erased);
    const citizen = await db.prisma.citizen.findFirstOrThrow({ where: { identities: { some: { channel: "terminal", externalId: "carol" } } } });
    expect(citizen.erasedAt).toBeInstanceOf(Date);
  });

  it("shows a push queued for its user (a ticket's status change) while the chat runs, and leaves other users' pushes", async () => {
    await chat("erin", ["/exit"]);
    const input = new PassThrough();
    let output = "";
    const pushes = (channel: TerminalChannel, userId: string) =>
      startDeliveryWorker({ deliveries: new PrismaDeliveryQueue(db.prisma), identities: new PrismaIdentityStore(db.prisma, db.sql), logger: pino({ level: "silent" }), adapters: new Map([[channel.channel, channel]]), recipients: [userId], intervalMs: 100 });
    const running = runTerminalChat({ input, output: { write: (t: string) => (output += t) }, createPipeline, userId: "dave", startPushes: pushes });
    const identity = async (externalId: string) => db.prisma.channelIdentity.findFirst({ where: { channel: "terminal", externalId } });
    const deadline = Date.now() + 10_000;
    while (!(await identity("dave")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const dave = await identity("dave");
    const erin = await identity("erin");
    const push = (text: string) => ({ kind: "text", text });
    await db.prisma.delivery.create({ data: { identityId: dave!.id, purpose: "ticket_update", payload: push("Phản ánh PA-TEST đã được giải quyết.") } });
    const forErin = await db.prisma.delivery.create({ data: { identityId: erin!.id, purpose: "ticket_update", payload: push("Phản ánh của Erin đã được giải quyết.") } });
    while (!output.includes("PA-TEST đã được giải quyết") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // the push came while the prompt waited: the prompt shows again below it
    expect(output.slice(output.indexOf("PA-TEST đã được giải quyết"))).toMatch(/giải quyết\.\n\n> $/u);
    input.end("/exit\n");
    await running;
    expect(output).toContain("Phản ánh PA-TEST đã được giải quyết.");
    expect(output).not.toContain("Erin");
    expect((await db.prisma.delivery.findUniqueOrThrow({ where: { id: forErin.id } })).status).toBe("pending");
  });
});
