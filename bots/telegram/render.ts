/**
 * OutboundMessage → Telegram Bot API calls. Texts longer than 4,096 characters are split on paragraph boundaries
 * and the buttons go on the last part; choices become an inline keyboard (one big button per row), links become
 * URL buttons, requests for location or contact become a one-time reply keyboard. Plain text, no parse mode, so a
 * record's "<" or "*" never breaks a message.
 */
import type { OutboundMessage } from "../../src/core/channels/contract.js";
import { renderableChoices, splitText, TEXT_LIMITS } from "../../src/core/channels/render.js";
import { REQUEST_LABELS } from "../../src/core/conversation/messages.vi.js";

/** One Bot API call. */
export interface TelegramCall {
  method: "sendMessage" | "sendPhoto";
  payload: Record<string, unknown>;
}

const CAPTION_LIMIT = 1024;

/**
 * The calls that deliver one message to one chat, in order.
 *
 * @param chatId - the Telegram chat id.
 * @param message - what the engine wants said.
 */
export function renderTelegram(chatId: string, message: OutboundMessage): TelegramCall[] {
  switch (message.kind) {
    case "text": {
      const parts = splitText(message.text, TEXT_LIMITS.telegram);
      const keyboard = [
        ...renderableChoices(message.choices).map((c) => [{ text: c.label, callback_data: c.data }]),
        ...(message.links ?? []).map((l) => [{ text: l.label, url: l.url }]),
      ];
      return parts.map((text, i) => ({
        method: "sendMessage",
        payload: {
          chat_id: chatId,
          text,
          link_preview_options: { is_disabled: true },
          ...(i === parts.length - 1 && keyboard.length > 0 ? { reply_markup: { inline_keyboard: keyboard } } : {}),
        },
      }));
    }
    case "photo": {
      const caption = message.caption ?? "";
      const calls: TelegramCall[] = [
        { method: "sendPhoto", payload: { chat_id: chatId, photo: message.url, ...(caption && caption.length <= CAPTION_LIMIT ? { caption } : {}) } },
      ];
      if (caption.length > CAPTION_LIMIT) calls.push(...renderTelegram(chatId, { kind: "text", text: caption }));
      return calls;
    }
    case "request_location":
    case "request_contact": {
      const button = message.kind === "request_location" ? { request_location: true } : { request_contact: true };
      const label = message.kind === "request_location" ? REQUEST_LABELS.location : REQUEST_LABELS.contact;
      return [
        {
          method: "sendMessage",
          payload: {
            chat_id: chatId,
            text: message.text,
            reply_markup: { keyboard: [[{ text: label, ...button }]], one_time_keyboard: true, resize_keyboard: true },
          },
        },
      ];
    }
  }
}
