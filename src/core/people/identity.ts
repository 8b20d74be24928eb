/**
 * Citizens as the conversation sees them: one identity per channel account, the personal data held about it, and
 * the right to see and erase that data from inside the chat (Personal Data Protection Law 91/2025/QH15).
 */
import type { ChannelName } from "../channels/contract.js";
import type { StoredDialogueState } from "../conversation/state.js";

/** A citizen's account on one channel. `id` is internal (safe to log); `externalId` is not. */
export interface Identity {
  id: string;
  citizenId: string;
  channel: ChannelName | string;
  externalId: string;
  reachable: boolean;
}

/**
 * What `touch` returns: the identity and, when the store reads it in the same round trip, its stored dialogue state
 * (null: none stored; absent: not read, the engine loads it).
 */
export interface TouchedIdentity extends Identity {
  dialogue?: StoredDialogueState | null;
}

/** Everything held about a citizen, as shown by `/dulieu`. */
export interface PersonalDataView {
  channel: string;
  firstSeenAt: Date;
  lastInteractionAt: Date | null;
  fullName: string | null;
  phone: string | null;
  address: string | null;
  erasedAt: Date | null;
  consents: Array<{ purpose: string; grantedAt: Date; withdrawnAt: Date | null }>;
  subscriptions: Array<{ topicName: string; active: boolean }>;
  /** Receives every topic, including topics added later (`/nhantin tatca`), and has not stopped news. */
  allTopics: boolean;
  /** Wants to hear when a procedure they asked about changes, and has not stopped news. */
  procedureAlerts: boolean;
  /** Procedures asked about, kept so a change to one can be told to them. */
  proceduresAsked: number;
  /** Feedback tickets filed; kept after erasure (public-service records) but detached from personal fields. */
  ticketCount: number;
}

/** Port for citizens and their channel identities. */
export interface IdentityStore {
  /**
   * Finds or creates the identity (and its citizen) and records the interaction time; a citizen who writes again
   * after blocking the bot is reachable again.
   */
  touch(channel: string, externalId: string, at: Date): Promise<TouchedIdentity>;
  /**
   * The platform says the citizen cannot be reached (blocked, unfollowed). Unknown identities are ignored.
   *
   * @param asOf - when the platform said so; an identity whose last interaction is later stays reachable (an
   *   unfollow can be handled after the citizen's next message was already stored and touched).
   */
  markUnreachable(channel: string, externalId: string, reason: string, asOf?: Date): Promise<void>;
  personalData(identityId: string): Promise<PersonalDataView | null>;
  /**
   * Erases personal fields of the citizen, withdraws every consent, removes every news setting and the procedures
   * asked about, and cancels news not yet sent. Idempotent. The
   * identity row stays so the bot can still answer on this channel; dialogue state is the engine's to clear.
   */
  erase(identityId: string, at: Date): Promise<void>;
}
