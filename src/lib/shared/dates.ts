/**
 * Calendar arithmetic on ISO days (`YYYY-MM-DD`), proleptic Gregorian, years 0001–9999.
 * Pure integer arithmetic (Howard Hinnant's days-from-civil), so there is no time zone, no daylight-saving hour,
 * no zero-based month and no `Date.UTC` quirk (years 0–99 read as 19xx) to get wrong.
 */

import { CALENDAR_YEARS, daysInMonth, isIsoDay } from '../../schemas/iso-date.ts';

/** A calendar day; `month` is 1–12 (January is 1). */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Splits an ISO day (any four-digit year); throws a RangeError on anything that is not a real calendar day. */
export function parseIsoDay(s: string): Ymd {
  if (!isIsoDay(s, CALENDAR_YEARS)) throw new RangeError(`expected a date as YYYY-MM-DD, got "${s}"`);
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}

/** Writes a day as `YYYY-MM-DD`; throws a RangeError outside years 0001–9999 (they have no 4-digit form). */
export function formatIsoDay({ year, month, day }: Ymd): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year ${year} is outside 0001–9999`);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before). */
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function checkInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`expected a whole number, got ${n}`);
}

/** The day `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  checkInteger(n);
  return formatIsoDay(fromDayNumber(toDayNumber(parseIsoDay(iso)) + n));
}

/**
 * The same day `n` calendar months later (earlier when negative), clamped to the month's last day:
 * 2026-08-31 + 6 months = 2027-02-28, as people count "six months after the end of the contract".
 */
export function addMonths(iso: string, n: number): string {
  checkInteger(n);
  const { year, month, day } = parseIsoDay(iso);
  const index = year * 12 + (month - 1) + n; // months since year 0, zero-based only inside this line
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError(`year ${y} is outside 0001–9999`);
  return formatIsoDay({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function diffDays(a: string, b: string): number {
  return toDayNumber(parseIsoDay(b)) - toDayNumber(parseIsoDay(a));
}
