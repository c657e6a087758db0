/**
 * The `checked` date of the facts read in one ChatonsInfos file: the date part of its `file.datetime`, when the
 * generator last wrote it. Generators write ISO date-times; the YunoHost one writes dates as dd/mm/yyyy elsewhere, so
 * that form is read too.
 */
import { isIsoDay } from '../../schemas/iso-date.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const FRENCH = /^(\d{2})\/(\d{2})\/(\d{4})(?:$|\s)/;

/** One day, as the ms since the epoch of its UTC midnight. */
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

/**
 * The day of a `file.datetime` value (YYYY-MM-DD), or a reason it cannot be one. A date one day after `today` is
 * taken as today: the file was written in a time zone ahead of UTC (our "today"), not in the future.
 */
export function fileDate(value: string | undefined, today: string): { date: string } | { reason: string } {
  if (!value) return { reason: 'file.datetime: missing, so the facts of this file have no date' };
  const iso = ISO.exec(value);
  const fr = FRENCH.exec(value);
  const day = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : undefined;
  if (!day || !isIsoDay(day)) return { reason: `file.datetime: expected a date such as 2026-03-01T10:00:00, got "${value}"` };
  if (day <= today) return { date: day };
  if (dayMs(day) - dayMs(today) <= 86_400_000) return { date: today };
  return { reason: `file.datetime: expected a date that is not in the future, got "${value}"` };
}
