/**
 * Regenerating a year's computed defaults without touching what an administrator decided: the policy, as a pure
 * function from the stored rows and the defaults to the writes (the store applies them, guarded, in one go).
 */
import { yearOf } from "./civil-date.js";
import type { YearPlan } from "./ports.js";
import type { CalendarDayEntry, CalendarDayRecord } from "./types.js";

/**
 * The writes that make year `year` match `defaults`. Without `discardAdminEdits`, a date holding an administrator's
 * row (an edit, an added day or a removed-day marker) is left alone, computed rows the defaults no longer contain
 * are removed, and changed ones updated; with it, every row of the year is brought back to the defaults.
 * Running the plan twice changes nothing the second time.
 */
export function planYear(year: number, stored: readonly CalendarDayRecord[], defaults: readonly CalendarDayEntry[], discardAdminEdits = false): YearPlan {
  const rows = new Map(stored.filter((r) => yearOf(r.date) === year).map((r) => [r.date, r]));
  const wanted = new Map(defaults.filter((d) => yearOf(d.date) === year).map((d) => [d.date, d]));
  const plan: YearPlan = { year, scope: discardAdminEdits ? "all" : "computed", insert: [], update: [], remove: [] };
  for (const entry of wanted.values()) {
    const row = rows.get(entry.date);
    if (!row) plan.insert.push(entry);
    else if (row.origin === "computed" || discardAdminEdits) {
      if (row.origin !== "computed" || row.removedAt || row.kind !== entry.kind || row.name !== entry.name) plan.update.push(entry);
    }
  }
  for (const row of rows.values()) {
    if (!wanted.has(row.date) && (row.origin === "computed" || discardAdminEdits)) plan.remove.push(row.date);
  }
  return plan;
}

/** Administrator rows of a year that a regeneration kept (what the console reports as "giữ nguyên"). */
export function adminRowsOf(year: number, stored: readonly CalendarDayRecord[]): number {
  return stored.filter((r) => yearOf(r.date) === year && r.origin === "admin").length;
}
