/**
 * The organisation's UTC offset. Working-time arithmetic runs on one fixed offset per calendar, which is exact for
 * all of Vietnam (Asia/Ho_Chi_Minh: UTC+7 since 1975, no daylight saving) and keeps every computation integer
 * arithmetic. A zone whose offset changes within the calendar's years is refused rather than computed wrongly.
 */
import { AppError } from "../shared/app-error.js";
import { CALENDAR_TEXT } from "./messages.vi.js";

/**
 * The offset of `timezone` from UTC in milliseconds, checked to be the same on 1 January and 1 July of every year
 * from `fromYear` to `toYear`. Throws AppError `calendar_invalid_timezone` for an unknown zone or a changing offset.
 */
export function fixedOffsetMs(timezone: string, fromYear: number, toYear: number): number {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch (error) {
    throw new AppError("calendar_invalid_timezone", CALENDAR_TEXT.badTimezone(timezone.slice(0, 60)), 400, error);
  }
  const offsets = new Set<number>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const month of [0, 6]) offsets.add(offsetAt(format, Date.UTC(year, month, 1)));
  }
  const [offset] = offsets;
  if (offsets.size !== 1 || offset === undefined) throw new AppError("calendar_invalid_timezone", CALENDAR_TEXT.badTimezone(timezone.slice(0, 60)));
  return offset;
}

function offsetAt(format: Intl.DateTimeFormat, utcMs: number): number {
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return local - utcMs;
}
