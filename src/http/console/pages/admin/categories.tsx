/**
 * Feedback categories (/console/admin/categories): name, the department it goes to, its deadline policy and
 * whether it is urgent by default; a new one, editing (not its code), switching it off. FeedbackCategories
 * checks `config.categories` and audits.
 */
import type { CategoryInput } from "../../../../core/organisation/feedback-categories.js";
import type { Department, FeedbackCategory, SlaPolicy } from "../../../../core/organisation/ports.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { Badge, Callout, Checkbox, EmptyState, Field, FormErrors, PageHeader, PostForm, SelectField, TableWrap, type FieldErrors } from "../../views/ui.js";
import { AD } from "./messages.vi.js";

const BASE = "/console/admin/categories";
const C = AD.categories;

const inputOf = (r: StaffRequest): CategoryInput => ({
  code: r.form.text("code"),
  name: r.form.text("name"),
  description: r.form.text("description"),
  departmentId: r.form.text("departmentId"),
  slaPolicyId: r.form.text("slaPolicyId"),
  urgent: r.form.has("urgent"),
  active: r.form.has("active"),
});
const inputFrom = (c: FeedbackCategory): CategoryInput => ({ ...c, description: c.description ?? "", slaPolicyId: c.slaPolicyId ?? "" });
const policyText = (p: SlaPolicy) => C.policyText(p.name, p.acceptWithinHours, p.urgentAcceptHours, p.answerWithinDays);

interface Choices {
  departments: Department[];
  policies: SlaPolicy[];
}

function CategoryFields({ input, errors, isNew, choices }: { input: CategoryInput; errors?: FieldErrors; isNew: boolean; choices: Choices }) {
  const departments = choices.departments.filter((d) => d.active || d.id === input.departmentId).map((d) => ({ value: d.id, label: d.name }));
  const policies = [{ value: "", label: C.noPolicy }, ...choices.policies.map((p) => ({ value: p.id, label: policyText(p) }))];
  return (
    <>
      <FormErrors errors={errors} />
      {isNew ? <Field name="code" label={C.code} hint={C.codeHint} value={input.code} errors={errors} required maxLength={40} /> : null}
      <Field name="name" label={C.name} value={input.name} errors={errors} required maxLength={120} />
      <Field name="description" label={C.description} value={input.description} errors={errors} optional maxLength={300} />
      <SelectField name="departmentId" label={C.department} options={departments} value={input.departmentId} errors={errors} required />
      <SelectField name="slaPolicyId" label={C.policy} options={policies} value={input.slaPolicyId} errors={errors} />
      <Checkbox name="urgent" label={C.urgent} hint={C.urgentHint} checked={input.urgent} />
      <Checkbox name="active" label={C.active} checked={input.active} />
    </>
  );
}

async function choicesOf(r: StaffRequest): Promise<Choices & { categories: FeedbackCategory[] }> {
  const [{ categories, policies }, departments] = await Promise.all([r.services.categories.list(r.actor), r.services.departments.list()]);
  return { categories, policies, departments };
}

async function listPage(r: StaffRequest, draft?: CategoryInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const choices = await choicesOf(r);
  const departmentName = new Map(choices.departments.map((d) => [d.id, d.name]));
  const policy = new Map(choices.policies.map((p) => [p.id, p]));
  const canCreate = choices.departments.some((d) => d.active);
  return page(
    C.title,
    <>
      <PageHeader title={C.title} lead={C.lead} />
      {choices.categories.length === 0 ? (
        <EmptyState title={C.empty} next={C.emptyNext} />
      ) : (
        <TableWrap label={C.title}>
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">{C.name}</th>
                <th scope="col">{C.department}</th>
                <th scope="col">{C.policy}</th>
                <th scope="col">{AD.departments.state}</th>
              </tr>
            </thead>
            <tbody>
              {choices.categories.map((c) => {
                const p = c.slaPolicyId ? policy.get(c.slaPolicyId) : undefined;
                return (
                  <tr>
                    <td data-label={C.name}>
                      <a href={`${BASE}/${c.id}`}>{c.name}</a>
                      <br />
                      <small class="muted">
                        <code>{c.code}</code>
                      </small>
                    </td>
                    <td data-label={C.department}>{departmentName.get(c.departmentId) ?? "—"}</td>
                    <td data-label={C.policy}>{p ? policyText(p) : C.noPolicy}</td>
                    <td data-label={AD.departments.state}>
                      {c.active ? <Badge kind="ok">{AD.staff.active}</Badge> : <Badge kind="off">{AD.departments.inactive}</Badge>} {c.urgent ? <Badge kind="warn">{C.yes}</Badge> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <section class="panel" aria-labelledby="new-category-h">
        <h2 id="new-category-h">{C.create}</h2>
        {canCreate ? (
          <PostForm action={BASE}>
            <CategoryFields input={draft ?? { code: "", name: "", description: "", departmentId: "", slaPolicyId: "", urgent: false, active: true }} errors={errors} isNew choices={choices} />
            <button type="submit">{C.create}</button>
          </PostForm>
        ) : (
          <Callout kind="info">
            {C.noDepartments} <a href="/console/admin/departments">{AD.menu.departments}</a>
          </Callout>
        )}
      </section>
    </>,
    errors ? { status: 422 } : {},
  );
}

async function editPage(r: StaffRequest, draft?: CategoryInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const category = await r.services.categories.get(r.actor, r.params.id!);
  const choices = await choicesOf(r);
  return page(
    C.edit,
    <>
      <PageHeader title={category.name} lead={`${C.edit} · ${C.code}: ${category.code}`} />
      <section class="panel">
        <PostForm action={`${BASE}/${category.id}`}>
          <CategoryFields input={draft ?? inputFrom(category)} errors={errors} isNew={false} choices={choices} />
          <button type="submit">{C.save}</button>
        </PostForm>
      </section>
      <p>
        <a href={BASE}>{AD.common.backTo(C.title)}</a>
      </p>
    </>,
    errors ? { status: 422 } : {},
  );
}

export const categoryAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/categories",
    access: "config.categories",
    menu: { group: "admin", label: AD.menu.categories, order: 25, description: AD.menu.categoriesAbout },
    handle: (r) => listPage(r),
  },
  {
    method: "POST",
    path: "/admin/categories",
    access: "config.categories",
    async handle(r) {
      const input = inputOf(r);
      try {
        await r.services.categories.create(r.actor, r.org.id, input);
        return redirect(BASE, "created");
      } catch (error) {
        if (isAppError(error) && error.fields) return listPage(r, input, error.fields);
        throw error;
      }
    },
  },
  { method: "GET", path: "/admin/categories/:id", access: "config.categories", handle: (r) => editPage(r) },
  {
    method: "POST",
    path: "/admin/categories/:id",
    access: "config.categories",
    async handle(r) {
      const input = inputOf(r);
      try {
        await r.services.categories.update(r.actor, r.params.id!, input);
        return redirect(BASE, "saved");
      } catch (error) {
        if (isAppError(error) && error.fields) return editPage(r, input, error.fields);
        throw error;
      }
    },
  },
];
