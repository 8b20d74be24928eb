/**
 * Feedback intake in the chat (issue #11): what happened → where (address or pin) → photos (up to 5) → phone, with
 * its purpose stated → public or not → a summary to confirm. A report written in one message that says where it is
 * goes straight to the pre-filled summary; the citizen may still add photos, a pin or a phone there. Complaints and
 * denunciations are pointed to their legal procedure. The ticket is filed under the confirming message's event key,
 * so however often that message is handled there is one ticket and one confirmation.
 */
import type { InboundMessage, OutboundMessage } from "../../channels/contract.js";
import type { FlowData } from "../state.js";
import { FEEDBACK_PREFIX, feedbackChoice, parseFeedbackChoice } from "../../feedback/choices.js";
import { MAX_PHOTOS, type ReportInput } from "../../feedback/submit-report.js";
import { isAppError } from "../../shared/app-error.js";
import { reply, type Flow, type FlowContext, type FlowInput, type FlowStep } from "../flow.js";
import { foldForIntent, isNo, isYes } from "../intents.js";
import type { WardContact } from "../messages.vi.js";
import { namesPlace } from "../../feedback/places.js";
import { asksToRemovePhotos, draftData, draftOf, EMPTY_DRAFT, givesPlace, isComplaint, wantsWithdraw, MIN_REPORT_CHARS, phoneOf, summaryMessage, withPhoto, type Draft } from "./feedback-draft.js";
import { CONSENT_VERSION, FB } from "./feedback-messages.vi.js";
import type { CitizenFeedback, CitizenPhoneBook } from "./feedback-ports.js";
import * as ticketActions from "./feedback-ticket-actions.js";

/** A half-written report is kept this long between messages. */
const DRAFT_TTL_MINUTES = 60;
/** Steps of the full questionnaire, in order; a one-message report skips to "confirm". */
type Step = "what" | "where" | "photos" | "phone" | "phone_number" | "public" | "confirm";

const intake = (verb: string) => feedbackChoice("intake", verb);
const text = (t: string, choices?: Array<{ label: string; data: string }>): OutboundMessage => ({ kind: "text", text: t, ...(choices ? { choices } : {}) });
/** Typed answers to the complaint's "file as a report" button. */
const AS_REPORT_WORDS = new Set(["gui thanh phan anh", "thanh phan anh", "phan anh", "gui phan anh", "gui", "dong y", "co", "ok"]);
const DONE_WORDS = new Set(["xong", "het", "khong co", "khong co anh", "khong", "ko", "bo qua", "tiep", "tiep tuc", "ok"]);

/**
 * A report an emergency message interrupted, carried on after the emergency reply. A report still waiting for what
 * happened takes the emergency message as its text (that message was the problem: "cây xanh ngã đè lên mái nhà
 * dân"), becomes urgent and asks where next, or shows its summary when the message already says where; the rest of
 * the questionnaire is skipped, as for any urgent report. A report past that step is kept as it was: the emergency
 * may be another matter. Undefined when the state is not a report waiting for its text.
 *
 * @param step - the interrupted feedback state's step.
 * @param data - its data.
 * @param said - the emergency message.
 * @returns the state to resume and what to tell the citizen after the emergency reply.
 */
export function reportAfterEmergency(step: string, data: FlowData, said: string): { step: string; data: FlowData; replies: OutboundMessage[] } | undefined {
  const text = said.trim();
  if (step !== "what" || text.length < MIN_REPORT_CHARS || isComplaint(text)) return undefined;
  const draft: Draft = { ...draftOf(data), text, urgent: true };
  if (namesPlace(text)) return { step: "confirm", data: draftData(draft), replies: [summaryMessage(draft, intake)] };
  return { step: "where", data: draftData(draft), replies: [{ kind: "request_location", text: FB.urgentKeptAskWhere }] };
}

export class FeedbackFlow implements Flow {
  readonly name = "feedback";
  readonly prefix = FEEDBACK_PREFIX;

  constructor(
    private readonly feedback: CitizenFeedback,
    private readonly phones: CitizenPhoneBook,
    private readonly contact: WardContact,
  ) {}

