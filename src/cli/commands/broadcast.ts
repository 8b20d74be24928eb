/**
 * `motcua broadcast send|status|cancel`: an announcement from the command line. The command only enqueues (the
 * broadcast and its deliveries are rows); the running service's workers send them, so it works beside the service
 * (on the embedded database through the service, src/db/data-dir-sharing). `--wait` follows the figures with a
 * progress bar until nothing is left to send now; `--json` prints the figures as one JSON object.
 */
import cliProgress from "cli-progress";
import type { Command } from "commander";
import type { BroadcastProgress } from "../../core/news/types.js";
import type { News } from "../../wiring/news.js";
import { CliInputError, guardCli, type CliOutput } from "./ask.js";

/** Opens the news services over the configured database. */
export type OpenNews = () => Promise<{ news: News; close(): Promise<void> }>;

export interface BroadcastSendOptions {
  text: string;
  title?: string;
  link?: string;
  /** Topic code(s), comma separated; none: every subscriber. */
  topic?: string;
  urgent?: boolean;
  wait?: boolean;
  json?: boolean;
}

/** How often `--wait` reads the figures. */
const WAIT_POLL_MS = 500;

/** The figures `--json` prints. */
export function figuresOf(p: BroadcastProgress) {
  return { broadcastId: p.broadcast.id, recipients: p.recipients, sent: p.sent, failed: p.failed, deferred: p.heldForWindow + p.waiting, status: p.broadcast.status };
}

async function withNews<T>(open: OpenNews, body: (news: News) => Promise<T>): Promise<T> {
  const { news, close } = await open();
  try {
    return await body(news);
  } finally {
    await close();
  }
}

/**
 * Body of `motcua broadcast send`.
 *
 * @returns the exit code: 0 enqueued (and, with --wait, sent as far as it can be now), 2 bad input.
 */
export async function runBroadcastSend(opts: BroadcastSendOptions, open: OpenNews, io: CliOutput, sleep = defaultSleep): Promise<number> {
  return guardCli(io, () =>
    withNews(open, async (news) => {
      const text = opts.text.trim();
      if (!text) throw new CliInputError("the text is empty: --text \"...\"");
      const codes = (opts.topic ?? "").split(",").map((c) => c.trim()).filter(Boolean);
      const topics = await news.topics.byCodes(codes);
      const unknown = codes.filter((c) => !topics.some((t) => t.code === c));
      if (unknown.length) {
        const known = (await news.topics.list()).map((t) => t.code).join(", ");
        throw new CliInputError(`unknown topic ${unknown.join(", ")}; topics are: ${known}`);
      }
      const title = opts.title?.trim() || firstLine(text);
      const { id } = await news.broadcasts.create({
        orgId: news.orgId,
        kind: "announcement",
        title,
        body: opts.title?.trim() ? text : text.slice(title.length).trim(),
        ...(opts.link ? { link: opts.link } : {}),
        topicIds: topics.map((t) => t.id),
        urgent: opts.urgent ?? false,
        createdVia: "cli",
      });
      const figures = opts.wait ? await waitForBroadcast(news, id, io, !opts.json, sleep) : await news.broadcasts.progress(id);
      if (opts.json) {
        const { status: _s, ...out } = figuresOf(figures);
        io.stdout.write(`${JSON.stringify(out)}\n`);
      } else {
        io.stdout.write(describe(figures));
        if (!opts.wait) io.stdout.write(`Follow it with: motcua broadcast status ${id}\n`);
      }
      return 0;
    }),
  );
}

/** Body of `motcua broadcast status <id>`. */
export async function runBroadcastStatus(id: string, opts: { json?: boolean }, open: OpenNews, io: CliOutput): Promise<number> {
  return guardCli(io, () =>
    withNews(open, async (news) => {
      const p = await news.broadcasts.progress(checkId(id));
      io.stdout.write(opts.json ? `${JSON.stringify(figuresOf(p))}\n` : describe(p));
      return 0;
    }),
  );
}

