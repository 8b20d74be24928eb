/**
 * Local words (/console/kb/local-words): the ward's own words for places and everyday things, each read by the bot
 * as search words or as one procedure. Administrators add and remove them; editors read them. Changes reach the
 * bot within a minute (the conversation reloads when the words' version changes).
 */
import type { LocalWordInput } from "../../../../core/procedures/desk/knowledge-base-desk.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { can } from "../../../../core/staff/permissions.js";
import { formatDate } from "../../format.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { ActionButton, EmptyState, Field, FormErrors, PageHeader, PostForm, TableWrap, type FieldErrors } from "../../views/ui.js";
import { K } from "./messages.vi.js";

const BASE = "/console/kb/local-words";

async function wordsPage(r: StaffRequest, draft: LocalWordInput, errors?: FieldErrors): Promise<ConsoleResult> {
  const words = await r.services.knowledgeBase.localWords(r.actor);
  const canEdit = can(r.actor, "kb.edit");
  return page(
    K.words.title,
    <>
      <PageHeader title={K.words.title} lead={K.words.lead} />
      {canEdit ? (
        <section class="panel" aria-labelledby="add-word-h">
          <h2 id="add-word-h">{K.words.addTitle}</h2>
          <PostForm action={BASE}>
            <FormErrors errors={errors} />
            <Field name="term" label={K.words.term} hint={K.words.termHint} value={draft.term} errors={errors} required maxLength={60} />
            <Field name="expansion" label={K.words.expansion} hint={K.words.expansionHint} value={draft.expansion} errors={errors} optional maxLength={200} />
            <Field name="procedureCode" label={K.words.procedureCode} hint={K.words.procedureCodeHint} value={draft.procedureCode} errors={errors} optional maxLength={20} />
            <button type="submit">{K.words.add}</button>
          </PostForm>
        </section>
      ) : null}
      {words.length === 0 ? (
        <EmptyState title={K.words.empty} next={K.words.emptyNext} />
      ) : (
        <TableWrap label={K.words.title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{K.words.columns.term}</th>
                <th scope="col">{K.words.columns.readAs}</th>
                <th scope="col">{K.words.columns.added}</th>
                <th scope="col">
                  <span class="visually-hidden">{K.words.tryIt}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {words.map((w) => (
                <tr>
                  <td>{w.term}</td>
                  <td>{w.procedureCode ? <a href={`/console/kb/procedures/${encodeURIComponent(w.procedureCode)}`}>{K.words.procedure(w.procedureCode)}</a> : w.expansion}</td>
                  <td>{formatDate(w.createdAt, r.org.timezone)}</td>
                  <td>
                    <div class="actions">
                      <a class="button secondary small" href={`/console/kb/try?q=${encodeURIComponent(w.term)}`}>
                        {K.words.tryIt}
                      </a>
                      {canEdit ? <ActionButton action={`${BASE}/${w.id}/delete`} label={K.words.remove} danger confirm={K.words.confirmRemove} /> : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>,
    errors ? { status: 422 } : {},
  );
}

const inputOf = (r: StaffRequest): LocalWordInput => ({ term: r.form.text("term"), expansion: r.form.text("expansion"), procedureCode: r.form.text("procedureCode") });

export const localWordRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/kb/local-words",
    access: "kb.view",
    menu: { group: "knowledge", label: K.menu.localWords, order: 40, description: K.menu.localWordsAbout },
    handle: (r) => wordsPage(r, { term: r.query.text("term").slice(0, 60), expansion: "", procedureCode: "" }),
  },
  {
    method: "POST",
    path: "/kb/local-words",
    access: "kb.edit",
    async handle(r) {
      try {
        await r.services.knowledgeBase.addLocalWord(r.actor, inputOf(r));
        return redirect(BASE, "created");
      } catch (error) {
        if (isAppError(error) && error.code === "invalid_input" && error.fields) return wordsPage(r, inputOf(r), error.fields);
        throw error;
      }
    },
  },
  {
    method: "POST",
    path: "/kb/local-words/:id/delete",
    access: "kb.edit",
    async handle(r) {
      await r.services.knowledgeBase.removeLocalWord(r.actor, r.params.id!);
      return redirect(BASE, "deleted");
    },
  },
];
