/**
 * "Thử câu hỏi" (/console/kb/try): a question typed here gets the answer the bot would give, with the ranked
 * candidates and their scores. A plain GET form: trying changes nothing, and the link can be shared.
 */
import type { TriedQuestion } from "../../../../core/procedures/desk/knowledge-base-desk.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { can } from "../../../../core/staff/permissions.js";
import { page, type ConsoleRoute } from "../../route.js";
import { EmptyState, Field, PageHeader, TableWrap, type FieldErrors } from "../../views/ui.js";
import { K, OUTCOME_LABELS } from "./messages.vi.js";

const percent = (v: number): string => `${Math.round(v * 100)}%`;
const score = (v: number): string => v.toLocaleString("vi-VN", { maximumFractionDigits: 3 });

export const tryRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/kb/try",
    access: "kb.view",
    menu: { group: "knowledge", label: K.menu.try, order: 20, description: K.menu.tryAbout },
    async handle({ services, actor, query }) {
      const question = query.raw("q").slice(0, 2000);
      let tried: TriedQuestion | null = null;
      let errors: FieldErrors | undefined;
      if (query.has("q")) {
        try {
          tried = await services.knowledgeBase.tryQuestion(actor, question);
        } catch (error) {
          if (!(isAppError(error) && error.code === "invalid_input" && error.fields)) throw error;
          errors = Object.fromEntries(Object.entries(error.fields).map(([, v]) => ["q", v]));
        }
      }
      return page(
        K.try.title,
        <>
          <PageHeader title={K.try.title} lead={K.try.lead} />
          <form method="get" action="/console/kb/try" class="panel">
            <Field name="q" label={K.try.question} value={question} errors={errors} multiline rows={2} maxLength={1000} required />
            <button type="submit">{K.try.submit}</button>
          </form>
          {tried ? <Result tried={tried} canEdit={can(actor, "kb.edit")} /> : null}
        </>,
        errors ? { status: 422 } : {},
      );
    },
  },
];

function Result({ tried, canEdit }: { tried: TriedQuestion; canEdit: boolean }) {
  return (
    <section class="panel" aria-labelledby="result-h" id="result">
      <h2 id="result-h">{K.try.outcome}: {OUTCOME_LABELS[tried.outcome]}</h2>
      {tried.readAs ? (
        <p>
          {K.try.readAs}: <q class="read-as">{tried.readAs}</q>
        </p>
      ) : null}
      {tried.followUp ? <p class="muted">{K.try.followUp}</p> : null}
      <h3>{K.try.answer}</h3>
      <div class="chat-answer">{tried.answerText}</div>
      <h3>{K.try.candidates}</h3>
      {tried.candidates.length === 0 ? (
        <EmptyState title={K.try.noCandidates} next={K.try.noCandidatesNext} {...(canEdit ? { action: { href: `/console/kb/local-words?term=${encodeURIComponent(tried.question.slice(0, 60))}`, label: K.try.addLocalWord } } : {})} />
      ) : (
        <TableWrap label={K.try.candidates}>
          <table class="candidates">
            <thead>
              <tr>
                <th scope="col" class="num">{K.try.columns.rank}</th>
                <th scope="col">{K.try.columns.code}</th>
                <th scope="col">{K.try.columns.name}</th>
                <th scope="col" class="num">{K.try.columns.score}</th>
                <th scope="col" class="num">{K.try.columns.confidence}</th>
              </tr>
            </thead>
            <tbody>
              {tried.candidates.map((c, i) => (
                <tr>
                  <td class="num">{i + 1}</td>
                  <td>{c.code}</td>
                  <td>
                    <a href={`/console/kb/procedures/${encodeURIComponent(c.code)}`}>{c.name}</a>
                  </td>
                  <td class="num">{score(c.score)}</td>
                  <td class="num">{percent(c.confidence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
