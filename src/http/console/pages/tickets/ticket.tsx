/**
 * The ticket page (/console/tickets/:id) and its actions. Each action is one form and one POST; a refused one
 * (stale version, wrong state, missing text) shows the page again with the form open and what was typed kept, and
 * a stale version says "phiếu này vừa thay đổi, hãy tải lại" instead of overwriting a colleague's change.
 */
import { isAppError } from "../../../../core/shared/app-error.js";
import type { DeskCommand } from "../../../../core/feedback/desk/desk-actions.js";
import { fragment, inlineFile, page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import type { NoticeKey } from "../../messages.vi.js";
import { PageHeader, ProblemSummary } from "../../views/ui.js";
import { ACTION_PATHS, ActionForms, ReplyBox, type DeskAction, type FormState } from "./action-forms.js";
import { STATUS, TA, TP } from "./messages.vi.js";
import { Contacts, DeadlineBox, Messages, Report, Reporters, Timeline } from "./ticket-parts.js";

/** The ticket page, optionally with a refused form shown again. */
async function ticketPage(r: StaffRequest, state: FormState | null = null, status?: number): Promise<ConsoleResult> {
  const view = await r.services.tickets.ticket(r.actor, r.params.id!, r.now);
  const templateId = r.query.text("template") || null;
  const templateText = templateId ? (view.templates.find((t) => t.id === templateId)?.text ?? null) : null;
  const t = view.ticket;
  const tz = r.org.timezone;
  return page(
    t.code,
    <>
      <p>
        <a href="/console/tickets">{TP.back}</a>
      </p>
      <PageHeader title={t.code} lead={`${view.category?.name ?? TP.noCategory} · ${view.department?.name ?? TP.noDepartment}`} />
      <p class="ticket-badges">
        <span class={`badge status-${t.status}`}>{STATUS[t.status]}</span> {t.urgent ? <span class="badge danger">{TP.urgent}</span> : null}
      </p>
      {state?.conflict ? (
        <div class="callout warning" role="alert">
          <p>{TP.conflict}</p>
          <p>
            <a class="button" href={`/console/tickets/${t.id}`}>
              {TP.reload}
            </a>
          </p>
        </div>
      ) : state ? (
        <ProblemSummary message={TP.refused(ACTION_TITLES[state.action], state.message)} href={`#act-${ACTION_PATHS[state.action]}`} link={TP.toForm} />
      ) : null}
      <DeadlineBox view={view} />
      <div class="ticket-columns">
        <div>
          <Report view={view} timeZone={tz} />
          <section class="panel" aria-labelledby="actions-h">
            <h2 id="actions-h">{TP.actions}</h2>
            <ActionForms view={view} state={state} templateText={templateText} templateId={templateId} />
          </section>
        </div>
        <div>
          <Reporters view={view} timeZone={tz} />
          <Timeline view={view} timeZone={tz} directory={view.directory} />
          <Messages messages={view.messages} timeZone={tz} ticketId={t.id} mayViewContacts={view.mayViewContacts} />
        </div>
      </div>
    </>,
    status ? { status } : {},
  );
}

/** Each form's heading, as the page shows it. */
const ACTION_TITLES: Record<DeskAction, string> = {
  accept: TA.accept,
  start: TA.start,
  close: TA.close,
  reply: TA.reply,
  ask_info: TA.ask,
  transfer: TA.transfer,
  route: TA.route,
  resolve: TA.resolve,
  reject: TA.reject,
  note: TA.note,
  urgency: TA.urgency,
  reopen: TA.reopen,
};

/** What each form sends, as the desk's command. */
function commandOf(action: DeskAction, r: StaffRequest): DeskCommand {
  const f = r.form;
  switch (action) {
    case "accept":
    case "start":
    case "close":
      return { action };
    case "reply":
      return { action, text: f.raw("text") };
    case "ask_info":
      return { action, question: f.raw("question") };
    case "transfer":
      return { action, departmentId: f.text("departmentId") === "triage" ? null : f.text("departmentId"), reason: f.raw("reason") };
    case "route":
      return { action, departmentId: f.text("departmentId") };
    case "resolve": {
      const photo = (r.req as { file?: { buffer: Buffer } }).file?.buffer;
      return { action, note: f.raw("note"), ...(photo?.length ? { photoBytes: new Uint8Array(photo) } : {}) };
    }
    case "reject":
      return { action, reason: f.raw("reason"), redirectTo: f.raw("redirectTo") };
    case "note":
      return { action, text: f.raw("text") };
    case "urgency":
      return { action, urgent: f.text("urgent") === "1" };
    case "reopen":
      return { action, reason: f.raw("reason") };
  }
}

const NOTICE_OF: Record<DeskAction, NoticeKey> = {
  accept: "ticket_accepted",
  start: "ticket_started",
  close: "ticket_closed",
  reply: "ticket_replied",
  ask_info: "ticket_asked",
  transfer: "ticket_transferred",
  route: "ticket_routed",
  resolve: "ticket_resolved",
  reject: "ticket_rejected",
  note: "ticket_noted",
  urgency: "ticket_urgency",
  reopen: "ticket_reopened",
};

/** Runs one form; a refusal the person can fix shows the page again with their input. */
async function act(action: DeskAction, r: StaffRequest): Promise<ConsoleResult> {
  // a form without its version is stale by definition: it must never act on whatever the ticket is now
  const rawVersion = r.form.text(TA.version);
  const version = /^\d{1,9}$/u.test(rawVersion) ? Number(rawVersion) : -1;
  const values = Object.fromEntries(["text", "question", "reason", "redirectTo", "note", "departmentId"].map((k) => [k, r.form.raw(k)]));
  try {
    const after = await r.services.tickets.act(r.actor, r.params.id!, version, commandOf(action, r));
    // a transfer can take the ticket out of the officer's reach: back to the queue then
    const stillVisible = r.services.tickets.maySee(r.actor, after);
    return redirect(stillVisible ? `/console/tickets/${after.id}` : "/console/tickets", NOTICE_OF[action]);
  } catch (error) {
    if (!isAppError(error) || error.httpStatus === 404 || error.httpStatus === 403 || error.httpStatus >= 500) throw error;
    const conflict = error.code === "ticket_conflict";
    const message = conflict ? TP.conflict : error.code === "ticket_transition" ? TP.cannotNow : error.code === "photo_refused" ? TA.photoRefused : error.message;
    return ticketPage(r, { action, values, message, conflict: conflict || error.code === "ticket_transition" }, error.httpStatus === 409 ? 409 : 422);
  }
}

export const ticketRoutes: ConsoleRoute[] = [
  { method: "GET", path: "/tickets/:id", access: "tickets.view", handle: (r) => ticketPage(r) },
  {
    method: "GET",
    path: "/tickets/:id/template",
    access: "tickets.act",
    async handle(r) {
      const view = await r.services.tickets.ticket(r.actor, r.params.id!, r.now);
      return fragment(<ReplyBox text={view.templates.find((t) => t.id === r.query.text("template"))?.text ?? ""} />);
    },
  },
  {
    method: "GET",
    path: "/tickets/:id/contacts",
    access: "tickets.personal_data",
    async handle(r) {
      const contacts = await r.services.tickets.contacts(r.actor, r.params.id!);
      if (r.htmx) return fragment(<Contacts contacts={contacts} />);
      return page(TP.contacts, <>
        <p>
          <a href={`/console/tickets/${r.params.id}`}>{TP.backToTicket}</a>
        </p>
        <Contacts contacts={contacts} />
      </>);
    },
  },
  {
    method: "GET",
    path: "/tickets/:id/photos/:photoId",
    access: "tickets.view",
    async handle(r) {
      const photo = await r.services.tickets.photo(r.actor, r.params.id!, r.params.photoId!);
      return inlineFile(photo.mimeType, photo.bytes);
    },
  },
  ...(Object.keys(ACTION_PATHS) as DeskAction[]).map(
    (action): ConsoleRoute => ({
      method: "POST",
      path: `/tickets/:id/${ACTION_PATHS[action]}`,
      access: action === "route" ? "tickets.triage" : action === "transfer" ? "tickets.transfer" : "tickets.act",
      // the resolution's photo: a little over the accepted size, so a slightly large photo gets the form's message
      ...(action === "resolve" ? { upload: { field: "photo", maxBytes: 12 * 1024 * 1024 } } : {}),
      handle: (r: StaffRequest) => act(action, r),
    }),
  ),
];
