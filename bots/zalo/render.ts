import type { Choice, Link, OutboundMessage } from "../../src/core/channels/contract.js";
import { renderableChoices, splitText, TEXT_LIMITS } from "../../src/core/channels/render.js";
import { zaloTexts } from "./texts.vi.js";
import type { ZaloButton } from "./types.js";

/** One Zalo send, before the recipient is added. The adapter turns each into a client call. */
export type ZaloOutbound =
  | { type: "text"; text: string }
  | { type: "buttons"; text: string; buttons: ZaloButton[] }
  | { type: "image"; url: string; caption?: string }
  | { type: "request_user_info"; title: string; subtitle: string; imageUrl?: string };

export interface RenderOptions {
  /** Send button templates (ZALO_BUTTONS=on). Off: choices become numbered text. */
  buttons: boolean;
  /** Image on the request-contact card (optional in our reading of the docs). */
  requestInfoImageUrl?: string;
}

/** Prefix of a button payload: the click comes back as a text message carrying it, see parseZaloEvent. */
export const CHOICE_PAYLOAD_PREFIX = "#c:";
/** Zalo shows at most 5 buttons on a message. */
export const MAX_BUTTONS = 5;
/** Button titles longer than this are cut (one community schema says 20; unconfirmed). */
export const BUTTON_TITLE_LIMIT = 20;

/** Zalo's 2,000-character text limit, counted after NFC (decomposed Vietnamese counts more characters). */
function splitForZalo(text: string): string[] {
  return splitText(text.normalize("NFC"), TEXT_LIMITS.zalo);
}

/**
 * Renders one channel-neutral message as the Zalo messages that carry it. Texts longer than 2,000 characters are
 * split on paragraph boundaries; options become buttons when enabled and they fit, numbered text otherwise.
 */
export function renderForZalo(message: OutboundMessage, options: RenderOptions): ZaloOutbound[] {
  switch (message.kind) {
    case "text":
      return renderText(message.text, renderableChoices(message.choices), message.links ?? [], options);
    case "photo":
      return [{ type: "image", url: message.url, ...(message.caption ? { caption: message.caption.normalize("NFC").slice(0, TEXT_LIMITS.zalo) } : {}) }];
    case "request_location":
      return splitForZalo(`${message.text}\n\n${zaloTexts.howToShareLocation}`).map((text) => ({ type: "text", text }));
    case "request_contact":
      return [
        {
          type: "request_user_info",
          title: zaloTexts.requestInfoTitle.slice(0, 100),
          subtitle: message.text.normalize("NFC").slice(0, 500),
          ...(options.requestInfoImageUrl ? { imageUrl: options.requestInfoImageUrl } : {}),
        },
      ];
  }
}

function renderText(text: string, choices: Choice[], links: Link[], options: RenderOptions): ZaloOutbound[] {
  const buttons = options.buttons ? toButtons(choices, links) : undefined;
  if (buttons) {
    const parts = splitForZalo(text);
    const last = parts.pop() ?? "";
    return [...parts.map((t): ZaloOutbound => ({ type: "text", text: t })), { type: "buttons", text: last, buttons }];
  }
  const blocks = [text.trim()];
  if (choices.length > 0) {
    blocks.push(choices.map((c, i) => `${i + 1}. ${c.label}`).join("\n"));
    blocks.push(zaloTexts.replyWithNumber(choices.length));
  }
  if (links.length > 0) blocks.push(links.map((l) => `${l.label}: ${l.url}`).join("\n"));
  return splitForZalo(blocks.filter((b) => b !== "").join("\n\n")).map((t) => ({ type: "text", text: t }));
}

/** Buttons for choices and links, or undefined when they do not fit on one message (then numbered text). */
function toButtons(choices: Choice[], links: Link[]): ZaloButton[] | undefined {
  if (choices.length + links.length === 0 || choices.length + links.length > MAX_BUTTONS) return undefined;
  return [
    ...choices.map((c): ZaloButton => ({ type: "oa.query.hide", title: shorten(c.label), payload: `${CHOICE_PAYLOAD_PREFIX}${c.data}` })),
    ...links.map((l): ZaloButton => ({ type: "oa.open.url", title: shorten(l.label), payload: { url: l.url } })),
  ];
}

function shorten(title: string): string {
  const t = title.normalize("NFC").trim();
  return t.length <= BUTTON_TITLE_LIMIT ? t : `${t.slice(0, BUTTON_TITLE_LIMIT - 1)}…`;
}
