/**
 * Departments (/console/admin/departments): the list, a new department, editing one (not its code) and
 * deactivating it (no new feedback goes to it; its tickets stay). OrganisationSettings checks and audits.
 */
import type { DepartmentInput } from "../../../../core/organisation/organisation-settings.js";
import type { Department } from "../../../../core/organisation/ports.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { ActionButton, Badge, Checkbox, EmptyState, Field, FormErrors, PageHeader, PostForm, SelectField, TableWrap, type FieldErrors } from "../../views/ui.js";
import { AD } from "./messages.vi.js";

const BASE = "/console/admin/departments";
const D = AD.departments;
const KIND_OPTIONS = [
  { value: "internal", label: D.kinds.internal },
  { value: "external", label: D.kinds.external },
];

const inputOf = (r: StaffRequest): DepartmentInput => ({
  code: r.form.text("code"),
  name: r.form.text("name"),
  kind: r.form.text("kind"),
  email: r.form.text("email"),
  phone: r.form.text("phone"),
  active: r.form.has("active"),
});
const inputFrom = (d: Department): DepartmentInput => ({ code: d.code, name: d.name, kind: d.kind, email: d.email ?? "", phone: d.phone ?? "", active: d.active });

function DepartmentFields({ input, errors, isNew }: { input: DepartmentInput; errors?: FieldErrors; isNew: boolean }) {
  return (
    <>
      <FormErrors errors={errors} />
      {isNew ? <Field name="code" label={D.code} hint={D.codeHint} value={input.code} errors={errors} required maxLength={40} /> : null}
      <Field name="name" label={D.name} value={input.name} errors={errors} required maxLength={120} />
      <SelectField name="kind" label={D.kind} options={KIND_OPTIONS} value={input.kind} errors={errors} />
      <Field name="email" label={D.email} type="email" value={input.email} errors={errors} optional maxLength={254} />
      <Field name="phone" label={D.phone} type="tel" value={input.phone} errors={errors} optional maxLength={30} />
      <Checkbox name="active" label={D.active} checked={input.active} />
    </>
  );
}

async function listPage(r: StaffRequest, draft?: DepartmentInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const departments = await r.services.organisationSettings.departments(r.actor);
  return page(
    D.title,
    <>
      <PageHeader title={D.title} lead={D.lead} />
      {departments.length === 0 ? (
        <EmptyState title={D.empty} next={D.emptyNext} />
      ) : (
        <TableWrap label={D.title}>
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">{D.code}</th>
                <th scope="col">{D.name}</th>
                <th scope="col">{D.kind}</th>
                <th scope="col">{D.state}</th>
              </tr>
            </thead>
            <tbody>
              {departments.map((d) => (
                <tr>
                  <td data-label={D.code}>
                    <code>{d.code}</code>
                  </td>
                  <td data-label={D.name}>
                    <a href={`${BASE}/${d.id}`}>{d.name}</a>
                    {d.email || d.phone ? (
                      <>
                        <br />
                        <small class="muted">{[d.email, d.phone].filter(Boolean).join(" · ")}</small>
                      </>
                    ) : null}
                  </td>
                  <td data-label={D.kind}>{D.kinds[d.kind]}</td>
                  <td data-label={D.state}>
                    {d.active ? <Badge kind="ok">{AD.staff.active}</Badge> : <Badge kind="off">{D.inactive}</Badge>}{" "}
                    {d.active ? (
                      <ActionButton action={`${BASE}/${d.id}/active`} label={D.deactivate} fields={{ active: "off" }} confirm={D.deactivateConfirm} />
                    ) : (
                      <ActionButton action={`${BASE}/${d.id}/active`} label={D.activate} fields={{ active: "on" }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <section class="panel" aria-labelledby="new-department-h">
        <h2 id="new-department-h">{D.create}</h2>
        <PostForm action={BASE}>
          <DepartmentFields input={draft ?? { code: "", name: "", kind: "internal", email: "", phone: "", active: true }} errors={errors} isNew />
          <button type="submit">{D.create}</button>
        </PostForm>
      </section>
    </>,
    errors ? { status: 422 } : {},
  );
}

async function editPage(r: StaffRequest, draft?: DepartmentInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const d = await r.services.organisationSettings.department(r.actor, r.params.id!);
  return page(
    D.edit,
    <>
      <PageHeader title={d.name} lead={`${D.edit} · ${D.code}: ${d.code}`} />
      <section class="panel">
        <PostForm action={`${BASE}/${d.id}`}>
          <DepartmentFields input={draft ?? inputFrom(d)} errors={errors} isNew={false} />
          <button type="submit">{D.save}</button>
        </PostForm>
      </section>
      <p>
        <a href={BASE}>{AD.common.backTo(D.title)}</a>
      </p>
    </>,
    errors ? { status: 422 } : {},
  );
}

export const departmentAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/departments",
    access: "config.departments",
    menu: { group: "admin", label: AD.menu.departments, order: 20, description: AD.menu.departmentsAbout },
    handle: (r) => listPage(r),
  },
  {
    method: "POST",
    path: "/admin/departments",
    access: "config.departments",
    async handle(r) {
      const input = inputOf(r);
      try {
        await r.services.organisationSettings.createDepartment(r.actor, r.org.id, input);
        return redirect(BASE, "created");
      } catch (error) {
        if (isAppError(error) && error.fields) return listPage(r, input, error.fields);
        throw error;
      }
    },
  },
  { method: "GET", path: "/admin/departments/:id", access: "config.departments", handle: (r) => editPage(r) },
  {
    method: "POST",
    path: "/admin/departments/:id",
    access: "config.departments",
    async handle(r) {
      const input = inputOf(r);
      try {
        await r.services.organisationSettings.updateDepartment(r.actor, r.params.id!, input);
        return redirect(BASE, "saved");
      } catch (error) {
        if (isAppError(error) && error.fields) return editPage(r, input, error.fields);
        throw error;
      }
    },
  },
  {
    method: "POST",
    path: "/admin/departments/:id/active",
    access: "config.departments",
    async handle(r) {
      await r.services.organisationSettings.setDepartmentActive(r.actor, r.params.id!, r.form.text("active") === "on");
      return redirect(BASE, "saved");
    },
  },
];
