/**
 * Which source backs which fact, and when the entry was last checked (staleness: staleness.ts).
 */
import { isKnown, type FactField, type ProviderEntry, type Source } from '../../schemas/provider.ts';
import { checkedDay } from './staleness.ts';

/** The sources that back a field, most recently checked first. */
export function sourcesFor(p: ProviderEntry, field: FactField | string): Source[] {
  return p.sources.filter((s) => s.backs.includes(field)).sort((a, b) => checkedDay(b.checked).localeCompare(checkedDay(a.checked)));
}

/**
 * When the given facts were checked, for a card that shows them: for each known one, its freshest source's date;
 * then the oldest of those (the card is only as fresh as its oldest fact). Undefined when none is known.
 */
export function oldestCheck(p: ProviderEntry, fields: readonly FactField[]): string | undefined {
  const dates = fields.filter((f) => isKnown(p[f], f)).map((f) => sourcesFor(p, f)[0]?.checked).filter((d): d is string => d !== undefined);
  return dates.sort((a, b) => checkedDay(a).localeCompare(checkedDay(b)))[0];
}

/** The most recent check date among all sources of the entry, for "last checked". */
export function lastChecked(p: ProviderEntry): string | undefined {
  return p.sources.map((s) => s.checked).sort().at(-1);
}