/** Body of `motcua broadcast cancel <id>`: nothing not yet sent will be. */
export async function runBroadcastCancel(id: string, open: OpenNews, io: CliOutput): Promise<number> {
  return guardCli(io, () =>
    withNews(open, async (news) => {
      await news.broadcasts.cancel(checkId(id));
      const p = await news.broadcasts.progress(id);
      io.stdout.write(`Cancelled. ${p.sent} of ${p.recipients} had been sent; ${p.cancelled} will not be.\n`);
      return 0;
    }),
  );
}

/** Reads the figures until nothing is due or being sent (what waits for quiet hours, a digest or a citizen's next message is "deferred"). */
async function waitForBroadcast(news: News, id: string, io: CliOutput, showBar: boolean, sleep: (ms: number) => Promise<void>): Promise<BroadcastProgress> {
  const bar = showBar ? new cliProgress.SingleBar({ stream: io.stderr as NodeJS.WritableStream, format: "sending {bar} {value}/{total} | sent {sent} failed {failed} deferred {deferred} | {rate}/s", hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let p = await news.broadcasts.progress(id);
  bar?.start(p.recipients, 0, { sent: 0, failed: 0, deferred: 0, rate: 0 });
  try {
    for (;;) {
      const f = figuresOf(p);
      bar?.update(f.sent + f.failed + f.deferred + p.cancelled, { sent: f.sent, failed: f.failed, deferred: f.deferred, rate: p.ratePerSec.toFixed(1) });
      const settled = p.broadcast.status === "done" || p.broadcast.status === "cancelled" || (p.broadcast.status === "sending" && p.pending === 0);
      if (settled) return p;
      await sleep(WAIT_POLL_MS);
      p = await news.broadcasts.progress(id);
    }
  } finally {
    bar?.stop();
  }
}

function describe(p: BroadcastProgress): string {
  const f = figuresOf(p);
  return [
    `Broadcast ${f.broadcastId} (${p.broadcast.status}): ${p.broadcast.title}`,
    `recipients ${f.recipients}, sent ${f.sent}, failed ${f.failed} (blocked ${p.blocked}), deferred ${f.deferred}, waiting to send ${p.pending}, cancelled ${p.cancelled}`,
    ...p.failureReasons.map((r) => `  failed: ${r.reason} × ${r.count}`),
    "",
  ].join("\n");
}

function firstLine(text: string): string {
  const line = text.split("\n")[0]?.trim() ?? text;
  return line.length <= 120 ? line : `${line.slice(0, 117)}…`;
}

function checkId(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(id)) throw new CliInputError(`not a broadcast id: ${id}`);
  return id;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Registers `motcua broadcast send|status|cancel`. */
export function registerBroadcastCommands(program: Command, open: OpenNews): void {
  const io: CliOutput = { stdout: process.stdout, stderr: process.stderr };
  const broadcast = program.command("broadcast").description("send an announcement to subscribers (the running service's workers send it)");
  broadcast
    .command("send")
    .description("enqueue an announcement; --wait follows it until sent")
    .requiredOption("--text <text>", "the message (its first line is the title unless --title is given)")
    .option("--title <title>", "title shown in bold at the top")
    .option("--link <url>", "a \"Xem chi tiết\" link")
    .option("--topic <code>", "topic code(s), comma separated (default: every subscriber)")
    .option("--urgent", "ignore quiet hours and digests")
    .option("--wait", "show progress until everything that can be sent now is sent")
    .option("--json", "print {broadcastId, recipients, sent, failed, deferred}")
    .action(async (opts: BroadcastSendOptions) => {
      process.exitCode = await runBroadcastSend(opts, open, io);
    });
  broadcast
    .command("status <id>")
    .description("figures of a broadcast")
    .option("--json", "print the figures as JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      process.exitCode = await runBroadcastStatus(id, opts, open, io);
    });
  broadcast
    .command("cancel <id>")
    .description("cancel a broadcast: nothing not yet sent will be")
    .action(async (id: string) => {
      process.exitCode = await runBroadcastCancel(id, open, io);
    });
}
