/** In-memory implementations of the conversation's ports, for unit tests of the engine and the pipeline. */
import { randomUUID } from "node:crypto";
import type { ChannelAdapter, InboundMessage, OutboundMessage, Recipient } from "../../../src/core/channels/contract.js";
import type { DeliveryQueue, EventSender, InboundEventStore, QueuedDelivery } from "../../../src/core/channels/delivery.js";
import type { Identity, IdentityStore, PersonalDataView } from "../../../src/core/people/identity.js";
import type { ConversationStateStore, DialogueState, StoredDialogueState } from "../../../src/core/conversation/state.js";

export class MemoryStates implements ConversationStateStore {
  readonly rows = new Map<string, StoredDialogueState>();
  async load(id: string) {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }
  async save(id: string, next: DialogueState | null, expected: number | null) {
    const current = this.rows.get(id);
    if ((current?.version ?? null) !== expected) return false;
    if (next === null) this.rows.delete(id);
    else this.rows.set(id, { ...structuredClone(next), version: (current?.version ?? -1) + 1 });
    return true;
  }
}

interface CitizenRow extends PersonalDataView {
  identity: Identity;
}

export class MemoryIdentities implements IdentityStore {
  readonly rows = new Map<string, CitizenRow>();
  readonly unreachable: string[] = [];
  /** How many times the handler (not the event store) touched an identity. */
  touches = 0;
  async touch(channel: string, externalId: string, at: Date) {
    this.touches++;
    return this.touchQuietly(channel, externalId, at);
  }
  async touchQuietly(channel: string, externalId: string, at: Date) {
    const key = `${channel}:${externalId}`;
    let row = this.rows.get(key);
    if (!row) {
      const identity = { id: randomUUID(), citizenId: randomUUID(), channel, externalId, reachable: true };
      row = { identity, channel, firstSeenAt: at, lastInteractionAt: at, fullName: null, phone: null, address: null, erasedAt: null, consents: [], subscriptions: [], allTopics: false, procedureAlerts: false, proceduresAsked: 0, ticketCount: 0 };
      this.rows.set(key, row);
    }
    row.lastInteractionAt = at;
    row.identity.reachable = true;
    return { ...row.identity };
  }
  async markUnreachable(channel: string, externalId: string, _reason: string, asOf?: Date) {
    const row = this.rows.get(`${channel}:${externalId}`);
    if (row && asOf && row.lastInteractionAt && row.lastInteractionAt > asOf) return;
    if (row) row.identity.reachable = false;
    this.unreachable.push(`${channel}:${externalId}`);
  }
  byId(id: string) {
    return [...this.rows.values()].find((r) => r.identity.id === id);
  }
  async personalData(id: string) {
    const row = this.byId(id);
    if (!row) return null;
    const { identity: _identity, ...view } = row;
    return structuredClone(view);
  }
  async erase(id: string, at: Date) {
    const row = this.byId(id);
    if (!row) return;
    Object.assign(row, { fullName: null, phone: null, address: null, erasedAt: at, subscriptions: [], allTopics: false, procedureAlerts: false, proceduresAsked: 0 });
    for (const c of row.consents) c.withdrawnAt ??= at;
  }
}

export class MemoryEvents implements InboundEventStore {
  readonly rows = new Map<string, { id: string; status: string; identityId?: string; error?: string; payload?: InboundMessage; at: Date }>();
  async record(e: { channel: string; platformId: string; payload: InboundMessage }) {
    const key = `${e.channel}:${e.platformId}`;
    if (this.rows.has(key)) return null;
    const id = String(this.rows.size + 1);
    this.rows.set(key, { id, status: "received", payload: e.payload, at: new Date() });
    return { id };
  }
  async finish(id: string, outcome: { status: string; identityId?: string; error?: string }) {
    const row = [...this.rows.values()].find((r) => r.id === id);
    if (row) Object.assign(row, outcome, { payload: undefined });
  }
  async claimUnfinished(channel: string, now: Date, limit: number) {
    const due = [...this.rows.values()].filter((r) => r.status === "received" && r.payload?.channel === channel && r.at.getTime() + 120_000 < now.getTime()).slice(0, limit);
    for (const r of due) r.at = now;
    return due.map((r) => ({ eventId: r.id, message: r.payload as InboundMessage }));
  }
}

/**
 * An event store that, like the PostgreSQL one, touches a named sender and reads their dialogue state while storing
 * the event (known citizens only), and remembers which senders it was given.
 */
export class TouchingEvents extends MemoryEvents {
  readonly senders: Array<EventSender | undefined> = [];
  constructor(
    private readonly identities: MemoryIdentities,
    private readonly states: MemoryStates,
  ) {
    super();
  }
  override async record(e: { channel: string; platformId: string; payload: InboundMessage; sender?: EventSender }) {
    this.senders.push(e.sender);
    const recorded = await super.record(e);
    if (!recorded || !e.sender) return recorded;
    if (!this.identities.rows.has(`${e.channel}:${e.sender.externalId}`)) return { ...recorded, sender: null };
    const identity = await this.identities.touchQuietly(e.channel, e.sender.externalId, e.sender.at);
    return { ...recorded, sender: { ...identity, dialogue: await this.states.load(identity.id) } };
  }
}

export class MemoryDeliveries implements DeliveryQueue {
  readonly rows: Array<QueuedDelivery & { status: string; nextAttemptAt: Date; lastError: string }> = [];
  async enqueue(d: Parameters<DeliveryQueue["enqueue"]>[0]) {
    this.rows.push({ id: String(this.rows.length + 1), channel: "test", externalId: "?", ...d });
  }
  async claimDue(now: Date, limit: number, channels: readonly string[]) {
    return this.rows.filter((r) => r.status === "retry" && r.nextAttemptAt <= now && channels.includes(r.channel)).slice(0, limit);
  }
  async markSent(id: string) {
    const row = this.rows.find((r) => r.id === id);
    if (row) row.status = "sent";
  }
  async markFailed(id: string, o: { status: string; lastError: string; nextAttemptAt?: Date }) {
    const row = this.rows.find((r) => r.id === id);
    if (row) Object.assign(row, o, { attempts: row.attempts + 1 });
  }
}

/** A channel that records what it was asked to send; `failWith` makes the next sends throw. */
export class RecordingAdapter implements ChannelAdapter {
  readonly channel = "telegram" as const;
  readonly sent: Array<{ to: Recipient; message: OutboundMessage }> = [];
  readonly acknowledged: InboundMessage[] = [];
  failWith: Error | undefined;
  async send(to: Recipient, message: OutboundMessage) {
    if (this.failWith) throw this.failWith;
    this.sent.push({ to, message });
    return {};
  }
  async acknowledge(message: InboundMessage) {
    this.acknowledged.push(message);
  }
}
