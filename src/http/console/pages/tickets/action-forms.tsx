/**
 * The ticket's action forms: one plain POST form per lifecycle action, each carrying the version of the ticket the
 * page showed. Only the actions the lifecycle and the person's role allow are offered; the likely next step is open,
 * the others fold away. After a refused submission the form comes back open with what was typed.
 */
import type { ComponentChildren } from "preact";
import type { DeskCommand } from "../../../../core/feedback/desk/desk-actions.js";
import type { TicketView } from "../../../../core/feedback/desk/ticket-view.js";
import type { TicketAction } from "../../../../core/feedback/ticket.js";
import { Callout, PostForm } from "../../views/ui.js";
import { TA, TP } from "./messages.vi.js";

export type DeskAction = DeskCommand["action"];

/** A refused submission, shown again. */
export interface FormState {
  action: DeskAction;
  values: Record<string, string>;
  message: string;
  /** The ticket changed meanwhile: the person must reload before acting. */
  conflict: boolean;
}

/** The URL path segment of each action's form. */
export const ACTION_PATHS: Record<DeskAction, string> = {
  accept: "accept",
  start: "start",
  close: "close",
  reply: "reply",
  ask_info: "ask",
  transfer: "transfer",
  route: "route",
  resolve: "resolve",
  reject: "reject",
  note: "note",
  urgency: "urgency",
  reopen: "reopen",
};

/** The step most people take next from a status: its form is open. */
function primaryOf(actions: Set<TicketAction>): DeskAction | null {
  for (const a of ["accept", "route", "reply"] as const) if (actions.has(a)) return a;
  return null;
}

interface Props {
  view: TicketView;
  state: FormState | null;
  /** Text of the chosen reply template, when the person picked one. */
  templateText: string | null;
  templateId: string | null;
}

/** Every form the person may use on this ticket now. */
export function ActionForms({ view, state, templateText, templateId }: Props) {
  const { actions, ticket } = view;
  const primary = state?.action ?? (templateText !== null ? "reply" : primaryOf(actions));
  const value = (action: DeskAction, field: string, fallback = "") => (state?.action === action ? (state.values[field] ?? fallback) : fallback);
  const form = (action: DeskAction, title: string, children: ComponentChildren, opts: { danger?: boolean; upload?: boolean; before?: ComponentChildren } = {}) =>
    actions.has(action as TicketAction) ? (
      <details class={`action${opts.danger ? " danger-zone" : ""}`} open={primary === action} id={`act-${ACTION_PATHS[action]}`}>
        <summary>{title}</summary>
        {/* a conflict is said once, above the page; other refusals beside their form */}
        {state?.action === action && !state.conflict ? <Callout kind="error">{state.message}</Callout> : null}
        {opts.before}
        <PostForm action={`/console/tickets/${ticket.id}/${ACTION_PATHS[action]}`} upload={opts.upload} {...(action === "reject" ? { "data-confirm": TA.confirmReject } : action === "close" ? { "data-confirm": TA.confirmClose } : {})}>
          <input type="hidden" name={TA.version} value={String(ticket.version)} />
          {children}
        </PostForm>
      </details>
    ) : null;
  if (actions.size === 0) return <p class="muted">{view.ticket.status === "closed" || view.ticket.status === "rejected" ? TP.noActionsNow : TP.noActions}</p>;
  return (
    <div class="action-forms">
      {form("accept", TA.accept, <><p class="muted">{TA.acceptHint}</p><button type="submit">{TA.accept}</button></>)}
      {form(
        "route",
        TA.route,
        <>
          <DepartmentSelect name="departmentId" label={TA.routeTo} view={view} selected={value("route", "departmentId")} />
          <button type="submit">{TA.sendRoute}</button>
        </>,
      )}
      {form(
        "reply",
        TA.reply,
        <>
          <TextArea name="text" label={TA.replyText} hint={TA.replyHint} value={value("reply", "text", templateText ?? "")} id="f-reply-text" />
          <button type="submit">{TA.sendReply}</button>
        </>,
        { before: view.templates.length > 0 ? <TemplatePicker view={view} templateId={templateId} /> : null },
      )}
      {form("ask_info", TA.ask, <><TextArea id="f-ask-question" name="question" label={TA.askText} hint={TA.askHint} value={value("ask_info", "question")} /><button type="submit">{TA.sendAsk}</button></>)}
      {form(
        "resolve",
        TA.resolve,
        <>
          <TextArea id="f-resolve-note" name="note" label={TA.resolveNote} hint={TA.resolveHint} value={value("resolve", "note")} />
          <div class="field">
            <label for="f-photo">
              {TA.resolvePhoto} <span class="req">(không bắt buộc)</span>
            </label>
            <p class="hint" id="f-photo-hint">
              {TA.resolvePhotoHint}
            </p>
            <input id="f-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="f-photo-hint" />
          </div>
          <button type="submit">{TA.sendResolve}</button>
        </>,
        { upload: true },
      )}
      {form("start", TA.start, <button type="submit" class="secondary">{TA.start}</button>)}
      {form(
        "transfer",
        TA.transfer,
        <>
          <DepartmentSelect name="departmentId" label={TA.transferTo} view={view} selected={value("transfer", "departmentId")} withTriage />
          <TextArea id="f-transfer-reason" name="reason" label={TA.transferReason} hint={TA.transferHint} value={value("transfer", "reason")} />
          <button type="submit">{TA.sendTransfer}</button>
        </>,
      )}
      {form(
        "reject",
        TA.reject,
        <>
          <TextArea id="f-reject-reason" name="reason" label={TA.rejectReason} value={value("reject", "reason")} />
          <TextArea id="f-reject-where" name="redirectTo" label={TA.rejectWhere} hint={TA.rejectWhereHint} value={value("reject", "redirectTo")} rows={2} />
          <button type="submit" class="danger">{TA.sendReject}</button>
        </>,
        { danger: true },
      )}
      {form("note", TA.note, <><TextArea id="f-note-text" name="text" label={TA.noteText} hint={TA.noteHint} value={value("note", "text")} /><button type="submit" class="secondary">{TA.sendNote}</button></>)}
      {form(
        "urgency",
        TA.urgency,
        <>
          <p class="muted">
            {TA.urgencyNow(view.ticket.urgent)} {TA.urgencyHint}
          </p>
          <input type="hidden" name="urgent" value={view.ticket.urgent ? "0" : "1"} />
          <button type="submit" class={view.ticket.urgent ? "secondary" : undefined}>
            {view.ticket.urgent ? TA.unmarkUrgent : TA.markUrgent}
          </button>
        </>,
      )}
      {form("reopen", TA.reopen, <><TextArea id="f-reopen-reason" name="reason" label={TA.reopenReason} value={value("reopen", "reason")} /><button type="submit">{TA.sendReopen}</button></>)}
      {form("close", TA.close, <button type="submit" class="secondary">{TA.close}</button>)}
    </div>
  );
}