  /**
   * Enters intake: from /phananh (maybe with the report as its argument), the menu, a message detected as a report,
   * a photo, or the emergency reply's urgent-report button (`mode: "urgent"`).
   */
  async start(ctx: FlowContext, input: FlowInput): Promise<FlowStep> {
    const said = (input.text ?? input.args ?? "").trim();
    if (said && isComplaint(said)) return this.complaint(said);
    // "hủy phản ánh" with no code: a sent report is not cancelled from the chat, and this is no new report
    if (said && wantsWithdraw(said)) return reply(text(FB.withdrawHow));
    if (/^chua (duoc )?giai quyet\b/u.test(foldForIntent(said))) return ticketActions.reopenLatest(this.feedback, ctx, said);
    // the report an emergency interrupted goes on, urgent, with what it already had (photos, place)
    if (input.draft && draftOf(input.draft).text) return this.afterWhat({ ...draftOf(input.draft), urgent: true }, false);
    let draft: Draft = { ...EMPTY_DRAFT, urgent: input.mode === "urgent" };
    if (input.photo) draft = withPhoto(draft, input.photo).draft;
    // entered with nothing said (menu, bare /phananh): the full questionnaire; otherwise the shortest way
    if (said.length < MIN_REPORT_CHARS) return this.ask("what", draft, input.photo ? FB.askWhatForPhoto : FB.askWhat, !input.photo);
    return this.afterWhat({ ...draft, text: said }, false);
  }

  /** Intake answers while intake is active, and the buttons of intake and of ticket updates at any time. */
  async handle(ctx: FlowContext, message: InboundMessage): Promise<FlowStep | null> {
    if (message.kind === "choice") return this.choice(ctx, message.data);
    const step = ctx.state?.step;
    if (!step) return null;
    if (step === "info") return this.infoAnswer(ctx, message);
    if (step === "complaint") {
      const kept = ctx.state?.data["text"];
      if (message.kind !== "text" || !AS_REPORT_WORDS.has(foldForIntent(message.text)) || typeof kept !== "string") return null;
      return this.afterWhat({ ...EMPTY_DRAFT, text: kept }, false);
    }
    if (step === "rate") {
      if (message.kind !== "text") return null;
      return ticketActions.verdict(this.feedback, ctx, String(ctx.state?.data["code"] ?? ""), message.text.trim(), foldForIntent(message.text));
    }
    const draft = draftOf(ctx.state?.data);
    const full = ctx.state?.data["full"] === true;
    if (message.kind === "text" && asksToRemovePhotos(foldForIntent(message.text))) return this.removePhotos(step as Step, draft, full);
    // "hủy phản ánh" while writing one: the draft is dropped, as with "hủy"
    if (message.kind === "text" && wantsWithdraw(message.text)) return reply(text(FB.cancelled));
    switch (step as Step) {
      case "what":
        return this.onWhat(draft, message, full);
      case "where":
        return this.onWhere(draft, message, full);
      case "photos":
        return this.onPhotos(draft, message);
      case "phone":
        if (message.kind === "contact") return this.afterPhone({ ...draft, phone: phoneOf(message.phone) }, full);
        if (message.kind !== "text") return this.ask("phone", draft, FB.askPhone, full, this.phoneChoices());
        if (phoneOf(message.text)) return this.afterPhone({ ...draft, phone: phoneOf(message.text) }, full);
        if (isYes(message.text)) return this.askNumber(draft, full);
        if (isNo(message.text)) return this.afterPhone(draft, full);
        return this.ask("phone", draft, FB.askPhone, full, this.phoneChoices());
      case "phone_number":
        return this.onNumber(draft, message, full);
      case "public":
        if (message.kind === "text" && (isYes(message.text) || isNo(message.text))) return this.confirm({ ...draft, isPublic: isYes(message.text) });
        return this.ask("public", draft, FB.askPublic, full, this.publicChoices());
      case "confirm":
        return this.onConfirm(ctx, draft, message);
      default:
        return null;
    }
  }

