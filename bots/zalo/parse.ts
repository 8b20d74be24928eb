import type { InboundMessage } from "../../src/core/channels/contract.js";
import { CHOICE_PAYLOAD_PREFIX } from "./render.js";
import type { ZaloWebhookEvent } from "./types.js";

/** What one webhook event means for motcua. */
export type ZaloEventOutcome =
  | { kind: "inbound"; eventName: string; message: InboundMessage; contact?: ZaloSubmittedInfo }
  | { kind: "ignored"; eventName: string; reason: "echo" | "not_handled" | "malformed" };

/** Contact details from `user_submit_info`; the phone also goes into the InboundMessage. */
export interface ZaloSubmittedInfo {
  name?: string;
  phone?: string;
  address?: string;
}

/** Events whose content motcua cannot read: answered with a polite fallback. */
const UNSUPPORTED: Record<string, string> = {
  user_send_sticker: "sticker",
  user_send_link: "link",
  user_send_file: "file",
  user_send_gif: "gif",
  user_send_audio: "audio",
  user_send_video: "video",
  user_send_business_card: "business_card",
};

/**
 * Parses a verified webhook body into an {@link InboundMessage}, or says why it is ignored (the OA's own
 * `oa_send_*` echoes, receipts, events motcua does not handle). Never throws on odd input.
 */
export function parseZaloEvent(body: unknown): ZaloEventOutcome {
  if (typeof body !== "object" || body === null || typeof (body as ZaloWebhookEvent).event_name !== "string") {
    return { kind: "ignored", eventName: "unknown", reason: "malformed" };
  }
  const event = body as ZaloWebhookEvent;
  const name = event.event_name;
  if (name.startsWith("oa_send_")) return { kind: "ignored", eventName: name, reason: "echo" };
  const base = baseOf(event);
  if (!base) return { kind: "ignored", eventName: name, reason: "malformed" };
  const inbound = (message: InboundMessage, contact?: ZaloSubmittedInfo): ZaloEventOutcome => ({
    kind: "inbound",
    eventName: name,
    message,
    ...(contact ? { contact } : {}),
  });
  const msg = event.message;
  switch (name) {
    case "user_send_text": {
      const text = msg?.text ?? "";
      if (text.trim() === "") return { kind: "ignored", eventName: name, reason: "malformed" };
      if (text.startsWith(CHOICE_PAYLOAD_PREFIX)) return inbound({ ...base, kind: "choice", data: text.slice(CHOICE_PAYLOAD_PREFIX.length) });
      // Zalo has no command menu, but citizens read "/nhantin" in the bot's messages and type it
      const command = /^\/([a-z]+)(?:\s+([\s\S]*))?$/iu.exec(text.trim());
      if (command) return inbound({ ...base, kind: "command", command: (command[1] ?? "").toLowerCase(), args: (command[2] ?? "").trim() });
      return inbound({ ...base, kind: "text", text });
    }
    case "user_send_image": {
      const payload = msg?.attachments?.[0]?.payload ?? {};
      const url = str(payload.url);
      if (!url) return { kind: "ignored", eventName: name, reason: "malformed" };
      return inbound({ ...base, kind: "photo", platformFileId: url, url, ...(msg?.text ? { caption: msg.text } : {}) });
    }
    case "user_send_location": {
      const coords = (msg?.attachments?.[0]?.payload ?? {}).coordinates as Record<string, unknown> | undefined;
      const latitude = Number(coords?.latitude);
      const longitude = Number(coords?.longitude);
      if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return { kind: "ignored", eventName: name, reason: "malformed" };
      return inbound({ ...base, kind: "location", latitude, longitude });
    }
    case "follow":
      return inbound({ ...base, kind: "follow" });
    case "unfollow":
      return inbound({ ...base, kind: "unfollow" });
    case "user_submit_info": {
      const info = event.info ?? {};
      const contact: ZaloSubmittedInfo = {
        ...(info.name ? { name: info.name } : {}),
        ...(info.phone ? { phone: info.phone } : {}),
        ...(info.address ? { address: [info.address, info.district, info.city].filter(Boolean).join(", ") } : {}),
      };
      if (!contact.phone) return { kind: "ignored", eventName: name, reason: "malformed" };
      return inbound(
        { ...base, kind: "contact", phone: contact.phone, consented: true, ...(contact.name ? { name: contact.name } : {}), ...(contact.address ? { address: contact.address } : {}) },
        contact,
      );
    }
    default: {
      const what = UNSUPPORTED[name];
      if (what) return inbound({ ...base, kind: "unsupported", what });
      return { kind: "ignored", eventName: name, reason: "not_handled" };
    }
  }
}

type Base = { channel: "zalo"; externalUserId: string; platformMessageId: string; sentAt: Date };

/**
 * Who and which event. Messages are keyed by `msg_id`; events without one (follow, unfollow, submit_info) by
 * name, citizen and timestamp, so a redelivery of the same event maps to the same key.
 */
function baseOf(event: ZaloWebhookEvent): Base | undefined {
  const userId = event.event_name === "follow" || event.event_name === "unfollow" ? (event.follower?.id ?? event.sender?.id) : event.sender?.id;
  if (!userId || !event.timestamp) return undefined;
  const ms = Number(event.timestamp);
  const key = event.message?.msg_id ?? `${event.event_name}:${userId}:${event.timestamp}`;
  const sentAt = new Date(ms);
  // a timestamp that is no date (or absurdly far off) must not reach the database as an invalid date
  return { channel: "zalo", externalUserId: String(userId), platformMessageId: key, sentAt: Number.isFinite(sentAt.getTime()) ? sentAt : new Date() };
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}
