/**
 * Which source backs which fact, and whether it is stale. Pure, so pages, exports and the engine agree.
 */
import type { FactField, ProviderEntry, Source } from '../schemas/provider.ts';

/** Facts checked longer ago than this get a visible warning. */
export const STALE_MONTHS = 12;

/** The sources that back a field, most recently checked first. */
export function sourcesFor(p: ProviderEntry, field: FactField | string): Source[] {
  return p.sources.filter((s) => s.backs.includes(field)).sort((a, b) => b.checked.localeCompare(a.checked));
}

/** Whole months between a `YYYY-MM[-DD]` check date and today (`YYYY-MM-DD`). */
export function monthsSince(checked: string, today: string): number {
  const [cy, cm] = checked.split('-').map(Number) as [number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const cd = checked.length > 7 ? Number(checked.slice(8, 10)) : 1;
  return (ty - cy) * 12 + (tm - cm) - (td < cd ? 1 : 0);
}

export function isStale(checked: string, today: string): boolean {
  return monthsSince(checked, today) > STALE_MONTHS;
}

/** The most recent check date among all sources of the entry, for "last checked". */
export function lastChecked(p: ProviderEntry): string | undefined {
  return p.sources.map((s) => s.checked).sort().at(-1);
}
