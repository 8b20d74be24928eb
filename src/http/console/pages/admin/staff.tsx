/**
 * Staff accounts (/console/admin/staff): the list, a new account with a one-time password shown once, an account's
 * roles and departments, disabling (ends its sessions) and resetting the password. StaffAccounts checks
 * `config.staff` again and audits every change with before/after.
 */
import type { Department } from "../../../../core/organisation/ports.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import type { StaffAccountRecord } from "../../../../core/staff/ports.js";
import { STAFF_ROLES } from "../../../../core/staff/roles.js";
import { formatDateTime } from "../../format.js";
import { ROLE_HINTS, ROLE_LABELS } from "../../messages.vi.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { ActionButton, Badge, Callout, Checkbox, CheckboxGroup, EmptyState, Field, FormErrors, PageHeader, PostForm, problemText, TableWrap, type FieldErrors } from "../../views/ui.js";
import { AD } from "./messages.vi.js";

const BASE = "/console/admin/staff";

interface Draft {
  email: string;
  fullName: string;
  roles: string[];
  departmentIds: string[];
  active: boolean;
}

const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_HINTS[r] }));
const departmentOptions = (departments: Department[]) => departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));

function draftOf(r: StaffRequest): Draft {
  return { email: r.form.text("email"), fullName: r.form.text("fullName"), roles: r.form.all("roles"), departmentIds: r.form.all("departmentIds"), active: r.form.has("active") };
}

function draftFromAccount(a: StaffAccountRecord): Draft {
  return {
    email: a.email,
    fullName: a.fullName,
    roles: [...new Set(a.roles.map((x) => x.role))],
    departmentIds: a.roles.flatMap((x) => (x.departmentId ? [x.departmentId] : [])),
    active: a.active,
  };
}

function AccountFields({ draft, departments, errors, withEmail }: { draft: Draft; departments: Department[]; errors?: FieldErrors; withEmail: boolean }) {
  return (
    <>
      {withEmail ? <Field name="email" label={AD.staff.email} type="email" value={draft.email} errors={errors} required autocomplete="off" maxLength={254} /> : null}
      <Field name="fullName" label={AD.staff.fullName} value={draft.fullName} errors={errors} maxLength={120} autocomplete="off" />
      <CheckboxGroup name="roles" legend={AD.staff.roles} options={roleOptions} checked={draft.roles} errors={errors} />
      <CheckboxGroup name="departmentIds" legend={AD.staff.departments} hint={AD.staff.departmentsHint} options={departmentOptions(departments)} checked={draft.departmentIds} errors={errors ? { departmentIds: errors.departments ?? "" } : undefined} />
    </>
  );
}

function rolesText(a: StaffAccountRecord, departments: Map<string, string>): string {
  const roles = [...new Set(a.roles.map((r) => r.role))].map((role) => {
    if (role !== "officer") return ROLE_LABELS[role];
    const names = a.roles.filter((r) => r.role === "officer" && r.departmentId).map((r) => departments.get(r.departmentId!) ?? "—");
    return `${ROLE_LABELS[role]} (${names.join(", ")})`;
  });
  return roles.join("; ");
}

async function listPage(r: StaffRequest, draft?: Draft, errors?: FieldErrors): Promise<ConsoleResult> {
  const [accounts, departments] = await Promise.all([r.services.staffAccounts.list(r.actor), r.services.departments.list()]);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const others = accounts.filter((a) => a.id !== r.actor.id);
  return page(
    AD.staff.title,
    <>
      <PageHeader title={AD.staff.title} lead={AD.staff.lead} />
      {others.length === 0 ? <EmptyState title={AD.staff.empty} next={AD.staff.emptyNext} /> : null}
      <TableWrap label={AD.staff.title}>
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{AD.staff.email}</th>
              <th scope="col">{AD.staff.roles}</th>
              <th scope="col">{AD.staff.state}</th>
              <th scope="col">{AD.staff.lastSignIn}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr>
                <td data-label={AD.staff.email}>
                  <a href={`${BASE}/${a.id}`}>{a.email}</a>
                  <br />
                  <small class="muted">{a.fullName}</small>
                </td>
                <td data-label={AD.staff.roles}>{rolesText(a, names)}</td>
                <td data-label={AD.staff.state}>
                  {a.active ? <Badge kind="ok">{AD.staff.active}</Badge> : <Badge kind="off">{AD.staff.disabled}</Badge>}
                  {a.active && a.mustChangePassword ? (
                    <>
                      <br />
                      <small class="muted">{AD.staff.mustChange}</small>
                    </>
                  ) : null}
                </td>
                <td data-label={AD.staff.lastSignIn}>{a.lastLoginAt ? formatDateTime(a.lastLoginAt, r.org.timezone) : AD.staff.never}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <section class="panel" aria-labelledby="new-staff-h">
        <h2 id="new-staff-h">{AD.staff.create}</h2>
        <PostForm action={BASE}>
          <FormErrors errors={errors} />
          <AccountFields draft={draft ?? { email: "", fullName: "", roles: [], departmentIds: [], active: true }} departments={departments} errors={errors} withEmail />
          <button type="submit">{AD.staff.create}</button>
        </PostForm>
      </section>
    </>,
    errors ? { status: 422 } : {},
  );
}

