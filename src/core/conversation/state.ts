/**
 * Dialogue state, kept in the database per identity so any replica can take the next message. Writers compare and
 * bump `version` (optimistic concurrency): two replicas handling the same citizen at once cannot both win.
 */

/** JSON-safe data a flow keeps between messages. */
export type FlowData = Record<string, unknown>;

/** The state of one identity's conversation. */
export interface DialogueState {
  /** Name of the active flow, e.g. "qa". */
  flow: string;
  /** The flow's own step name. */
  step: string;
  data: FlowData;
  expiresAt: Date;
}

/** A stored state with the version a writer must present to replace it. */
export interface StoredDialogueState extends DialogueState {
  version: number;
}

/** Port for dialogue state. */
export interface ConversationStateStore {
  /** The stored state, expired or not (the caller decides), or null when none is stored. */
  load(identityId: string): Promise<StoredDialogueState | null>;
  /**
   * Replaces the state if its stored version is still `expectedVersion` (null: nothing is stored), or deletes it
   * when `next` is null.
   *
   * @returns false when another writer got there first; the caller reloads and tries again.
   */
  save(identityId: string, next: DialogueState | null, expectedVersion: number | null): Promise<boolean>;
}

/** Whether a stored state still applies at `now`. */
export function isLive(state: DialogueState | null, now: Date): state is DialogueState {
  return state !== null && state.expiresAt.getTime() > now.getTime();
}