  private async choice(ctx: FlowContext, data: string): Promise<FlowStep | null> {
    const parsed = parseFeedbackChoice(data);
    if (!parsed) return null;
    if (parsed.verb === "rate") return ticketActions.rate(this.feedback, ctx, parsed.code, Number(parsed.arg));
    if (parsed.verb === "reopen") return ticketActions.reopen(this.feedback, ctx, parsed.code);
    if (parsed.verb === "info") return ticketActions.expectAnswer(parsed.code);
    // an intake button: only meaningful while that intake is still going on
    const step = ctx.state?.step;
    if (parsed.code === "asreport") {
      const kept = step === "complaint" ? ctx.state?.data["text"] : undefined;
      return typeof kept === "string" && kept ? this.afterWhat({ ...EMPTY_DRAFT, text: kept }, false) : reply(text(FB.choiceExpired));
    }
    if (!step || step === "info" || step === "rate" || step === "complaint") return reply(text(FB.askWhat));
    const draft = draftOf(ctx.state?.data);
    const full = ctx.state?.data["full"] === true;
    switch (parsed.code) {
      case "send":
        return step === "confirm" ? this.submit(ctx, draft) : this.confirm(draft);
      case "cancel":
        return reply(text(FB.cancelled));
      case "unphoto":
        return this.removePhotos(step as Step, draft, full);
      case "done":
        return this.ask("phone", draft, FB.askPhone, full, this.phoneChoices());
      case "phone":
        // from the summary the citizen has not seen what the number is for: say it before asking (consent)
        return step === "confirm" ? this.askNumber(draft, false, FB.askPhoneNumberWithPurpose) : this.askNumber(draft, full);
      case "nophone":
        return this.afterPhone(draft, full);
      case "public":
      case "private": {
        const next = { ...draft, isPublic: parsed.code === "public" };
        return step === "public" || step === "confirm" ? this.confirm(next) : this.ask(step as Step, next, FB.confirmHint, full);
      }
      default:
        return null;
    }
  }

  private afterWhat(draft: Draft, full: boolean): FlowStep {
    // the questionnaire always asks where; a report written in one go that says where needs only confirming
    if (full) return this.askWhere(draft, full);
    // an urgent report too: where is what the officer needs first
    if (namesPlace(draft.text)) return this.confirm(draft);
    return this.askWhere(draft, full);
  }

  private onWhat(draft: Draft, message: InboundMessage, full: boolean): FlowStep {
    if (message.kind === "photo") {
      const next = withPhoto(draft, { platformFileId: message.platformFileId, ...(message.url ? { url: message.url } : {}) }).draft;
      if (message.caption && message.caption.trim().length >= MIN_REPORT_CHARS) return this.afterWhat({ ...next, text: message.caption.trim() }, full);
      return this.ask("what", next, FB.askWhatForPhoto, full);
    }
    if (message.kind !== "text") return this.ask("what", draft, FB.askWhatAgain, full);
    const said = message.text.trim();
    if (isComplaint(said)) return this.complaint(said);
    if (said.length < MIN_REPORT_CHARS) return this.ask("what", draft, FB.askWhatAgain, full);
    return this.afterWhat({ ...draft, text: said }, full);
  }

  private onWhere(draft: Draft, message: InboundMessage, full: boolean): FlowStep {
    if (message.kind === "location") {
      const next = { ...draft, latitude: message.latitude, longitude: message.longitude, address: draft.address ?? message.address ?? null };
      return full ? this.ask("photos", next, FB.askPhotos, full, this.photoChoices()) : this.confirm(next);
    }
    if (message.kind === "photo") return this.addPhoto(draft, message, "where", full);
    if (message.kind !== "text" || message.text.trim().length < 3) return this.askWhere(draft, full);
    const next = { ...draft, address: message.text.trim().slice(0, 300) };
    return full ? this.ask("photos", next, FB.askPhotos, full, this.photoChoices()) : this.confirm(next);
  }

  private onPhotos(draft: Draft, message: InboundMessage): FlowStep {
    if (message.kind === "photo") return this.addPhoto(draft, message, "photos", true);
    if (message.kind === "text" && (DONE_WORDS.has(foldForIntent(message.text)) || isYes(message.text) || isNo(message.text))) {
      return this.ask("phone", draft, FB.askPhone, true, this.phoneChoices());
    }
    return this.ask("photos", draft, FB.askPhotos, true, this.photoChoices());
  }

