/**
 * How a message will look on a platform, for staff previews: the platform messages it becomes, in order, each a
 * text with the labels of its buttons, or an image. Each bot builds these from its own renderer, so a preview shows
 * exactly the parts (and the splits) that sending produces.
 */
import type { OutboundMessage } from "./contract.js";

/** One platform message of a preview. */
export type PreviewPart = { kind: "text"; text: string; buttons: string[] } | { kind: "image"; url: string; caption?: string };

/** A channel's preview of one message (provided by the channel's bot, wired by the composition root). */
export type MessagePreviewer = (message: OutboundMessage) => PreviewPart[];