/** Purpose of the sealed one-time password of an account (one-time-secret.ts). */
const oneTimePurpose = (accountId: string) => `staff-password:${accountId}`;

/**
 * The POST keeps the one-time password for the page it redirects to (post-redirect-get), so a reload neither
 * creates a second account nor shows the password again; never stored, never in a URL.
 */
function showOnce(r: StaffRequest, accountId: string, password: string): ConsoleResult {
  r.secretOnce.keep(oneTimePurpose(accountId), password);
  return redirect(`${BASE}/${accountId}/one-time-password`);
}

/** The one-time password, shown once; afterwards the page says how to get a new one. */
async function oneTimePage(r: StaffRequest): Promise<ConsoleResult> {
  const account = await r.services.staffAccounts.get(r.actor, r.params.id!);
  const password = r.secretOnce.take(oneTimePurpose(account.id));
  return page(
    AD.staff.oneTimeTitle,
    <>
      <PageHeader title={AD.staff.oneTimeTitle} />
      {password ? (
        <Callout kind="success">
          <p>{AD.staff.oneTime(account.email)}</p>
          <p>
            <code class="one-time-secret" data-testid="one-time-password">
              {password}
            </code>
          </p>
          <p>{AD.staff.oneTimeNext}</p>
        </Callout>
      ) : (
        <Callout kind="info">
          <p>{AD.staff.oneTimeGone(account.email)}</p>
          <p>{AD.staff.oneTimeGoneNext}</p>
        </Callout>
      )}
      <p>
        <a class="button secondary" href={`${BASE}/${account.id}`}>
          {AD.staff.edit}
        </a>{" "}
        <a class="button" href={BASE}>
          {AD.staff.backToList}
        </a>
      </p>
    </>,
  );
}

async function accountPage(r: StaffRequest, draft?: Draft, errors?: FieldErrors): Promise<ConsoleResult> {
  const [account, departments] = await Promise.all([r.services.staffAccounts.get(r.actor, r.params.id!), r.services.departments.list()]);
  const shown = draft ?? draftFromAccount(account);
  return page(
    account.email,
    <>
      <PageHeader title={account.email} lead={AD.staff.edit} />
      <section class="panel">
        <PostForm action={`${BASE}/${account.id}`}>
          <FormErrors errors={errors} />
          {errors?.active ? <Callout kind="error">{problemText(errors.active)}</Callout> : null}
          <AccountFields draft={shown} departments={departments} errors={errors} withEmail={false} />
          <Checkbox name="active" label={AD.staff.activeBox} checked={shown.active} />
          <button type="submit">{AD.staff.save}</button>
        </PostForm>
      </section>
      <section class="panel">
        <h2>{AD.staff.reset}</h2>
        <ActionButton action={`${BASE}/${account.id}/reset-password`} label={AD.staff.reset} confirm={AD.staff.resetConfirm} />
      </section>
      <p>
        <a href={BASE}>{AD.staff.backToList}</a>
      </p>
    </>,
    errors ? { status: 422 } : {},
  );
}

export const staffAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/staff",
    access: "config.staff",
    menu: { group: "admin", label: AD.menu.staff, order: 40, description: AD.menu.staffAbout },
    handle: (r) => listPage(r),
  },
  {
    method: "POST",
    path: "/admin/staff",
    access: "config.staff",
    async handle(r) {
      const draft = draftOf(r);
      try {
        const { account, oneTimePassword } = await r.services.staffAccounts.create(r.actor, draft, r.org.id);
        return showOnce(r, account.id, oneTimePassword);
      } catch (error) {
        if (isAppError(error) && error.fields) return listPage(r, draft, error.fields);
        throw error;
      }
    },
  },
  {
    method: "GET",
    path: "/admin/staff/:id",
    access: "config.staff",
    handle: (r) => accountPage(r),
  },
  {
    method: "POST",
    path: "/admin/staff/:id",
    access: "config.staff",
    async handle(r) {
      const draft = draftOf(r);
      try {
        await r.services.staffAccounts.update(r.actor, r.params.id!, draft);
        return redirect(`${BASE}/${r.params.id!}`, "saved");
      } catch (error) {
        if (isAppError(error) && error.fields) return accountPage(r, { ...draft, email: "" }, error.fields);
        throw error;
      }
    },
  },
  {
    method: "POST",
    path: "/admin/staff/:id/reset-password",
    access: "config.staff",
    async handle(r) {
      const { account, oneTimePassword } = await r.services.staffAccounts.resetPassword(r.actor, r.params.id!);
      return showOnce(r, account.id, oneTimePassword);
    },
  },
  {
    method: "GET",
    path: "/admin/staff/:id/one-time-password",
    access: "config.staff",
    handle: (r) => oneTimePage(r),
  },
];
