/**
 * When a fact counts as "checked long ago": the one rule, used by offer pages, the questionnaire and exports, and
 * written on the criteria page. A fact is stale when its source was read more than 12 months before today, that is
 * before the same day 12 months earlier; a source dated by month only (`YYYY-MM`) counts as read on that month's
 * last day, giving it the benefit of the doubt.
 */
import { daysInMonth } from '../../schemas/iso-date.ts';
import { addMonths } from '../shared/dates.ts';

export const STALE_MONTHS = 12;

/** The day a check date stands for: itself, or the last day of its month. */
export function checkedDay(checked: string): string {
  if (checked.length !== 7) return checked;
  const days = daysInMonth(Number(checked.slice(0, 4)), Number(checked.slice(5, 7)));
  return `${checked}-${String(days).padStart(2, '0')}`;
}

/** Facts read before this day are stale on `today` (both YYYY-MM-DD). */
export function staleCutoff(today: string): string {
  return addMonths(today, -STALE_MONTHS);
}

/** The rule with the cutoff computed once, for loops over many facts. */
export function isStaleBefore(checked: string, cutoff: string): boolean {
  return checkedDay(checked) < cutoff;
}

export function isStale(checked: string, today: string): boolean {
  return isStaleBefore(checked, staleCutoff(today));
}
