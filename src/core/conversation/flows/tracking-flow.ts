/**
 * Following one's own reports: `/tracuu <code>` (or a code typed anywhere) shows the public timeline of a ticket
 * the citizen reported; anyone else is told it was not found, exactly as for a code that does not exist. A code
 * whose check symbol does not match is called a typing mistake. `/phananhcuatoi` lists the citizen's tickets, each a
 * button that opens its timeline.
 */
import type { InboundMessage } from "../../channels/contract.js";
import { STATUS_LABEL } from "../../feedback/messages.vi.js";
import type { TicketEvent } from "../../feedback/ticket.js";
import { parseTrackingCode } from "../../feedback/tracking-code.js";
import { isAppError } from "../../shared/app-error.js";
import { reply, type Flow, type FlowContext, type FlowInput, type FlowStep } from "../flow.js";
import { wantsWithdraw } from "./feedback-draft.js";
import { FB } from "./feedback-messages.vi.js";
import type { CitizenFeedback } from "./feedback-ports.js";

const PREFIX = "t";
/** Tickets listed by /phananhcuatoi (buttons; a chat screen shows about this many). */
const LISTED = 8;
const CODE_TTL_MINUTES = 10;
/** Longest excerpt of an officer's words in the timeline; the full text came as its own message. */
const EXCERPT = 160;

const text = (t: string) => ({ kind: "text" as const, text: t });

export class TrackingFlow implements Flow {
  readonly name = "tracking";
  readonly prefix = PREFIX;

  constructor(private readonly feedback: CitizenFeedback) {}

  /**
   * `mode: "mine"` lists the citizen's tickets; otherwise `args` holds the typed code (or nothing yet) and `text`
   * the whole message it was found in: one asking to withdraw the ticket passes the citizen's words on to it.
   */
  async start(ctx: FlowContext, input: FlowInput): Promise<FlowStep> {
    if (input.mode === "mine") return this.mine(ctx);
    const typed = (input.args ?? input.text ?? "").trim();
    if (!typed) return { replies: [text(FB.askCode)], next: { step: "code", data: {}, ttlMinutes: CODE_TTL_MINUTES } };
    const said = input.text?.trim() ?? "";
    if (said && wantsWithdraw(said)) return this.withdraw(ctx, typed, said);
    return this.lookUp(ctx, typed);
  }

  /**
   * "Tôi muốn hủy phản ánh PA-… vì đèn đã sáng lại": a citizen cannot cancel a ticket (the department closes it),
   * so their words go to the ticket for the department, and they are told so, never "cancelled".
   */
  private async withdraw(ctx: FlowContext, typed: string, said: string): Promise<FlowStep> {
    const parsed = parseTrackingCode(typed);
    if (parsed.kind !== "valid") return this.lookUp(ctx, typed);
    try {
      await this.feedback.noteByCitizen({ code: parsed.code, citizenId: ctx.identity.citizenId, sourceKey: ctx.eventKey, text: said });
      return reply(text(FB.withdrawNoted(parsed.code, said)));
    } catch (err) {
      if (isAppError(err) && err.httpStatus === 404) return reply(text(FB.notFound(parsed.code)));
      throw err;
    }
  }

  /** A code typed after "/tracuu" alone, or a ticket's button in the list. */
  async handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null> {
    if (message.kind === "choice") {
      if (!message.data.startsWith(`${PREFIX}:`)) return null;
      return this.lookUp(ctx, message.data.slice(PREFIX.length + 1));
    }
    if (ctx.state?.step !== "code" || message.kind !== "text") return null;
    // something that is not a code at all is routed as usual (a question, a report)
    if (parseTrackingCode(message.text).kind === "none") return null;
    return this.lookUp(ctx, message.text);
  }

  private async lookUp(ctx: FlowContext, typed: string): Promise<FlowStep> {
    const parsed = parseTrackingCode(typed);
    if (parsed.kind === "none") return { replies: [text(FB.askCode)], next: { step: "code", data: {}, ttlMinutes: CODE_TTL_MINUTES } };
    // nothing is left waiting: the corrected code is recognised wherever it is typed, and "hủy" has nothing to cancel
    if (parsed.kind === "mistyped") return reply(text(FB.mistyped(parsed.typed)));
    try {
      const { ticket, departmentName, timeline } = await this.feedback.track(parsed.code, ctx.identity.citizenId);
      const steps = timeline.map((e) => ({ at: e.createdAt, label: stepLabel(e) }));
      return reply(text(FB.track(ticket.code, ticket.status, departmentName, ticket.dueAt, steps)));
    } catch (err) {
      if (isAppError(err) && err.httpStatus === 404) return reply(text(FB.notFound(parsed.code)));
      throw err;
    }
  }

  private async mine(ctx: FlowContext): Promise<FlowStep> {
    const tickets = await this.feedback.listMine(ctx.identity.citizenId, LISTED);
    if (tickets.length === 0) return reply(text(FB.mineNone));
    const items = tickets.map((t) => ({ code: t.code, status: t.status, text: t.text.length > 80 ? `${t.text.slice(0, 79)}…` : t.text }));
    return reply({ kind: "text", text: FB.mine(items), choices: tickets.map((t) => ({ label: t.code, data: `${PREFIX}:${t.code}` })) });
  }
}

/** One line of the public timeline: the status reached, or what an officer said. */
function stepLabel(e: TicketEvent): string {
  const said = e.note ? (e.note.length > EXCERPT ? `${e.note.slice(0, EXCERPT - 1)}…` : e.note) : "";
  switch (e.type) {
    case "reply":
      return `Đơn vị trả lời: ${said}`;
    case "ask_info":
      return `Đơn vị cần bổ sung: ${said}`;
    case "info_received":
      return "Bạn đã gửi thông tin bổ sung";
    case "resolve":
      return `Đã giải quyết: ${said}`;
    case "rate":
      return `Bạn đã đánh giá ${String(e.data?.["stars"] ?? "")} sao`;
    default:
      return e.toStatus ? STATUS_LABEL[e.toStatus] : e.type;
  }
}