/** Choosing a reply template fills the reply box: a GET form without JavaScript, an in-place swap with htmx. */
function TemplatePicker({ view, templateId }: { view: TicketView; templateId: string | null }) {
  const base = `/console/tickets/${view.ticket.id}`;
  return (
    <form method="get" action={`${base}#act-reply`} class="template-picker">
      <div class="field">
        <label for="f-template">{TA.template}</label>
        <select id="f-template" name="template" hx-get={`${base}/template`} hx-target="#f-reply-text" hx-swap="outerHTML" hx-trigger="change">
          <option value="">{TA.noTemplate}</option>
          {view.templates.map((t) => (
            <option value={t.id} selected={t.id === templateId}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="secondary small">
        {TA.useTemplate}
      </button>
    </form>
  );
}

/** The reply box alone (what the template picker swaps in). */
export function ReplyBox({ text }: { text: string }) {
  return <TextArea name="text" label={TA.replyText} hint={TA.replyHint} value={text} id="f-reply-text" bare />;
}

function TextArea(p: { id: string; name: string; label: string; hint?: string; value: string; rows?: number; bare?: boolean }) {
  const id = p.id;
  const area = (
    <textarea id={id} name={p.name} rows={p.rows ?? 4} required maxLength={4000} aria-describedby={p.hint ? `${id}-hint` : undefined}>
      {p.value}
    </textarea>
  );
  if (p.bare) return area;
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      {p.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {area}
    </div>
  );
}

function DepartmentSelect(p: { name: string; label: string; view: TicketView; selected: string; withTriage?: boolean }) {
  const id = `f-${p.name}-${p.withTriage ? "transfer" : "route"}`;
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <select id={id} name={p.name} required>
        <option value="">—</option>
        {p.withTriage && p.view.ticket.departmentId !== null ? (
          <option value="triage" selected={p.selected === "triage"}>
            {TA.toTriage}
          </option>
        ) : null}
        {p.view.transferTargets.map((d) => (
          <option value={d.id} selected={p.selected === d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}
