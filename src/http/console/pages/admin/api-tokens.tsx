/**
 * API tokens (/console/admin/tokens): the list (never a secret, only its first characters), a new token shown
 * once on the page its POST redirects to, revoking. ApiTokens checks `config.api_tokens` again and audits.
 */
import type { ApiTokenRecord } from "../../../../core/staff/api-tokens.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { formatDateTime } from "../../format.js";
import { ROLE_LABELS } from "../../messages.vi.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { ActionButton, Badge, Callout, EmptyState, Field, FormErrors, PageHeader, PostForm, SelectField, TableWrap, type FieldErrors } from "../../views/ui.js";
import { AD } from "./messages.vi.js";

const BASE = "/console/admin/tokens";
/** Officers are bound to departments, so a token cannot be one (ApiTokens refuses it too). */
const TOKEN_ROLE_OPTIONS = (["editor", "leader", "triage", "admin"] as const).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

function TokenRows({ tokens, timeZone }: { tokens: ApiTokenRecord[]; timeZone: string }) {
  return (
    <TableWrap label={AD.tokens.title}>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">{AD.tokens.name}</th>
            <th scope="col">{AD.tokens.role}</th>
            <th scope="col">{AD.tokens.prefix}</th>
            <th scope="col">{AD.tokens.lastUsed}</th>
            <th scope="col">{AD.tokens.state}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr>
              <td data-label={AD.tokens.name}>
                {t.name}
                <br />
                <small class="muted">
                  {AD.tokens.created}: {formatDateTime(t.createdAt, timeZone)}
                </small>
              </td>
              <td data-label={AD.tokens.role}>{ROLE_LABELS[t.role]}</td>
              <td data-label={AD.tokens.prefix}>
                <code>{t.prefix}…</code>
              </td>
              <td data-label={AD.tokens.lastUsed}>{t.lastUsedAt ? formatDateTime(t.lastUsedAt, timeZone) : AD.tokens.never}</td>
              <td data-label={AD.tokens.state}>
                {t.revokedAt ? (
                  <Badge kind="off">{AD.tokens.revokedAt(formatDateTime(t.revokedAt, timeZone))}</Badge>
                ) : (
                  <>
                    <Badge kind="ok">{AD.tokens.active}</Badge> <ActionButton action={`${BASE}/${t.id}/revoke`} label={AD.tokens.revoke} danger confirm={AD.tokens.revokeConfirm} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

async function listPage(r: StaffRequest, draft?: { name: string; role: string }, errors?: FieldErrors): Promise<ConsoleResult> {
  const tokens = await r.services.apiTokens.list(r.actor);
  return page(
    AD.tokens.title,
    <>
      <PageHeader title={AD.tokens.title} lead={AD.tokens.lead} />
      {tokens.length === 0 ? <EmptyState title={AD.tokens.empty} next={AD.tokens.emptyNext} /> : <TokenRows tokens={tokens} timeZone={r.org.timezone} />}
      <section class="panel" aria-labelledby="new-token-h">
        <h2 id="new-token-h">{AD.tokens.create}</h2>
        <PostForm action={BASE}>
          <FormErrors errors={errors} />
          <Field name="name" label={AD.tokens.name} hint={AD.tokens.nameHint} value={draft?.name} errors={errors} required maxLength={100} autocomplete="off" />
          <SelectField name="role" label={AD.tokens.role} options={TOKEN_ROLE_OPTIONS} value={draft?.role ?? "editor"} errors={errors} />
          <button type="submit">{AD.tokens.create}</button>
        </PostForm>
      </section>
    </>,
    errors ? { status: 422 } : {},
  );
}

/** Purpose of a new token's sealed secret (one-time-secret.ts). */
const tokenPurpose = (id: string) => `api-token:${id}`;

/** A new token, shown once on the page its creation redirects to; afterwards the page says what to do instead. */
function createdPage(r: StaffRequest): ConsoleResult {
  const token = r.secretOnce.take(tokenPurpose(r.params.id!));
  return page(
    AD.tokens.shownOnceTitle,
    <>
      <PageHeader title={AD.tokens.shownOnceTitle} />
      {token ? (
        <Callout kind="success">
          <p>{AD.tokens.shownOnce}</p>
          <p>
            <code class="one-time-secret" data-testid="api-token">
              {token}
            </code>
          </p>
        </Callout>
      ) : (
        <Callout kind="info">
          <p>{AD.tokens.shownAlready}</p>
        </Callout>
      )}
      <p>
        <a class="button" href={BASE}>
          {AD.tokens.backToList}
        </a>
      </p>
    </>,
  );
}

export const apiTokenAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/tokens",
    access: "config.api_tokens",
    menu: { group: "admin", label: AD.menu.tokens, order: 50, description: AD.menu.tokensAbout },
    handle: (r) => listPage(r),
  },
  {
    method: "POST",
    path: "/admin/tokens",
    access: "config.api_tokens",
    async handle(r) {
      const draft = { name: r.form.text("name"), role: r.form.text("role") };
      try {
        const { record, token } = await r.services.apiTokens.create(r.actor, draft);
        // post-redirect-get: a reload creates no second token and does not show this one again
        r.secretOnce.keep(tokenPurpose(record.id), token);
        return redirect(`${BASE}/${record.id}/created`);
      } catch (error) {
        if (isAppError(error) && error.fields) return listPage(r, draft, error.fields);
        throw error;
      }
    },
  },
  {
    method: "GET",
    path: "/admin/tokens/:id/created",
    access: "config.api_tokens",
    handle: async (r) => createdPage(r),
  },
  {
    method: "POST",
    path: "/admin/tokens/:id/revoke",
    access: "config.api_tokens",
    async handle(r) {
      await r.services.apiTokens.revoke(r.actor, r.params.id!);
      return redirect(BASE, "revoked");
    },
  },
];
