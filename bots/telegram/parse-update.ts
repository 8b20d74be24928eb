/**
 * Telegram Update → normalised {@link InboundMessage}. Private chats become conversation messages; group messages
 * are marked `isGroup` (the bot only points to the private chat there); edits, channel posts, inline queries and
 * other update kinds give an empty list, which the webhook acknowledges and ignores.
 */
import type { Update } from "telegraf/types";
import type { InboundMessage } from "../../src/core/channels/contract.js";

type Base = Omit<InboundMessage, "kind" | "text" | "command" | "args" | "data" | "callbackId" | "latitude" | "longitude" | "address" | "platformFileId" | "url" | "caption" | "phone" | "name" | "what">;

/** A `/command@bot args` text: Telegram commands are Latin letters, digits and underscores. */
const COMMAND = /^\/([A-Za-z0-9_\u00C0-\u1EF9]{1,32})(?:@\w+)?(?:\s+([\s\S]*))?$/u;

/**
 * Parses one Telegram update.
 *
 * @param update - the JSON body Telegram posted (or one item of getUpdates), already JSON-parsed.
 * @returns zero or one message; malformed or ignored updates give an empty list.
 */
export function parseUpdate(update: unknown): InboundMessage[] {
  if (!update || typeof update !== "object") return [];
  const u = update as Update;
  if (typeof u.update_id !== "number") return [];
  const platformMessageId = String(u.update_id);

  if ("callback_query" in u && u.callback_query) {
    const q = u.callback_query;
    if (!("data" in q) || typeof q.data !== "string") return [];
    const chat = q.message?.chat;
    const isGroup = chat !== undefined && chat.type !== "private";
    return [
      {
        channel: "telegram",
        externalUserId: String(q.from.id),
        platformMessageId,
        sentAt: new Date(),
        ...(isGroup ? { isGroup, conversationId: String(chat.id) } : {}),
        kind: "choice",
        data: q.data,
        callbackId: q.id,
      },
    ];
  }

  if ("my_chat_member" in u && u.my_chat_member && u.my_chat_member.chat.type === "private") {
    const status = u.my_chat_member.new_chat_member.status;
    const kind = status === "kicked" ? "unfollow" : status === "member" ? "follow" : undefined;
    if (!kind) return [];
    const m = u.my_chat_member;
    return [{ channel: "telegram", externalUserId: String(m.from.id), platformMessageId, sentAt: new Date(m.date * 1000), kind }];
  }

  if (!("message" in u) || !u.message) return [];
  const m = u.message;
  if (!m.from || m.from.is_bot) return [];
  const isGroup = m.chat.type !== "private";
  const base: Base = {
    channel: "telegram",
    externalUserId: String(m.from.id),
    platformMessageId,
    sentAt: new Date(m.date * 1000),
    ...(isGroup ? { isGroup, conversationId: String(m.chat.id) } : {}),
  };
  return [{ ...base, ...content(m) } as InboundMessage];
}

type Content = Record<string, unknown> & { kind: InboundMessage["kind"] };

function content(m: NonNullable<Extract<Update, { message: unknown }>["message"]>): Content {
  if ("text" in m && typeof m.text === "string") {
    const cmd = COMMAND.exec(m.text.trim());
    if (cmd) return { kind: "command", command: (cmd[1] ?? "").toLowerCase(), args: (cmd[2] ?? "").trim() };
    return { kind: "text", text: m.text };
  }
  if ("location" in m && m.location) {
    const venue = "venue" in m ? m.venue : undefined;
    return { kind: "location", latitude: m.location.latitude, longitude: m.location.longitude, ...(venue ? { address: venue.address } : {}) };
  }
  if ("photo" in m && Array.isArray(m.photo) && m.photo.length > 0) {
    const largest = m.photo.reduce((a, b) => ((b.width ?? 0) * (b.height ?? 0) > (a.width ?? 0) * (a.height ?? 0) ? b : a));
    return { kind: "photo", platformFileId: largest.file_id, ...("caption" in m && m.caption ? { caption: m.caption } : {}) };
  }
  if ("contact" in m && m.contact) {
    return { kind: "contact", phone: m.contact.phone_number, name: [m.contact.first_name, m.contact.last_name].filter(Boolean).join(" ") };
  }
  const what = ["sticker", "voice", "audio", "video", "video_note", "document", "animation", "poll", "dice"].find((k) => k in m) ?? "other";
  return { kind: "unsupported", what };
}
