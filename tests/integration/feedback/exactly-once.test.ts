/**
 * Exactly one ticket and one confirmation when the same confirming message is handled again: after a dialogue-state
 * conflict (the engine re-runs the flow) and after a crash between filing and saving the state (the recovered
 * event is handled anew). The ticket is keyed by the inbound event, on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../../src/core/channels/contract.js";
import { ConversationEngine } from "../../../src/core/conversation/engine.js";
import { FeedbackFlow } from "../../../src/core/conversation/flows/feedback-flow.js";
import { PersonalDataFlow } from "../../../src/core/conversation/flows/personal-data-flow.js";
import { ProcedureQaFlow } from "../../../src/core/conversation/flows/procedure-qa-flow.js";
import type { ConversationStateStore, DialogueState } from "../../../src/core/conversation/state.js";
import { feedbackChoice } from "../../../src/core/feedback/choices.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaCitizenPhoneBook } from "../../../src/db/repositories/citizen-phone-repository.js";
import { PgConversationStateStore } from "../../../src/db/repositories/conversation-state-repository.js";
import { backendName, openTestDb } from "../../support/db.js";
import { CONTACT } from "../../unit/conversation/harness.js";
import { TinyKb } from "../../unit/conversation/tiny-kb.js";
import { feedbackOn } from "./ticket-harness.js";

let db: Database;
let h: Awaited<ReturnType<typeof feedbackOn>>;
/** The state store, with a switch that makes the next save of a finished dialogue lose to "another writer". */
let states: ConversationStateStore & { loseNextEnd: boolean; saves: number };

beforeAll(async () => {
  db = await openTestDb();
  h = await feedbackOn(db);
  const real = new PgConversationStateStore(db.sql);
  states = {
    loseNextEnd: false,
    saves: 0,
    load: (id) => real.load(id),
    async save(id: string, next: DialogueState | null, expected: number | null) {
      this.saves++;
      if (next === null && this.loseNextEnd) {
        this.loseNextEnd = false;
        // someone else touched the state meanwhile: the engine reloads and runs the flow again
        await real.save(id, { ...(await real.load(id))!, expiresAt: new Date(h.clock.now.getTime() + 3_600_000) }, expected);
        return false;
      }
      return real.save(id, next, expected);
    },
  };
});
afterAll(async () => {
  await db?.close();
});

function engine() {
  return new ConversationEngine({
    states,
    contact: CONTACT,
    flows: { qa: new ProcedureQaFlow(new TinyKb(), CONTACT), personalData: new PersonalDataFlow(h.identities), feedback: new FeedbackFlow(h.service, new PrismaCitizenPhoneBook(db.prisma), CONTACT) },
  });
}

let seq = 0;
const message = (user: string, body: Partial<InboundMessage>): InboundMessage => ({ channel: "telegram", externalUserId: user, platformMessageId: String(++seq), sentAt: h.clock.now, ...body }) as InboundMessage;
const text = (replies: Array<{ kind: string; text?: string }>) => replies.map((r) => r.text ?? "").join("\n");

describe(`exactly one ticket per confirming message (${backendName})`, () => {
  it("files once and confirms once when a state conflict makes the engine run the flow again", async () => {
    const e = engine();
    const who = await h.identities.touch("telegram", "once-1", h.clock.now);
    await e.handle(who, message("once-1", { kind: "text", text: "Đèn đường ngõ 14 Hàng Bông hỏng từ hôm qua" }), h.clock.now);
    states.loseNextEnd = true;
    const replies = await e.handle(who, message("once-1", { kind: "choice", data: feedbackChoice("intake", "send") }), h.clock.now);
    expect(states.loseNextEnd).toBe(false); // the conflict happened
    expect(replies).toHaveLength(1);
    expect(text(replies)).toMatch(/Mã tra cứu: PA-/u);
    expect(await db.prisma.feedbackTicket.count({ where: { text: "Đèn đường ngõ 14 Hàng Bông hỏng từ hôm qua" } })).toBe(1);
  });

  it("files once when the confirming message is handled again after a crash before the state was saved", async () => {
    const e = engine();
    const who = await h.identities.touch("telegram", "once-2", h.clock.now);
    await e.handle(who, message("once-2", { kind: "text", text: "Rác đổ trộm ở ngõ 3 Hàng Gai mấy hôm nay" }), h.clock.now);
    const draft = await states.load(who.id);
    const confirm = message("once-2", { kind: "choice", data: feedbackChoice("intake", "send") });
    const first = text(await e.handle(who, confirm, h.clock.now));
    // the process died after filing, before its state change was kept: the recovered event finds the draft again
    await states.save(who.id, draft, null);
    const again = text(await e.handle(who, confirm, h.clock.now));
    expect(again).toBe(first);
    expect(await db.prisma.feedbackTicket.count({ where: { text: "Rác đổ trộm ở ngõ 3 Hàng Gai mấy hôm nay" } })).toBe(1);
  });
});
