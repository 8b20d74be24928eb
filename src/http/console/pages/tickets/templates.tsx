/**
 * Reply templates (/console/tickets/templates): administrators write templates for every department or one;
 * officers write their own departments'. Each template is offered on the ticket page with its placeholders filled.
 */
import { isAppError } from "../../../../core/shared/app-error.js";
import type { ReplyTemplate, ReplyTemplateInput } from "../../../../core/feedback/desk/reply-templates.js";
import type { Department } from "../../../../core/organisation/ports.js";
import { accessOf } from "../../../../core/staff/permissions.js";
import type { StaffActor } from "../../../../core/staff/actor.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { ActionButton, EmptyState, Field, FormErrors, PageHeader, PostForm, SelectField, type FieldErrors } from "../../views/ui.js";
import { TT } from "./messages.vi.js";

const BASE = "/console/tickets/templates";

/** Departments whose templates the person writes; "" is every department (administrators). */
function departmentOptions(actor: StaffActor, departments: Department[]): Array<{ value: string; label: string }> {
  const access = accessOf(actor, "tickets.templates");
  if (!access) return [];
  const own = departments.filter((d) => d.active && (access.all || access.departmentIds.includes(d.id)));
  return [...(access.all ? [{ value: "", label: TT.allDepartments }] : []), ...own.map((d) => ({ value: d.id, label: d.name }))];
}

function TemplateForm(p: { action: string; input: ReplyTemplateInput; options: Array<{ value: string; label: string }>; errors?: FieldErrors; submit: string }) {
  return (
    <PostForm action={p.action}>
      <FormErrors errors={p.errors} />
      <SelectField name="departmentId" label={TT.department} options={p.options} value={p.input.departmentId ?? ""} errors={p.errors} />
      <Field name="title" label={TT.titleField} hint={TT.titleHint} value={p.input.title} errors={p.errors} required maxLength={120} />
      <Field name="body" label={TT.body} hint={TT.placeholders} value={p.input.body} errors={p.errors} required multiline maxLength={2000} />
      <button type="submit">{p.submit}</button>
    </PostForm>
  );
}

async function listPage(r: StaffRequest, draft: ReplyTemplateInput | null = null, errors?: FieldErrors): Promise<ConsoleResult> {
  const [templates, departments] = await Promise.all([r.services.replyTemplates.manageable(r.actor, r.org.id), r.services.departments.list()]);
  const options = departmentOptions(r.actor, departments);
  const name = (t: ReplyTemplate) => (t.departmentId ? (departments.find((d) => d.id === t.departmentId)?.name ?? "—") : TT.allDepartments);
  return page(
    TT.title,
    <>
      <PageHeader title={TT.title} lead={TT.lead} />
      {templates.length === 0 ? (
        <EmptyState title={TT.empty} next={TT.emptyNext} />
      ) : (
        <ul class="template-list" aria-label={TT.title}>
          {templates.map((t) => (
            <li class="panel">
              <h2 class="template-title">
                <a href={`${BASE}/${t.id}`}>{t.title}</a>
              </h2>
              <p class="muted">
                {TT.columns.department}: {name(t)}
              </p>
              <p class="template-body">{t.body}</p>
              <div class="actions">
                <a class="button secondary" href={`${BASE}/${t.id}`}>
                  {TT.edit}
                </a>
                <ActionButton action={`${BASE}/${t.id}/delete`} label={TT.delete} danger confirm={TT.confirmDelete} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <section class="panel" aria-labelledby="new-template-h">
        <h2 id="new-template-h">{TT.create}</h2>
        <TemplateForm action={BASE} input={draft ?? { departmentId: options[0]?.value || null, title: "", body: "" }} options={options} errors={errors} submit={TT.save} />
      </section>
    </>,
    errors ? { status: 422 } : {},
  );
}

async function editPage(r: StaffRequest, draft: ReplyTemplateInput | null = null, errors?: FieldErrors): Promise<ConsoleResult> {
  const template = await r.services.replyTemplates.get(r.actor, r.org.id, r.params.templateId!);
  const options = departmentOptions(r.actor, await r.services.departments.list());
  return page(
    TT.edit,
    <>
      <p>
        <a href={BASE}>← {TT.title}</a>
      </p>
      <PageHeader title={TT.edit} lead={template.title} />
      <TemplateForm action={`${BASE}/${template.id}`} input={draft ?? template} options={options} errors={errors} submit={TT.save} />
    </>,
    errors ? { status: 422 } : {},
  );
}

const inputOf = (r: StaffRequest): ReplyTemplateInput => ({ departmentId: r.form.text("departmentId") || null, title: r.form.text("title"), body: r.form.raw("body") });

/** Saves, or shows the form again with each field's problem. */
async function save(r: StaffRequest, write: () => Promise<unknown>, again: (errors: FieldErrors) => Promise<ConsoleResult>, notice: "created" | "saved"): Promise<ConsoleResult> {
  try {
    await write();
    return redirect(BASE, notice);
  } catch (error) {
    if (isAppError(error) && error.code === "invalid_input" && error.fields) return again(error.fields);
    throw error;
  }
}

export const templateRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/tickets/templates",
    access: "tickets.templates",
    menu: { group: "tickets", label: TT.menu, order: 20, description: TT.menuHint },
    handle: (r) => listPage(r),
  },
  {
    method: "POST",
    path: "/tickets/templates",
    access: "tickets.templates",
    handle: (r) => save(r, () => r.services.replyTemplates.create(r.actor, r.org.id, inputOf(r)), (e) => listPage(r, inputOf(r), e), "created"),
  },
  { method: "GET", path: "/tickets/templates/:templateId", access: "tickets.templates", handle: (r) => editPage(r) },
  {
    method: "POST",
    path: "/tickets/templates/:templateId",
    access: "tickets.templates",
    handle: (r) => save(r, () => r.services.replyTemplates.update(r.actor, r.org.id, r.params.templateId!, inputOf(r)), (e) => editPage(r, inputOf(r), e), "saved"),
  },
  {
    method: "POST",
    path: "/tickets/templates/:templateId/delete",
    access: "tickets.templates",
    async handle(r) {
      await r.services.replyTemplates.remove(r.actor, r.org.id, r.params.templateId!);
      return redirect(BASE, "deleted");
    },
  },
];
