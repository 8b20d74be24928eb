/**
 * The main menu: six items, each a choice the engine recognises by its `m:` data. Labels live in the messages
 * module; data stays short and stable because buttons in old messages can still be pressed.
 */
import type { OutboundMessage } from "../channels/contract.js";
import { MENU_LABELS } from "./messages.vi.js";

export type MenuItem = keyof typeof MENU_LABELS;

/** Choice data of each menu item. */
export const MENU_CHOICE: Record<MenuItem, string> = {
  qa: "m:qa",
  feedback: "m:fb",
  tracking: "m:tc",
  news: "m:nt",
  help: "m:help",
  human: "m:human",
};

const BY_DATA = new Map(Object.entries(MENU_CHOICE).map(([item, data]) => [data, item as MenuItem]));

/** The menu item a choice selects, or undefined when the data is not a menu choice. */
export function menuItemOf(data: string): MenuItem | undefined {
  return BY_DATA.get(data);
}

/**
 * A text message with the main menu as buttons.
 *
 * @param text - what to say above the menu.
 */
export function withMenu(text: string): OutboundMessage {
  return {
    kind: "text",
    text,
    choices: (Object.keys(MENU_CHOICE) as MenuItem[]).map((item) => ({ label: MENU_LABELS[item], data: MENU_CHOICE[item] })),
  };
}
