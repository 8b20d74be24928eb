/** Builds an engine on in-memory ports and talks to it as one citizen. */
import type { InboundMessage, OutboundMessage } from "../../../src/core/channels/contract.js";
import { ConversationEngine, type ConversationEngineOptions, type EngineFlows } from "../../../src/core/conversation/engine.js";
import { PersonalDataFlow } from "../../../src/core/conversation/flows/personal-data-flow.js";
import { ProcedureQaFlow } from "../../../src/core/conversation/flows/procedure-qa-flow.js";
import type { WardContact } from "../../../src/core/conversation/messages.vi.js";
import { MemoryIdentities, MemoryStates } from "./memory-ports.js";
import { TinyKb } from "./tiny-kb.js";

export const CONTACT: WardContact = { name: "UBND phường Thử Nghiệm", phone: "028 3823 0000", address: "1 Lê Lợi" };

export function createHarness(extraFlows: Partial<EngineFlows> = {}, options: Pick<ConversationEngineOptions, "onOutcome" | "onEscalation"> = {}) {
  const states = new MemoryStates();
  const identities = new MemoryIdentities();
  const kb = new TinyKb();
  const engine = new ConversationEngine({
    states,
    contact: CONTACT,
    flows: { qa: new ProcedureQaFlow(kb, CONTACT), personalData: new PersonalDataFlow(identities), ...extraFlows },
    privateChatLinks: { telegram: "https://t.me/motcua_test_bot" },
    ...options,
  });
  let seq = 0;
  let clock = new Date("2026-03-02T02:00:00Z");
  const base = () => ({ channel: "telegram" as const, externalUserId: "42", platformMessageId: String(++seq), sentAt: clock });
  const send = async (m: InboundMessage): Promise<OutboundMessage[]> => {
    const identity = await identities.touch(m.channel, m.externalUserId, m.sentAt);
    return engine.handle(identity, m, clock);
  };
  return {
    engine,
    states,
    identities,
    kb,
    say: (text: string) => send({ ...base(), kind: "text", text }),
    press: (data: string) => send({ ...base(), kind: "choice", data, callbackId: "cb" }),
    command: (command: string, args = "") => send({ ...base(), kind: "command", command, args }),
    send: (partial: Record<string, unknown>) => send({ ...base(), ...partial } as InboundMessage),
    advance: (minutes: number) => {
      clock = new Date(clock.getTime() + minutes * 60_000);
    },
    state: async () => {
      const only = [...states.rows.values()][0];
      return only ?? null;
    },
  };
}

/** All the text of some replies, joined. */
export function textOf(replies: OutboundMessage[]): string {
  return replies.map((r) => ("text" in r ? r.text : r.kind === "photo" ? (r.caption ?? "") : "")).join("\n");
}

/** All choice data of some replies. */
export function choicesOf(replies: OutboundMessage[]): string[] {
  return replies.flatMap((r) => (r.kind === "text" ? (r.choices ?? []).map((c) => c.data) : []));
}