  private onNumber(draft: Draft, message: InboundMessage, full: boolean): FlowStep {
    const phone = message.kind === "contact" ? phoneOf(message.phone) : message.kind === "text" ? phoneOf(message.text) : null;
    if (phone) return this.afterPhone({ ...draft, phone }, full);
    if (message.kind === "text" && isNo(message.text)) return this.afterPhone(draft, full);
    return this.ask("phone_number", draft, FB.badPhone, full, [{ label: FB.noPhone, data: intake("nophone") }]);
  }

  private onConfirm(ctx: FlowContext, draft: Draft, message: InboundMessage): Promise<FlowStep> | FlowStep {
    switch (message.kind) {
      case "photo":
        return this.addPhoto(draft, message, "confirm", false);
      case "location":
        return this.confirm({ ...draft, latitude: message.latitude, longitude: message.longitude, address: draft.address ?? message.address ?? null });
      case "contact":
        return this.confirm({ ...draft, phone: phoneOf(message.phone) ?? draft.phone });
      case "text": {
        const folded = foldForIntent(message.text);
        if (isYes(message.text) || folded === "gui" || folded === "gui di" || folded === "gui phan anh") return this.submit(ctx, draft);
        const phone = phoneOf(message.text);
        if (phone) return this.confirm({ ...draft, phone });
        // an address typed at the summary is the report's place (a second one corrects the first)
        if (givesPlace(message.text, draft)) return this.confirm({ ...draft, address: message.text.trim().slice(0, 300) });
        return { replies: [summaryMessage(draft, intake), text(FB.confirmHint)], next: this.keep("confirm", draft, false) };
      }
      default:
        return this.confirm(draft);
    }
  }

  private addPhoto(draft: Draft, message: Extract<InboundMessage, { kind: "photo" }>, step: Step, full: boolean): FlowStep {
    const { draft: next, added } = withPhoto(draft, { platformFileId: message.platformFileId, ...(message.url ? { url: message.url } : {}) });
    if (step === "confirm") return added ? this.confirm(next) : { replies: [text(FB.photosFull(MAX_PHOTOS))], next: this.keep(step, next, full) };
    return this.ask(step, next, added ? FB.photoAdded(next.photos.length, MAX_PHOTOS) : FB.photosFull(MAX_PHOTOS), full, step === "photos" ? this.photoChoices() : undefined);
  }

  /** Takes every photo off the draft (the downloads happen only after sending, so nothing is stored yet) and asks again. */
  private removePhotos(step: Step, draft: Draft, full: boolean): FlowStep {
    const said = text(draft.photos.length > 0 ? FB.photosRemoved(draft.photos.length) : FB.noPhotosToRemove);
    const again = this.askAgain(step, { ...draft, photos: [] }, full);
    return { ...again, replies: [said, ...again.replies] };
  }

  /** The question of `step` again, as first asked. */
  private askAgain(step: Step, draft: Draft, full: boolean): FlowStep {
    switch (step) {
      case "what":
        return this.ask("what", draft, FB.askWhatAgain, full);
      case "where":
        return this.askWhere(draft, full);
      case "photos":
        return this.ask("photos", draft, FB.askPhotos, full, this.photoChoices());
      case "phone":
        return this.ask("phone", draft, FB.askPhone, full, this.phoneChoices());
      case "phone_number":
        return this.askNumber(draft, full);
      case "public":
        return this.ask("public", draft, FB.askPublic, full, this.publicChoices());
      default:
        return this.confirm(draft);
    }
  }

  /**
   * A complaint or denunciation is explained with its legal procedure, but "khiếu nại" is often said of an ordinary
   * problem ("tôi khiếu nại việc rác ở đầu ngõ 7…"): one button files the same words as a report instead, so
   * nothing typed is lost.
   */
  private complaint(said: string): FlowStep {
    const offer = text(`${FB.complaint(this.contact)}\n\n${FB.offerReport}`, [{ label: FB.fileAsReport, data: intake("asreport") }]);
    return { replies: [offer], next: { step: "complaint", data: { text: said.slice(0, 4000) }, ttlMinutes: DRAFT_TTL_MINUTES } };
  }

