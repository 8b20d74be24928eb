/**
 * Zalo's preview of a message, built from {@link renderForZalo} with the adapter's own options: texts split at
 * 2,000 characters after the numbered choices and links are appended (or buttons, when ZALO_BUTTONS=on).
 */
import type { MessagePreviewer, PreviewPart } from "../../src/core/channels/preview.js";
import { renderForZalo, type RenderOptions } from "./render.js";

/**
 * A previewer rendering as the Zalo adapter does with `options`.
 *
 * @param options - the adapter's rendering options (buttons on or off).
 */
export function zaloPreviewer(options: RenderOptions): MessagePreviewer {
  return (message) =>
    renderForZalo(message, options).map((part): PreviewPart => {
      switch (part.type) {
        case "image":
          return { kind: "image", url: part.url, ...(part.caption ? { caption: part.caption } : {}) };
        case "buttons":
          return { kind: "text", text: part.text, buttons: part.buttons.map((b) => b.title) };
        case "request_user_info":
          return { kind: "text", text: `${part.title}\n${part.subtitle}`, buttons: [] };
        case "text":
          return { kind: "text", text: part.text, buttons: [] };
      }
    });
}
