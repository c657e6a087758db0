/**
 * The one definition of a date in our data and URLs: `YYYY-MM-DD` (a day) or `YYYY-MM` (a month), a real calendar
 * date, with its year within bounds. Content files (a source's `checked`), the questionnaire's URL (`ispEnd`) and the
 * calendar arithmetic of src/lib/shared/dates.ts all check dates here.
 *
 * Input years are bounded (1900–2199) so that everything computed from an input (a deadline six months later, a
 * reminder a month before it) stays a four-digit year: a crafted link cannot push the arithmetic out of range.
 */

export interface YearRange {
  min: number;
  max: number;
}

/** What people and files may write. */
export const INPUT_YEARS: YearRange = { min: 1900, max: 2199 };
/** What calendar arithmetic handles: every year with a four-digit form. */
export const CALENDAR_YEARS: YearRange = { min: 1, max: 9999 };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True for Gregorian leap years (every 4 years, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const inRange = (year: number, month: number, years: YearRange) => year >= years.min && year <= years.max && month >= 1 && month <= 12;

/** True when `s` is a real calendar day written `YYYY-MM-DD`, its year within `years`. */
export function isIsoDay(s: string, years: YearRange = INPUT_YEARS): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return inRange(year, month, years) && day >= 1 && day <= daysInMonth(year, month);
}

/** True when `s` is a month written `YYYY-MM`, its year within `years`. */
export function isIsoMonth(s: string, years: YearRange = INPUT_YEARS): boolean {
  const m = MONTH.exec(s);
  return !!m && inRange(Number(m[1]), Number(m[2]), years);
}

/** A day or a month with plausible digits, real or not: what editors check as they type (JSON Schema `pattern`). */
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A day or a month. */
export function isIsoDate(s: string, years: YearRange = INPUT_YEARS): boolean {
  return isIsoDay(s, years) || isIsoMonth(s, years);
}