  private afterPhone(draft: Draft, full: boolean): FlowStep {
    return full ? this.ask("public", draft, FB.askPublic, full, this.publicChoices()) : this.confirm(draft);
  }

  private askNumber(draft: Draft, full: boolean, question: string = FB.askPhoneNumber): FlowStep {
    return { replies: [{ kind: "request_contact", text: question }], next: this.keep("phone_number", draft, full) };
  }

  private askWhere(draft: Draft, full: boolean): FlowStep {
    return { replies: [{ kind: "request_location", text: FB.askWhere }], next: this.keep("where", draft, full) };
  }

  private confirm(draft: Draft): FlowStep {
    return { replies: [summaryMessage(draft, intake)], next: this.keep("confirm", draft, false) };
  }

  private ask(step: Step, draft: Draft, question: string, full: boolean, choices?: Array<{ label: string; data: string }>): FlowStep {
    return { replies: [text(question, choices)], next: this.keep(step, draft, full) };
  }

  private keep(step: Step, draft: Draft, full: boolean): NonNullable<FlowStep["next"]> {
    return { step, data: { ...draftData(draft), ...(full ? { full: true } : {}) }, ttlMinutes: DRAFT_TTL_MINUTES };
  }

  private photoChoices() {
    return [
      { label: FB.done, data: intake("done") },
      { label: FB.noPhotos, data: intake("done") },
    ];
  }

  private phoneChoices() {
    return [
      { label: FB.yesPhone, data: intake("phone") },
      { label: FB.noPhone, data: intake("nophone") },
    ];
  }

  private publicChoices() {
    return [
      { label: FB.publicYes, data: intake("public") },
      { label: FB.publicNo, data: intake("private") },
    ];
  }

  /** Files the report under this message's event key and confirms with the code and the promised date. */
  private async submit(ctx: FlowContext, draft: Draft): Promise<FlowStep> {
    const channel = ctx.identity.channel;
    const consents: NonNullable<ReportInput["consents"]> = [];
    if (draft.phone) consents.push({ purpose: "feedback_contact", channel, textVersion: CONSENT_VERSION.phone, expiresAt: null });
    if (draft.latitude !== null) consents.push({ purpose: "feedback_location", channel, textVersion: CONSENT_VERSION.location, expiresAt: null });
    if (draft.photos.length > 0) consents.push({ purpose: "feedback_photo", channel, textVersion: CONSENT_VERSION.photo, expiresAt: null });
    try {
      const outcome = await this.feedback.submit({
        citizenId: ctx.identity.citizenId,
        identityId: ctx.identity.id,
        text: draft.text,
        address: draft.address,
        latitude: draft.latitude,
        longitude: draft.longitude,
        photos: draft.photos.map((p) => ({ channel, platformFileId: p.platformFileId, ...(p.url ? { url: p.url } : {}) })),
        isPublic: draft.isPublic,
        urgent: draft.urgent,
        consents,
        sourceKey: ctx.eventKey,
      });
      if (draft.phone) await this.phones.storePhone(ctx.identity.citizenId, draft.phone);
      const t = outcome.ticket;
      const message = outcome.kind === "linked" ? FB.linked(t.code, outcome.departmentName) : FB.created(t.code, outcome.departmentName, t.acceptDueAt, t.urgent);
      return reply(text(message));
    } catch (err) {
      if (!isAppError(err) || err.httpStatus >= 500) throw err;
      return { replies: [text(FB.refused(err.message))], next: this.keep("confirm", draft, false) };
    }
  }

  private async infoAnswer(ctx: FlowContext, message: InboundMessage): Promise<FlowStep> {
    const code = String(ctx.state?.data["code"] ?? "");
    if (message.kind !== "text" || !message.text.trim()) return { replies: [text(FB.infoNeedsText)], next: { step: "info", data: { code }, ttlMinutes: ticketActions.INFO_ANSWER_TTL_MINUTES } };
    return ticketActions.answer(this.feedback, ctx, code, message.text);
  }
}
