/**
 * Turns a broadcast into what citizens receive: one text message (heading, body, a link button, a stop button and
 * a footer saying how to stop), and the daily digest that bundles several into one message. Editors' text is
 * sent as plain text on every platform, never as markup.
 */
import type { OutboundMessage } from "../channels/contract.js";
import { NEWS_MSG, STOP_ALL_CHOICE } from "./messages.vi.js";
import type { BroadcastKind } from "./types.js";

/** The message of one broadcast. */
export function composeBroadcastMessage(b: { kind: BroadcastKind; title: string; body: string; link?: string | null; urgent: boolean }): OutboundMessage {
  const parts = [NEWS_MSG.heading(b.kind, b.urgent, b.title.trim()), b.body.trim(), NEWS_MSG.footer].filter((p) => p !== "");
  return {
    kind: "text",
    text: parts.join("\n\n"),
    choices: [{ label: NEWS_MSG.stopButton, data: STOP_ALL_CHOICE }],
    ...(b.link ? { links: [{ label: NEWS_MSG.readMore, url: b.link }] } : {}),
  };
}

/**
 * The messages one recipient gets for a broadcast, in order: its image first when it has one, then its text. The
 * send worker sends exactly these and the editor's preview shows exactly these, so the two cannot disagree.
 */
export function broadcastOutbound(b: { imageUrl: string | null; message: OutboundMessage }): OutboundMessage[] {
  return [...(b.imageUrl ? [{ kind: "photo" as const, url: b.imageUrl }] : []), b.message];
}

/** Longest summary of one item inside a digest; the link carries the rest. */
const DIGEST_ITEM_CHARS = 280;

/**
 * Several news items as one message: a heading, then each item's title, a short excerpt cut at a sentence end, and
 * its link. A single item is sent as its own message.
 */
export function composeDigest(items: ReadonlyArray<{ title: string; message: OutboundMessage; link: string | null }>): OutboundMessage {
  if (items.length === 1 && items[0]) return items[0].message;
  const blocks = items.map((item) => {
    const excerpt = excerptOf(item.message, item.title);
    return [`• ${item.title}`, excerpt, item.link ?? ""].filter((l) => l !== "").join("\n");
  });
  return { kind: "text", text: [NEWS_MSG.digestHeading(items.length), ...blocks, NEWS_MSG.digestFooter].join("\n\n") };
}

/** The body of a news message without its heading and footer, shortened at a sentence end. */
function excerptOf(message: OutboundMessage, title: string): string {
  if (message.kind !== "text") return message.kind === "photo" ? (message.caption ?? "") : message.text;
  const body = message.text
    .split("\n\n")
    .filter((p) => p !== NEWS_MSG.footer && !p.endsWith(title))
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
  return shorten(body, DIGEST_ITEM_CHARS);
}

/** Cuts `text` to at most `max` characters, at the last sentence end when there is one, else at a word. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const window = text.slice(0, max);
  const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
  if (sentence > max / 3) return window.slice(0, sentence + 1);
  const space = window.lastIndexOf(" ");
  return `${window.slice(0, space > 0 ? space : max - 1)}…`;
}
