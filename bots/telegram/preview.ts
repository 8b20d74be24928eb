/**
 * Telegram's preview of a message, built from the same calls {@link renderTelegram} makes when sending: texts split
 * at 4,096 characters, buttons on the last part, photos first.
 */
import type { OutboundMessage } from "../../src/core/channels/contract.js";
import type { PreviewPart } from "../../src/core/channels/preview.js";
import { renderTelegram } from "./render.js";

/**
 * The messages a Telegram chat receives for `message`, in order.
 *
 * @param message - what would be sent.
 */
export function previewTelegram(message: OutboundMessage): PreviewPart[] {
  return renderTelegram("preview", message).map((call): PreviewPart => {
    const p = call.payload;
    if (call.method === "sendPhoto") return { kind: "image", url: String(p.photo), ...(typeof p.caption === "string" ? { caption: p.caption } : {}) };
    const keyboard = (p.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>>; keyboard?: Array<Array<{ text: string }>> } | undefined) ?? {};
    const rows = keyboard.inline_keyboard ?? keyboard.keyboard ?? [];
    return { kind: "text", text: String(p.text), buttons: rows.flat().map((b) => b.text) };
  });
}
