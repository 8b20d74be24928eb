/**
 * The terminal channel: the same engine and database as Telegram and Zalo, in a REPL. Choices are numbered (type
 * the number), links are printed, and no token is needed: how a newcomer tries the bot a minute after install.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { ChannelAdapter, Choice, InboundMessage, OutboundMessage, Recipient } from "../../src/core/channels/contract.js";
import { renderableChoices } from "../../src/core/channels/render.js";
import type { MessagePipeline } from "../../src/core/conversation/message-pipeline.js";

export interface TextOutput {
  write(text: string): unknown;
}

export class TerminalChannel implements ChannelAdapter {
  readonly channel = "terminal" as const;
  /** Choices of the last message with choices: what a typed number selects. */
  private choices: Choice[] = [];
  private readonly session = randomUUID().slice(0, 8);
  private seq = 0;
  /** The "> " prompt is showing: a message printed now (a push) must show the prompt again below it. */
  private waitingForInput = false;

  constructor(private readonly out: TextOutput) {}

  /** Prints one message; numbered choices replace the previous ones. */
  async send(_to: Recipient, message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    const lines: string[] = [];
    if (message.kind === "photo") lines.push(`[ảnh] ${message.url}${message.caption ? `\n${message.caption}` : ""}`);
    else lines.push(message.text);
    if (message.kind === "text") {
      const choices = renderableChoices(message.choices);
      if (choices.length > 0) {
        this.choices = choices;
        choices.forEach((c, i) => lines.push(`  ${i + 1}. ${c.label}`));
      }
      for (const link of message.links ?? []) lines.push(`  🔗 ${link.label}: ${link.url}`);
    }
    this.out.write(`\n${lines.join("\n")}\n`);
    if (this.waitingForInput) this.out.write("\n> ");
    return {};
  }

  /** Shows the prompt; the citizen types next. */
  prompt(): void {
    this.out.write("\n> ");
    this.waitingForInput = true;
  }

  /** The greeting that opens a session: a follow, so the welcome shows without resetting the conversation. */
  opening(userId: string): InboundMessage {
    return { channel: this.channel, externalUserId: userId, platformMessageId: `${this.session}:${++this.seq}`, sentAt: new Date(), kind: "follow" };
  }

  /**
   * One typed line → a message: a number picks a choice, "/lenh args" is a command, anything else is text.
   *
   * @returns null for a blank line.
   */
  parseLine(line: string, userId: string): InboundMessage | null {
    this.waitingForInput = false;
    const text = line.trim();
    if (!text) return null;
    const base = { channel: this.channel, externalUserId: userId, platformMessageId: `${this.session}:${++this.seq}`, sentAt: new Date() };
    const picked = /^\d{1,2}$/u.test(text) ? this.choices[Number(text) - 1] : undefined;
    if (picked) return { ...base, kind: "choice", data: picked.data };
    const command = /^\/(\S+)\s*([\s\S]*)$/u.exec(text);
    if (command) return { ...base, kind: "command", command: (command[1] ?? "").toLowerCase(), args: (command[2] ?? "").trim() };
    return { ...base, kind: "text", text };
  }
}

export interface TerminalChatOptions {
  input: NodeJS.ReadableStream;
  output: TextOutput;
  /** Builds the message pipeline around the terminal channel. */
  createPipeline: (channel: TerminalChannel) => MessagePipeline;
  /** The terminal user's id (identity on channel "terminal"); the same id keeps the same conversation. */
  userId: string;
  /** Line printed before the first prompt (how to quit). */
  banner?: string;
  /**
   * Starts sending this user's queued deliveries (a ticket's status change, a news item) through the channel while
   * the chat runs; stopped when it ends. Without it, only replies to typed lines are shown.
   */
  startPushes?: (channel: TerminalChannel, userId: string) => { stop(): Promise<void> };
}

/**
 * Runs the REPL until the input ends (Ctrl-D) or the user types /exit. Opens with the welcome and the menu.
 */
export async function runTerminalChat(opts: TerminalChatOptions): Promise<void> {
  const channel = new TerminalChannel(opts.output);
  const pipeline = opts.createPipeline(channel);
  if (opts.banner) opts.output.write(`${opts.banner}\n`);
  await pipeline.receive([channel.opening(opts.userId)]);
  const pushes = opts.startPushes?.(channel, opts.userId);
  const rl = createInterface({ input: opts.input, terminal: false });
  channel.prompt();
  for await (const line of rl) {
    if (/^\/(exit|quit|thoat)$/iu.test(line.trim())) break;
    const message = channel.parseLine(line, opts.userId);
    if (message) await pipeline.receive([message]);
    channel.prompt();
  }
  rl.close();
  await pushes?.stop();
  await pipeline.drain();
}
