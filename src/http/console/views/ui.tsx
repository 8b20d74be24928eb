/**
 * Building blocks of console pages. Text is always rendered as text (preact escapes it); there is no way here to
 * inject HTML, and a lint rule forbids dangerouslySetInnerHTML in the console. Forms that change something are
 * {@link PostForm}s: they always carry the CSRF token.
 */
import { createContext, type ComponentChildren, type JSX } from "preact";
import { useContext } from "preact/hooks";
import { FIELD_PROBLEMS, NOTICES, T, WARNING_NOTICES, type NoticeKey } from "../messages.vi.js";

/** The CSRF token of the request, provided by the router around every page. */
export const CsrfContext = createContext<string>("");

/** The name of the CSRF field in forms (and `x-csrf-token` in htmx requests). */
export const CSRF_FIELD = "_csrf";

type FormProps = Omit<JSX.HTMLAttributes<HTMLFormElement>, "method" | "action"> & { action: string; children?: ComponentChildren; upload?: boolean };

/** A form that changes something: method POST and the CSRF token, always. */
export function PostForm({ action, children, upload, ...rest }: FormProps) {
  const token = useContext(CsrfContext);
  return (
    <form method="post" action={action} {...(upload ? { enctype: "multipart/form-data" } : {})} {...rest}>
      <input type="hidden" name={CSRF_FIELD} value={token} />
      {children}
    </form>
  );
}

/** A one-button POST form (sign out, revoke, activate), optionally asking for confirmation. */
export function ActionButton(props: { action: string; label: string; danger?: boolean; fields?: Record<string, string>; confirm?: string }) {
  return (
    <PostForm action={props.action} class="inline" {...(props.confirm ? { "data-confirm": props.confirm } : {})}>
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={props.danger ? "button danger" : "button secondary"}>
        {props.label}
      </button>
    </PostForm>
  );
}

/** Field problems as returned by services (field → problem code). */
export type FieldErrors = Readonly<Record<string, string>>;

/** The message of one field's problem. */
export function problemText(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return FIELD_PROBLEMS[code] ?? FIELD_PROBLEMS.invalid;
}

interface FieldProps {
  name: string;
  label: string;
  value?: string | null;
  type?: "text" | "email" | "password" | "tel" | "number" | "date" | "search" | "url";
  hint?: string;
  errors?: FieldErrors;
  required?: boolean;
  /** Marked "(không bắt buộc)": most fields are needed, so the few that are not say so. */
  optional?: boolean;
  autocomplete?: string;
  multiline?: boolean;
  /** Height of a multiline field, in lines (default 4). */
  rows?: number;
  min?: number;
  max?: number;
  maxLength?: number;
}

/** A labelled input with its hint and its error, linked for screen readers. */
export function Field(p: FieldProps) {
  const id = `f-${p.name}`;
  const error = problemText(p.errors?.[p.name]);
  const describedBy = [p.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: p.name,
    required: p.required,
    "aria-invalid": error ? ("true" as const) : undefined,
    "aria-describedby": describedBy,
    maxLength: p.maxLength,
  };
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={id}>
        {p.label}
        {p.optional ? <span class="req"> {T.common.optional}</span> : null}
      </label>
      {p.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 4}>
          {p.value ?? ""}
        </textarea>
      ) : (
        <input {...common} type={p.type ?? "text"} value={p.value ?? ""} autocomplete={p.autocomplete} min={p.min} max={p.max} />
      )}
    </div>
  );
}

/** A labelled select. */
export function SelectField(p: { name: string; label: string; options: Array<{ value: string; label: string }>; value?: string | null; errors?: FieldErrors; hint?: string; required?: boolean }) {
  const id = `f-${p.name}`;
  const error = problemText(p.errors?.[p.name]);
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={id}>{p.label}</label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {error ? <p class="error" id={`${id}-error`}>{error}</p> : null}
      <select id={id} name={p.name} required={p.required} aria-invalid={error ? "true" : undefined} aria-describedby={[p.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === (p.value ?? "")}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes (roles, departments). */
export function CheckboxGroup(p: { name: string; legend: string; options: Array<{ value: string; label: string; hint?: string }>; checked: readonly string[]; errors?: FieldErrors; hint?: string }) {
  const error = problemText(p.errors?.[p.name]);
  return (
    <fieldset class={error ? "field has-error" : "field"}>
      <legend>{p.legend}</legend>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
      {error ? <p class="error">{error}</p> : null}
      {p.options.map((o) => (
        <label class="check">
          <input type="checkbox" name={p.name} value={o.value} checked={p.checked.includes(o.value)} />
          <span>
            {o.label}
            {o.hint ? <small class="muted"> — {o.hint}</small> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A single checkbox. */
export function Checkbox(p: { name: string; label: string; checked: boolean; hint?: string }) {
  return (
    <label class="check">
      <input type="checkbox" name={p.name} value="on" checked={p.checked} />
      <span>
        {p.label}
        {p.hint ? <small class="muted"> — {p.hint}</small> : null}
      </span>
    </label>
  );
}

/** The fixed notice named in the URL after a redirect (unknown keys show nothing: no text is echoed). */
export function NoticeBanner({ notice }: { notice: string | undefined }) {
  if (!notice || !(notice in NOTICES)) return null;
  return (
    <p class={WARNING_NOTICES.has(notice as NoticeKey) ? "notice warning" : "notice"} role="status">
      {NOTICES[notice as NoticeKey]}
    </p>
  );
}

/** A message box: "error" for what went wrong, "info" for what to know. */
export function Callout({ kind, children }: { kind: "error" | "info" | "success" | "warning"; children: ComponentChildren }) {
  return (
    <div class={`callout ${kind}`} role={kind === "error" ? "alert" : undefined}>
      {children}
    </div>
  );
}

/**
 * A refusal said where the page opens: a POST that is refused comes back at the top of the page, and on a phone the
 * form that was refused may be screens below. Its message and a link down to the form (`href`: "#id").
 */
export function ProblemSummary({ message, href, link, kind = "error" }: { message: string; href: string; link: string; kind?: "error" | "warning" }) {
  return (
    <div class={`callout ${kind} problem-summary`} role="alert">
      <p>{message}</p>
      <p>
        <a href={href}>{link}</a>
      </p>
    </div>
  );
}

/** The summary at the top of a form with errors. */
export function FormErrors({ errors }: { errors?: FieldErrors }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  return <Callout kind="error">{T.common.formHasErrors}</Callout>;
}

/** What an empty list says: what it is, and what to do next. */
export function EmptyState({ title, next, action }: { title: string; next: string; action?: { href: string; label: string } }) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      <p>{next}</p>
      {action ? (
        <p>
          <a class="button" href={action.href}>
            {action.label}
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** A table that scrolls sideways on a phone instead of breaking the page; keyboard users can scroll it too. */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A small status label. */
export function Badge({ kind, children }: { kind: "ok" | "off" | "warn" | "info"; children: ComponentChildren }) {
  return <span class={`badge ${kind}`}>{children}</span>;
}

/** The page heading with an optional lead paragraph and actions on the right. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: string; actions?: ComponentChildren }) {
  return (
    <div class="page-header">
      <div>
        <h1>{title}</h1>
        {lead ? <p class="lead">{lead}</p> : null}
      </div>
      {actions ? <div class="page-actions">{actions}</div> : null}
    </div>
  );
}
