/**
 * The widget's days: ISO calendar days (YYYY-MM-DD) compared as strings, never Date arithmetic, so there is no
 * zero-based month and no time zone in the comparison (earlier campaign widgets got both wrong).
 */

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Written YYYY-MM-DD, which is all a comparison of days as strings needs (the script keeps only this check, to stay
 * small: "2026-02-30" still sorts between the 29th and 1 March).
 */
export function isDayString(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** A real calendar day written YYYY-MM-DD ("2026-02-30" and "2026-1-5" are not). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A release's hard end: the same day `years` later; a 29 February release ends on 28 February. */
export function hardEndOf(release: string, years = 2): string {
  if (!isIsoDate(release)) throw new Error(`expected a release date YYYY-MM-DD, got ${JSON.stringify(release)}`);
  const year = Number(release.slice(0, 4)) + years;
  const rest = release.slice(4);
  return isIsoDate(`${year}${rest}`) ? `${year}${rest}` : `${year}-02-28`;
}

/** The visitor's calendar day on their own clock: "until 31 December" means their 31 December. */
export function localDay(now: Date): string {
  // The local wall-clock time written as if it were UTC, then the ISO date of that.
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
