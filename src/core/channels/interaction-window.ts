/**
 * Reply windows: some platforms accept a message only shortly after the citizen last interacted. Zalo accepts
 * customer-service messages within 7 days of the last interaction (error -230 otherwise); Telegram has no window.
 * Pure rules, no I/O: callers decide to send now or hold the message until the citizen writes again.
 */
import type { ChannelName } from "./contract.js";

const DAY_MS = 24 * 3600 * 1000;

/** Length of each channel's reply window in milliseconds; absent means "no window". */
export const INTERACTION_WINDOW_MS: Partial<Record<ChannelName, number>> = {
  zalo: 7 * DAY_MS,
};

/**
 * A safety margin before the window closes: a message queued seconds before the edge would otherwise be refused
 * by Zalo in flight. One hour keeps the rule conservative without holding much.
 */
export const WINDOW_SAFETY_MARGIN_MS = 3600 * 1000;

/**
 * Whether a message may be sent to a citizen on `channel` at `now`.
 *
 * @param channel - the channel of the identity.
 * @param lastInteractionAt - when the citizen last wrote or acted (null: never, e.g. an imported subscriber).
 * @param now - the current time.
 * @returns true when the channel has no window or the citizen interacted recently enough.
 */
export function canSendNow(channel: ChannelName | string, lastInteractionAt: Date | null, now: Date): boolean {
  const window = INTERACTION_WINDOW_MS[channel as ChannelName];
  if (window === undefined) return true;
  if (lastInteractionAt === null) return false;
  const age = now.getTime() - lastInteractionAt.getTime();
  return age < window - WINDOW_SAFETY_MARGIN_MS;
}

/**
 * When the window closes for a citizen (null: the channel has no window). Useful to report or schedule.
 *
 * @param channel - the channel of the identity.
 * @param lastInteractionAt - the citizen's last interaction.
 */
export function windowClosesAt(channel: ChannelName | string, lastInteractionAt: Date | null): Date | null {
  const window = INTERACTION_WINDOW_MS[channel as ChannelName];
  if (window === undefined) return null;
  if (lastInteractionAt === null) return new Date(0);
  return new Date(lastInteractionAt.getTime() + window - WINDOW_SAFETY_MARGIN_MS);
}
