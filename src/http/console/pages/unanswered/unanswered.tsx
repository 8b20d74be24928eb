/**
 * Unanswered questions (/console/unanswered, issue #10 point 6): over a chosen period, the questions the bot could
 * not answer well, grouped by similar wording with counts, newest example first, each with "thử" (try it) and
 * "thêm từ địa phương" (add a local word) for those allowed to.
 */
import type { QuestionGroup } from "../../../../core/unanswered/grouping.js";
import { can } from "../../../../core/staff/permissions.js";
import { formatDateTime, formatNumber, isoDay, startOfDay } from "../../format.js";
import { page, type ConsoleRoute } from "../../route.js";
import { Callout, EmptyState, PageHeader, TableWrap } from "../../views/ui.js";
import { U } from "./messages.vi.js";

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;

export const unansweredRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/unanswered",
    access: "unanswered.view",
    menu: { group: "knowledge", label: U.menu, order: 50, description: U.menuAbout },
    async handle({ services, actor, query, org, now }) {
      const tz = org.timezone;
      const fromDay = query.text("from");
      const toDay = query.text("to");
      let from = fromDay ? startOfDay(fromDay, tz) : startOfDay(isoDay(new Date(now.getTime() - (DEFAULT_DAYS - 1) * DAY_MS), tz), tz);
      let toStart = toDay ? startOfDay(toDay, tz) : startOfDay(isoDay(now, tz), tz);
      const bad = !from || !toStart || from.getTime() > toStart.getTime();
      if (bad) {
        from = startOfDay(isoDay(new Date(now.getTime() - (DEFAULT_DAYS - 1) * DAY_MS), tz), tz);
        toStart = startOfDay(isoDay(now, tz), tz);
      }
      const to = new Date(toStart!.getTime() + DAY_MS);
      const { groups, total, truncated } = await services.unanswered.groups(actor, from!, to);
      const actions = { tryIt: can(actor, "kb.view"), addWord: can(actor, "kb.edit") };
      return page(
        U.title,
        <>
          <PageHeader title={U.title} lead={U.lead(services.unanswered.retention)} />
          <form method="get" action="/console/unanswered" class="filters">
            <div class="field">
              <label for="f-from">{U.from}</label>
              <input id="f-from" type="date" name="from" value={isoDay(from!, tz)} />
            </div>
            <div class="field">
              <label for="f-to">{U.to}</label>
              <input id="f-to" type="date" name="to" value={isoDay(toStart!, tz)} />
            </div>
            <button type="submit" class="secondary">
              {U.show}
            </button>
          </form>
          {bad && (fromDay || toDay) ? <Callout kind="warning">{U.badDates}</Callout> : null}
          {truncated ? <Callout kind="warning">{U.truncated}</Callout> : null}
          {groups.length === 0 ? (
            <EmptyState title={U.empty} next={U.emptyNext} />
          ) : (
            <>
              <p class="muted">{U.summary(formatNumber(total), formatNumber(groups.length))}</p>
              <GroupTable groups={groups} timeZone={tz} actions={actions} />
            </>
          )}
        </>,
      );
    },
  },
];

function GroupTable({ groups, timeZone, actions }: { groups: QuestionGroup[]; timeZone: string; actions: { tryIt: boolean; addWord: boolean } }) {
  const withActions = actions.tryIt || actions.addWord;
  return (
    <TableWrap label={U.title}>
      <table class="unanswered">
        <thead>
          <tr>
            <th scope="col" class="num">{U.columns.count}</th>
            <th scope="col">{U.columns.question}</th>
            <th scope="col">{U.columns.last}</th>
            {withActions ? <th scope="col">{U.columns.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr>
              <td class="num">{formatNumber(g.count)}</td>
              <td>
                <ul class="plain-list">
                  {g.examples.map((e) => (
                    <li>{e.text}</li>
                  ))}
                </ul>
                <small class="muted">{Object.entries(g.reasons).map(([reason, n]) => `${U.reasons[reason] ?? reason}: ${formatNumber(n)}`).join(" · ")}</small>
              </td>
              <td>{formatDateTime(g.newest.createdAt, timeZone)}</td>
              {withActions ? (
                <td>
                  <div class="actions">
                    {actions.tryIt ? (
                      <a class="button secondary small" href={`/console/kb/try?q=${encodeURIComponent(g.newest.text)}`}>
                        {U.tryIt}
                      </a>
                    ) : null}
                    {actions.addWord ? (
                      <a class="button secondary small" href={`/console/kb/local-words?term=${encodeURIComponent(g.newest.text.slice(0, 60))}`}>
                        {U.addWord}
                      </a>
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
