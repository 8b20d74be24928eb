/**
 * The working calendar (/console/admin/calendar?year=2027): the working week, then the year's days off and make-up
 * working days with where each came from (computed from the law, Tết and Giỗ Tổ from the lunar calendar, or edited
 * by an administrator); each day edited or removed in place, a new day added, the year's holidays generated.
 * CalendarAdmin checks `config.calendar` and audits every change with the day before and after.
 */
import { describeOfficeHours } from "../../../../core/calendar/office-hours.js";
import type { CalendarDayRecord } from "../../../../core/calendar/types.js";
import { isAppError } from "../../../../core/shared/app-error.js";
import { formatDateTime, isoDay } from "../../format.js";
import { page, redirect, type ConsoleResult, type ConsoleRoute, type StaffRequest } from "../../route.js";
import { ActionButton, Badge, Callout, EmptyState, Field, PageHeader, PostForm, SelectField } from "../../views/ui.js";
import { AD } from "./messages.vi.js";

const BASE = "/console/admin/calendar";
const K = AD.calendar;
const KIND_OPTIONS = [
  { value: "day_off", label: K.kinds.day_off },
  { value: "working_day", label: K.kinds.working_day },
];

function yearOf(r: StaffRequest, text: string): number {
  const year = Number(text);
  return /^\d{4}$/.test(text) && Number.isInteger(year) ? year : Number(isoDay(r.now, r.org.timezone).slice(0, 4));
}

/** "30/04/2027" from "2027-04-30". */
const dateText = (date: string) => date.split("-").reverse().join("/");

function DayCard({ day, year, timeZone }: { day: CalendarDayRecord; year: number; timeZone: string }) {
  const id = `day-${day.date}`;
  return (
    <li class={day.removedAt ? "panel calendar-day removed" : "panel calendar-day"} aria-labelledby={id}>
      <h3 id={id}>
        {dateText(day.date)} <Badge kind={day.kind === "working_day" ? "info" : "off"}>{K.kinds[day.kind]}</Badge> <small class="muted">{day.removedAt ? K.removed : K.origin[day.origin]}</small>
      </h3>
      {day.removedAt ? (
        <p class="muted">
          {day.name} · {formatDateTime(day.removedAt, timeZone)}
        </p>
      ) : (
        <details class="action">
          <summary>
            {day.name} · {K.edit}
          </summary>
          <PostForm action={`${BASE}/days/${day.date}`} class="calendar-day-form">
            <input type="hidden" name="year" value={String(year)} />
            <div class="field">
              <label for={`${id}-name`}>{K.name}</label>
              <input id={`${id}-name`} type="text" name="name" value={day.name} required maxLength={120} />
            </div>
            <div class="field">
              <label for={`${id}-kind`}>{K.kind}</label>
              <select id={`${id}-kind`} name="kind">
                {KIND_OPTIONS.map((o) => (
                  <option value={o.value} selected={o.value === day.kind}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{K.save}</button>
          </PostForm>
          <ActionButton action={`${BASE}/days/${day.date}/remove`} label={K.remove} danger confirm={K.removeConfirm} fields={{ year: String(year) }} />
        </details>
      )}
    </li>
  );
}

async function yearPage(r: StaffRequest, year: number, problem?: string, draft?: { date: string; name: string; kind: string }): Promise<ConsoleResult> {
  const shown = await r.services.calendarAdmin.year(r.actor, r.org.id, year);
  return page(
    `${K.title} ${year}`,
    <>
      <PageHeader title={`${K.title} ${year}`} lead={K.lead} />
      <form method="get" action={BASE} class="filters panel">
        <Field name="year" label={K.year} type="number" value={String(year)} min={2000} max={2199} />
        <button type="submit">{K.show}</button>
      </form>
      {problem ? <Callout kind="error">{problem}</Callout> : null}
      <section class="panel" aria-labelledby="week-h">
        <h2 id="week-h">{K.week}</h2>
        <p>{describeOfficeHours(shown.week)}</p>
      </section>
      <h2>{K.days}</h2>
      {shown.days.length === 0 ? <EmptyState title={K.empty} next={K.emptyNext} /> : null}
      <ActionButton action={`${BASE}/generate`} label={K.generate} fields={{ year: String(year) }} />
      <ul class="calendar-days" aria-label={K.days}>
        {shown.days.map((d) => (
          <DayCard day={d} year={year} timeZone={r.org.timezone} />
        ))}
      </ul>
      <section class="panel" aria-labelledby="add-day-h">
        <h2 id="add-day-h">{K.add}</h2>
        <PostForm action={`${BASE}/days`}>
          <Field name="date" label={K.date} type="date" value={draft?.date ?? ""} required />
          <Field name="name" label={K.name} hint={K.nameHint} value={draft?.name ?? ""} required maxLength={120} />
          <SelectField name="kind" label={K.kind} options={KIND_OPTIONS} value={draft?.kind ?? "day_off"} />
          <button type="submit">{K.add}</button>
        </PostForm>
      </section>
    </>,
    problem ? { status: 422 } : {},
  );
}

/** Runs a change; a calendar error (bad date or name, a day that exists or not) shows the year again with its message. */
async function change(r: StaffRequest, year: number, run: () => Promise<unknown>, draft?: { date: string; name: string; kind: string }): Promise<ConsoleResult> {
  try {
    await run();
    return redirect(`${BASE}?year=${year}`, "saved");
  } catch (error) {
    if (isAppError(error) && error.code.startsWith("calendar_")) return yearPage(r, year, error.message, draft);
    throw error;
  }
}

export const calendarAdminRoutes: ConsoleRoute[] = [
  {
    method: "GET",
    path: "/admin/calendar",
    access: "config.calendar",
    menu: { group: "admin", label: AD.menu.calendar, order: 30, description: AD.menu.calendarAbout },
    handle: (r) => yearPage(r, yearOf(r, r.query.text("year"))),
  },
  {
    method: "POST",
    path: "/admin/calendar/generate",
    access: "config.calendar",
    handle: (r) => {
      const year = yearOf(r, r.form.text("year"));
      return change(r, year, () => r.services.calendarAdmin.generate(r.actor, r.org.id, year));
    },
  },
  {
    method: "POST",
    path: "/admin/calendar/days",
    access: "config.calendar",
    handle: (r) => {
      const draft = { date: r.form.text("date"), name: r.form.text("name"), kind: r.form.text("kind") };
      const year = yearOf(r, draft.date.slice(0, 4));
      return change(r, year, () => r.services.calendarAdmin.addDay(r.actor, r.org.id, draft), draft);
    },
  },
  {
    method: "POST",
    path: "/admin/calendar/days/:date",
    access: "config.calendar",
    handle: (r) => {
      const input = { date: r.params.date!, name: r.form.text("name"), kind: r.form.text("kind") };
      return change(r, yearOf(r, r.form.text("year") || input.date.slice(0, 4)), () => r.services.calendarAdmin.editDay(r.actor, r.org.id, input));
    },
  },
  {
    method: "POST",
    path: "/admin/calendar/days/:date/remove",
    access: "config.calendar",
    handle: (r) => change(r, yearOf(r, r.form.text("year") || r.params.date!.slice(0, 4)), () => r.services.calendarAdmin.removeDay(r.actor, r.org.id, r.params.date!)),
  },
];
